"""Fields that offer what the map already holds: a card's Owner, its KPIs' names and units.

In a workshop the same few owners ("Marketing", "Obsługa klienta", "Echipa de vânzări") and
KPIs ("NPS", "CSAT", "%") are typed on card after card; a slip ("Marketng", "Nps") then splits
one into two in the spreadsheet and the PDF's tables. While such a field is being typed in, a
list under it offers the values other cards have, by any part, case ignored, the most used
first. It is built when the field (or the table cell's editor) opens, from the map as it is
then: no bookkeeping on every edit. The Qt classes it needs are loaded then too, not while the
editor starts (the Inspector is built at start).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt

if TYPE_CHECKING:
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QAbstractItemDelegate, QCompleter, QLineEdit

Values = Callable[[], Iterable[str]]


def known_values(values: Iterable[str]) -> list[str]:
    """The distinct non-blank values, the most used first, then alphabetically."""
    counts = Counter(value.strip() for value in values if value.strip())
    return sorted(counts, key=lambda value: (-counts[value], value.casefold()))


class KnownValues(QObject):
    """Offers ``values()`` (read each time the field takes the focus) as the field is typed."""

    def __init__(self, field: QLineEdit, values: Values) -> None:
        super().__init__(field)
        self._field = field
        self._values = values
        self.model: QStringListModel | None = None
        field.installEventFilter(self)

    def refresh(self) -> None:
        if self.model is None:
            from PySide6.QtCore import QStringListModel

            self.model = QStringListModel(self)
            self._field.setCompleter(completer(self.model, self))
        self.model.setStringList(known_values(self._values()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.refresh()
        return False


def known_values_delegate(values: Values, parent: QObject) -> QAbstractItemDelegate:
    """A table column's delegate whose cell editor offers ``values()`` (read as it opens)."""
    return _delegate_class()(values, parent)


@cache
def _delegate_class() -> type:
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate

    class KnownValuesDelegate(QStyledItemDelegate):
        def __init__(self, values: Values, parent: QObject) -> None:
            super().__init__(parent)
            self._values = values

        def createEditor(self, parent: Any, option: Any, index: Any) -> Any:
            editor = super().createEditor(parent, option, index)
            if isinstance(editor, QLineEdit):
                model = QStringListModel(known_values(self._values()), editor)
                editor.setCompleter(completer(model, editor))
            return editor

    return KnownValuesDelegate


def completer(model: QStringListModel, parent: QObject) -> QCompleter:
    """A pop-up list of ``model``'s values matching any part of what is typed, any case."""
    from PySide6.QtWidgets import QCompleter

    found = QCompleter(model, parent)
    found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    found.setFilterMode(Qt.MatchFlag.MatchContains)
    found.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return found
