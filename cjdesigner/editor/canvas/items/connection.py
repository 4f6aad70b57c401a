"""Connections: quiet grey arrows between cards that darken when either end is selected.

A forward flow leaves the source card's right edge and enters the target's left edge with a
smooth cubic. A backward flow (target left of or level with the source) goes around: out to
the right, along the gap below the lower card, and back in from the left.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjdesigner.editor.canvas import style
from cjdesigner.editor.canvas.items import Z_CONNECTION

ARROW_LENGTH = 9.0
ARROW_HALF_WIDTH = 4.5
BEND = 28.0
"""How far a flow runs straight out of and into a card before it curves."""


def route(source: QRectF, target: QRectF, clearance: float = 6.0) -> QPainterPath:
    """The path of a flow from ``source`` to ``target`` (card rectangles in scene units)."""
    start = QPointF(source.right(), source.center().y())
    end = QPointF(target.left() - ARROW_LENGTH * 0.6, target.center().y())
    path = QPainterPath(start)
    if end.x() > start.x():
        dx = (
            max(BEND, (end.x() - start.x()) / 2)
            if end.x() - start.x() >= 2 * BEND
            else ((end.x() - start.x()) / 2)
        )
        path.cubicTo(QPointF(start.x() + dx, start.y()), QPointF(end.x() - dx, end.y()), end)
        return path
    # Backward or same column: go around through the gap below the lower card.
    below = max(source.bottom(), target.bottom()) + clearance
    mid = QPointF((start.x() + end.x()) / 2, below)
    path.cubicTo(QPointF(start.x() + BEND, start.y()), QPointF(start.x() + BEND, below), mid)
    path.cubicTo(QPointF(end.x() - BEND, below), QPointF(end.x() - BEND, end.y()), end)
    return path


class ConnectionItem(QGraphicsItem):
    """A flow between two cards; ``update_route`` follows the cards, also while dragging."""

    kind = "connection"

    def __init__(self, connection_id: str, source_id: str, target_id: str, label: str = "") -> None:
        super().__init__()
        self.item_id = connection_id
        self.source_id = source_id
        self.target_id = target_id
        self.label = label
        self._path = QPainterPath()
        self._arrow = QPolygonF()
        self._bounds = QRectF()
        self._shape = QPainterPath()
        self._active = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_CONNECTION)
        if label:
            self.setToolTip(label)

    def set_label(self, label: str) -> None:
        self.label = label
        self.setToolTip(label)

    @property
    def active(self) -> bool:
        """Drawn dark: either end (or the connection itself) is selected."""
        return self._active

    def set_active(self, active: bool) -> None:
        if active != self._active:
            self._active = active
            self.setZValue(Z_CONNECTION + (0.5 if active else 0.0))
            self.update()

    def update_route(self, source: QRectF, target: QRectF) -> None:
        """Re-route between the cards' current scene rectangles."""
        path = route(source, target)
        end = path.currentPosition()
        angle = math.radians(path.angleAtPercent(1.0))
        direction = QPointF(math.cos(angle), -math.sin(angle))
        normal = QPointF(-direction.y(), direction.x())
        tip = end + direction * (ARROW_LENGTH * 0.6)
        base = tip - direction * ARROW_LENGTH
        arrow = QPolygonF([tip, base + normal * ARROW_HALF_WIDTH, base - normal * ARROW_HALF_WIDTH])
        self.prepareGeometryChange()
        self._path = path
        self._arrow = arrow
        stroker = QPainterPathStroker()
        stroker.setWidth(8.0)
        self._shape = stroker.createStroke(path)
        self._shape.addPolygon(arrow)
        self._bounds = path.boundingRect().united(arrow.boundingRect()).adjusted(-3, -3, 3, 3)

    def path(self) -> QPainterPath:
        return QPainterPath(self._path)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        dark = self._active or self.isSelected()
        colour = style.CONNECTION_ACTIVE if dark else style.CONNECTION
        width = 2.2 if self.isSelected() else (1.8 if dark else 1.4)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(self._arrow)
