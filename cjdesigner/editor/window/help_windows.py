"""The window's Help > Keyboard Shortcuts and Help > Quick Start, opened (and kept) on demand.

The dialogs' module (:mod:`~cjdesigner.editor.window.shortcuts_dialog`: tables, button boxes)
loads when one of them first opens, not with the window: no first frame shows them, except the
Quick Start on a consultant's very first start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from cjdesigner.editor.window.file_controller import settings

if TYPE_CHECKING:
    from cjdesigner.editor.window.shortcuts_dialog import QuickStartDialog, ShortcutsDialog

QUICK_START_SHOWN_KEY = "help/quick_start_shown"


class HelpWindows:
    """Opens (and keeps) the window's Keyboard Shortcuts and Quick Start.

    It needs only the window as a widget: the dialogs' parent, and where its actions are found.
    """

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.shortcuts: ShortcutsDialog | None = None
        self.quick_start: QuickStartDialog | None = None

    def show_shortcuts(self) -> ShortcutsDialog:
        from cjdesigner.editor.window.shortcuts_dialog import (
            ShortcutsDialog,
            action_keys,
            canvas_keys,
        )

        w = self.window
        actions = [a for a in w.findChildren(QAction) if a.objectName().startswith("action_")]
        rows = action_keys(actions) + canvas_keys(w)
        if self.shortcuts is None:
            self.shortcuts = ShortcutsDialog(rows, w)
        self.shortcuts.show()
        self.shortcuts.raise_()
        return self.shortcuts

    def show_quick_start(self) -> QuickStartDialog:
        from cjdesigner.editor.window.shortcuts_dialog import QuickStartDialog

        if self.quick_start is None:
            self.quick_start = QuickStartDialog(self.window)
        self.quick_start.show()
        self.quick_start.raise_()
        return self.quick_start

    def quick_start_once(self) -> bool:
        """On the blank template, the first time only; True if it was shown now."""
        store = settings()
        if store.value(QUICK_START_SHOWN_KEY, False, type=bool):
            return False
        store.setValue(QUICK_START_SHOWN_KEY, True)
        self.show_quick_start()
        return True
