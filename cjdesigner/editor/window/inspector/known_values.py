"""A field that offers what the map already holds: the Owner of a card.

In a workshop the same few owners ("Marketing", "Obsługa klienta", "Echipa de vânzări") are
typed on card after card; a slip ("Marketng") then splits a team in two in the spreadsheet
and the PDF's tables. While the field is being typed in, a list under it offers the owners
other cards have, by any part of the name, case ignored, the most used first. It is built when
the field takes the keyboard, from the map as it is then (no bookkeeping on every edit).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit


def known_values(values: Iterable[str]) -> list[str]:
    """The distinct non-blank values, the most used first, then alphabetically."""
    counts = Counter(value.strip() for value in values if value.strip())
    return sorted(counts, key=lambda value: (-counts[value], value.casefold()))


class KnownValues(QObject):
    """Offers ``values()`` (read each time the field takes the focus) as the field is typed."""

    def __init__(self, field: QLineEdit, values: Callable[[], Iterable[str]]) -> None:
        super().__init__(field)
        self._values = values
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        field.setCompleter(self.completer)
        field.installEventFilter(self)

    def refresh(self) -> None:
        self.model.setStringList(known_values(self._values()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.refresh()
        return False
