"""XLSX through openpyxl: the first or a named sheet, merged cells filled in, formulas' values.

A workshop sheet merges the stage cell over its rows; each row gets the merged value. A formula
is read from the value the spreadsheet program saved with it; a file written by a program that
saves formulas without values (some generators do) cannot be read that way, so the import names
those cells and asks for the file to be opened and saved once in Excel or LibreOffice.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import PurePosixPath
from typing import Any
from xml.etree import ElementTree as ET

from cjdesigner.i18n import ntr, tr
from cjdesigner.interchange.table import Row, SheetError, Table, clean_cell

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_LISTED_CELLS = 5


_ESCAPED = re.compile("_x([0-9A-Fa-f]{4})_")
"""Excel's escape of a character in a text (``_x000D_``: a carriage return; a text holding
``_x…_`` itself is saved with its underscore escaped, ``_x005F_x…_``)."""


def _unescaped(text: str) -> str:
    """A text as Excel shows it: openpyxl leaves Excel's ``_xHHHH_`` escapes in cell texts (a
    cell pasted from Outlook or Word holds CR LFs, saved as ``_x000D_`` and a line feed)."""
    return _ESCAPED.sub(lambda match: chr(int(match.group(1), 16)), text) if "_x" in text else text


def cell_text(value: Any) -> str:
    """A cell's value as the text the import reads (``2.0`` → ``2``; dates as ISO)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.15g}"
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return clean_cell(_unescaped(str(value)))


def read_xlsx(data: bytes, source: str = "", sheet: str | None = None) -> Table:
    """The rows of sheet ``sheet`` (default: the first) of an XLSX file's bytes."""
    if data.startswith(_OLE_MAGIC):
        raise SheetError(
            tr(
                "this is an old Excel (.xls) or password-protected workbook, which cannot be "
                "read; open it in Excel or LibreOffice and save it as .xlsx (without a password) "
                "or CSV"
            )
        )
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as err:
        # the library's own reason ("File is not a zip file") is English: not shown
        raise SheetError(
            tr(
                "this is not a readable XLSX workbook: it may be damaged, or another kind of "
                "file with an .xlsx name"
            )
        ) from err
    names = workbook.sheetnames
    worksheets = workbook.worksheets
    if not worksheets:
        raise SheetError(tr("the workbook has no sheet with cells"))
    if sheet is None:
        worksheet = worksheets[0]
    else:
        matches = [ws for ws in worksheets if ws.title == sheet] or [
            ws for ws in worksheets if ws.title.casefold() == sheet.casefold()
        ]
        if not matches:
            raise SheetError(
                tr("the workbook has no sheet “{sheet}”; its sheets are: {names}").format(
                    sheet=sheet, names=", ".join(f"“{n}”" for n in names)
                )
            )
        worksheet = matches[0]
    grid = [list(row) for row in worksheet.iter_rows(values_only=True)]
    for merged in worksheet.merged_cells.ranges:
        value = grid[merged.min_row - 1][merged.min_col - 1]
        for r in range(merged.min_row - 1, min(merged.max_row, len(grid))):
            row = grid[r]
            for c in range(merged.min_col - 1, min(merged.max_col, len(row))):
                row[c] = value
    missing, errors = _cells_of_note(data, worksheet.title)
    if missing:
        cells = ", ".join(sorted(missing, key=_cell_order)[:_LISTED_CELLS])
        if len(missing) > _LISTED_CELLS:
            cells += ", …"
        raise SheetError(
            ntr(
                "%n formula cell(s) without a saved value ({cells}); the file was written "
                "by a program that does not calculate formulas. Open it in Excel or LibreOffice, "
                "save it, and import it again",
                len(missing),
            ).format(cells=cells)
        )
    rows = []
    for number, values in enumerate(grid, start=1):
        cells_ = [cell_text(v) for v in values]
        if any(cells_):
            rows.append(Row(number, cells_))
    notes = [tr("sheet “{sheet}”").format(sheet=worksheet.title)]
    if len(worksheets) > 1 and sheet is None:
        notes.append(
            tr("the workbook has {count} sheets; the first was read (choose with --sheet)").format(
                count=len(worksheets)
            )
        )
    table = Table(rows=rows, source=source, notes=notes)
    table.errors = errors
    return table


def _cell_order(reference: str) -> tuple[int, str]:
    letters = reference.rstrip("0123456789")
    return (int(reference[len(letters) :] or 0), letters.rjust(3))


def _cells_of_note(data: bytes, title: str) -> tuple[set[str], dict[tuple[int, int], str]]:
    """From the sheet's XML, read once: the references (``D7``) of its formula cells saved
    without a calculated value, and (row number, column index) → the formula error a cell
    holds (``#N/A``: ``t="e"``, the value a failed formula saved), which the import reports
    instead of reading it as text. Only a sheet whose XML holds either is walked."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            path = _sheet_path(archive, title)
            if path is None:
                return set(), {}
            xml = archive.read(path)
    except (zipfile.BadZipFile, KeyError, ET.ParseError):
        return set(), {}
    formulas = b"<f" in xml or b":f" in xml
    if not formulas and b't="e"' not in xml:
        return set(), {}
    missing: set[str] = set()
    errors: dict[tuple[int, int], str] = {}
    for _, element in ET.iterparse(io.BytesIO(xml)):
        if element.tag == f"{_MAIN}c":
            value = element.find(f"{_MAIN}v")
            if element.find(f"{_MAIN}f") is not None:
                inline = element.find(f"{_MAIN}is")
                if (value is None or not (value.text or "")) and inline is None:
                    missing.add(element.get("r", "?"))
            if element.get("t") == "e" and value is not None and value.text:
                row, column = _cell_position(element.get("r", ""))
                if row:
                    errors[(row, column)] = value.text
            element.clear()
    return missing, errors


def _cell_position(reference: str) -> tuple[int, int]:
    """``"C6"`` → (6, 2): the row number and the 0-based column index (0, 0 if unreadable)."""
    letters = reference.rstrip("0123456789")
    digits = reference[len(letters) :]
    if not letters.isalpha() or not digits:
        return 0, 0
    column = 0
    for letter in letters.upper():
        column = column * 26 + ord(letter) - ord("A") + 1
    return int(digits), column - 1


def _sheet_path(archive: zipfile.ZipFile, title: str) -> str | None:
    workbook = ET.fromstring(archive.read("xl/workbook.xml"))
    rel_id = None
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        if sheet.get("name") == title:
            rel_id = sheet.get(f"{_REL}id")
    if rel_id is None:
        return None
    rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    for rel in rels.iter(f"{_PKG_REL}Relationship"):
        if rel.get("Id") == rel_id:
            target = rel.get("Target", "")
            if target.startswith("/"):
                return target.lstrip("/")
            return str(PurePosixPath("xl") / target)
    return None
