"""A sheet that cannot be imported at all (no touchpoint or stage column): the preview says why,
with no empty problem list under the reason and the row options switched off."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from cjdesigner.editor.window.sheet_formats import SheetImportDialog


def test_an_unreadable_sheet_shows_only_its_reason(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "notatki.csv"
    path.write_bytes("Kolumna 1;Kolumna 2\r\nzażółć;gęślą\r\n".encode("cp1250"))
    dialog = SheetImportDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "cannot be imported" in dialog.summary.text()
    assert not dialog.problems.isVisible()
    assert not dialog.skip.isEnabled() and not dialog.fix.isEnabled()


def test_a_readable_sheet_shows_its_problem_list(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "warsztat.csv"
    path.write_bytes("Etap;Punkt styku;Sentyment\r\nRozważenie;Ranking;super\r\n".encode("cp1250"))
    dialog = SheetImportDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.problems.isVisible() and dialog.problems.count() == 1
    assert dialog.skip.isEnabled()
