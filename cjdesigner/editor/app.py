"""Start the editor: ``cjdesigner`` (a new map) or ``cjdesigner FILE`` (that map)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from cjdesigner import __version__
from cjdesigner.assets import icon_path

APP_NAME = "cjdesigner"


def application() -> QApplication:
    """The running QApplication, created with the program's name and icon if needed."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(icon_path("cjdesigner"))))
    return app


def run(path: str | None) -> int:
    """Open the editor window and run until it closes; returns the exit code."""
    app = application()
    from cjdesigner.editor.window import MainWindow

    window = MainWindow()
    window.restore_layout()
    window.show()
    app.aboutToQuit.connect(window.save_layout)
    QTimer.singleShot(0, lambda: window.start(path))
    return int(app.exec())
