"""The window from the keyboard: Tab reaches the canvas, Enter on a card opens its fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from cjdesigner.editor.window import MainWindow


def test_tab_reaches_the_canvas_and_lands_on_a_card(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    start = window.palette_panel.findChild(QLineEdit)  # the channel filter
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(start.hasFocus)
    for _ in range(60):
        focus = QApplication.focusWidget()
        if focus is window.view:
            break
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert window.view.hasFocus()
    assert window.scene.selected_touchpoint_ids() == ["t0"]
    assert window.scene.cards["t0"].focus_ring


def _on_the_map(window: MainWindow, qtbot: QtBot, card: str) -> None:
    """The window shown and active, the keyboard on the map, ``card`` selected."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    window.view.setFocus()
    window.scene.select_ids([card])


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_F2])
def test_enter_on_a_card_puts_the_cursor_in_its_title(
    window: MainWindow, qtbot: QtBot, key: Qt.Key
) -> None:
    """Enter, or F2 (the rename key a first-time user reaches for: QA s8 K1, it did nothing
    and what was typed next was lost), puts the cursor in the card's title."""
    _on_the_map(window, qtbot, "t2")
    qtbot.keyClick(window.view, key)
    qtbot.waitUntil(lambda: window.inspector.isAncestorOf(QApplication.focusWidget()))
    focus = QApplication.focusWidget()
    assert isinstance(focus.property("text"), str) and focus.property("text") == "Zażółć gęślą"


def test_enter_in_the_title_names_the_card_and_goes_back_to_the_map(
    window: MainWindow, qtbot: QtBot
) -> None:
    """A card is named, then 1/2/3 mark it: Enter in its title field names it and puts the
    keyboard back on the map, on the card (the 3 went into the title: QA s8 K14). Enter in
    another line field (the owner) stays there."""
    _on_the_map(window, qtbot, "t2")
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.inspector.isAncestorOf(QApplication.focusWidget()))
    title = QApplication.focusWidget()
    assert title.objectName() == "touchpoint_title"
    title.selectAll()
    qtbot.keyClicks(title, "Pays by card")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert window.view.hasFocus()
    assert window.scene.selected_touchpoint_ids() == ["t2"]
    qtbot.keyClick(window.view, Qt.Key.Key_3)
    card = window.doc.map.touchpoint("t2")
    assert card.title == "Pays by card" and card.sentiment.value == "negative"
    owner = window.inspector.findChild(QWidget, "touchpoint_owner")
    owner.setFocus()
    qtbot.keyClick(owner, Qt.Key.Key_Return)
    assert owner.hasFocus()
