"""A card drag paints the moving items over a snapshot of the still map: what the user sees must
be what a full repaint shows (the drop target's tint, the pinned headers above the dragged
flows), after zooms and scrolls too, and the snapshot ends with the drag."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from cjdesigner.editor.canvas import MapScene, MapView
from cjdesigner.editor.canvas.interactions import CardDragInteraction


def _differing(a: QImage, b: QImage, skip: list[QRect], tolerance: int = 10) -> int:
    """Pixels outside ``skip`` whose colour differs by more than ``tolerance`` in a channel."""
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    assert a.size() == b.size()
    count = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            if pa == pb or any(r.contains(x, y) for r in skip):
                continue
            if max(abs(((pa >> s) & 255) - ((pb >> s) & 255)) for s in (0, 8, 16)) > tolerance:
                count += 1
    return count


def _full_repaint(view: MapView) -> QImage:
    snapshot = view._drag_snapshot
    view._drag_snapshot = None  # what Qt paints without the snapshot
    try:
        return view.viewport().grab().toImage()
    finally:
        view._drag_snapshot = snapshot


def _same_as_full_repaint(view: MapView) -> bool:
    """Everything but the dragged cards themselves (drawn from a pixmap in both paintings, at
    a position rounded to whole pixels) is what a full repaint shows."""
    interaction = view.map_scene().interaction
    assert isinstance(interaction, CardDragInteraction)
    cards = [
        view.mapFromScene(item.sceneBoundingRect()).boundingRect().adjusted(-3, -3, 3, 3)
        for item in interaction.items
    ]
    seen = view.viewport().grab().toImage()
    return _differing(seen, _full_repaint(view), cards) < 20


def test_a_drag_over_the_snapshot_looks_like_a_full_repaint(
    scene: MapScene, view: MapView, gestures
) -> None:
    start = gestures.card_center("t4")
    # into another cell (its tint is re-rendered into the snapshot), its flow following
    gestures.drag(start, gestures.cell_point(("s2", "p0"), 30), steps=12, release=False)
    QApplication.processEvents()
    assert view._drag_snapshot is not None
    assert scene.grid_item is not None and scene.grid_item._target == ("s2", "p0")
    assert _same_as_full_repaint(view)
    gestures.move(gestures.cell_point(("s1", "p0"), 10))  # and into a third cell
    QApplication.processEvents()
    assert _same_as_full_repaint(view)
    gestures.release(gestures.cell_point(("s1", "p0"), 10))
    assert view._drag_snapshot is None


def test_the_snapshot_is_made_again_after_a_zoom_or_scroll(
    scene: MapScene, view: MapView, gestures
) -> None:
    gestures.drag(gestures.card_center("t0"), gestures.cell_point(("s1", "p1"), 20), release=False)
    QApplication.processEvents()
    view.viewport().grab()
    view.set_zoom(1.6)  # the dragged card's flow now runs under the pinned lane headers
    QApplication.processEvents()
    assert _same_as_full_repaint(view)
    bar = view.verticalScrollBar()
    assert bar.maximum() - bar.minimum() > 40
    before = bar.value()
    bar.setValue(before - 40 if before - 40 >= bar.minimum() else before + 40)
    assert bar.value() != before
    QApplication.processEvents()
    assert _same_as_full_repaint(view)
    assert scene.interaction is not None
    scene.interaction.cancel()  # Esc: back where it was, the snapshot gone
    assert view._drag_snapshot is None
