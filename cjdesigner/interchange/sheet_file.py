"""Which reader a sheet's file needs (CSV or XLSX, by its extension), and the file's own errors.

A folder, an empty or huge file, a file that cannot be read, and the formats we cannot read
(.xls, .ods, .numbers) are each refused with one clear message naming the file.
"""

from __future__ import annotations

from pathlib import Path

from cjdesigner.gc_pause import cycle_collection_paused
from cjdesigner.i18n import tr
from cjdesigner.interchange.csv_source import read_csv
from cjdesigner.interchange.problems import quoted
from cjdesigner.interchange.table import SheetError, Table
from cjdesigner.interchange.xlsx_source import read_xlsx

#: The extensions read as CSV and as XLSX.
CSV_EXTENSIONS = (".csv", ".tsv", ".txt")
XLSX_EXTENSIONS = (".xlsx", ".xlsm")
MAX_SHEET_BYTES = 50 * 1024 * 1024


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The sheet in ``path`` (CSV or XLSX, by extension), or :class:`SheetError` saying why not."""
    with cycle_collection_paused():
        return _read_table(path, sheet)


def _read_table(path: Path, sheet: str | None) -> Table:
    extension = path.suffix.lower()
    if extension in (".xls", ".ods", ".numbers"):
        raise SheetError(
            tr(
                "“{path}”: {kind} files cannot be read; open it in Excel or LibreOffice and save "
                "it as .xlsx or .csv"
            ).format(path=path, kind=extension)
        )
    if extension not in CSV_EXTENSIONS + XLSX_EXTENSIONS:
        raise SheetError(
            tr("“{path}”: only .csv and .xlsx sheets can be imported").format(path=path)
        )
    if path.is_dir():
        raise SheetError(tr("“{path}” is a folder, not a sheet").format(path=path))
    try:
        size = path.stat().st_size
        if size > MAX_SHEET_BYTES:
            raise SheetError(
                tr("“{path}” is too big to be a sheet of touchpoints").format(path=path)
            )
        data = path.read_bytes()
    except OSError as err:
        raise SheetError(
            tr("“{path}” cannot be read ({reason})").format(path=path, reason=err.strerror or err)
        ) from None
    if not data or data.isspace():  # (no stripped copy of the whole file to say it)
        raise SheetError(tr("“{path}” is empty").format(path=path))
    try:
        if extension in XLSX_EXTENSIONS:
            return read_xlsx(data, str(path), sheet)
        if sheet is not None:
            raise SheetError(tr("--sheet applies to .xlsx workbooks only"))
        return read_csv(data, str(path))
    except SheetError as err:
        named = quoted(str(path))
        if str(err).startswith(named):
            raise
        raise SheetError(f"{named}: {err}", err.command_line_hint) from None
