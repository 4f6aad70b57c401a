"""A sheet as read from a file: rows of text cells, each with the row number the sheet shows.

Both readers (:mod:`.csv_source`, :mod:`.xlsx_source`) produce a :class:`Table`, so the rest of
the import never knows which kind of file it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class SheetError(Exception):
    """The file cannot be read as a sheet at all; ``str(err)`` is one clear message.

    ``command_line_hint`` completes the message where the cure is an option of
    ``cjdesigner import`` (the editor's import has no such option, so it does not say it).
    """

    def __init__(self, message: str, command_line_hint: str = "") -> None:
        super().__init__(message)
        self.command_line_hint = command_line_hint


class Row(NamedTuple):
    """One non-empty row: its number as the spreadsheet shows it (the first row is 1).

    A named tuple, not a frozen dataclass: made 5,000 times per sheet, it costs a tenth.
    """

    number: int
    cells: list[str]


@dataclass
class Table:
    """The rows of a sheet (empty rows left out) and how the file was read."""

    rows: list[Row]
    source: str
    notes: list[str] = field(default_factory=list)
    text: str | None = None
    """The whole decoded text of a CSV file (None for a workbook): one search finds whether
    any cell holds a cedilla letter, instead of joining every cell again."""
    plain: bool = False
    """True when the file is known to hold no control character but tab, line feed and carriage
    return (found in its bytes in one pass): no cell then needs the search for one."""


def clean_cell(text: str) -> str:
    """A cell's text with its line breaks as ``\n`` (Windows files write CRLF inside cells)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()
