"""Flow labels on the canvas (also what the PNG/SVG export renders): whole on a free spot of
their flow, else a numbered marker; never over card text, never over each other."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from cjdesigner.editor import commands as cmd
from cjdesigner.editor.canvas import MapScene, edits
from cjdesigner.editor.canvas.items.connection import TEXT_INSET
from cjdesigner.editor.document import MapDocument
from cjdesigner.layout.labels import label_numbers
from cjdesigner.storage import load_map

SAMPLES = ["online-shop-purchase", "bank-account-opening-pl", "mobile-subscription-ro"]


def _rect(r) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


def _placed(scene: MapScene) -> dict[str, QRectF]:
    """Every labelled flow's chip or marker, placed as a paint would place them."""
    return {
        conn_id: item.label_rect()
        for conn_id, item in scene.connections.items()
        if item.label.strip()
    }


@pytest.mark.parametrize("sample", SAMPLES)
def test_sample_labels_on_the_canvas_keep_clear_of_text_and_each_other(
    samples_dir, sample: str, qtbot: QtBot
) -> None:
    m = load_map(samples_dir / f"{sample}.cjm").map
    doc = MapDocument(m)
    scene = MapScene()
    scene.set_document(doc)
    try:
        layout = scene.grid_layout
        assert layout is not None
        placed = _placed(scene)
        assert placed
        cards = [_rect(r) for r in layout.cards.values()]
        text = [r.adjusted(TEXT_INSET, TEXT_INSET, -TEXT_INSET, -TEXT_INSET) for r in cards]
        solid = cards + [_rect(r) for r in layout.curve_bands.values()]
        numbers = label_numbers(m)
        boxes = list(placed.items())
        for conn_id, box in boxes:
            item = scene.connections[conn_id]
            if item.marker:
                assert item._label_text == str(numbers[conn_id])
                assert not any(box.intersects(t) for t in text), conn_id
            else:  # whole, wrapped: nothing cut
                assert " ".join(item.label_lines()) == " ".join(item.label.split())
                assert not any(box.intersects(s) for s in solid), conn_id
                assert box.top() >= layout.metrics.header_height
                assert box.left() >= layout.metrics.lane_header_width
        for i, (conn_id, a) in enumerate(boxes):
            for other_id, b in boxes[i + 1 :]:
                assert not a.intersects(b), (conn_id, other_id)
    finally:
        scene.set_document(None)


def test_a_label_moves_off_a_card_placed_where_it_was(doc: MapDocument, scene: MapScene) -> None:
    """A new layout places shown labels again: no chip stays where a card now stands."""
    doc.push(cmd.MoveTouchpoints(doc, ["t1"], "s2", "p0", 0))
    edits.set_connection_label(doc, "c0", "comes back after a week")
    item = scene.connections["c0"]
    before = item.label_rect()
    assert not item.marker
    doc.push(cmd.MoveTouchpoints(doc, ["t2", "t3"], "s1", "p0", 0))  # into the route's middle
    after = item.label_rect()
    for card in scene.cards.values():
        assert not card.card_rect().intersects(after)
    assert after != before or not any(
        c.card_rect().intersects(before) for c in scene.cards.values()
    )


@pytest.mark.parametrize("sample", SAMPLES)
def test_sample_flows_on_the_canvas_cross_no_other_card(
    samples_dir, sample: str, qtbot: QtBot
) -> None:
    """The canvas draws the shared orthogonal routes: clear of every card but their ends."""
    m = load_map(samples_dir / f"{sample}.cjm").map
    scene = MapScene()
    scene.set_document(MapDocument(m))
    try:
        cards = {card_id: item.card_rect() for card_id, item in scene.cards.items()}
        assert scene.connections
        for item in scene.connections.values():
            path = item.scene_path()
            head = item.arrow().boundingRect().translated(item.pos())
            for card_id, rect in cards.items():
                inner = rect.adjusted(0.5, 0.5, -0.5, -0.5)
                if card_id not in (item.source_id, item.target_id):
                    samples = [path.pointAtPercent(i / 400) for i in range(401)]
                    assert not any(inner.contains(p) for p in samples), (item.item_id, card_id)
                assert not inner.intersects(head), (item.item_id, card_id)
    finally:
        scene.set_document(None)
