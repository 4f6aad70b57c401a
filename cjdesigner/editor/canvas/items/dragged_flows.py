"""The flows of cards being dragged, drawn as many short pieces while they follow the pointer.

A flow item's repaint area is its whole bounding rectangle: re-routed on every mouse move, a
flow that goes around a few cells made Qt repaint a third of the window (and every flow, card
and label under it), twice a step. While cards are dragged their flows are hidden and drawn
here instead, cut into short pieces that are plain ``QGraphicsPathItem``s: each piece dirties
only its own small rectangle, and Qt paints them in C++. Labels are not shown during a drag;
they come back with the flows when the cards are dropped.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsPolygonItem

from cjdesigner.editor.canvas.items import Z_HEADER
from cjdesigner.editor.canvas.items.connection import ConnectionItem, connection_pens, pieces
from cjdesigner.layout.routing import Point

Z_DRAGGED_FLOW = Z_HEADER - 0.5
"""Above the still cards and labels (the flows being dragged are what the user follows), below
the pinned headers."""


def _path(cubic: list[Point]) -> QPainterPath:
    path = QPainterPath(QPointF(*cubic[0]))
    path.cubicTo(QPointF(*cubic[1]), QPointF(*cubic[2]), QPointF(*cubic[3]))
    return path


class ItemLayer(Protocol):
    """Where the stand-in pieces are drawn: any graphics scene."""

    def addItem(self, item: QGraphicsItem, /) -> None: ...

    def removeItem(self, item: QGraphicsItem, /) -> None: ...


class DraggedFlows:
    """Stands in for the given flows (hidden meanwhile) until :meth:`finish`."""

    def __init__(self, scene: ItemLayer, flows: list[ConnectionItem]) -> None:
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

    def items(self) -> list[QGraphicsItem]:
        """The pieces and arrowheads drawn now."""
        return [*self._pieces, *self._arrows]

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
