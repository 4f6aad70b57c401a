"""Romanian letters in the window: the notice after opening, and Map > Fix Romanian Letters.

ş/ţ with a cedilla (instead of ș/ț with a comma) are pointed out, never fixed without asking.
The finding and fixing live in ``romanian``; this is the window's part of it, given the document
getter, whether the window is read-only, the status bar's message and the menu action.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from cjdesigner.editor.window.controller_inputs import CurrentDocument, ShowMessage
from cjdesigner.editor.window.romanian import (
    cedilla_fix_command,
    count_cedilla_fields,
    map_has_cedillas,
)


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
