"""Start the editor: ``cjdesigner`` (a new map) or ``cjdesigner FILE`` (that map)."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from cjdesigner import __version__
from cjdesigner.assets import icon_path
from cjdesigner.editor import first_frame, translations
from cjdesigner.editor.file_open_events import Application, open_requested_map
from cjdesigner.startup_gc import paused_collection

APP_NAME = "cjdesigner"
DESKTOP_ID = "org.cjdesigner.cjdesigner"
"""The installed desktop entry's name (packaging/linux/), without ``.desktop``."""


def application() -> QApplication:
    """The running QApplication, created with the program's name and icon if needed."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = Application(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(icon_path("cjdesigner"))))
    app.setDesktopFileName(DESKTOP_ID)  # Wayland and taskbars match the window to its .desktop
    if translations.current_language() is None:
        translations.install()
    return app


_start_map_pending = False
"""True from :func:`run` until the start's window froze its first map (see below)."""


def freeze_open_map() -> None:
    """Keep the map just opened (and its canvas items) out of every later full collection.

    Python's full (oldest generation) collection walks every container object alive. A big
    map with its canvas items is hundreds of thousands of them, so a full collection that an
    ordinary edit happens to trigger took 40–180 ms: a visible hitch while dragging or typing.
    Those objects live until the next map is opened, so after collecting once (the previous
    map and the load's leftovers are freed now, not mid-edit) they are frozen: moved to the
    permanent generation, which the collector skips. The freeze is process-wide; with
    several windows open, the next open or close only makes it less complete, never wrong.

    The start's map is the exception: what the start loaded (Qt, pydantic, the model, the
    window's modules) was frozen as it loaded (:mod:`cjdesigner.startup_gc`), and there is no
    previous map to free. So only what was made since (the window, the map, their leftovers)
    is collected before it is frozen: ~20 ms less before the first frame than walking every
    module's objects again. The little garbage frozen with the modules (plain functions and
    classes that imports throw away; no Qt object) is freed when the next map opens.
    """
    global _start_map_pending
    if _start_map_pending:
        _start_map_pending = False
        gc.collect()  # everything not frozen yet: the window, the map, what they left over
        gc.freeze()
        return
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def unfreeze_maps() -> None:
    """A map was closed: let the collector see (and free) what was frozen with it."""
    gc.unfreeze()


def run(path: str | None) -> int:
    """Open the editor window and run until it closes; returns the exit code."""
    app = application()
    with paused_collection():  # the window's modules
        from cjdesigner.editor.crash_dialog import install_crash_handler
        from cjdesigner.editor.window import MainWindow

    install_crash_handler()

    global _start_map_pending
    _start_map_pending = True  # the window's first map: see freeze_open_map
    window = MainWindow(hold_insights=True)
    window.restore_layout()
    window.show()
    app.aboutToQuit.connect(window.save_layout)
    if isinstance(app, Application):  # macOS: maps opened from the Finder
        app.file_open_requested.connect(lambda file: open_requested_map(window, file))
    probe = first_frame.FirstFrameExit(window.view.viewport()) if first_frame.requested() else None
    # the map's analysis (the Insights, their count in the status bar) once the map shows
    first_frame.after_first_paint(window.view.viewport(), window.insights_panel.refresher.release)

    def start() -> None:
        window.start(path)
        if probe is not None:
            probe.started()

    QTimer.singleShot(0, start)
    return int(app.exec())
