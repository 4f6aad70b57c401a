"""The pieces that keep repaints small: flows cut into pieces, dragged flows, exposed areas."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QGraphicsPathItem
from pytestqt.qtbot import QtBot

from cjdesigner.editor.canvas import MapScene
from cjdesigner.editor.canvas.items.connection import (
    PIECE_LENGTH,
    ConnectionItem,
    path_of,
    pieces,
    route_points,
)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (QRectF(0, 0, 100, 50), QRectF(900, 2000, 100, 50)),  # a long forward flow
        (QRectF(600, 0, 100, 50), QRectF(0, 700, 100, 50)),  # a backward flow around
        (QRectF(0, 0, 100, 50), QRectF(0, 60, 100, 50)),  # a short drop
    ],
)
def test_pieces_draw_the_same_route_in_short_parts(source: QRectF, target: QRectF) -> None:
    points = route_points(source, target)
    parts = pieces(points)
    assert parts[0][0] == points[0] and parts[-1][-1] == points[-1]
    for a, b in itertools.pairwise(parts):
        assert a[-1] == pytest.approx(b[0])  # no gaps between pieces
    whole = path_of(points)
    for part in parts:
        xs, ys = [p[0] for p in part], [p[1] for p in part]
        assert max(xs) - min(xs) <= PIECE_LENGTH + 1 or max(ys) - min(ys) <= PIECE_LENGTH + 1
        # each piece lies on the original route
        mid = path_of(part).pointAtPercent(0.5)
        near = QRectF(mid.x() - 2, mid.y() - 2, 4, 4)
        assert whole.intersects(near)


def test_a_flow_skips_repaints_that_only_cross_its_bounds(qtbot: QtBot) -> None:
    flow = ConnectionItem("c", "a", "b")
    flow.update_route(QRectF(0, 0, 100, 50), QRectF(1000, 3000, 100, 50))
    scene = MapScene()
    scene.addItem(flow)
    box = flow.boundingRect()
    assert flow._meets(box)  # the whole flow is repainted
    scene.exposed_region = QRegion(QRect(950, 30, 20, 20))  # top right: nowhere near the route
    assert box.contains(QRectF(950, 30, 20, 20))
    assert not flow._meets(QRectF(500, 0, 600, 3100))
    start = flow.route()[0]
    scene.exposed_region = QRegion(QRect(int(start[0]) - 5, int(start[1]) - 5, 10, 10))
    assert flow._meets(QRectF(500, 0, 600, 3100))


def test_dragged_flows_are_drawn_in_pieces_and_come_back_on_drop(scene: MapScene, gestures) -> None:
    flow = scene.connections["c0"]
    target = gestures.cell_point(("s2", "p1"), dy=20)
    gestures.drag(gestures.card_center("t1"), target, release=False)
    stand_ins = [i for i in scene.items() if isinstance(i, QGraphicsPathItem) and i.isVisible()]
    assert not flow.isVisible()
    assert stand_ins
    # the pieces end where the flow now ends: at the dragged card
    end = QPointF(*flow.route()[-1])
    assert any((item.path().currentPosition() - end).manhattanLength() < 0.5 for item in stand_ins)
    gestures.release(target)
    assert flow.isVisible()
    assert not [i for i in scene.items() if isinstance(i, QGraphicsPathItem)]
