"""Start the editor: ``cjdesigner`` (a new map) or ``cjdesigner FILE`` (that map)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from cjdesigner import __version__
from cjdesigner.assets import icon_path
from cjdesigner.editor import first_frame, map_freeze, translations
from cjdesigner.editor.file_open_events import Application, open_requested_map
from cjdesigner.startup_gc import paused_collection

APP_NAME = "cjdesigner"
DESKTOP_ID = "org.cjdesigner.cjdesigner"
"""The installed desktop entry's name (packaging/linux/), without ``.desktop``."""


def application(language: str | None = None) -> QApplication:
    """The running QApplication, created with the program's name and icon if needed, speaking
    ``language`` (None: the Preferences choice)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = Application(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(icon_path("cjdesigner"))))
    app.setDesktopFileName(DESKTOP_ID)  # Wayland and taskbars match the window to its .desktop
    if language is not None:  # cjdesigner --lang pl: this session only
        translations.install(language)
    elif translations.current_language() is None:
        translations.install()
    return app


def run(path: str | None, language: str | None = None) -> int:
    """Open the editor window and run until it closes (in ``language``, None: the Preferences
    choice); returns the exit code."""
    app = application(language)
    with paused_collection():  # the window's modules
        from cjdesigner.editor.crash_dialog import install_crash_handler
        from cjdesigner.editor.window import MainWindow

    install_crash_handler()

    map_freeze.expect_start_map()  # the window's first map: see map_freeze.freeze_open_map
    window = MainWindow(hold_insights=True)
    window.restore_layout()
    window.show()
    app.aboutToQuit.connect(window.save_layout)
    if isinstance(app, Application):  # macOS: maps opened from the Finder
        app.file_open_requested.connect(lambda file: open_requested_map(window, file))
    probe = first_frame.FirstFrameExit(window.view.viewport()) if first_frame.requested() else None

    # what the first frame does not show, once it shows: the start map's freeze (see there),
    # the map's analysis (the Insights, their count in the status bar)
    def after_first_frame() -> None:
        map_freeze.after_first_frame()
        window.insights_panel.refresher.release()

    first_frame.after_first_paint(window.view.viewport(), after_first_frame)

    def start() -> None:
        window.start(path)
        if probe is not None:
            probe.started()

    QTimer.singleShot(0, start)
    return int(app.exec())
