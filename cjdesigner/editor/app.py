"""Start the editor: ``cjdesigner`` (a new map) or ``cjdesigner FILE`` (that map)."""

from __future__ import annotations

import gc
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


def freeze_open_map() -> None:
    """Keep the map just opened (and its canvas items) out of every later full collection.

    Python's full (oldest generation) collection walks every container object alive. A big
    map with its canvas items is hundreds of thousands of them, so a full collection that an
    ordinary edit happens to trigger took 40–180 ms: a visible hitch while dragging or typing.
    Those objects live until the next map is opened, so after collecting once (the previous
    map and the load's leftovers are freed now, not mid-edit) they are frozen: moved to the
    permanent generation, which the collector skips. The freeze is process-wide; with
    several windows open, the next open or close only makes it less complete, never wrong.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def unfreeze_maps() -> None:
    """A map was closed: let the collector see (and free) what was frozen with it."""
    gc.unfreeze()


def run(path: str | None) -> int:
    """Open the editor window and run until it closes; returns the exit code."""
    app = application()
    from cjdesigner.editor.crash_dialog import install_crash_handler
    from cjdesigner.editor.window import MainWindow

    install_crash_handler()

    window = MainWindow()
    window.restore_layout()
    window.show()
    app.aboutToQuit.connect(window.save_layout)
    QTimer.singleShot(0, lambda: window.start(path))
    return int(app.exec())
