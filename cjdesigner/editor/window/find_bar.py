"""Edit > Find: a field above the map that finds cards by any word they hold.

On a 300- or 5,000-card map "where is the 'cancel subscription' card?" meant scrolling (the
palette's filter filters channels only). Typing selects the first card whose texts hold every
word (case and diacritics ignored, ``model.search``) and scrolls to it at a readable zoom, so
the Inspector shows it; Enter, F3 or the arrows step through the others, "Select All" selects
every match (to change their sentiment together, say), Esc goes back to the map on the card
found. The bar never edits anything: it works on read-only maps too.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window.controller_inputs import CurrentDocument
from cjdesigner.model.search import SearchIndex

FIELD_MAX_WIDTH = 420
"""Room for a few words; wider, the count and buttons ended up far from what was typed."""
NOT_FOUND_STYLE = "QLineEdit { background: #FFEBE9; color: #1F2328; }"
"""A pale red field with dark text, in a light or a dark theme alike."""
RECOUNT_DELAY_MS = 150
"""After an edit, the count is brought up to date once the edits of one gesture are done."""


class FindBar(QFrame):
    """The find field with its count and buttons; hidden until Edit > Find."""

    def __init__(
        self,
        document: CurrentDocument,
        show_card: Callable[[str], None],
        select: Callable[[list[str]], None],
        back_to_map: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        self.setStyleSheet(
            "#find_bar { background: palette(window); border-bottom: 1px solid palette(mid); }"
        )
        self._document = document
        self._show_card = show_card
        self._select = select
        self._back_to_map = back_to_map
        self._index: SearchIndex | None = None
        self._indexed: MapDocument | None = None
        self._watched: MapDocument | None = None
        self.matches: list[str] = []
        self.current = -1
        """Position of the card shown in :attr:`matches`; -1 before the first step."""

        self.field = QLineEdit(self)
        self.field.setObjectName("find_field")
        self.field.setPlaceholderText(self.tr("Find cards by any word they hold"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Find cards"))
        self.field.textChanged.connect(self._query_changed)
        self.field.installEventFilter(self)
        self.count = QLabel(self)
        self.count.setObjectName("find_count")
        self.count.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 / 0000") + 8)
        self.previous_button = self._tool(
            "find_previous", "↑", self.tr("Previous match (Shift+Enter)")
        )
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button = self._tool("find_next", "↓", self.tr("Next match (Enter)"))
        self.next_button.clicked.connect(self.find_next)
        self.select_all_button = QPushButton(self.tr("Select All"), self)
        self.select_all_button.setObjectName("find_select_all")
        self.select_all_button.setToolTip(self.tr("Select every card found"))
        self.select_all_button.clicked.connect(self.select_all)
        self.close_button = self._tool("find_close", "×", self.tr("Close (Esc)"))
        self.close_button.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        layout.setSpacing(4)
        self.field.setMinimumWidth(200)
        self.field.setMaximumWidth(FIELD_MAX_WIDTH)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        for widget in (self.previous_button, self.next_button, self.select_all_button):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.close_button)
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(RECOUNT_DELAY_MS)
        self._recount.timeout.connect(self._refresh_after_edit)
        self._update_count()
        self.hide()

    def _tool(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setAutoRaise(True)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button

    # -- opening and closing -----------------------------------------------------------------

    def open_bar(self) -> None:
        """Show the bar with the last words typed selected, ready to be typed over."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text():
            self._search(keep_current=True)

    def close_bar(self) -> None:
        """Hide the bar; the keyboard goes back to the map, on the card found."""
        self.hide()
        self._back_to_map()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, modifiers = event.key(), event.modifiers()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if modifiers & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and not modifiers:
                (self.find_next if key == Qt.Key.Key_Down else self.find_previous)()
                return True
        return super().eventFilter(watched, event)

    # -- the document --------------------------------------------------------------------------

    def set_document(self, doc: MapDocument | None) -> None:
        """Another map in the window: its cards are searched from now on."""
        self._watch(doc)
        self._index = None
        self.matches, self.current = [], -1
        if self.isVisible() and self.field.text():
            self._search(keep_current=False, show=False)
        else:
            self._update_count()

    def _watch(self, doc: MapDocument | None) -> None:
        old, self._watched = self._watched, doc
        if old is not None:
            for signal in _changes(old):
                with contextlib.suppress(RuntimeError, TypeError):  # the old one is gone
                    signal.disconnect(self._map_changed)
        if doc is not None:
            for signal in _changes(doc):
                signal.connect(self._map_changed)

    def _map_changed(self, *_args: object) -> None:
        """The map was edited: the index is out of date; the count follows shortly."""
        self._index = None
        if self.isVisible() and self.field.text():
            self._recount.start()

    def _refresh_after_edit(self) -> None:
        if self.isVisible() and self.field.text():
            self._search(keep_current=True, show=False)

    def _search_index(self) -> SearchIndex | None:
        doc = self._document()
        if doc is None:
            return None
        if self._index is None or self._indexed is not doc:
            self._index = SearchIndex(doc.map)
            self._indexed = doc
        return self._index

    # -- finding -------------------------------------------------------------------------------

    def _query_changed(self, _text: str) -> None:
        self._search(keep_current=False)

    def _search(self, keep_current: bool, show: bool = True) -> None:
        """Find the cards for the words typed; show the first (or keep the one shown)."""
        index = self._search_index()
        shown = self.matches[self.current] if 0 <= self.current < len(self.matches) else None
        self.matches = index.matches(self.field.text()) if index is not None else []
        if keep_current and shown in self.matches:
            self.current = self.matches.index(shown)
            show = False
        else:
            self.current = 0 if self.matches else -1
        self._update_count()
        if show and self.current >= 0:
            self._show_card(self.matches[self.current])

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        """The next (or previous) card found, round from the last to the first."""
        if not self.isVisible():
            self.open_bar()
        if self._index is None:
            self._search(keep_current=True, show=False)
        if not self.matches:
            return
        if self.current < 0:
            self.current = 0 if step > 0 else len(self.matches) - 1
        else:
            self.current = (self.current + step) % len(self.matches)
        self._update_count()
        self._show_card(self.matches[self.current])

    def select_all(self) -> None:
        """Every card found selected at once (the Inspector then edits them together)."""
        if self._index is None:
            self._search(keep_current=True, show=False)
        if self.matches:
            self._select(list(self.matches))

    def _update_count(self) -> None:
        found = len(self.matches)
        if not self.field.text().strip():
            self.count.setText("")
        elif found == 0:
            self.count.setText(self.tr("Not found"))
        else:
            self.count.setText(
                self.tr("%1 of %2").replace("%1", str(self.current + 1)).replace("%2", str(found))
            )
        for widget in (self.previous_button, self.next_button, self.select_all_button):
            widget.setEnabled(found > 0)
        # no match: the field says so in its colour too, as browsers do
        self.field.setStyleSheet(NOT_FOUND_STYLE if self.field.text().strip() and not found else "")


def _changes(doc: MapDocument) -> list[SignalInstance]:
    """The document's signals after which a card's words or place may differ."""
    return [
        doc.touchpoints_added,
        doc.touchpoints_removed,
        doc.touchpoints_changed,
        doc.touchpoints_moved,
        doc.structure_changed,
        doc.channels_changed,
    ]
