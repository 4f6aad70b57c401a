"""Maps the operating system asks the running program to open (macOS: a double-clicked ``.cjm``).

On macOS a file opened from the Finder does not arrive on the command line: Qt sends the
application object a ``QFileOpenEvent``, at start-up and while the program runs.
:class:`Application` turns it into a signal (overriding ``event`` sees only the events sent to
the application object itself; an application-wide event filter would see every event of every
widget). :func:`open_requested_map` opens the map in the window if that still shows an untouched
new map (the program was just started for it), else in a new window. Other systems pass the
file on the command line (``cjdesigner FILE``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from cjdesigner.editor.window import MainWindow


class Application(QApplication):
    """The program's QApplication: the system's requests to open a file become a signal."""

    file_open_requested = Signal(str)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            if event.file():
                self.file_open_requested.emit(event.file())
            return True
        return super().event(event)


def open_requested_map(window: MainWindow, file: str) -> MainWindow:
    """Open ``file`` in ``window`` if it shows an untouched new map, else in a new window."""
    doc = window.doc
    untouched = doc is not None and doc.path is None and doc.undo_stack.isClean()
    target = window if untouched else window.new_window()
    target.files.open_path(Path(file), ask_to_save=False)
    target.raise_()
    target.activateWindow()
    return target
