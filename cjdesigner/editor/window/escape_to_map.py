"""Esc in a side panel puts the keyboard back on the map, on the card it left.

README: "Works from the keyboard alone" — Enter on a card puts the cursor in its title in the
Inspector, but nothing brought it back: Enter and Esc stayed in the field, and the way to the
next card was Shift+Tab four times. Esc is only taken once the focused widget has let it pass
(a field ignores it); a table cell being edited, an open list or a completer still use Esc to
cancel first, as they always did.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


class EscapeToMap(QObject):
    """Watches a panel; an Esc that no widget in it used moves the focus to ``view``."""

    def __init__(self, panel: QWidget, view: QWidget) -> None:
        super().__init__(panel)
        self._view = view
        panel.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not event.modifiers()
            and self._view.isVisible()
        ):
            self._view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False
