"""Text printed to a terminal shows control characters instead of obeying them.

A map (or a file name) from someone else may hold escape sequences: printed raw, ``\\x1b]0;…``
retitles the terminal, ``\\x1b[2J`` clears it, a carriage return or a right-to-left override
makes one line look like another. Everything the command line prints goes through
:func:`visible`: C0 controls become their Unicode pictures (``\\x1b`` → ``␛``), DEL, C1 controls
and bidirectional overrides a JSON-style escape (``\\u202e``), which keeps ``--json`` output
exact (JSON strings escape C0 controls already). Line breaks and tabs stay. The map itself is
never changed.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

_KEPT = {0x09, 0x0A}
_TABLE: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20) if c not in _KEPT}
# Written as JSON escapes: readable in text, and exact inside ``--json`` output.
_TABLE.update({c: f"\\u{c:04x}" for c in (0x7F, *range(0x80, 0xA0))})
_TABLE.update({c: f"\\u{c:04x}" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})


def visible(text: str) -> str:
    """``text`` with every control character that a terminal would obey made visible."""
    return text.translate(_TABLE)


class _VisibleStream:
    """A text stream that writes :func:`visible` text to the stream it wraps."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(visible(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:  # flush, fileno, buffer, encoding, isatty…
        return getattr(self._stream, name)


@contextmanager
def visible_output() -> Iterator[None]:
    """While inside, ``sys.stdout`` and ``sys.stderr`` print control characters visibly."""
    saved = sys.stdout, sys.stderr
    sys.stdout = _VisibleStream(sys.stdout)  # type: ignore[assignment]
    sys.stderr = _VisibleStream(sys.stderr)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
