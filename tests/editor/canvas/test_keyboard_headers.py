"""Stage and persona headers from the keyboard alone: arrows reach them, Enter renames them.

Before, the arrows stopped at the top and left cards and no key selected a header, so a
keyboard user could not rename a stage or persona ("select it and press Enter", Quick Start).
Cards t0–t3 are in (Stage 0, Anna), t4 in (Stage 1, Marek).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cjdesigner.editor.canvas import MapScene, MapView
from cjdesigner.editor.document import MapDocument

K = Qt.Key


def test_up_from_the_top_card_selects_the_stage_header_and_walks_the_stages(
    scene: MapScene, view: MapView, qtbot: QtBot
) -> None:
    scene.select_ids(["t0"])  # the top card of Stage 0, in the first lane
    qtbot.keyClick(view, K.Key_Up)
    assert scene.selected_touchpoint_ids() == [] and scene.selected_stage_id() == "s0"
    qtbot.keyClick(view, K.Key_Right)
    qtbot.keyClick(view, K.Key_Right)
    assert scene.selected_stage_id() == "s2"
    qtbot.keyClick(view, K.Key_Right)  # the last stage: stays
    assert scene.selected_stage_id() == "s2"
    qtbot.keyClick(view, K.Key_Down)  # Stage 2 has no card: stays on the header
    assert scene.selected_stage_id() == "s2"
    qtbot.keyClick(view, K.Key_Left)
    qtbot.keyClick(view, K.Key_Left)
    assert scene.selected_stage_id() == "s0"
    qtbot.keyClick(view, K.Key_Down)  # the stage's first card, top lane first
    assert scene.selected_touchpoint_ids() == ["t0"]


def test_left_from_the_first_card_selects_the_persona_header_and_walks_the_lanes(
    scene: MapScene, view: MapView, qtbot: QtBot
) -> None:
    scene.select_ids(["t4"])
    qtbot.keyClick(view, K.Key_Left)  # nothing left of it in Marek's lane
    assert scene.selected_persona_id() == "p1"
    qtbot.keyClick(view, K.Key_Up)
    assert scene.selected_persona_id() == "p0"
    qtbot.keyClick(view, K.Key_Up)  # the first lane: stays
    assert scene.selected_persona_id() == "p0"
    qtbot.keyClick(view, K.Key_Right)  # the lane's first card
    assert scene.selected_touchpoint_ids() == ["t0"]


def test_enter_on_a_header_reached_by_the_keyboard_asks_for_its_name(
    scene: MapScene, view: MapView, qtbot: QtBot
) -> None:
    asked: list[tuple[str, str]] = []
    scene.rename_requested.connect(lambda kind, item_id: asked.append((kind, item_id)))
    scene.select_ids(["t0"])
    qtbot.keyClick(view, K.Key_Up)
    qtbot.keyClick(view, K.Key_Return)
    qtbot.keyClick(view, K.Key_Escape)
    scene.select_ids(["t0"])
    qtbot.keyClick(view, K.Key_Left)
    qtbot.keyClick(view, K.Key_Return)
    assert asked == [("stage", "s0"), ("persona", "p0")]


def test_ctrl_arrows_on_a_header_move_the_stage_or_persona_one_step_each(
    doc: MapDocument, scene: MapScene, view: MapView, qtbot: QtBot
) -> None:
    ctrl = Qt.KeyboardModifier.ControlModifier
    scene.select_ids(["s0"])
    qtbot.keyClick(view, K.Key_Right, ctrl)
    assert [s.id for s in doc.map.stages] == ["s1", "s0", "s2"]
    assert scene.selected_stage_id() == "s0"  # still on the moved stage
    qtbot.keyClick(view, K.Key_Up, ctrl)  # a stage moves only left and right
    assert [s.id for s in doc.map.stages] == ["s1", "s0", "s2"]
    scene.select_ids(["p1"])
    qtbot.keyClick(view, K.Key_Up, ctrl)
    assert [p.id for p in doc.map.personas] == ["p1", "p0"]
    qtbot.keyClick(view, K.Key_Up, ctrl)  # the first lane already: nothing to do
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert [s.id for s in doc.map.stages] == ["s0", "s1", "s2"]
    assert [p.id for p in doc.map.personas] == ["p0", "p1"]


def test_ctrl_arrows_on_a_header_of_a_read_only_map_move_nothing(
    doc: MapDocument, scene: MapScene, view: MapView, qtbot: QtBot
) -> None:
    scene.set_read_only(True)
    scene.select_ids(["s0"])
    qtbot.keyClick(view, K.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert [s.id for s in doc.map.stages] == ["s0", "s1", "s2"]
    assert doc.undo_stack.count() == 0


def test_down_into_a_lane_with_nothing_in_this_stage_takes_its_nearest_card(
    scene: MapScene, view: MapView, qtbot: QtBot
) -> None:
    scene.select_ids(["t3"])  # the bottom of (Stage 0, Anna); Marek has a card in Stage 1 only
    qtbot.keyClick(view, K.Key_Down)
    assert scene.selected_touchpoint_ids() == ["t4"]
    qtbot.keyClick(view, K.Key_Up)  # and back: the lane above, its nearest card (the bottom)
    assert scene.selected_touchpoint_ids() == ["t3"]
    qtbot.keyClick(view, K.Key_Down)
    qtbot.keyClick(view, K.Key_Down)  # the last lane: stays
    assert scene.selected_touchpoint_ids() == ["t4"]
