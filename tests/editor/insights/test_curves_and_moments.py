"""Emotion curves toggle (View menu, remembered) and moments of truth on the canvas."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from cjdesigner.editor import commands as cmd
from cjdesigner.editor.canvas import MapScene, edits
from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window import MainWindow
from cjdesigner.editor.window.file_controller import settings
from cjdesigner.editor.window.view_options import SHOW_CURVES_KEY
from cjdesigner.layout import compute_layout, emotion_y


def set_emotion(doc: MapDocument, card_id: str, emotion: int | None) -> None:
    doc.push(cmd.UpdateFields(doc, "touchpoint", card_id, {"emotion": emotion}))


def test_lowest_negative_emotion_of_each_lane_stands_out(scene: MapScene) -> None:
    assert scene.moment_ids() == {"a2", "b0", "b1"}
    card = scene.cards["a2"]
    assert card.moment and card.boundingRect().contains(card.card_rect().translated(-card.pos()))
    assert "Moment of truth" in card.tooltip_text()
    assert not scene.cards["a1"].moment and "Moment" not in scene.cards["a1"].tooltip_text()
    # the curve rings the point of the stage that holds the moment
    lay = scene.grid_layout
    (ring,) = scene.curves["p0"].moment_points()
    assert ring.x() == lay.stage_headers["s2"].center[0]
    # at the moment's own emotion, not on the curve (which shows the stage's mean)
    a2 = next(t for t in scene.document.map.touchpoints if t.id == "a2")
    assert ring.y() == emotion_y(lay, "p0", a2.emotion)
    assert len(scene.curves["p1"].moment_points()) == 2


def test_moments_follow_emotion_edits_and_undo(doc: MapDocument, scene: MapScene) -> None:
    set_emotion(doc, "a2", 0)
    assert scene.moment_ids() == {"a1", "b0", "b1"}  # a1 (−1) is Anna's lowest now
    set_emotion(doc, "b0", -2)
    assert scene.moment_ids() == {"a1", "b0"}
    set_emotion(doc, "a1", None)  # unscored cards never count
    set_emotion(doc, "a2", 1)
    assert scene.moment_ids() == {"b0"}  # Anna never dips below zero: no moment
    assert scene.curves["p0"].moment_points() == []
    for _ in range(4):
        doc.undo_stack.undo()
    assert scene.moment_ids() == {"a2", "b0", "b1"}


def test_moments_follow_cards_between_lanes_and_deletes(doc: MapDocument, scene: MapScene) -> None:
    edits.move(doc, ["a2"], "s2", "p1", 0)  # Marek's lowest is now −2; Anna's −1
    assert scene.moment_ids() == {"a1", "a2"}
    doc.undo_stack.undo()
    assert scene.moment_ids() == {"a2", "b0", "b1"}
    edits.delete(doc, ["a2"], [])
    assert scene.moment_ids() == {"a1", "b0", "b1"}


def _view_menu(window: MainWindow) -> QMenu:
    menu = window.findChild(QMenu, "menu_view")
    assert menu is not None
    return menu


def test_emotion_curves_toggle_relayouts_and_is_remembered(
    window: MainWindow, make_window: Callable[[], MainWindow]
) -> None:
    action = window.findChild(QAction, "action_show_curves")
    assert action is not None and action in _view_menu(window).actions()
    assert action.isCheckable() and action.isChecked() and window.scene.show_curves
    scene = window.scene
    assert scene.curves["p0"].runs  # drawn
    height_with = scene.grid_layout.height
    action.trigger()
    assert not action.isChecked() and not scene.show_curves
    assert scene.grid_layout.curve_bands == {} and scene.grid_layout.height < height_with
    assert all(not curve.runs for curve in scene.curves.values())
    fresh = compute_layout(window.doc.map, scene.metrics)  # the cards moved up with it
    assert all(
        (item.x(), item.y()) == (fresh.cards[i].x, fresh.cards[i].y)
        for i, item in scene.cards.items()
    )
    assert scene.moment_ids() == {"a2", "b0", "b1"}  # moments stay on the cards
    assert settings().value(SHOW_CURVES_KEY, True, type=bool) is False
    other = make_window()  # a new window opens as the user left the option
    assert not other.window_actions.show_curves.isChecked() and not other.scene.show_curves
    action.trigger()
    assert scene.show_curves and scene.curves["p0"].runs
    assert scene.grid_layout.height == height_with
    assert settings().value(SHOW_CURVES_KEY, False, type=bool) is True


def test_a_tie_within_a_cell_rings_its_first_card_and_follows_reordering(
    doc: MapDocument, scene: MapScene
) -> None:
    """QA J17: at most one moment per stage and lane, the first of the cell, as the PDF."""
    from cjdesigner.layout import moments_of_truth

    edits.move(doc, ["b1"], "s0", "p1", 0)  # Marek's two −1 cards now share Stage 0: b1 first
    assert scene.moment_ids() == {"a2", "b1"} == moments_of_truth(doc.map)
    assert not scene.cards["b0"].moment
    assert len(scene.curves["p1"].moment_points()) == 1
    edits.move(doc, ["b0"], "s0", "p1", 0)  # b0 up to the top of the cell: the ring follows
    assert scene.moment_ids() == {"a2", "b0"} == moments_of_truth(doc.map)
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert scene.moment_ids() == {"a2", "b0", "b1"}
