"""Sentiment by keyboard and context menu, Delete, and renaming headers in place."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QFocusEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from cjdesigner.editor import commands as cmd
from cjdesigner.editor.canvas import MapScene, MapView
from cjdesigner.editor.document import MapDocument
from cjdesigner.model import Sentiment


def sentiment(doc: MapDocument, card_id: str) -> Sentiment:
    return doc.map.touchpoint(card_id).sentiment


def test_sentiment_keys_on_selected_cards(
    doc: MapDocument, scene: MapScene, view: MapView, gestures, qtbot: QtBot
) -> None:
    gestures.click(gestures.card_center("t1"))
    assert scene.selected_touchpoint_ids() == ["t1"]
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert sentiment(doc, "t1") is Sentiment.NEGATIVE
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert sentiment(doc, "t1") is Sentiment.POSITIVE
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert sentiment(doc, "t1") is Sentiment.NEUTRAL
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert sentiment(doc, "t1") is Sentiment.NEGATIVE
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert sentiment(doc, "t1") is Sentiment.POSITIVE
    assert doc.undo_stack.count() == 5
    qtbot.keyClick(view, Qt.Key.Key_1)  # no change: no new undo step
    assert doc.undo_stack.count() == 5
    doc.undo_stack.undo()
    assert sentiment(doc, "t1") is Sentiment.NEGATIVE


def test_sentiment_key_on_several_cards_is_one_step(
    doc: MapDocument, scene: MapScene, view: MapView, qtbot: QtBot
) -> None:
    scene.select_ids(["t0", "t2", "t4"])
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert {sentiment(doc, i) for i in ("t0", "t2", "t4")} == {Sentiment.NEGATIVE}
    assert sentiment(doc, "t1") is Sentiment.NEUTRAL
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert {sentiment(doc, i) for i in ("t0", "t2", "t4")} == {Sentiment.NEUTRAL}


def test_keys_without_selection_do_nothing(
    doc: MapDocument, scene: MapScene, view: MapView, qtbot: QtBot
) -> None:
    qtbot.keyClick(view, Qt.Key.Key_3)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert doc.undo_stack.count() == 0


def test_context_menu_sets_sentiment(
    doc: MapDocument, scene: MapScene, view: MapView, gestures, qtbot: QtBot
) -> None:
    seen: list[list[str]] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.append([a.objectName() for a in menu.actions() if a.objectName()])
        menu.findChild(type(menu.actions()[0]), "sentiment_negative").trigger()
        menu.close()

    QTimer.singleShot(0, choose)
    pos = gestures.to_view(gestures.card_center("t2"))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    assert seen == [
        ["sentiment_positive", "sentiment_neutral", "sentiment_negative", "milestone", "delete"]
    ]
    assert scene.selected_touchpoint_ids() == ["t2"]
    assert sentiment(doc, "t2") is Sentiment.NEGATIVE
    assert doc.undo_stack.count() == 1


def test_card_menu_milestone_and_delete(doc: MapDocument, scene: MapScene) -> None:
    scene.select_ids(["t0", "t1"])
    menu = scene.card_menu()
    actions = {a.objectName(): a for a in menu.actions()}
    assert actions["sentiment_neutral"].isChecked()
    actions["milestone"].trigger()
    assert doc.map.touchpoint("t0").milestone and doc.map.touchpoint("t1").milestone
    actions["delete"].trigger()
    assert {t.id for t in doc.map.touchpoints} == {"t2", "t3", "t4"}
    assert doc.map.connections == []
    assert set(scene.cards) == {"t2", "t3", "t4"} and scene.connections == {}
    doc.undo_stack.undo()
    assert set(scene.cards) == {"t0", "t1", "t2", "t3", "t4"} and set(scene.connections) == {"c0"}


def test_delete_key_removes_selection_and_undo_restores(
    doc: MapDocument, scene: MapScene, view: MapView, qtbot: QtBot, layout_check
) -> None:
    before = doc.map.model_dump_json()
    scene.select_ids(["t1", "t4"])
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert {t.id for t in doc.map.touchpoints} == {"t0", "t2", "t3"}
    layout_check(scene)
    doc.undo_stack.undo()
    assert doc.map.model_dump_json() == before
    layout_check(scene)


def test_rename_stage_in_place(
    doc: MapDocument, scene: MapScene, view: MapView, gestures, qtbot: QtBot
) -> None:
    header = scene.stage_headers["s1"]
    pos = gestures.to_view(header.name_rect().center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    editor = view.viewport().findChild(QLineEdit, "inline_rename")
    assert editor is not None and editor.isVisible()
    assert editor.text() == "Stage 1" and editor.selectedText() == "Stage 1"
    qtbot.keyClicks(editor, "Rozwa")  # replaces the selected old name
    editor.insert("żanie")  # QTest types ASCII only
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert doc.map.stage("s1").name == "Rozważanie"
    assert header.stage.name == "Rozważanie"
    assert doc.undo_stack.count() == 1
    assert view.inline_editor.line_edit is None
    doc.undo_stack.undo()
    assert header.stage.name == "Stage 1"


def test_rename_persona_escape_cancels_and_empty_is_ignored(
    doc: MapDocument, scene: MapScene, view: MapView, qtbot: QtBot
) -> None:
    view.edit_header("persona", "p1")
    editor = view.inline_editor.line_edit
    assert editor is not None
    qtbot.keyClicks(editor, "Nobody")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert view.inline_editor.line_edit is None
    view.edit_header("persona", "p1")
    editor = view.inline_editor.line_edit
    editor.clear()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert doc.map.persona("p1").name == "Marek"
    assert doc.undo_stack.count() == 0


def test_double_click_card_reports_activation(
    scene: MapScene, view: MapView, gestures, qtbot: QtBot
) -> None:
    pos = gestures.to_view(gestures.card_center("t4"))
    with qtbot.waitSignal(scene.card_activated) as blocker:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == ["t4"]


def test_rubber_band_selects_cards_not_headers(
    scene: MapScene, view: MapView, gestures, qtbot: QtBot
) -> None:
    lay = scene.grid_layout
    empty = lay.cells[("s2", "p0")]
    start = QPointF(empty.right - 3, empty.y + 3)
    end = QPointF(lay.lane_headers["p1"].center[0], lay.cells[("s1", "p1")].bottom - 3)
    with qtbot.waitSignal(scene.selection_changed_ids):
        gestures.drag(start, end)
    assert set(scene.selected_touchpoint_ids()) == {"t0", "t1", "t2", "t3", "t4"}
    assert scene.selected_persona_id() is None  # the band crossed both lane headers


def test_click_header_selects_it(scene: MapScene, gestures) -> None:
    gestures.click(QPointF(*scene.grid_layout.stage_headers["s2"].center))
    assert scene.selected_stage_id() == "s2"
    gestures.click(QPointF(*scene.grid_layout.lane_headers["p1"].center))
    assert scene.selected_persona_id() == "p1" and scene.selected_stage_id() is None


def test_selection_signal_once_per_change(scene: MapScene, qtbot: QtBot) -> None:
    calls: list[int] = []
    scene.selection_changed_ids.connect(lambda: calls.append(1))
    scene.select_ids(["t0", "t1", "c0"])
    assert calls == [1]
    assert scene.selected_connection_ids() == ["c0"]
    scene.select_ids(["t1", "t0", "c0"])
    assert calls == [1]
    scene.select_ids([])
    assert calls == [1, 1]


def test_connection_darkens_when_an_end_is_selected(scene: MapScene) -> None:
    flow = scene.connections["c0"]
    assert not flow.active
    scene.select_ids(["t1"])
    assert flow.active
    scene.select_ids(["t3"])
    assert not flow.active


def test_view_pans_with_middle_button(view: MapView, qtbot: QtBot) -> None:
    view.set_zoom(2.0)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    vp = view.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.MiddleButton, pos=QPoint(300, 300))
    from PySide6.QtGui import QMouseEvent

    move = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        QPointF(300, 200),
        QPointF(vp.mapToGlobal(QPoint(300, 200))),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.MiddleButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(vp, move)
    qtbot.mouseRelease(vp, Qt.MouseButton.MiddleButton, pos=QPoint(300, 200))
    assert bar.value() == before + 100


def test_click_on_a_flow_selects_it_and_delete_removes_it(
    doc: MapDocument, scene: MapScene, view: MapView, gestures, qtbot: QtBot
) -> None:
    lay = scene.grid_layout
    # c0 drops straight from t0 to t1 below it: click in the gap between the two cards
    x = lay.cards["t0"].x + lay.cards["t0"].w / 2
    gap = QPointF(x, lay.cards["t0"].bottom + 3)
    gestures.click(gap)
    assert scene.selected_connection_ids() == ["c0"]
    assert scene.selected_touchpoint_ids() == []
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert doc.map.connections == [] and len(doc.map.touchpoints) == 5
    doc.undo_stack.undo()
    assert set(scene.connections) == {"c0"}


def test_scene_survives_its_document_being_deleted_first(doc: MapDocument, scene: MapScene) -> None:
    import shiboken6

    shiboken6.delete(doc)
    scene.set_document(None)
    assert scene.cards == {}


def test_arrow_keys_walk_the_cards(
    doc: MapDocument, scene: MapScene, view: MapView, qtbot: QtBot
) -> None:
    scene.select_ids(["t1"])
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert scene.selected_touchpoint_ids() == ["t2"]
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert scene.selected_touchpoint_ids() == ["t0"]
    qtbot.keyClick(view, Qt.Key.Key_Up)  # past the top card: the stage's header
    assert scene.selected_touchpoint_ids() == [] and scene.selected_stage_id() == "s0"
    qtbot.keyClick(view, Qt.Key.Key_Down)  # and back to the stage's first card
    assert scene.selected_touchpoint_ids() == ["t0"]
    qtbot.keyClick(view, Qt.Key.Key_Right)  # no card of p0 further right: stays
    assert scene.selected_touchpoint_ids() == ["t0"]
    doc.push(cmd.MoveTouchpoints(doc, ["t3"], "s2", "p0", 0))
    scene.select_ids(["t2"])
    qtbot.keyClick(view, Qt.Key.Key_Right)  # skips the empty stage s1
    assert scene.selected_touchpoint_ids() == ["t3"]
    assert doc.undo_stack.count() == 1


def test_ctrl_arrows_move_the_card_one_undo_step_each(
    doc: MapDocument, scene: MapScene, view: MapView, qtbot: QtBot, layout_check
) -> None:
    scene.select_ids(["t1"])
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(view, Qt.Key.Key_Down, ctrl)
    assert [t.id for t in doc.map.cell("s0", "p0")] == ["t0", "t2", "t1", "t3"]
    qtbot.keyClick(view, Qt.Key.Key_Right, ctrl)
    assert [t.id for t in doc.map.cell("s1", "p0")] == ["t1"]
    assert scene.selected_touchpoint_ids() == ["t1"]
    assert doc.undo_stack.count() == 2
    layout_check(scene)
    qtbot.keyClick(view, Qt.Key.Key_Up, ctrl)  # first in its cell: nothing to do
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert [t.id for t in doc.map.cell("s0", "p0")] == ["t0", "t1", "t2", "t3"]


def test_header_context_menu_offers_rename(
    doc: MapDocument, scene: MapScene, view: MapView, gestures, qtbot: QtBot
) -> None:
    def choose() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu) and menu.objectName() == "header_menu"
        next(a for a in menu.actions() if a.objectName() == "rename").trigger()
        menu.close()

    QTimer.singleShot(0, choose)
    pos = gestures.to_view(QPointF(*scene.grid_layout.stage_headers["s2"].center))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(lambda: view.inline_editor.line_edit is not None)
    qtbot.wait(20)
    editor = view.inline_editor.line_edit
    assert editor is not None and editor.text() == "Stage 2"
    assert view.window().focusWidget() is editor  # typing goes straight into it
    assert scene.selected_stage_id() == "s2"
    view.inline_editor.cancel()


def test_rename_commits_when_focus_moves_elsewhere(
    doc: MapDocument, scene: MapScene, view: MapView, qtbot: QtBot
) -> None:
    view.edit_header("stage", "s0")
    editor = view.inline_editor.line_edit
    assert editor is not None
    editor.setText("Discover")
    view.setFocus(Qt.FocusReason.MouseFocusReason)
    QApplication.sendEvent(
        editor, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.MouseFocusReason)
    )
    qtbot.waitUntil(lambda: view.inline_editor.line_edit is None)
    assert doc.map.stage("s0").name == "Discover"
