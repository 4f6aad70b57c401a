"""Undo and Redo select what they changed: a card brought back by Undo is the selected one.

Before, undoing a delete restored the card unselected; a keyboard user's next arrow jumped to
the map's first card, and on a big map nobody saw what had come back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cjdesigner.editor.commands import UpdateFields
from cjdesigner.editor.window import MainWindow


def _focused_view(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    window.view.setFocus()


def test_undoing_a_delete_selects_the_card_again(window: MainWindow, qtbot: QtBot) -> None:
    _focused_view(window, qtbot)
    window.scene.select_ids(["t2"])
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert "t2" not in window.scene.cards and window.scene.selected_touchpoint_ids() == []
    window.window_actions.undo.trigger()
    assert window.scene.selected_touchpoint_ids() == ["t2"]
    # the keyboard goes on from the restored card, not from the map's first one
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    assert window.scene.selected_touchpoint_ids() == ["t4"]  # Stage 1, the next lane
    window.window_actions.redo.trigger()  # deleted again: the selection is left alone
    assert "t2" not in window.scene.cards
    assert window.scene.selected_touchpoint_ids() == ["t4"]


def test_undoing_a_keyboard_move_selects_the_moved_card(window: MainWindow, qtbot: QtBot) -> None:
    _focused_view(window, qtbot)
    window.scene.select_ids(["t0"])
    qtbot.keyClick(window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    window.scene.select_ids(["t3"])  # the user looks elsewhere, then undoes
    window.window_actions.undo.trigger()
    assert window.scene.selected_touchpoint_ids() == ["t0"]
    window.scene.select_ids([])
    window.window_actions.redo.trigger()
    assert window.scene.selected_touchpoint_ids() == ["t0"]
    assert window.doc is not None
    assert next(t for t in window.doc.map.touchpoints if t.id == "t0").stage_id == "s1"


def test_undoing_a_stage_rename_selects_its_header(window: MainWindow, qtbot: QtBot) -> None:
    assert window.doc is not None
    window.doc.push(UpdateFields(window.doc, "stage", "s1", {"name": "Decide"}))
    window.scene.select_ids(["t0"])
    window.window_actions.undo.trigger()
    assert window.scene.selected_stage_id() == "s1"
    assert window.scene.selected_touchpoint_ids() == []


def test_undoing_a_map_title_edit_keeps_the_selection(window: MainWindow, dialogs: Any) -> None:
    assert window.doc is not None
    window.doc.push(UpdateFields(window.doc, "info", None, {"title": "Other"}))
    window.scene.select_ids(["t3"])
    window.window_actions.undo.trigger()
    assert window.doc.map.info.title == "Test journey"
    assert window.scene.selected_touchpoint_ids() == ["t3"]
