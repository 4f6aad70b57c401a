"""Drawing, deleting and labelling flows with real gestures on the canvas.

The fixture map: t0–t3 stacked in (Stage 0, Anna), t4 in (Stage 1, Marek), a flow t0 → t1.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from cjdesigner.editor import commands as cmd
from cjdesigner.editor.canvas import MapScene, MapView, edits, menus
from cjdesigner.editor.canvas.connect import ConnectInteraction
from cjdesigner.editor.canvas.items.connection import TEXT_INSET, label_anchor
from cjdesigner.editor.canvas.items.handle import RubberArrowItem, TargetMarkItem
from cjdesigner.editor.document import MapDocument


def hover(gestures, p: QPointF) -> None:
    """A pointer move with no button down (what shows the connection handle)."""
    none = Qt.MouseButton.NoButton
    gestures._mouse(QMouseEvent.Type.MouseMove, gestures.to_view(p), none, none)


def handle_point(scene: MapScene, card_id: str) -> QPointF:
    rect = scene.cards[card_id].card_rect()
    return QPointF(rect.right(), rect.center().y())


def temporary_items(scene: MapScene) -> list[object]:
    return [i for i in scene.items() if isinstance(i, (RubberArrowItem, TargetMarkItem))]


def start_drawing(scene: MapScene, gestures, source: str) -> None:
    """Hover the card, then press its handle: the connect mode starts."""
    hover(gestures, gestures.card_center(source))
    assert scene.handle is not None and scene.handle.isVisible()
    assert scene.handle.card_id == source
    start = handle_point(scene, source)
    gestures.press(start)
    assert isinstance(scene.interaction, ConnectInteraction)


def move_to(gestures, start: QPointF, end: QPointF, steps: int = 5) -> None:
    for i in range(1, steps + 1):
        gestures.move(start + (end - start) * (i / steps))


def new_flows(doc: MapDocument) -> list[tuple[str, str]]:
    return [(c.source, c.target) for c in doc.map.connections if c.id != "c0"]


def test_handle_shows_on_hover_and_on_the_selected_card(
    scene: MapScene, view: MapView, gestures
) -> None:
    assert scene.handle is not None and not scene.handle.isVisible()
    hover(gestures, gestures.card_center("t2"))
    assert scene.handle.isVisible() and scene.handle.card_id == "t2"
    assert scene.handle.pos() == handle_point(scene, "t2")
    viewport = gestures.view.viewport()
    hover(gestures, handle_point(scene, "t2") + QPointF(5, 0))  # the part outside the card
    assert scene.handle.card_id == "t2"
    assert viewport.cursor().shape() == Qt.CursorShape.CrossCursor
    hover(gestures, QPointF(-30, -30))  # off the cards, nothing selected
    assert not scene.handle.isVisible()
    assert viewport.cursor().shape() == Qt.CursorShape.ArrowCursor
    scene.select_ids(["t4"])
    assert scene.handle.isVisible() and scene.handle.card_id == "t4"
    scene.set_read_only(True)
    assert not scene.handle.isVisible()


def test_draw_a_flow_across_lanes_and_stages(
    doc: MapDocument, scene: MapScene, gestures, layout_check
) -> None:
    start_drawing(scene, gestures, "t2")
    move_to(gestures, handle_point(scene, "t2"), gestures.card_center("t4"))
    arrow, mark = scene.interaction.arrow, scene.interaction.mark
    assert arrow.scene() is scene and arrow.state == "valid"
    assert mark.isVisible() and mark.target_id == "t4" and mark.reason is None
    # over a good card the rubber arrow already runs where the flow will
    assert arrow.path().currentPosition().x() < scene.cards["t4"].card_rect().left()
    gestures.release(gestures.card_center("t4"))
    assert new_flows(doc) == [("t2", "t4")]
    assert doc.undo_stack.count() == 1 and scene.interaction is None
    assert temporary_items(scene) == []
    layout_check(scene)
    doc.undo_stack.undo()
    assert new_flows(doc) == [] and set(scene.connections) == {"c0"}
    doc.undo_stack.redo()
    assert new_flows(doc) == [("t2", "t4")]
    layout_check(scene)


def test_draw_a_loop_back_to_an_earlier_stage(
    doc: MapDocument, scene: MapScene, gestures, layout_check
) -> None:
    start_drawing(scene, gestures, "t4")
    move_to(gestures, handle_point(scene, "t4"), gestures.card_center("t0"))
    assert scene.interaction.target_id == "t0"
    gestures.release(gestures.card_center("t0"))
    assert new_flows(doc) == [("t4", "t0")]
    flow = next(i for i in scene.connections.values() if i.source_id == "t4")
    # a backward flow goes around beneath the cards and comes in from the left
    assert flow.scene_path().boundingRect().bottom() > scene.cards["t0"].card_rect().bottom()
    layout_check(scene)


def test_self_and_duplicate_targets_are_refused_visibly(
    doc: MapDocument, scene: MapScene, gestures
) -> None:
    start_drawing(scene, gestures, "t2")
    move_to(gestures, handle_point(scene, "t2"), gestures.card_center("t2"))
    interaction = scene.interaction
    assert interaction.target_id is None
    assert interaction.mark.isVisible() and interaction.mark.reason
    assert interaction.arrow.state == "refused"
    gestures.release(gestures.card_center("t2"))
    assert doc.map.connections[0].id == "c0" and len(doc.map.connections) == 1
    assert doc.undo_stack.count() == 0 and temporary_items(scene) == []

    start_drawing(scene, gestures, "t0")  # t0 → t1 exists already
    move_to(gestures, handle_point(scene, "t0"), gestures.card_center("t1"))
    assert scene.interaction.mark.reason and scene.interaction.arrow.state == "refused"
    gestures.release(gestures.card_center("t1"))
    assert len(doc.map.connections) == 1 and doc.undo_stack.count() == 0


def test_release_off_the_cards_draws_nothing(doc: MapDocument, scene: MapScene, gestures) -> None:
    start_drawing(scene, gestures, "t2")
    lay = scene.grid_layout
    empty = gestures.cell_point(("s2", "p0"), 30)
    assert lay.cell_cards.get(("s2", "p0")) is None
    move_to(gestures, handle_point(scene, "t2"), empty)
    assert scene.interaction.arrow.state == "free" and not scene.interaction.mark.isVisible()
    gestures.release(empty)
    assert len(doc.map.connections) == 1 and temporary_items(scene) == []


def test_escape_cancels_and_removes_the_temporary_items(
    doc: MapDocument, scene: MapScene, view: MapView, gestures, qtbot: QtBot
) -> None:
    start_drawing(scene, gestures, "t2")
    move_to(gestures, handle_point(scene, "t2"), gestures.card_center("t4"))
    assert len(temporary_items(scene)) == 2
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert scene.interaction is None and temporary_items(scene) == []
    gestures.release(gestures.card_center("t4"))
    assert len(doc.map.connections) == 1 and doc.undo_stack.count() == 0


def test_right_click_cancels_without_a_menu(
    doc: MapDocument, scene: MapScene, view: MapView, gestures
) -> None:
    start_drawing(scene, gestures, "t2")
    move_to(gestures, handle_point(scene, "t2"), gestures.card_center("t4"))
    right = Qt.MouseButton.RightButton
    pos = gestures.to_view(gestures.card_center("t4"))
    gestures._mouse(
        QMouseEvent.Type.MouseButtonPress, pos, right, right | Qt.MouseButton.LeftButton
    )
    assert scene.interaction is None and temporary_items(scene) == []
    # the context menu event that follows a right press is swallowed (a menu would block here;
    # the timer closes one if it ever opened, and the assertion then fails)
    opened: list[object] = []

    def close_popup() -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            opened.append(popup)
            popup.close()

    QTimer.singleShot(200, close_popup)
    QApplication.sendEvent(
        view.viewport(),
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos)),
    )
    assert opened == []
    gestures.release(gestures.card_center("t4"))
    assert len(doc.map.connections) == 1


def _flow_point(scene: MapScene, conn_id: str) -> QPointF:
    return scene.connections[conn_id].scene_path().pointAtPercent(0.5)


def test_select_a_flow_delete_it_and_undo(
    doc: MapDocument, scene: MapScene, view: MapView, gestures, qtbot: QtBot
) -> None:
    start_drawing(scene, gestures, "t3")
    move_to(gestures, handle_point(scene, "t3"), gestures.card_center("t4"))
    gestures.release(gestures.card_center("t4"))
    (new_id,) = [c.id for c in doc.map.connections if c.id != "c0"]
    gestures.click(_flow_point(scene, new_id))
    assert scene.selected_connection_ids() == [new_id]
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert [c.id for c in doc.map.connections] == ["c0"] and new_id not in scene.connections
    doc.undo_stack.undo()
    assert new_id in scene.connections and len(doc.map.connections) == 2


def test_flow_menu_deletes_and_offers_the_label(
    doc: MapDocument, scene: MapScene, view: MapView, qtbot: QtBot
) -> None:
    scene.select_ids(["c0"])
    menu = menus.connection_menu(scene, "c0", view)
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names == ["edit_label", "delete"]
    with qtbot.waitSignal(scene.label_edit_requested) as blocker:
        menu.findChild(type(menu.actions()[0]), "edit_label").trigger()
    assert blocker.args == ["c0"]
    assert view.inline_editor.line_edit is not None  # the view opened the label editor
    view.inline_editor.cancel()
    menu.findChild(type(menu.actions()[0]), "delete").trigger()
    assert doc.map.connections == []
    doc.undo_stack.undo()
    assert [c.id for c in doc.map.connections] == ["c0"]


def test_double_click_a_flow_edits_its_label_in_place(
    doc: MapDocument, scene: MapScene, view: MapView, gestures, qtbot: QtBot
) -> None:
    pos = gestures.to_view(_flow_point(scene, "c0"))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    editor = view.viewport().findChild(QLineEdit, "inline_label")
    assert editor is not None and editor.isVisible() and editor.text() == ""
    qtbot.keyClicks(editor, "  comes back   later ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert doc.map.connections[0].label == "comes back later"
    item = scene.connections["c0"]
    assert item.label == "comes back later" and item.toolTip() == "comes back later"
    assert item.boundingRect().contains(item.label_rect())  # the chip is drawn inside
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.map.connections[0].label == "" and item.label == ""
    doc.undo_stack.redo()
    # an empty text removes the label again (one more step); Esc changes nothing
    view.edit_connection_label("c0")
    editor = view.inline_editor.line_edit
    assert editor is not None and editor.text() == "comes back later"
    qtbot.keyClicks(editor, "x")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert doc.map.connections[0].label == "comes back later"
    view.edit_connection_label("c0")
    view.inline_editor.line_edit.clear()
    qtbot.keyClick(view.inline_editor.line_edit, Qt.Key.Key_Return)
    assert doc.map.connections[0].label == "" and doc.undo_stack.count() == 2


def test_arrows_follow_cards_moved_after_drawing(
    doc: MapDocument, scene: MapScene, gestures, layout_check
) -> None:
    start_drawing(scene, gestures, "t2")
    move_to(gestures, handle_point(scene, "t2"), gestures.card_center("t4"))
    gestures.release(gestures.card_center("t4"))
    edits.move(doc, ["t4"], "s2", "p0", 0)  # the target moves: its arrow follows
    layout_check(scene)
    assert scene.handle is not None


def test_handle_hides_while_cards_are_dragged(scene: MapScene, gestures) -> None:
    scene.select_ids(["t4"])
    assert scene.handle.isVisible()
    gestures.drag(gestures.card_center("t4"), gestures.cell_point(("s2", "p1"), 20), release=False)
    assert not scene.handle.isVisible()
    gestures.release(gestures.cell_point(("s2", "p1"), 20))
    assert scene.handle.isVisible() and scene.handle.pos() == handle_point(scene, "t4")


def test_a_label_is_placed_where_it_covers_no_card(
    doc: MapDocument, scene: MapScene, gestures
) -> None:
    start_drawing(scene, gestures, "t2")
    move_to(gestures, handle_point(scene, "t2"), gestures.card_center("t4"))
    gestures.release(gestures.card_center("t4"))
    (new_id,) = [c.id for c in doc.map.connections if c.id != "c0"]
    edits.set_connection_label(doc, new_id, "comes back after a week with a voucher")
    item = scene.connections[new_id]
    chip = item.label_rect()
    assert chip.width() > 60
    middle = QPointF(*label_anchor(item._points))
    assert chip.center() != middle  # the middle of the route was taken by a card
    assert not any(item.card_rect().intersects(chip) for item in scene.cards.values())


def test_a_label_with_no_free_spot_is_drawn_above_the_cards(
    doc: MapDocument, scene: MapScene, view: MapView
) -> None:
    """c0 drops straight from t0 to t1, stacked in one cell: its label has no card-free spot,
    so the flow shows its number in a circle instead, and even that is wider than the gap: it
    is drawn above the cards (never hidden under them), over their edges, never their text."""
    edits.set_connection_label(doc, "c0", "asks the chat about the delivery fee")
    view.viewport().grab()  # labels are placed on the first paint that shows them
    overlay = scene.covered_labels
    assert overlay is not None and overlay.zValue() > scene.cards["t0"].zValue()
    chips = overlay.chips()
    assert set(chips) == {"c0"}
    chip = chips["c0"]
    flow = scene.connections["c0"]
    assert flow.marker and flow.label_lines() == []
    assert scene.cards["t0"].card_rect().intersects(chip)  # wider than the gap: over the cards
    for card_id in ("t0", "t1"):
        text = (
            scene.cards[card_id]
            .card_rect()
            .adjusted(TEXT_INSET, TEXT_INSET, -TEXT_INSET, -TEXT_INSET)
        )
        assert not text.intersects(chip)
    middle = QPointF(*label_anchor(flow.route()))
    assert abs(chip.center().y() - middle.y()) < 1.0
    # moved apart (t1 to another cell), the label finds a free spot and leaves the overlay
    doc.push(cmd.MoveTouchpoints(doc, ["t1"], "s2", "p0", 0))
    view.viewport().grab()
    assert overlay.chips() == {}
    assert not any(
        card.card_rect().intersects(scene.connections["c0"].label_rect())
        for card in scene.cards.values()
    )
