"""Palette drops and card drags, driven by real events on the viewport."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cjdesigner.editor.canvas import MapScene, MapView
from cjdesigner.editor.document import MapDocument

Check = Callable[[MapScene], None]


def cell_ids(doc: MapDocument, stage: str, persona: str) -> list[str]:
    return [t.id for t in doc.map.cell(stage, persona)]


# -- palette ------------------------------------------------------------------------------------


def test_palette_drop_creates_card_at_drop_position(
    doc: MapDocument, scene: MapScene, gestures, qtbot: QtBot, layout_check: Check
) -> None:
    mime = gestures.channel_mime("email")
    lay = scene.grid_layout
    # between t1 and t2 of cell (s0, p0)
    between = QPointF(gestures.card_center("t1").x(), lay.cards["t2"].y - 2)
    enter = gestures.drag_enter(mime, between)
    assert enter.isAccepted()
    move = gestures.drag_move(mime, between)
    assert move.isAccepted()
    assert scene.grid_item.hint_cells  # empty cells say "drop touchpoints here"
    assert ("s0", "p0") not in scene.grid_item.hint_cells
    with qtbot.waitSignal(scene.new_card_created) as created:
        drop = gestures.drop(mime, between)
    assert drop.isAccepted()
    new_id = created.args[0]
    assert cell_ids(doc, "s0", "p0") == ["t0", "t1", new_id, "t2", "t3"]
    card = doc.map.touchpoint(new_id)
    assert (card.channel, card.title) == ("email", "E-mail")
    assert scene.selected_touchpoint_ids() == [new_id]
    assert scene.grid_item.hint_cells == []
    assert doc.undo_stack.count() == 1
    layout_check(scene)
    doc.undo_stack.undo()
    assert cell_ids(doc, "s0", "p0") == ["t0", "t1", "t2", "t3"]
    layout_check(scene)


def test_palette_drop_into_empty_cell(
    doc: MapDocument, scene: MapScene, gestures, layout_check: Check
) -> None:
    mime = gestures.channel_mime("phone")
    target = gestures.cell_point(("s2", "p1"), dy=30)
    gestures.drag_enter(mime, target)
    assert ("s2", "p1") in scene.grid_item.hint_cells
    gestures.drop(mime, target)
    (card,) = doc.map.cell("s2", "p1")
    assert card.channel == "phone" and card.order == 0
    layout_check(scene)


def test_palette_drop_outside_the_grid_does_nothing(
    doc: MapDocument, scene: MapScene, gestures
) -> None:
    mime = gestures.channel_mime("email")
    header = QPointF(*scene.grid_layout.stage_headers["s1"].center)
    before = doc.map.model_dump_json()
    gestures.drag_enter(mime, gestures.cell_point(("s1", "p0")))
    move = gestures.drag_move(mime, header)
    assert not move.isAccepted()  # Qt shows the "no drop" cursor
    indicator = gestures.scene.items()
    assert not any(type(i).__name__ == "InsertionIndicator" and i.isVisible() for i in indicator)
    drop = gestures.drop(mime, header)
    assert not drop.isAccepted()
    assert doc.map.model_dump_json() == before
    assert doc.undo_stack.count() == 0
    gestures.drag_leave()
    assert scene.grid_item.hint_cells == []


def test_palette_drop_of_unknown_channel_or_foreign_data_is_refused(
    doc: MapDocument, scene: MapScene, gestures
) -> None:
    target = gestures.cell_point(("s2", "p1"), dy=30)
    drop = gestures.drop(gestures.channel_mime("no-such-channel"), target)
    assert not drop.isAccepted()
    from PySide6.QtCore import QMimeData

    text = QMimeData()
    text.setText("hello")
    assert not gestures.drag_enter(text, target).isAccepted()
    assert doc.undo_stack.count() == 0


def test_read_only_scene_refuses_drops(doc: MapDocument, scene: MapScene, gestures) -> None:
    scene.set_read_only(True)
    target = gestures.cell_point(("s2", "p1"), dy=30)
    assert not gestures.drag_enter(gestures.channel_mime("email"), target).isAccepted()
    gestures.drag(gestures.card_center("t0"), target)
    assert doc.undo_stack.count() == 0


# -- card drags ---------------------------------------------------------------------------------


def test_drag_card_to_another_cell_is_one_undo_step(
    doc: MapDocument, scene: MapScene, gestures, layout_check: Check
) -> None:
    before = doc.map.model_dump_json()
    gestures.drag(gestures.card_center("t1"), gestures.cell_point(("s2", "p1"), dy=20))
    assert cell_ids(doc, "s2", "p1") == ["t1"]
    assert cell_ids(doc, "s0", "p0") == ["t0", "t2", "t3"]
    assert doc.undo_stack.count() == 1
    assert scene.interaction is None
    layout_check(scene)
    # the connection t0 → t1 follows its card
    route = scene.connections["c0"].scene_path()
    end = route.currentPosition()
    assert abs(end.y() - gestures.card_center("t1").y()) < 1
    doc.undo_stack.undo()
    assert doc.map.model_dump_json() == before
    layout_check(scene)
    doc.undo_stack.redo()
    assert cell_ids(doc, "s2", "p1") == ["t1"]
    layout_check(scene)


def test_drag_card_within_its_cell_reorders(
    doc: MapDocument, scene: MapScene, gestures, layout_check: Check
) -> None:
    lay = scene.grid_layout
    above_t0 = QPointF(gestures.card_center("t0").x(), lay.cards["t0"].y + 5)
    gestures.drag(gestures.card_center("t3"), above_t0)
    assert cell_ids(doc, "s0", "p0") == ["t3", "t0", "t1", "t2"]
    assert doc.undo_stack.count() == 1
    layout_check(scene)


def test_drop_on_own_place_changes_nothing(doc: MapDocument, scene: MapScene, gestures) -> None:
    start = gestures.card_center("t1")
    gestures.drag(start, start + QPointF(30, 3))
    assert doc.undo_stack.count() == 0
    assert cell_ids(doc, "s0", "p0") == ["t0", "t1", "t2", "t3"]


def test_multi_select_moves_together(
    doc: MapDocument, scene: MapScene, gestures, layout_check: Check
) -> None:
    scene.select_ids(["t0", "t2"])
    lay = scene.grid_layout
    below_t4 = QPointF(gestures.card_center("t4").x(), lay.cards["t4"].bottom + 4)
    start = gestures.card_center("t2")
    gestures.press(start)
    gestures.move(start + QPointF(10, 10))
    gestures.move(below_t4 - QPointF(0, 2))
    # both dragged cards follow the pointer
    assert scene.cards["t0"].y() != lay.cards["t0"].y
    assert scene.cards["t2"].pos() - scene.cards["t0"].pos() == QPointF(
        lay.cards["t2"].x - lay.cards["t0"].x, lay.cards["t2"].y - lay.cards["t0"].y
    )
    gestures.move(below_t4)
    gestures.release(below_t4)
    assert cell_ids(doc, "s1", "p1") == ["t4", "t0", "t2"]
    assert cell_ids(doc, "s0", "p0") == ["t1", "t3"]
    assert doc.undo_stack.count() == 1
    assert set(scene.selected_touchpoint_ids()) == {"t0", "t2"}
    layout_check(scene)


def test_drop_outside_grid_does_nothing_and_says_so(
    doc: MapDocument, scene: MapScene, view: MapView, gestures, layout_check: Check
) -> None:
    header = QPointF(*scene.grid_layout.stage_headers["s2"].center)
    gestures.drag(gestures.card_center("t1"), header, release=False)
    assert view.viewport().cursor().shape() == Qt.CursorShape.ForbiddenCursor
    interaction = scene.interaction
    assert interaction is not None and interaction.target is None
    indicator = interaction.feedback.indicator
    assert indicator is None or not indicator.isVisible()
    gestures.release(header)
    assert doc.undo_stack.count() == 0
    assert view.viewport().cursor().shape() != Qt.CursorShape.ForbiddenCursor
    layout_check(scene)  # the card snapped back


def test_indicator_shows_where_the_card_goes(scene: MapScene, gestures) -> None:
    lay = scene.grid_layout
    target = QPointF(gestures.card_center("t4").x(), lay.cards["t4"].bottom + 3)
    gestures.drag(gestures.card_center("t0"), target, release=False)
    interaction = scene.interaction
    assert interaction is not None
    assert interaction.target == (("s1", "p1"), 1)
    line = interaction.feedback.indicator.line()
    assert lay.cards["t4"].bottom < line.y1() < lay.cards["t4"].bottom + lay.metrics.card_gap
    gestures.release(target)


def test_escape_cancels_a_drag(
    doc: MapDocument, scene: MapScene, view: MapView, gestures, qtbot: QtBot, layout_check: Check
) -> None:
    target = gestures.cell_point(("s2", "p1"), dy=20)
    gestures.drag(gestures.card_center("t1"), target, release=False)
    assert scene.cards["t1"].pos() != QPointF(
        scene.grid_layout.cards["t1"].x, scene.grid_layout.cards["t1"].y
    )
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert scene.interaction is None
    layout_check(scene)
    assert scene.grid_item.hint_cells == []
    gestures.move(target + QPointF(5, 5))
    gestures.release(target)
    assert doc.undo_stack.count() == 0
    layout_check(scene)


def test_small_jitter_is_a_click_not_a_drag(doc: MapDocument, scene: MapScene, gestures) -> None:
    start = gestures.card_center("t2")
    jitter = QApplication.startDragDistance() / 2
    gestures.press(start)
    gestures.move(start + QPointF(jitter / 2, 0))
    gestures.release(start + QPointF(jitter / 2, 0))
    assert doc.undo_stack.count() == 0
    assert scene.selected_touchpoint_ids() == ["t2"]


def test_dragging_near_the_edge_scrolls_and_the_card_follows(
    doc: MapDocument, scene: MapScene, view: MapView, gestures, qtbot: QtBot
) -> None:
    view.set_zoom(2.5)
    view.show_start()
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    start = gestures.card_center("t0")
    vp = view.viewport().rect()
    near_bottom = view.mapToScene(vp.center().x(), vp.bottom() - 5)
    gestures.drag(start, near_bottom, release=False)
    before_scroll, before_pos = bar.value(), scene.cards["t0"].pos()
    qtbot.waitUntil(lambda: bar.value() > before_scroll + 40, timeout=2000)
    assert scene.cards["t0"].pos().y() > before_pos.y()  # the card moved along
    gestures.release(view.mapToScene(vp.center().x(), vp.bottom() - 5))
    qtbot.wait(60)
    settled = bar.value()
    qtbot.wait(100)
    assert bar.value() == settled  # scrolling stops with the drag


def test_autoscroll_speed_grows_towards_the_edge(view: MapView) -> None:
    from PySide6.QtCore import QPoint

    r = view.viewport().rect()
    assert view.autoscroll_delta(r.center()).isNull()
    slow = view.autoscroll_delta(QPoint(r.center().x(), r.bottom() - 30)).y()
    fast = view.autoscroll_delta(QPoint(r.center().x(), r.bottom() - 2)).y()
    assert 0 < slow < fast
    assert view.autoscroll_delta(QPoint(r.left() + 1, r.center().y())).x() < 0


def test_palette_drag_near_the_edge_scrolls(
    scene: MapScene, view: MapView, gestures, qtbot: QtBot
) -> None:
    view.set_zoom(2.5)
    view.show_start()
    bar = view.horizontalScrollBar()
    vp = view.viewport().rect()
    mime = gestures.channel_mime("email")
    edge = view.mapToScene(vp.right() - 4, vp.center().y())
    gestures.drag_enter(mime, edge)
    gestures.drag_move(mime, edge)
    qtbot.waitUntil(lambda: bar.value() > 40, timeout=2000)
    gestures.drag_leave()
    assert scene.grid_item.hint_cells == []


def test_headers_stay_pinned_while_scrolling_and_refuse_drops(
    doc: MapDocument, scene: MapScene, view: MapView, gestures, qtbot: QtBot
) -> None:
    view.set_zoom(3.0)
    view.show_start()
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum() // 2)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    stage = scene.stage_headers["s1"].sceneBoundingRect()
    lane = scene.persona_headers["p1"].sceneBoundingRect()
    assert stage.top() == pytest.approx(visible.top(), abs=1)
    assert lane.left() == pytest.approx(visible.left(), abs=1)
    # a drop on a pinned header (over a cell) does nothing
    mime = gestures.channel_mime("email")
    on_header = QPointF(visible.center().x(), stage.center().y())
    assert scene.grid_layout.cell_at(on_header.x(), on_header.y()) is not None  # a cell below
    gestures.drag_enter(mime, on_header)
    assert not gestures.drag_move(mime, on_header).isAccepted()
    gestures.drag_leave()
    view.show_start()
    assert scene.stage_headers["s1"].sceneBoundingRect().top() == 0


def test_a_selected_cards_knob_hides_under_the_pinned_lane_headers(
    scene: MapScene, view: MapView, qtbot: QtBot
) -> None:
    """Scrolled right past the first stage, the selected card is under the pinned persona
    column: its connection knob must not float over the persona's name (QA s4 F2)."""
    view.set_zoom(3.0)
    view.show_start()
    scene.cards["t4"].setSelected(True)  # stage 1, lane 1
    handle = scene.handle
    assert handle is not None and handle.isVisible() and handle.card_id == "t4"
    card = scene.cards["t4"].sceneBoundingRect()
    bar = view.horizontalScrollBar()
    # scroll until the card's right edge is under the pinned lane headers
    while scene.content_left <= card.right() and bar.value() < bar.maximum():
        bar.setValue(bar.value() + 20)
    assert scene.content_left > card.right()
    assert not handle.isVisible()
    bar.setValue(bar.minimum())  # back: the knob is there again
    assert handle.isVisible() and handle.card_id == "t4"
