"""File > Export PDF…: a long reason why the PDF was not written fits in the dialog without
squeezing its choices (Polish, a read-only folder: four lines)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cjdesigner.editor.window import MainWindow, export_dialog
from cjdesigner.editor.window.export_dialog import ExportDialog
from cjdesigner.storage.errors import MapWriteError

READ_ONLY = (
    "Nie można zapisać „/media/pendrive/klient/mapa.pdf”: dysk jest tylko do odczytu (jego "
    "system plików jest zamontowany tylko do odczytu). Plik na dysku nie został zmieniony."
)


def _full_height(widget: QWidget) -> bool:
    return widget.height() >= widget.minimumSizeHint().height()


def test_a_long_reason_makes_the_dialog_taller_instead_of_squeezing_it(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(*args: Any, **kwargs: Any) -> None:
        raise MapWriteError(READ_ONLY)

    monkeypatch.setattr(export_dialog, "export_pdf", read_only)
    assert window.doc is not None
    dialog = ExportDialog(window.doc.map, tmp_path / "mapa.pdf", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    assert not dialog.export()
    qtbot.wait(10)
    assert READ_ONLY in dialog.summary.text()
    assert dialog.height() > before
    for widget in (dialog.fit, dialog.tile, dialog.overlap, dialog.details, dialog.cover):
        assert _full_height(widget), widget.objectName()
    assert not dialog.fit.geometry().intersects(dialog.tile.geometry())
    assert dialog.summary.height() >= dialog.summary.heightForWidth(dialog.summary.width())
