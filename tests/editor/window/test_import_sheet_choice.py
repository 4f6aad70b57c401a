"""File > Import Spreadsheet…: a workbook whose touchpoints are not on its first sheet (an
instructions sheet first is common) can be imported; the command line has --sheet."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot

from cjdesigner.editor.window.sheet_formats import SheetImportDialog, workbook_sheets

HEADER = ["Etap", "Persona", "Punkt styku", "Kanał", "Sentyment", "Emocje"]


def _workbook(path: Path, *sheets: str) -> Path:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = sheets[0]
    first.append(["Jak wypełnić arkusz: punkty styku wpisz w arkuszu „Warsztat”"])
    for name in sheets[1:]:
        sheet = book.create_sheet(name)
        sheet.append(HEADER)
        sheet.append(["Świadomość", "Anna", "Reklama na Instagramie", "social media", "+", 1])
    book.save(path)
    return path


def test_the_touchpoints_on_the_second_sheet_can_be_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    path = _workbook(tmp_path / "warsztat.xlsx", "Instrukcja", "Warsztat")
    dialog = SheetImportDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())] == [
        "Instrukcja",
        "Warsztat",
    ]
    assert dialog.sheet.isVisible()
    assert dialog.imported_map() is None  # the first sheet has no touchpoint columns
    dialog.sheet.setCurrentIndex(1)
    m = dialog.imported_map()
    assert m is not None
    assert [t.title for t in m.touchpoints] == ["Reklama na Instagramie"]
    dialog.sheet.setCurrentIndex(0)  # and back: read again, not the last sheet's rows
    assert dialog.imported_map() is None


def test_a_csv_or_a_one_sheet_workbook_has_no_sheet_choice(qtbot: QtBot, tmp_path: Path) -> None:
    csv = tmp_path / "warsztat.csv"
    csv.write_text(";".join(HEADER) + "\nŚwiadomość;Anna;Reklama;;;\n", encoding="utf-8")
    book = tmp_path / "jeden.xlsx"
    one = openpyxl.Workbook()
    assert one.active is not None
    one.active.append(HEADER)
    one.save(book)
    for path in (csv, book):
        dialog = SheetImportDialog(path)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.sheet.isVisible()


def test_an_unreadable_workbook_lists_no_sheets(tmp_path: Path) -> None:
    broken = tmp_path / "zepsuty.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a workbook")
    assert workbook_sheets(broken) == []
    assert workbook_sheets(tmp_path / "brak.xlsx") == []
