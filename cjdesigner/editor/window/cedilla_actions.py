"""Romanian letters in the window: the notice after opening, and Map > Fix Romanian Letters.

ş/ţ with a cedilla (instead of ș/ț with a comma) are pointed out, never fixed without asking.
The finding and fixing live in ``romanian``; this is the window's part of it, given the document
getter, whether the window is read-only, the status bar's message and the menu action.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from weakref import WeakSet

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from cjdesigner.editor.window.controller_inputs import CurrentDocument, ShowMessage
from cjdesigner.editor.window.romanian import (
    cedilla_fix_command,
    count_cedilla_fields,
    holds_cedilla,
    map_has_cedillas,
)

if TYPE_CHECKING:
    from cjdesigner.editor.document import MapDocument


class CedillaActions(QObject):
    """Offers, notes and fixes ş/ţ with a cedilla in the window's map."""

    def __init__(
        self,
        document: CurrentDocument,
        read_only: Callable[[], bool],
        show_message: ShowMessage,
        fix_action: QAction,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._read_only = read_only
        self._show_message = show_message
        self._fix_action = fix_action
        self._typed_noted: WeakSet[MapDocument] = WeakSet()
        """The maps (by object) told about a cedilla letter typed in them."""

    def offer_fix(self) -> None:
        """Map > Fix Romanian Letters shows only on a map that has ş/ţ with a cedilla (looked
        at as the Map menu opens: the action has no shortcut)."""
        doc = self._document()
        has = doc is not None and map_has_cedillas(doc)
        self._fix_action.setVisible(has)
        self._fix_action.setEnabled(has and not self._read_only())

    def note(self) -> None:
        """After opening: point out ş/ţ with a cedilla (never fixed without asking)."""
        doc = self._document()
        if doc is None:
            return
        fields = count_cedilla_fields(doc)
        if fields:
            self._show_message(
                self.tr(
                    "ş/ţ with a cedilla found in %n field(s); Map > Fix Romanian "
                    "Letters changes them to ș/ț",
                    "",
                    fields,
                ),
                15_000,
            )

    # -- typed while editing: said once a map, when the first such letter is typed --------

    def typed_in_touchpoints(self, ids: list[str]) -> None:
        self._typed(ids, "touchpoints")

    def typed_in_stages(self, ids: list[str]) -> None:
        self._typed(ids, "stages")

    def typed_in_personas(self, ids: list[str]) -> None:
        self._typed(ids, "personas")

    def _typed(self, ids: list[str], kind: str) -> None:
        """The items just edited hold ş/ţ with a cedilla (an old Romanian keyboard layout
        types them): say so once for this map, while it is being written, not only when it is
        next opened (QA s8 K6: they went to the client's PDF without a word)."""
        doc = self._document()
        if doc is None or doc in self._typed_noted or not ids:
            return
        wanted = set(ids)
        items = [item for item in getattr(doc.map, kind) if item.id in wanted]
        if any(holds_cedilla(item) for item in items):
            self._typed_noted.add(doc)
            self._show_message(
                self.tr(
                    "You typed ş/ţ with a cedilla; Romanian writes ș/ț with a comma below "
                    "(Map > Fix Romanian Letters changes them everywhere)"
                ),
                15_000,
            )

    def fix(self) -> int:
        """Map > Fix Romanian Letters: one undoable step; returns how many fields changed."""
        doc = self._document()
        if doc is None or self._read_only():
            return 0
        made = cedilla_fix_command(doc)
        if made is None:
            self._show_message(self.tr("No ş or ţ with a cedilla in this map"), 5000)
            return 0
        command, fields = made
        doc.push(command)
        self._show_message(self.tr("Fixed ş/ţ → ș/ț in %n field(s)", "", fields), 5000)
        return fields
