"""The flows of cards being dragged, drawn as many short pieces while they follow the pointer.

A flow item's repaint area is its whole bounding rectangle: re-routed on every mouse move, a
flow that goes around a few cells made Qt repaint a third of the window (and every flow, card
and label under it), twice a step. While cards are dragged their flows are hidden and drawn
here instead, cut into short pieces that are plain ``QGraphicsPathItem``s: each piece dirties
only its own small rectangle, and Qt paints them in C++. Labels are not shown during a drag;
they come back with the flows when the cards are dropped.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsPolygonItem

from cjdesigner.editor.canvas.items import Z_CONNECTION
from cjdesigner.editor.canvas.items.connection import ConnectionItem, connection_pens
from cjdesigner.layout.routing import Point

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsScene

PIECE_LENGTH = 200.0
"""A piece spans at most about this much in x or y (scene units): small repaint rectangles,
yet few of them (Qt's repaint slows down with the number of rectangles; 200 measured best)."""
MAX_PIECES = 24
"""Per cubic of a route (a flow across the whole map still costs a bounded number of items)."""
Z_DRAGGED_FLOW = Z_CONNECTION + 0.5


def sub_cubic(cubic: list[Point], a: float, b: float) -> list[Point]:
    """The part of a cubic Bézier between parameters ``a`` < ``b`` (de Casteljau twice)."""
    part = cubic
    if a > 0.0:
        part = _split(part, a)[1]
    if b < 1.0:
        part = _split(part, (b - a) / (1.0 - a))[0]
    return part


def _split(pts: list[Point], t: float) -> tuple[list[Point], list[Point]]:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = pts
    ax, ay = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
    bx, by = x1 + (x2 - x1) * t, y1 + (y2 - y1) * t
    cx, cy = x2 + (x3 - x2) * t, y2 + (y3 - y2) * t
    dx, dy = ax + (bx - ax) * t, ay + (by - ay) * t
    ex, ey = bx + (cx - bx) * t, by + (cy - by) * t
    fx, fy = dx + (ex - dx) * t, dy + (ey - dy) * t
    return [(x0, y0), (ax, ay), (dx, dy), (fx, fy)], [(fx, fy), (ex, ey), (cx, cy), (x3, y3)]


def pieces(points: list[Point]) -> list[list[Point]]:
    """A route (``route_points`` output) cut into short cubics that together draw the same."""
    result: list[list[Point]] = []
    for i in range(0, len(points) - 3, 3):
        cubic = points[i : i + 4]
        xs = [p[0] for p in cubic]
        ys = [p[1] for p in cubic]
        span = max(max(xs) - min(xs), max(ys) - min(ys))
        count = min(MAX_PIECES, max(1, math.ceil(span / PIECE_LENGTH)))
        for k in range(count):
            result.append(sub_cubic(cubic, k / count, (k + 1) / count))
    return result


def _path(cubic: list[Point]) -> QPainterPath:
    path = QPainterPath(QPointF(*cubic[0]))
    path.cubicTo(QPointF(*cubic[1]), QPointF(*cubic[2]), QPointF(*cubic[3]))
    return path


class DraggedFlows:
    """Stands in for the given flows (hidden meanwhile) until :meth:`finish`."""

    def __init__(self, scene: QGraphicsScene, flows: list[ConnectionItem]) -> None:
        self.scene = scene
        self.flows = [f for f in flows if f.isVisible()]
        self._pieces: list[QGraphicsPathItem] = []
        self._arrows: list[QGraphicsPolygonItem] = []
        for flow in self.flows:
            flow.hide()
            arrow = QGraphicsPolygonItem()
            arrow.setPen(Qt.PenStyle.NoPen)
            _quiet(arrow)
            scene.addItem(arrow)
            self._arrows.append(arrow)

    def follow(self) -> None:
        """Draw the flows along their current routes (call after re-routing them)."""
        used = 0
        for flow, arrow in zip(self.flows, self._arrows, strict=True):
            pen, brush = connection_pens()[2 if flow.isSelected() else (1 if flow.active else 0)]
            offset = flow.pos()
            for cubic in pieces(flow.route()):
                if used == len(self._pieces):
                    item = QGraphicsPathItem()
                    _quiet(item)
                    self.scene.addItem(item)
                    self._pieces.append(item)
                item = self._pieces[used]
                used += 1
                if item.pen() != pen:
                    item.setPen(pen)
                item.setPath(_path(cubic))
                if item.pos() != offset:
                    item.setPos(offset)
                if not item.isVisible():
                    item.show()
            arrow.setBrush(brush)
            arrow.setPolygon(flow.arrow())
            arrow.setPos(offset)
        for item in self._pieces[used:]:
            if item.isVisible():
                item.hide()

    def finish(self) -> None:
        """Remove the pieces and show the flows again."""
        for item in (*self._pieces, *self._arrows):
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self._pieces.clear()
        self._arrows.clear()
        for flow in self.flows:
            if flow.scene() is self.scene:
                flow.show()
        self.flows = []


def _quiet(item: QGraphicsItem) -> None:
    """Drawn only: no clicks, no hover, above the resting flows."""
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    item.setAcceptHoverEvents(False)
    item.setZValue(Z_DRAGGED_FLOW)
