"""A CSV file's text handed to the csv module a piece at a time, and what the pieces hold.

The csv module reads lines. Split all at once, a 5,000-row sheet's lines were a second copy of
its decoded text, and the decoded text a third of its bytes (a UTF-8 file of Polish text is
stored as two bytes a character once decoded): the process's memory grew and shrank by about
9 MB at each import, its pages faulted in again each time (~2,200 minor page faults, as much
CPU time as the csv module spends on a fifth of the rows). A UTF-8, Windows-1250 or ISO-8859-2
file is now decoded a piece of ~32 KiB at a time (:func:`decoded_pieces`), another file's
decoded text cut into pieces (:func:`pieces`); the lines of one piece are made, read and freed
before the next. Pieces end just after a line feed, which never stands inside a character's
bytes in those encodings nor inside a CR LF, so the pieces' lines are the whole text's lines
and a piece decodes exactly when the whole does.
:class:`Scan` notes, piece by piece, what the reader asks of the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from operator import itemgetter

PIECE = 1 << 15
"""About how many characters (or UTF-8 bytes) are split into lines at a time."""

GUARD = re.compile("'[=+@-]")
"""An exported formula guard: an apostrophe before = + - @ (see ``sheet_export._inert``)."""

_CEDILLA_MARKS = ("ş", "ţ", "Ş", "Ţ", "\u0327")
_OTHER_LINE_ENDS = frozenset("\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")
"""The last characters of a line from ``str.splitlines`` other than \n: a lone CR, or a line
end only ``splitlines`` knows."""


_T_CEDILLA = re.compile("ţ").search


def _holds(text: str, mark: str) -> bool:
    """Whether ``text`` holds ``mark``: ``in``, but ţ found by a pattern. ``in`` finds one
    character of a two-byte text with a search for its low byte, and ţ's (U+0163) is "c":
    a Polish text has one in every few characters (5,000 rows: 0.62 -> 0.45 ms)."""
    return _T_CEDILLA(text) is not None if mark == "ţ" else mark in text


class NotFast(Exception):
    """A line of the text ends in a lone CR or a break only ``str.splitlines`` knows."""


def lines_with_ends(text: str) -> list[str] | None:
    """The lines the csv module reads, with their line ends, split in C from the decoded text
    as a file opened with ``newline=""`` gives them; None when only the reading of a file
    opened with universal newlines is sure to give the rows (a lone CR, old Mac style, is a
    line end there and a character of a cell here).

    ``str.splitlines`` also ends a line at a few characters a file does not (vertical tab,
    form feed, file/group/record separators, U+0085, U+2028, U+2029): a line ending in any of
    them, or in a lone CR, sends the text to the universal reading. A quoted cell over several
    lines of a CRLF file keeps its CRLFs here; the grid makes them \n, as a file opened with
    universal newlines reads them.
    """
    lines = text.splitlines(keepends=True)
    if not _OTHER_LINE_ENDS.isdisjoint(map(itemgetter(-1), lines)):
        return None
    return lines


def pieces(text: str) -> Iterator[str]:
    """``text`` in pieces of about :data:`PIECE` characters, each ending just after a \n
    (the last: the rest)."""
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start + PIECE) + 1 or size
        yield text[start:end]
        start = end


def decoded_pieces(data: bytes, start: int, encoding: str = "utf-8") -> Iterator[str]:
    """``data`` from ``start`` decoded (strictly) in pieces of about :data:`PIECE` bytes, each
    ending just after a line feed (the last: the rest); ``UnicodeDecodeError`` when a piece
    cannot be decoded (exactly when the whole cannot). For UTF-8 and the one-byte encodings
    (Windows-1250, ISO-8859-2): a line feed's byte is never part of another character."""
    view = memoryview(data)
    size = len(data)
    while start < size:
        end = data.find(b"\n", start + PIECE) + 1 or size
        yield str(view[start:end], encoding)
        start = end


class Scan:
    """What the pieces of a text held, noted as each is split into lines (:meth:`lines`)."""

    def __init__(self) -> None:
        self.line_count = 0
        self.carriage_return = False
        """Whether any piece holds a CR (a CRLF file's cells over several lines hold one)."""
        self.guarded = False
        """Whether any piece may hold a formula guard (one search per piece, first for the
        apostrophe alone, the fastest kind: an apostrophe is common in sheets, one before
        = + - @ is not)."""
        self._missing = list(_CEDILLA_MARKS)

    @property
    def marks(self) -> tuple[str, ...]:
        """The cedilla letters (and the combining cedilla) the pieces held (as
        ``cedillas.cedilla_marks`` finds them in the whole text)."""
        return tuple(mark for mark in _CEDILLA_MARKS if mark not in self._missing)

    def look(self, piece: str) -> None:
        """Note what ``piece`` holds: a CR, a formula guard, cedilla marks (each mark looked
        for until a piece holds it: some take ten times as long to look for as others)."""
        self.carriage_return = self.carriage_return or "\r" in piece
        self.guarded = self.guarded or ("'" in piece and GUARD.search(piece) is not None)
        if self._missing and not piece.isascii():
            self._missing = [mark for mark in self._missing if not _holds(piece, mark)]

    def lines(self, piece: str) -> list[str]:
        """The lines of ``piece`` with their ends (:func:`lines_with_ends`), what it holds
        noted; :class:`NotFast` when a line ends in a lone CR or another break."""
        lines = lines_with_ends(piece)
        if lines is None:
            raise NotFast
        self.line_count += len(lines)
        self.look(piece)
        return lines
