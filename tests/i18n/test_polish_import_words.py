"""The Polish import preview speaks of the emotion's value ("wartość emocji 5 jest poza
zakresem"), not of emotions in the plural ("emocje 5 są poza zakresem")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cjdesigner.editor import translations
from cjdesigner.editor.window.sheet_formats import SheetImportDialog


@pytest.fixture
def polish(qapp: QApplication) -> Iterator[None]:
    translations.install("pl")
    yield
    translations.install("en")


def test_an_emotion_out_of_range_reads_as_polish(
    qtbot: QtBot, tmp_path: Path, polish: None
) -> None:
    path = tmp_path / "warsztat.csv"
    path.write_bytes("Etap;Punkt styku;Emocje\r\nRozważenie;Ranking kont;5\r\n".encode("cp1250"))
    dialog = SheetImportDialog(path)
    qtbot.addWidget(dialog)
    (problem,) = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert "wartość emocji 5 jest poza zakresem −2…+2" in problem
