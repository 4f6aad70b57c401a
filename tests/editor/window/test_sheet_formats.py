"""File > Import Spreadsheet… (preview before any change) and File > Export Sheet, Slides…."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from cjdesigner.editor.window import MainWindow, sheet_formats
from cjdesigner.editor.window.sheet_formats import SheetImportDialog

SHEET = (
    "Etap;Persona;Punkt styku;Kanał;Sentyment;Emocje\r\n"
    "Świadomość;Anna;Reklama;social media;pozytywny;1\r\n"
    "Zakup;Anna;Infolinia;infolinia;super;7\r\n"
    "Zakup;Jan;Sklep;sklep;negatywny;-1\r\n"
)


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "warsztat.csv"
    path.write_bytes(SHEET.encode("cp1250"))
    return path


def ok_button(dialog: SheetImportDialog):  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_preview_lists_every_problem_and_blocks_the_import(qtbot: QtBot, sheet: Path) -> None:
    dialog = SheetImportDialog(sheet)
    qtbot.addWidget(dialog)
    items = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert items == [
        "row 3, column E (Sentyment): unknown sentiment “super”; use pozytywny, neutralny, "
        "negatywny",
        "row 3, column F (Emocje): emotion 7 is outside −2…+2 (a whole number from −2 to +2)",
    ]
    assert "3 touchpoint rows found" in dialog.summary.text()
    assert "Świadomość, Zakup" in dialog.summary.text()
    assert "Anna, Jan" in dialog.summary.text()
    assert not ok_button(dialog).isEnabled()
    dialog.skip.setChecked(True)
    assert ok_button(dialog).isEnabled()
    imported = dialog.imported_map()
    assert imported is not None and [t.title for t in imported.touchpoints] == ["Reklama", "Sklep"]


def test_preview_says_its_stages_are_those_of_the_rows_without_problems(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A stage named only in a bad row is not made, so the list says whose stages it shows."""
    path = tmp_path / "warsztat.csv"
    path.write_text(
        "Etap;Punkt styku;Sentyment\nZakup;Płaci;pozytywny\nPosprzedaż;Ankieta;super\n",
        encoding="utf-8",
    )
    dialog = SheetImportDialog(path)
    qtbot.addWidget(dialog)
    summary = dialog.summary.text().splitlines()
    assert "Stages of the rows without problems: Zakup" in summary
    assert "Posprzedaż" not in dialog.summary.text()
    dialog.skip.setChecked(True)  # still true of what the import will make
    assert "Stages of the rows without problems: Zakup" in dialog.summary.text().splitlines()
    path.write_text("Etap;Punkt styku\nZakup;Płaci\nPosprzedaż;Ankieta\n", encoding="utf-8")
    clean = SheetImportDialog(path)
    qtbot.addWidget(clean)
    assert "Stages: Zakup, Posprzedaż" in clean.summary.text().splitlines()


def test_a_sheet_that_cannot_be_read_says_why(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("Kolumna 1,Kolumna 2\na,b\n")
    dialog = SheetImportDialog(path)
    qtbot.addWidget(dialog)
    assert "no columns for the touchpoint title and the stage" in dialog.summary.text()
    assert "--mapping" not in dialog.summary.text()  # an option of the command line only
    assert not ok_button(dialog).isEnabled()


def test_import_opens_the_map_in_a_new_window_and_keeps_the_open_one(
    window: MainWindow, sheet: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = window.doc
    monkeypatch.setattr(sheet_formats, "choose_sheet", lambda parent, folder: str(sheet))

    def accept(dialog: SheetImportDialog) -> bool:
        dialog.skip.setChecked(True)
        return True

    monkeypatch.setattr(sheet_formats, "preview", accept)
    window.window_actions.import_sheet.trigger()
    assert window.doc is before
    from cjdesigner.editor.window.main_window import _open_windows

    other = _open_windows[-1]
    try:
        assert other.doc is not None and other.doc.path is None
        assert [t.title for t in other.doc.map.touchpoints] == ["Reklama", "Sklep"]
        assert not other.doc.undo_stack.isClean()  # closing asks before the import is lost
        assert other.statusBar().currentMessage() == "Imported 2 touchpoints"
    finally:
        other.doc.undo_stack.setClean()
        other.close()


def test_cancelled_preview_changes_nothing(
    make_window: Callable[..., MainWindow], sheet: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.files.new_blank("pl")
    before = window.doc
    monkeypatch.setattr(sheet_formats, "choose_sheet", lambda parent, folder: str(sheet))
    monkeypatch.setattr(sheet_formats, "preview", lambda dialog: False)
    window.window_actions.import_sheet.trigger()
    assert window.doc is before


@pytest.mark.parametrize("kind", ["xlsx", "csv", "pptx", "mmd", "md"])
def test_export_formats(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    out = tmp_path / f"map.{kind}"
    monkeypatch.setattr(sheet_formats, "choose_export", lambda parent, suggested: str(out))
    monkeypatch.setattr(sheet_formats, "choose_slide_size", lambda parent: "16:9")
    window.window_actions.export_formats.trigger()
    assert out.stat().st_size > 0


def test_export_to_an_unknown_extension_is_refused(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs
) -> None:
    out = tmp_path / "map.docx"
    monkeypatch.setattr(sheet_formats, "choose_export", lambda parent, suggested: str(out))
    window.window_actions.export_formats.trigger()
    assert not out.exists()
    assert any(".xlsx, .csv, .pptx" in message for message in dialogs.messages())


def test_the_editor_does_not_load_the_office_libraries_at_start() -> None:
    import subprocess
    import sys

    script = (
        "import sys\n"
        "import cjdesigner.editor.window.main_window\n"
        "bad = [m for m in ('openpyxl', 'pptx') if m in sys.modules]\n"
        "print(bad)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_preview_names_the_map_and_its_client_and_lists_the_warnings(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The title the PDF and slides print is typed in the preview, as the command line's
    --title (QA s7 J12; empty: the file's name); the import's warnings are listed before
    anything is imported (merged stage cells saved as CSV, QA s7 J2)."""
    path = tmp_path / "warsztat_bank.csv"
    path.write_text("Etap;Punkt styku\nZakup;Płaci\n;Odbiera\n", encoding="utf-8")
    dialog = SheetImportDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.title.placeholderText() == "warsztat bank"
    assert (
        "Warning: 1 empty cell of column A (Etap) took the name from the row above (merged "
        "cells saved as CSV are empty below their first row)" in dialog.summary.text().splitlines()
    )
    unnamed = dialog.imported_map()
    assert unnamed is not None and unnamed.info.title == "warsztat bank"
    dialog.title.setText("  Konto osobiste — mapa ścieżki  ")
    dialog.client.setText("Bank Przykładowy")
    named = dialog.imported_map()
    assert named is not None
    assert (named.info.title, named.info.client) == (
        "Konto osobiste — mapa ścieżki",
        "Bank Przykładowy",
    )
