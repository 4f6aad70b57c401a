"""The window's size and dock layout, remembered between starts (in the settings file)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow

from cjdesigner.editor.window.file_controller import settings

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"


def restore_layout(window: QMainWindow) -> bool:
    """Size and docks as the user left them; False when none is stored or it does not apply
    (the caller then lays the window out for a first start)."""
    store = settings()
    geometry = store.value(GEOMETRY_KEY)
    state = store.value(STATE_KEY)
    if not (isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)):
        return False
    if isinstance(state, QByteArray):
        window.restoreState(state)
    return True


def save_layout(window: QMainWindow) -> None:
    store = settings()
    store.setValue(GEOMETRY_KEY, window.saveGeometry())
    store.setValue(STATE_KEY, window.saveState())
