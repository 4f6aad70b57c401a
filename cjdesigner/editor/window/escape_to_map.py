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
from PySide6.QtWidgets import QApplication, QWidget

NAME_FIELDS = frozenset(("touchpoint_title", "stage_name", "persona_name"))
"""The fields a card, stage or persona is named in: Enter there names it and goes back to the
map (a card dropped from the palette is named, then 1/2/3 mark it: the 3 went into its title,
QA s8 K14)."""


class EscapeToMap(QObject):
    """Watches a panel; an Esc that no widget in it used moves the focus to ``view``, and so
    does Enter in a name field (a line field lets Enter pass once it has taken the text)."""

    def __init__(self, panel: QWidget, view: QWidget) -> None:
        super().__init__(panel)
        self._view = view
        panel.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and self._view.isVisible()
            and (event.key() == Qt.Key.Key_Escape or self._enter_in_a_name(event))
        ):
            self._view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    @staticmethod
    def _enter_in_a_name(event: QKeyEvent) -> bool:
        focus = QApplication.focusWidget()
        return (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and focus is not None
            and focus.objectName() in NAME_FIELDS
        )
