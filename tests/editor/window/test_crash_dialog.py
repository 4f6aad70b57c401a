"""An unexpected error in the editor: the same humane message as the command line, a crash
report, and the map still open, unchanged (issue 12)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cjdesigner.analysis import report as report_module
from cjdesigner.editor.crash_dialog import install_crash_handler
from cjdesigner.editor.window import MainWindow
from cjdesigner.storage import load_map, save_map


def test_unexpected_error_shows_message_and_keeps_the_map(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    window.show()
    qtbot.waitExposed(window)
    assert window.doc is not None
    path = tmp_path / "workshop.cjm"
    save_map(window.doc.map, path)
    assert window.files.open_path(path)
    assert window.doc is not None
    on_disk = path.read_bytes()
    before = window.doc.map.model_dump_json()
    undo_index = window.doc.undo_stack.index()
    previous = install_crash_handler()
    try:
        try:
            report_module.report_to_json(None)  # type: ignore[arg-type]
        except AttributeError:
            kind, error, tb = sys.exc_info()
            assert kind is not None and error is not None
            sys.excepthook(kind, error, tb)
    finally:
        sys.excepthook = previous
    box = window.findChild(QMessageBox, "crash_message")
    assert box is not None and box.isVisible()
    text = box.text()
    assert f"while analysing the journey “{path}”" in text
    assert "The map file was not changed." in text and "still open" in text
    (report,) = (tmp_path / "xdg" / "cjdesigner" / "crash-reports").glob("crash-*.txt")
    assert str(report) in text
    assert "command: editor" in report.read_text(encoding="utf-8")
    assert window.isVisible() and window.doc is not None
    assert window.doc.map.model_dump_json() == before
    assert window.doc.undo_stack.index() == undo_index
    assert path.read_bytes() == on_disk and load_map(path).map is not None
