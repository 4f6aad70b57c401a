"""Sheets made the way Excel, LibreOffice and Google Sheets save them, built byte by byte.

- Excel (Polish or Romanian Windows), "CSV (comma delimited)": Windows-1250, ``;`` between
  fields (the comma is the decimal mark), CRLF, quotes only where a field needs them.
- Excel "CSV UTF-8": a byte order mark, then the same.
- Excel "Unicode text": UTF-16 LE with a BOM, tabs.
- Google Sheets (File > Download > CSV): UTF-8 without BOM, commas, CRLF.
- LibreOffice Calc (default CSV filter): UTF-8, commas, LF.
- XLSX as Excel saves it: formulas with their cached values (``<f>`` and ``<v>``); XLSX as a
  generator (openpyxl) writes it: formulas with an empty ``<v>``.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

HEADER_PL = ["Etap", "Persona", "Punkt styku", "Kanał", "Sentyment", "Emocje", "Opis", "KPI"]
ROWS_PL = [
    [
        "Świadomość",
        "Łucja Żmuda",
        "Reklama na Instagramie",
        "Media społecznościowe",
        "pozytywny",
        "1",
        "Widzi reklamę;\nzapisuje post",
        "CTR: 1,8 % (cel 2,5)",
    ],
    ["Świadomość", "Łucja Żmuda", "Porównywarka cen", "www", "neutralny", "0", "", ""],
    [
        "Zakup",
        "Łucja Żmuda",
        "Infolinia",
        "infolinia",
        "negatywny",
        "−2",
        "Czeka „20 minut”",
        "NPS: -10",
    ],
    ["Zakup", "Ștefan Țăranu", "Factură pe e-mail", "E-mail", "neutru", "", "Primește factura", ""],
]


def csv_bytes(
    header: list[str],
    rows: list[list[str]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
    newline: str = "\r\n",
    bom: bool = False,
    sep_line: bool = False,
) -> bytes:
    """A CSV file's bytes as a spreadsheet program writes it (QUOTE_MINIMAL like all three)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline)
    writer.writerow(header)
    writer.writerows(rows)
    text = buffer.getvalue()
    if sep_line:
        text = f"sep={delimiter}{newline}" + text
    data = text.encode(encoding)
    if bom and encoding == "utf-8":
        data = b"\xef\xbb\xbf" + data
    return data


SAVERS: dict[str, dict[str, object]] = {
    "excel-cp1250": {"encoding": "cp1250", "delimiter": ";"},
    "excel-utf8-bom": {"bom": True, "delimiter": ";"},
    "excel-sep-line": {"encoding": "cp1250", "delimiter": ";", "sep_line": True},
    "excel-unicode-text": {"encoding": "utf-16", "delimiter": "\t"},
    "google-sheets": {},
    "libreoffice": {"newline": "\n"},
}


def _excel_safe(rows: list[list[str]], encoding: str) -> list[list[str]]:
    """What a Windows-1250 file can hold: Romanian ș/ț become ş/ţ there (Excel does the same)."""
    if encoding != "cp1250":
        return rows
    table = str.maketrans({"ș": "ş", "ț": "ţ", "Ș": "Ş", "Ț": "Ţ", "−": "-", "„": '"', "”": '"'})
    return [[cell.translate(table) for cell in row] for row in rows]


@pytest.fixture
def saved_sheet(tmp_path: Path) -> Callable[[str], Path]:
    """``saved_sheet("excel-cp1250")`` writes the Polish workshop sheet as that program would."""

    def make(
        saver: str, rows: list[list[str]] | None = None, header: list[str] | None = None
    ) -> Path:
        options = dict(SAVERS[saver])
        encoding = str(options.get("encoding", "utf-8"))
        data = csv_bytes(
            header or HEADER_PL,
            _excel_safe(rows or ROWS_PL, encoding),
            **options,  # type: ignore[arg-type]
        )
        path = tmp_path / f"{saver}.csv"
        path.write_bytes(data)
        return path

    return make


def xlsx_bytes(
    rows: list[list[object]], merges: tuple[str, ...] = (), cached: bool = True
) -> bytes:
    """An XLSX workbook; with ``cached``, formulas carry the value Excel would have saved."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Warsztat"
    for row in rows:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    workbook.create_sheet("Notatki")["A1"] = "notatki"
    buffer = io.BytesIO()
    workbook.save(buffer)
    if not cached:
        return buffer.getvalue()
    return _with_cached_values(buffer.getvalue())


def _with_cached_values(data: bytes) -> bytes:
    """Fill each ``<f>a-b</f><v></v>`` with the formula's value, as Excel saves it."""

    def value(match: re.Match[bytes]) -> bytes:
        formula = match.group(1).decode()
        result = eval(formula, {"__builtins__": {}})  # our own simple arithmetic only
        return b"<f>" + match.group(1) + b"</f><v>" + str(result).encode() + b"</v>"

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                content = re.sub(rb"<f>([-0-9+*/ ]+)</f><v\s*(?:/>|></v>)", value, content)
            target.writestr(item, content)
    return out.getvalue()


WORKSHOP_XLSX_ROWS: list[list[object]] = [
    ["Etap", "Persona", "Punkt styku", "Kanał", "Sentyment", "Emocje", "Problemy"],
    [
        "Świadomość",
        "Łucja",
        "Reklama na Instagramie",
        "Media społecznościowe",
        "pozytywny",
        "=3-2",
        "Nie widzi ceny\nLink prowadzi na stronę główną",
    ],
    [None, "Łucja", "Porównywarka cen", "www", "neutralny", 0, None],
    ["Zakup", "Łucja", "Infolinia", "infolinia", "negatywny", "=-1-1", "Długie oczekiwanie"],
    [None, "Ștefan", "Factură pe e-mail", "E-mail", "neutru", None, None],
]
WORKSHOP_MERGES = ("A2:A3", "A4:A5")


@pytest.fixture
def workshop_xlsx(tmp_path: Path) -> Callable[..., Path]:
    """``workshop_xlsx(cached=True)``: the workshop sheet with merged stage cells and formulas."""

    def make(
        cached: bool = True, rows: list[list[object]] | None = None, name: str = "warsztat"
    ) -> Path:
        path = tmp_path / f"{name}.xlsx"
        path.write_bytes(xlsx_bytes(rows or WORKSHOP_XLSX_ROWS, WORKSHOP_MERGES, cached=cached))
        return path

    return make
