"""An unexpected error in the editor: a message, a crash report, and the map still open.

Qt calls :data:`sys.excepthook` for an exception raised in a slot or an event handler and then
carries on, so the window, the map and its undo history stay as they were. The hook installed
here writes the crash report (:mod:`cjdesigner.crash`: no map content) and tells the user the
same as the command line would: the map, the stage, where the report is, and that the file on
disk was not changed (a save writes atomically, so a failed one changes nothing).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6 import QtWidgets  # its dialog classes: PySide6 builds one when first used
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from cjdesigner.crash import Crash, handle_crash

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def _active_map(window: QWidget | None) -> Path | None:
    doc = getattr(window, "doc", None)
    path = getattr(doc, "path", None)
    return path if isinstance(path, Path) else None


def _map_window() -> QWidget | None:
    """The window the user works in: the active one, else a visible one showing a map."""
    active = QApplication.activeWindow()
    if active is not None and hasattr(active, "doc"):
        return active
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "doc")]
    return shown[0] if shown else active


def show_crash(
    error: BaseException, parent: QWidget | None = None
) -> tuple[Crash, QtWidgets.QMessageBox]:
    """Write the report for ``error`` and show the message (window-modal, not blocking)."""
    window = parent or _map_window()
    crash = handle_crash(
        error,
        map_path=_active_map(window),
        command="editor",
        default_stage="drawing or editing the map",
    )
    text = crash.message[:1].upper() + crash.message[1:]
    box = QtWidgets.QMessageBox(
        QtWidgets.QMessageBox.Icon.Critical,
        QCoreApplication.translate("crash", "Unexpected error"),
        text
        + "\n\n"
        + QCoreApplication.translate(
            "crash", "Your map is still open. Save it (or Save As…) before going on."
        ),
        QtWidgets.QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("crash_message")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return crash, box


def install_crash_handler() -> ExceptHook:
    """Route unexpected exceptions to :func:`show_crash`; returns the hook it replaced."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
            previous(kind, error, tb)
            return
        try:
            show_crash(error.with_traceback(tb))
        except Exception:  # the dialog itself failed: at least the usual printout
            previous(kind, error, tb)

    sys.excepthook = hook
    return previous
