"""A spreadsheet given to File > Open or on the command line offers the import preview (not
"not a cjdesigner map"); an .xls says to save it as .xlsx; nothing open is replaced."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cjdesigner.editor.window import MainWindow, sheet_formats
from cjdesigner.editor.window.sheet_formats import SheetImportDialog

SHEET = (
    "Etap;Persona;Punkt styku;Kanał;Sentyment\r\n"
    "Świadomość;Anna;Reklama;social media;pozytywny\r\n"
    "Zakup;Anna;Infolinia;infolinia;negatywny\r\n"
)


@pytest.fixture
def blank(make_window: Callable[..., MainWindow]) -> MainWindow:
    window = make_window()
    window.files.new_blank("pl")
    return window


def no_errors(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    errors: list[str] = []
    monkeypatch.setattr(window.dialogs, "error", lambda title, text: errors.append(text))
    return errors


def test_open_offers_the_import_preview_for_a_csv(
    blank: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "warsztat.csv"
    path.write_bytes(SHEET.encode("cp1250"))
    errors = no_errors(blank, monkeypatch)
    shown: list[str] = []

    def accept(dialog: SheetImportDialog) -> bool:
        shown.append(dialog.summary.text())
        return True

    monkeypatch.setattr(sheet_formats, "preview", accept)
    monkeypatch.setattr(blank.dialogs, "open_path", lambda folder: str(path))
    assert blank.files.open()
    assert not errors and shown and "2 touchpoint rows found" in shown[0]
    doc = blank.doc
    assert doc is not None and doc.path is None  # a new, unsaved map: never the sheet's path
    assert [t.title for t in doc.map.touchpoints] == ["Reklama", "Infolinia"]
    assert not doc.undo_stack.isClean()
    assert str(path) not in blank.files.recent_files()
    doc.undo_stack.setClean()


def test_an_xlsx_on_the_command_line_opens_the_preview(
    blank: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    for row in SHEET.strip().split("\r\n"):
        book.active.append(row.split(";"))
    path = tmp_path / "warsztat.xlsx"
    book.save(path)
    errors = no_errors(blank, monkeypatch)
    monkeypatch.setattr(sheet_formats, "preview", lambda dialog: True)
    blank.start(str(path))
    assert not errors
    assert blank.doc is not None and len(blank.doc.map.touchpoints) == 2
    blank.doc.undo_stack.setClean()


@pytest.mark.parametrize("suffix", [".xls", ".ods"])
def test_an_old_workbook_says_to_save_it_as_xlsx_and_changes_nothing(
    blank: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    path = tmp_path / f"stary{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0 not really a workbook")
    before = blank.doc
    errors = no_errors(blank, monkeypatch)
    shown: list[tuple[str, bool]] = []

    def look(dialog: SheetImportDialog) -> bool:
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        shown.append((dialog.summary.text(), ok.isEnabled()))
        return False

    monkeypatch.setattr(sheet_formats, "preview", look)
    assert not blank.files.open_path(path)
    assert not errors and len(shown) == 1
    text, importable = shown[0]
    assert "save it as .xlsx" in text and not importable
    assert "not a cjdesigner map" not in text
    assert blank.doc is before


def test_a_map_file_still_opens_as_a_map(
    blank: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cjdesigner.storage import save_map

    assert blank.doc is not None
    path = tmp_path / "mapa.cjm"
    save_map(blank.doc.map, path)
    monkeypatch.setattr(
        sheet_formats, "preview", lambda dialog: pytest.fail("no preview for a map")
    )
    assert blank.files.open_path(path)
    assert blank.doc is not None and blank.doc.path == path


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_the_preview_names_the_templates_as_the_template_dialog_does(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    from cjdesigner.editor import translations
    from cjdesigner.templates import DEFAULT_TEMPLATE, list_templates

    translations.install(language)
    try:
        path = tmp_path / "warsztat.csv"
        path.write_bytes(SHEET.encode("utf-8"))
        dialog = SheetImportDialog(path)
        qtbot.addWidget(dialog)
        shown = [dialog.template.itemText(i) for i in range(dialog.template.count())]
        assert shown == [info.title(language) for info in list_templates()]
        assert not any(info.name in shown for info in list_templates())
        assert dialog.template.currentData() == DEFAULT_TEMPLATE
        assert dialog.imported_map() is not None
        dialog.template.setCurrentIndex(dialog.template.count() - 1)
        assert dialog.imported_map() is not None
    finally:
        translations.install("en")
