"""The floor for the editor's start: a bare PySide6 window with a graphics view and two docks.

Run by ``bench_startup.py`` as a whole process: it shows the window and exits right after the
view's first paint, as the editor does under ``CJDESIGNER_EXIT_AFTER_FIRST_FRAME``.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QMainWindow,
)


class ExitAfterPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: os._exit(0))
        return False


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    scene = QGraphicsScene()
    for column in range(5):
        scene.addRect(column * 200, 0, 180, 80, brush=QColor("white"))
    view = QGraphicsView(scene)
    window.setCentralWidget(view)
    for area, title in (
        (Qt.DockWidgetArea.LeftDockWidgetArea, "Touchpoints"),
        (Qt.DockWidgetArea.RightDockWidgetArea, "Inspector"),
    ):
        dock = QDockWidget(title, window)
        dock.setWidget(QLabel(title))
        window.addDockWidget(area, dock)
    watcher = ExitAfterPaint()
    view.viewport().installEventFilter(watcher)
    window.resize(1366, 768)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
