"""What drawing a flow shows: the card's connection handle, the rubber arrow, the target mark.

The handle is a small round knob on the right edge of the card under the pointer (or of the one
selected card), where flows leave a card: dragging it draws a new flow. It keeps its size in
screen pixels at every zoom, so it is always easy to grab. The rubber arrow follows the pointer
and snaps to the route the flow will take once over a card that can take it; the target mark
says whether that card can (blue) or cannot (vermillion, dashed, with the reason).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjdesigner.editor.canvas import style
from cjdesigner.editor.canvas.items import Z_HANDLE, Z_INDICATOR
from cjdesigner.editor.canvas.items.connection import ARROW_HALF_WIDTH, ARROW_LENGTH, Point

HANDLE_RADIUS = 6.5
"""Pixels, at every zoom."""
HANDLE_GRAB_RADIUS = 10.0
"""Pixels: a press this close to the handle's centre grabs it."""
REFUSED = QColor("#D55E00")
"""Okabe-Ito vermillion: a card that cannot take the flow (always with a dashed outline)."""
REFUSED_CHIP = QColor("#A84700")
"""A darker vermillion under the white reason text (≥ 4.5:1)."""


class ConnectionHandleItem(QGraphicsItem):
    """The knob to drag a new flow from; ``card_id`` is the card it belongs to (or None)."""

    kind = "handle"

    def __init__(self) -> None:
        super().__init__()
        self.card_id: str | None = None
        self.setZValue(Z_HANDLE)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the scene handles the press
        self.setToolTip("")
        self.hide()

    def attach(self, card_id: str | None, point: QPointF | None) -> None:
        """Show the handle at ``point`` (a card's right edge) for ``card_id``; None hides it."""
        self.card_id = card_id if point is not None else None
        if card_id is None or point is None:
            self.hide()
            return
        if self.pos() != point:
            self.setPos(point)
        self.show()

    def boundingRect(self) -> QRectF:
        r = HANDLE_RADIUS + 2
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(style.SELECTION, 2.0))
        painter.setBrush(style.CARD_BACKGROUND)
        painter.drawEllipse(QPointF(0, 0), HANDLE_RADIUS, HANDLE_RADIUS)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.SELECTION)
        painter.drawEllipse(QPointF(0, 0), 2.5, 2.5)


def arrow_head(tip: QPointF, towards: QPointF) -> QPolygonF:
    """A filled arrowhead at ``tip`` pointing away from ``towards``."""
    dx, dy = tip.x() - towards.x(), tip.y() - towards.y()
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    bx, by = tip.x() - ux * ARROW_LENGTH, tip.y() - uy * ARROW_LENGTH
    px, py = -uy * ARROW_HALF_WIDTH, ux * ARROW_HALF_WIDTH
    return QPolygonF([tip, QPointF(bx + px, by + py), QPointF(bx - px, by - py)])


class RubberArrowItem(QGraphicsItem):
    """The flow being drawn: loose (dashed) while free, the final route over a good target."""

    kind = "rubber_arrow"

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_INDICATOR)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._path = QPainterPath()
        self._head = QPolygonF()
        self._state = "free"

    @property
    def state(self) -> str:
        """``free`` (no card under the pointer), ``valid`` or ``refused``."""
        return self._state

    def path(self) -> QPainterPath:
        return QPainterPath(self._path)

    def set_free(self, start: QPointF, end: QPointF, refused: bool = False) -> None:
        """A loose curve from the handle to the pointer."""
        path = QPainterPath(start)
        dx = max(20.0, abs(end.x() - start.x()) / 2)
        path.cubicTo(QPointF(start.x() + dx, start.y()), QPointF(end.x() - dx, end.y()), end)
        self._set(
            path, arrow_head(end, path.pointAtPercent(0.97)), "refused" if refused else "free"
        )

    def set_route(self, points: list[Point]) -> None:
        """The route the flow will take (``route_points`` output)."""
        path = QPainterPath(QPointF(*points[0]))
        for i in range(1, len(points) - 2, 3):
            path.cubicTo(QPointF(*points[i]), QPointF(*points[i + 1]), QPointF(*points[i + 2]))
        end = QPointF(*points[-1])
        if len(points) == 4 and points[0][0] == points[-1][0]:  # a straight drop
            tip = QPointF(end.x(), end.y() + ARROW_LENGTH * 0.8)
        else:
            tip = QPointF(end.x() + ARROW_LENGTH * 0.6, end.y())
        self._set(path, arrow_head(tip, end), "valid")

    def _set(self, path: QPainterPath, head: QPolygonF, state: str) -> None:
        self.prepareGeometryChange()
        self._path = path
        self._head = head
        self._state = state
        self.update()

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().united(self._head.boundingRect()).adjusted(-4, -4, 4, 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = REFUSED if self._state == "refused" else style.SELECTION
        pen = QPen(colour, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setCosmetic(True)
        if self._state != "valid":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(self._head)


class TargetMarkItem(QGraphicsItem):
    """An outline around the card under the pointer: it can take the flow, or why it cannot."""

    kind = "target_mark"

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_INDICATOR)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rect = QRectF()
        self._reason: str | None = None
        self.target_id: str | None = None
        self._font = style.font(style.SMALL_PX, bold=True)

    @property
    def reason(self) -> str | None:
        """Why the card cannot take the flow (None: it can)."""
        return self._reason

    def mark(self, card_id: str | None, rect: QRectF | None, reason: str | None = None) -> None:
        """Outline ``rect`` (the card's), blue if ``reason`` is None, else vermillion with it."""
        self.prepareGeometryChange()
        self.target_id = card_id if rect is not None else None
        self._rect = QRectF(rect) if rect is not None else QRectF()
        self._reason = reason if rect is not None else None
        self.setVisible(rect is not None)
        self.update()

    def _chip(self) -> QRectF:
        if not self._reason:
            return QRectF()
        width = QFontMetricsF(self._font).horizontalAdvance(self._reason) + 26
        return QRectF(self._rect.left(), self._rect.top() - 24, width, 19)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-6, -6, 6, 6).united(self._chip().adjusted(-2, -2, 2, 2))

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._rect.isEmpty():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = self._rect.adjusted(-4, -4, 4, 4)
        if self._reason is None:
            painter.setPen(QPen(style.SELECTION, 2.5))
            painter.setBrush(style.SELECTION_HALO)
            painter.drawRoundedRect(outline, 8, 8)
            return
        pen = QPen(REFUSED, 2.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(QColor(213, 94, 0, 28)))
        painter.drawRoundedRect(outline, 8, 8)
        chip = self._chip()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(REFUSED_CHIP)
        painter.drawRoundedRect(chip, 4, 4)
        # a ✕ drawn as two strokes (no glyph needed), then the reason in white
        cross = QPen(QColor("#FFFFFF"), 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(cross)
        cx, cy = chip.left() + 10, chip.center().y()
        painter.drawLine(QPointF(cx - 3.5, cy - 3.5), QPointF(cx + 3.5, cy + 3.5))
        painter.drawLine(QPointF(cx - 3.5, cy + 3.5), QPointF(cx + 3.5, cy - 3.5))
        painter.setFont(self._font)
        painter.drawText(
            chip.adjusted(19, 0, -4, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._reason,
        )
