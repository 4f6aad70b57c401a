"""A map or a spreadsheet dropped anywhere on the window opens as File > Open would; any other
file is refused while it is dragged, and the open map stays as it was."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QListWidget, QWidget

from cjdesigner.editor.window import MainWindow, sheet_formats
from cjdesigner.editor.window.file_drops import dropped_files
from cjdesigner.editor.window.sheet_formats import SheetImportDialog
from tests.conftest import SAMPLES_DIR

SAMPLE = SAMPLES_DIR / "online-shop-purchase.cjm"


def files_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def drag_and_drop(target: QWidget, mime: QMimeData) -> tuple[bool, bool]:
    """Send a drag's enter and its drop to ``target`` as Qt would; (enter, drop) accepted."""
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)
    return enter.isAccepted(), drop.isAccepted()


@pytest.fixture
def blank(make_window: Callable[..., MainWindow]) -> MainWindow:
    window = make_window()
    window.files.new_blank("en")
    window.resize(1200, 800)
    window.show()
    return window


def test_a_map_dropped_on_the_canvas_opens_in_the_window(blank: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "client.cjm"
    shutil.copy(SAMPLE, path)
    assert drag_and_drop(blank.view.viewport(), files_mime(path)) == (True, True)
    assert blank.doc is not None and blank.doc.path == path
    assert str(path) in blank.files.recent_files()


@pytest.mark.parametrize("part", ["palette", "palette_channels", "inspector_dock"])
def test_a_drop_on_a_dock_reaches_the_window_too(
    blank: MainWindow, tmp_path: Path, part: str
) -> None:
    path = tmp_path / "client.cjm"
    shutil.copy(SAMPLE, path)
    target = blank.findChild(QWidget, part)
    assert target is not None
    assert drag_and_drop(target, files_mime(path)) == (True, True)
    assert blank.doc is not None and blank.doc.path == path


def test_a_dropped_spreadsheet_goes_to_the_import_preview(
    blank: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "warsztat.csv"
    path.write_text("Stage;Persona;Touchpoint\nAwareness;Anna;Ad\n", encoding="utf-8")
    shown: list[str] = []

    def cancel(dialog: SheetImportDialog) -> bool:
        shown.append(dialog.summary.text())
        return False

    monkeypatch.setattr(sheet_formats, "preview", cancel)
    before = blank.doc
    assert drag_and_drop(blank.view.viewport(), files_mime(path)) == (True, True)
    assert shown and "1 touchpoint row found" in shown[0]
    assert blank.doc is before  # cancelled: the open map untouched


def test_other_files_are_refused_while_dragged_and_change_nothing(
    blank: MainWindow, tmp_path: Path
) -> None:
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n")
    folder = tmp_path / "maps.cjm"
    folder.mkdir()
    before = blank.doc
    for mime in (files_mime(picture), files_mime(folder), QMimeData()):
        assert drag_and_drop(blank.view.viewport(), mime) == (False, False)
    assert blank.doc is before


def test_a_broken_map_dropped_says_why_and_keeps_the_open_one(
    blank: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.cjm"
    broken.write_text("{ not json", encoding="utf-8")
    errors: list[str] = []
    monkeypatch.setattr(blank.dialogs, "error", lambda title, text: errors.append(text))
    before = blank.doc
    drag_and_drop(blank.view.viewport(), files_mime(broken))
    assert len(errors) == 1 and "broken.cjm" in errors[0]
    assert blank.doc is before


def test_several_files_open_the_first_and_say_so(blank: MainWindow, tmp_path: Path) -> None:
    first, second = tmp_path / "first.cjm", tmp_path / "second.cjm"
    shutil.copy(SAMPLE, first)
    shutil.copy(SAMPLE, second)
    drag_and_drop(blank.findChild(QListWidget, "palette_channels"), files_mime(first, second))
    assert blank.doc is not None and blank.doc.path == first
    assert "first.cjm" in blank.statusBar().currentMessage()


def test_only_local_map_and_sheet_files_count(tmp_path: Path) -> None:
    (tmp_path / "a.CJM").write_text("{}", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl("https://example.com/map.cjm"),
            QUrl.fromLocalFile(str(tmp_path / "a.CJM")),
            QUrl.fromLocalFile(str(tmp_path / "notes.txt")),
            QUrl.fromLocalFile(str(tmp_path / "sheet.xlsx")),
        ]
    )
    assert dropped_files(mime) == [tmp_path / "a.CJM", tmp_path / "sheet.xlsx"]
