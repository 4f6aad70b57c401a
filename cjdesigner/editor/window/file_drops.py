"""Files dropped on the window: a map opens, a spreadsheet goes to the import preview.

A consultant drags a ``.cjm`` from the file manager (or a workshop's ``.xlsx`` from an e-mail)
onto the window and expects what File > Open does with it. Drops the window's own parts take
(the palette's channels on the canvas, text into a field) never reach this filter: Qt offers a
drag to a widget's parents only when the widget itself turns it down. A file of any other kind
is refused while it is dragged (the pointer says so), so nothing happens on release.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from cjdesigner.editor.window.controller_inputs import ShowMessage
from cjdesigner.editor.window.file_controller import SHEET_SUFFIXES

MAP_SUFFIXES = (".cjm", ".json")
"""What File > Open lists as maps; spreadsheets are ``file_controller.SHEET_SUFFIXES``."""

OPENED_ONE_MS = 6000


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files in a drag that File > Open would take, in the order they were dragged."""
    if not mime.hasUrls():
        return []
    files = []
    for url in mime.urls():
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.suffix.lower() in MAP_SUFFIXES + SHEET_SUFFIXES and not path.is_dir():
            files.append(path)
    return files


class FileDrops(QObject):
    """Watches ``window`` for dropped files and hands the first one to ``open_path``."""

    def __init__(
        self, window: QWidget, open_path: Callable[[Path], object], message: ShowMessage
    ) -> None:
        super().__init__(window)
        self._open_path = open_path
        self._message = message
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, (QDragEnterEvent, QDragMoveEvent))
            if dropped_files(event.mimeData()):
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            files = dropped_files(event.mimeData())
            if not files:
                event.ignore()
                return True
            event.acceptProposedAction()
            self.open(files)
            return True
        return False

    def open(self, files: list[Path]) -> None:
        """Open the first of ``files`` as File > Open would; say so if others were left."""
        first, rest = files[0], len(files) - 1
        self._open_path(first)
        if rest:
            self._message(
                self.tr("Opened %1 only: drop one file at a time.").replace("%1", first.name),
                OPENED_ONE_MS,
            )
