"""Line numbers of the values in a JSON text, by field path, for error messages.

A consultant who edited a map by hand wants "line 120" next to ``map.touchpoints[3].emotion``.
The standard library does not report positions of parsed values, so this small scanner walks
the tokens of a text that is already known to be valid JSON. It runs only when loading fails.

Its memory is the text plus the paths it was asked for: strings are skipped with a possessive
pattern and never copied unless they are keys, and only the wanted paths and their parents
are kept.
"""

from __future__ import annotations

import json
import re

_TOKEN = re.compile(r'"|[{}\[\]:,]|[^\s{}\[\]:,"]+')
"""A string's opening quote, a structural character, or a bare literal (number, true…)."""
_TOKEN_BYTES = re.compile(_TOKEN.pattern.encode())

_STRING = re.compile(r'"(?:[^"\\]++|\\.)*+"')
"""A whole JSON string. The quantifiers are possessive: a plain ``(?:[^"\\]|\\.)*`` keeps a
backtracking frame per character (~120 bytes each: gigabytes for a long string)."""


_STRING_BYTES = re.compile(_STRING.pattern.encode())


def _with_parents(paths: set[str]) -> set[str]:
    """``paths`` and every parent of each (``a.b[2].c`` → ``a.b[2]``, ``a.b``, ``a``)."""
    found: set[str] = set()
    for path in paths:
        while path and path not in found:
            found.add(path)
            cut = max(path.rfind("."), path.rfind("["))
            path = path[:cut] if cut > 0 else ""
    return found


def _join(parent: str, step: str | int) -> str:
    if isinstance(step, int):
        return f"{parent}[{step}]"
    return f"{parent}.{step}" if parent else step


def value_lines(
    text: str | bytes, wanted: set[str] | None = None, *, at: int | None = None
) -> dict[str, int]:
    """``{"map.touchpoints[3].emotion": 120, …}``: the 1-based line of every key and value.

    With ``wanted``, scanning stops as soon as all those paths have been seen (errors are
    usually near the top of a big file). ``text`` may be the file's UTF-8 bytes: a big file
    is then never decoded into a second, possibly 2–4× larger, copy.
    """
    is_bytes = isinstance(text, bytes)
    tokens = _TOKEN_BYTES if is_bytes else _TOKEN
    strings = _STRING_BYTES if is_bytes else _STRING
    newline: str | bytes = b"\n" if is_bytes else "\n"
    quote: str | bytes = b'"' if is_bytes else '"'
    empty: str = '""'

    missing = set(wanted) if wanted is not None else None
    kept = _with_parents(missing) if missing is not None else None
    if at is not None:
        kept = set()  # only the value at ``at`` is wanted
    lines: dict[str, int] = {}
    # Each frame: [path of the container, is object, current key or index, expecting a key]
    stack: list[list[object]] = []
    line = 1
    last = 0

    def here() -> str:
        if not stack:
            return ""
        parent, _is_object, step, _expect = stack[-1]
        return _join(str(parent), step)  # type: ignore[arg-type]

    position = 0
    while True:
        match = tokens.search(text, position)  # type: ignore[call-overload]
        if match is None:
            break
        start = match.start()
        line += text.count(newline, last, start)  # type: ignore[arg-type]
        last = start
        top = stack[-1] if stack else None
        if match.group() == quote:
            found = strings.match(text, start)  # type: ignore[call-overload]
            position = len(text) if found is None else found.end()
            # Only a key's text is needed; a value string (maybe megabytes) is never copied.
            is_key = top is not None and top[1] and top[3]
            raw = text[start:position] if is_key else empty
        else:
            position = match.end()
            raw = match.group()
        token = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
        path = ""
        if token in "{[":
            path = here()
            if path and (kept is None or path in kept):
                lines.setdefault(path, line)
            stack.append([path, token == "{", 0, token == "{"])
        elif token in "}]":
            stack.pop()
        elif token == ",":
            if top is not None:
                if top[1]:
                    top[3] = True
                else:
                    top[2] = int(top[2]) + 1  # type: ignore[call-overload]
        elif token == ":":
            continue
        elif top is not None and top[1] and top[3]:
            try:
                top[2] = json.loads(token)
            except ValueError:
                top[2] = token.strip('"')
            top[3] = False
            path = here()
            if kept is None or path in kept:
                lines.setdefault(path, line)
        else:
            path = here()
            if path and (kept is None or path in kept):
                lines.setdefault(path, line)
        if at is not None and start >= at:
            return {path: line} if start == at else {}
        if missing is not None and path in missing:
            missing.discard(path)
            if not missing:
                break
    return lines


def path_at(text: str | bytes, offset: int) -> tuple[str, int] | None:
    """The field path and line of the value that starts at ``offset``, or None."""
    found = value_lines(text, at=offset)
    return next(iter(found.items()), None)


def line_of(lines: dict[str, int], path: str) -> int | None:
    """The line of ``path``, or of its nearest parent present in the text (a missing field)."""
    while path:
        if path in lines:
            return lines[path]
        cut = max(path.rfind("."), path.rfind("["))
        if cut <= 0:
            return lines.get(path)
        path = path[:cut]
    return None
