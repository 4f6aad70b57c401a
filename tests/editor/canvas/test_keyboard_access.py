"""The canvas from the keyboard alone and through a screen reader's eyes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from cjdesigner.editor import commands as cmd
from cjdesigner.editor.canvas import MapScene, MapView
from cjdesigner.editor.canvas.accessibility import CanvasAccessible
from cjdesigner.editor.document import MapDocument
from cjdesigner.model import Sentiment

Text = QAccessible.Text
Role = QAccessible.Role


def test_arrows_cross_into_the_lane_below_and_back(
    doc: MapDocument, scene: MapScene, view: MapView, qtbot: QtBot
) -> None:
    doc.push(cmd.MoveTouchpoints(doc, ["t4"], "s0", "p1", 0))  # under Anna's four cards
    scene.select_ids(["t3"])  # the last card of (Stage 0, Anna)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert scene.selected_touchpoint_ids() == ["t4"]
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the last lane: stays
    assert scene.selected_touchpoint_ids() == ["t4"]
    qtbot.keyClick(view, Qt.Key.Key_Up)  # back to the bottom card of the cell above
    assert scene.selected_touchpoint_ids() == ["t3"]


def test_an_arrow_with_nothing_selected_picks_the_first_card(
    scene: MapScene, view: MapView, qtbot: QtBot
) -> None:
    scene.select_ids([])
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert scene.selected_touchpoint_ids() == ["t0"]


def test_an_arrow_with_several_cards_selected_keeps_one_of_them(
    doc: MapDocument, scene: MapScene, view: MapView, qtbot: QtBot
) -> None:
    """As an arrow collapses a text selection: the last card going right or down, the first
    going left or up (before, the arrows did nothing with two cards selected)."""
    scene.select_ids(["t2", "t0", "t1"])
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert scene.selected_touchpoint_ids() == ["t2"]
    scene.select_ids(["t2", "t1"])
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert scene.selected_touchpoint_ids() == ["t1"]
    scene.select_ids(["t1", "t3"])
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert scene.selected_touchpoint_ids() == ["t3"]
    assert not doc.modified  # nothing moved


def test_ctrl_arrows_move_several_selected_cards_together(
    doc: MapDocument, scene: MapScene, view: MapView, qtbot: QtBot
) -> None:
    ctrl = Qt.KeyboardModifier.ControlModifier
    scene.select_ids(["t1", "t2", "t4"])
    qtbot.keyClick(view, Qt.Key.Key_Right, ctrl)  # each from its own cell, one stage on
    assert [t.id for t in doc.map.cell("s1", "p0")] == ["t1", "t2"]
    assert [t.id for t in doc.map.cell("s2", "p1")] == ["t4"]
    assert [t.id for t in doc.map.cell("s0", "p0")] == ["t0", "t3"]
    assert sorted(scene.selected_touchpoint_ids()) == ["t1", "t2", "t4"]
    assert doc.undo_stack.count() == 1
    said: list[str] = []
    scene.status_message.connect(lambda text, _ms: said.append(text))
    qtbot.keyClick(view, Qt.Key.Key_Right, ctrl)  # t4 is in the last stage: nothing moves
    qtbot.keyClick(view, Qt.Key.Key_Up, ctrl)  # t1, t2 are in the first lane: nothing moves
    assert doc.undo_stack.count() == 1
    assert said == [  # and the status bar says why
        "Nothing moved: “T4” is already in the last stage",
        "Nothing moved: “T1” is already in the first lane",
    ]
    scene.select_ids(["t2", "t1"])
    qtbot.keyClick(view, Qt.Key.Key_Down, ctrl)  # into the lane below, on top of its cell
    assert [t.id for t in doc.map.cell("s1", "p1")] == ["t1", "t2"]
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert [t.id for t in doc.map.cell("s0", "p0")] == ["t0", "t1", "t2", "t3"]
    assert [t.id for t in doc.map.cell("s1", "p1")] == ["t4"]


def test_ctrl_arrows_with_several_cards_change_nothing_on_a_read_only_map(
    doc: MapDocument, scene: MapScene, view: MapView, qtbot: QtBot
) -> None:
    scene.set_read_only(True)
    scene.select_ids(["t1", "t2"])
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert [t.id for t in doc.map.cell("s0", "p0")] == ["t0", "t1", "t2", "t3"]
    assert doc.undo_stack.count() == 0


def test_ctrl_arrows_move_a_card_into_the_next_lane(
    doc: MapDocument, scene: MapScene, view: MapView, qtbot: QtBot
) -> None:
    scene.select_ids(["t3"])
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(view, Qt.Key.Key_Down, ctrl)
    assert [t.id for t in doc.map.cell("s0", "p1")] == ["t3"]
    qtbot.keyClick(view, Qt.Key.Key_Up, ctrl)  # back to the bottom of Anna's cell
    assert [t.id for t in doc.map.cell("s0", "p0")] == ["t0", "t1", "t2", "t3"]
    assert doc.undo_stack.count() == 2  # one undo step each
    doc.undo_stack.undo()
    assert [t.id for t in doc.map.cell("s0", "p1")] == ["t3"]


def test_enter_edits_the_card_or_renames_the_header(
    scene: MapScene, view: MapView, qtbot: QtBot
) -> None:
    scene.select_ids(["t2"])
    with qtbot.waitSignal(scene.card_activated) as activated:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert activated.args == ["t2"]
    scene.select_ids(["s1"])
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = view.viewport().findChild(QLineEdit, "inline_rename")
    assert editor is not None and editor.isVisible() and editor.text() == "Stage 1"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def test_delete_and_sentiment_keys_still_work(
    doc: MapDocument, scene: MapScene, view: MapView, qtbot: QtBot
) -> None:
    scene.select_ids(["t1"])
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert doc.map.touchpoint("t1").sentiment == Sentiment.NEGATIVE
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "t1" not in scene.cards


def test_a_read_only_map_can_be_walked_but_not_changed(
    doc: MapDocument, scene: MapScene, view: MapView, qtbot: QtBot
) -> None:
    scene.set_read_only(True)
    scene.select_ids(["t0"])
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert scene.selected_touchpoint_ids() == ["t1"]
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert doc.undo_stack.count() == 0


def test_the_keyboards_card_wears_a_focus_ring_while_the_canvas_has_focus(
    scene: MapScene, view: MapView, qtbot: QtBot, gestures: Any
) -> None:
    scene.select_ids([])
    view.clearFocus()
    view.setFocus(Qt.FocusReason.TabFocusReason)  # arriving by Tab picks a card
    qtbot.waitUntil(view.hasFocus)
    assert scene.selected_touchpoint_ids() == ["t0"]
    assert scene.cards["t0"].focus_ring and scene.focus_ring.card_id == "t0"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert scene.cards["t1"].focus_ring and not scene.cards["t0"].focus_ring
    scene.select_ids(["t1", "t2"])  # several selected: no single keyboard card
    assert not any(card.focus_ring for card in scene.cards.values())
    scene.select_ids(["t2"])
    assert scene.cards["t2"].focus_ring
    scene.focus_ring.set_focused(False)  # what losing the focus does
    assert not scene.cards["t2"].focus_ring
    scene.focus_ring.set_focused(True)
    assert scene.cards["t2"].focus_ring
    gestures.click(gestures.card_center("t1"))  # the mouse: no ring, as in a browser
    assert scene.selected_touchpoint_ids() == ["t1"] and not scene.cards["t1"].focus_ring
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the keyboard again: the ring is back
    assert scene.cards["t2"].focus_ring


def test_cards_and_headers_are_exposed_to_assistive_technology(
    doc: MapDocument, scene: MapScene, view: MapView
) -> None:
    doc.push(cmd.UpdateFields(doc, "touchpoint", "t2", {"sentiment": Sentiment.NEGATIVE}))
    canvas = QAccessible.queryAccessibleInterface(view)
    assert isinstance(canvas, CanvasAccessible)
    assert canvas.role() == Role.Pane
    assert "Journey map" in canvas.text(Text.Name)
    assert "Arrow keys" in canvas.text(Text.Description)
    m = doc.map
    assert canvas.childCount() == len(m.stages) + len(m.personas) + len(m.touchpoints)
    children = [canvas.child(i) for i in range(canvas.childCount())]
    by_name = {c.text(Text.Name): c for c in children}
    stage = by_name["Stage 1"]
    assert stage.role() == Role.ColumnHeader and stage.text(Text.Description) == "Stage 2 of 3"
    assert by_name["Anna Kowalska"].role() == Role.RowHeader
    card = by_name["T2"]
    assert card.role() == Role.ListItem
    assert card.text(Text.Description) == "Stage 0 · Anna Kowalska · negative"
    assert card.parent() is canvas and canvas.indexOfChild(card) == children.index(card)
    assert card.rect().isValid()
    cards = [c.text(Text.Name) for c in children if c.role() == Role.ListItem]
    assert cards == ["T0", "T1", "T2", "T3", "T4"]  # reading order
    scene.select_ids(["t2"])
    scene.focus_ring.set_focused(True)
    scene.focus_ring.set_keyboard(True)
    assert card.state().selected and card.state().focused
    assert canvas.focusChild() is card
    doc.push(cmd.delete_selection(doc, ["t2"], []))
    assert not card.isValid()
    assert canvas.childCount() == len(m.stages) + len(m.personas) + len(m.touchpoints)
