"""The Import Spreadsheet preview explains a sheet's problems in the editor's language.

The row problems and read errors come from ``cjdesigner.interchange`` (no Qt); the editor's
catalogues must hold them, as they hold the messages of storage and export, or a Polish
consultant reads English in a Polish dialog. The CLI keeps English.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cjdesigner.editor.i18n_update import CORE_PACKAGES, core_messages
from cjdesigner.i18n import tr

SHEET = "Etap;Punkt styku;Sentyment;Emocje\nA;Telefon;super;5\nB;;pozytywny;1\n"

EXPECTED = {
    "pl": [
        "wiersz 2, kolumna C (Sentyment): nieznany sentyment „super”",
        "wiersz 2, kolumna D (Emocje): wartość emocji 5 jest poza zakresem −2…+2",
        "wiersz 3, kolumna B (Punkt styku): punkt styku nie ma tytułu",
    ],
    "ro": [
        "rândul 2, coloana C (Sentyment): sentiment necunoscut „super”",
        "rândul 2, coloana D (Emocje): emoția 5 este în afara intervalului −2…+2",
        "rândul 3, coloana B (Punkt styku): punctul de contact nu are titlu",
    ],
}


def test_the_import_messages_are_in_the_editor_catalogues() -> None:
    assert "interchange" in CORE_PACKAGES
    messages = core_messages()
    assert "the touchpoint has no title" in messages
    assert "unknown sentiment “{text}”; use {words}" in messages


@pytest.mark.parametrize("language", ["pl", "ro"])
def test_the_preview_lists_the_problems_in_the_editor_language(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    from cjdesigner.editor import translations
    from cjdesigner.editor.window.sheet_formats import SheetImportDialog

    sheet = tmp_path / "warsztat.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    try:
        translations.install(language)
        dialog = SheetImportDialog(sheet)
        qtbot.addWidget(dialog)
        shown = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    finally:
        translations.install("en")
    assert len(shown) == len(EXPECTED[language])
    for line, start in zip(shown, EXPECTED[language], strict=True):
        assert line.startswith(start), line
    assert tr("the touchpoint has no title") == "the touchpoint has no title"  # English again


def test_an_unreadable_sheet_is_explained_in_polish(qtbot: QtBot, tmp_path: Path) -> None:
    from cjdesigner.editor import translations
    from cjdesigner.editor.window.sheet_formats import SheetImportDialog

    empty = tmp_path / "pusty.csv"
    empty.write_bytes(b"")
    try:
        translations.install("pl")
        dialog = SheetImportDialog(empty)
        qtbot.addWidget(dialog)
        summary = dialog.summary.text()
    finally:
        translations.install("en")
    assert "pusty.csv” jest pusty" in summary, summary


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "pl",
            "brak kolumn tytułu punktu styku i etapu w wierszu nagłówków (wiersz 1: "
            "„Kolumna 1”, „Kolumna 2”); nazwij je „Touchpoint / Punkt styku / Punct de "
            "contact” i „Stage / Etap / Etapă”",
        ),
        (
            "ro",
            "lipsesc coloanele pentru titlul punctului de contact și etapă din rândul de antet "
            "(rândul 1: „Kolumna 1”, „Kolumna 2”); denumiți-le „Touchpoint / Punkt styku / "
            "Punct de contact” și „Stage / Etap / Etapă”",
        ),
    ],
)
def test_a_sheet_without_its_columns_is_explained_in_the_editor_language(
    qtbot: QtBot, tmp_path: Path, language: str, expected: str
) -> None:
    """The field names translated, the language's own quotation marks, and no --mapping
    (an option of the command line, which the editor's import does not have)."""
    from cjdesigner.editor import translations
    from cjdesigner.editor.window.sheet_formats import SheetImportDialog

    sheet = tmp_path / "notatki.csv"
    sheet.write_text("Kolumna 1;Kolumna 2\na;b\n", encoding="utf-8")
    try:
        translations.install(language)
        dialog = SheetImportDialog(sheet)
        qtbot.addWidget(dialog)
        shown = dialog.summary.text()
    finally:
        translations.install("en")
    assert expected in shown
    assert "--mapping" not in shown and "“" not in shown
