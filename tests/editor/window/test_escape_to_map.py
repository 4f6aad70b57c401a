"""Esc in the Inspector or the palette puts the keyboard back on the map, on the same card.

Before, Enter on a card put the cursor in its title and nothing brought it back: Enter and Esc
stayed in the field, and the next card was four Shift+Tabs away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget
from pytestqt.qtbot import QtBot

from cjdesigner.editor.window import MainWindow


def _shown(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)


def test_enter_type_esc_and_the_arrows_go_on_from_the_card(
    window: MainWindow, qtbot: QtBot
) -> None:
    _shown(window, qtbot)
    window.scene.select_ids(["t2"])
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    field = QApplication.focusWidget()
    qtbot.keyClicks(field, "Pays")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert window.view.hasFocus()
    assert window.doc is not None
    assert next(t for t in window.doc.map.touchpoints if t.id == "t2").title == "Pays"
    assert window.scene.selected_touchpoint_ids() == ["t2"]
    qtbot.keyClick(window.view, Qt.Key.Key_Down)  # on into the next lane, from t2
    assert window.scene.selected_touchpoint_ids() == ["t4"]


def test_esc_in_the_palette_filter_returns_to_the_map(window: MainWindow, qtbot: QtBot) -> None:
    _shown(window, qtbot)
    search = window.palette_panel.findChild(QLineEdit)
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert window.view.hasFocus()


def test_esc_in_a_list_entry_being_edited_cancels_the_entry_first(
    window: MainWindow, qtbot: QtBot
) -> None:
    _shown(window, qtbot)
    window.scene.select_ids(["t2"])  # pain points: ["Slow"]
    lists = [
        w for w in window.inspector.findChildren(QListWidget) if w.isVisible() and w.count() == 1
    ]
    assert lists, "the pain points list is shown"
    box = lists[0]
    box.setFocus()
    box.editItem(box.item(0))
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, " and dull")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not window.view.hasFocus()  # the edit was cancelled; the list keeps the keyboard
    assert box.item(0).text() == "Slow"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # a second Esc: the map
    assert window.view.hasFocus()
