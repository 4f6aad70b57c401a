"""A persona's emotion curve in its lane's band: one point per stage, gaps where unscored."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjdesigner.editor.canvas import style
from cjdesigner.editor.canvas.items import Z_CURVE
from cjdesigner.layout import GridLayout, emotion_curve, emotion_y
from cjdesigner.map_language import emotion_axis
from cjdesigner.model import EMOTION_MAX, EMOTION_MIN, JourneyMap

POINT_RADIUS = 3.5
MOMENT_RING_RADIUS = 8.0
"""A ring around the point of a stage that holds a moment of truth (inside the band's margin)."""


def curve_runs(points: list[tuple[float, float] | None]) -> list[list[QPointF]]:
    """The unbroken runs of the curve (a None point, an unscored stage, breaks it)."""
    runs: list[list[QPointF]] = []
    current: list[QPointF] = []
    for point in points:
        if point is None:
            if current:
                runs.append(current)
            current = []
        else:
            current.append(QPointF(*point))
    if current:
        runs.append(current)
    return runs


def smooth_path(run: list[QPointF]) -> QPainterPath:
    """A gentle curve through the points (horizontal tangents, so it never overshoots)."""
    path = QPainterPath(run[0])
    for a, b in itertools.pairwise(run):
        dx = (b.x() - a.x()) / 2
        path.cubicTo(QPointF(a.x() + dx, a.y()), QPointF(b.x() - dx, b.y()), b)
    return path


class EmotionCurveItem(QGraphicsItem):
    """The curve of one lane, with its axis labels "frustrated" / "delighted"."""

    kind = "curve"

    def __init__(self, persona_id: str) -> None:
        super().__init__()
        self.item_id = persona_id
        self.setZValue(Z_CURVE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._band = QRectF()
        self._runs: list[list[QPointF]] = []
        self._levels: dict[int, float] = {}
        self._points: dict[str, QPointF] = {}
        """The curve's point in each scored stage (by stage id)."""
        self._moment_stages: dict[str, int] = {}
        """Stage id → the emotion of the lane's moment of truth held there."""
        self._top_label = self._bottom_label = ""  # set with the map's language on refresh
        self._font = style.font(style.SMALL_PX - 1)

    def set_language(self, language: str) -> None:
        """Axis labels in the map's language, as the PDF prints them: the canvas is also what
        the image export for slides renders, a deliverable like the PDF."""
        words = emotion_axis(language)
        top, bottom = words[EMOTION_MAX], words[EMOTION_MIN]
        if (top, bottom) != (self._top_label, self._bottom_label):
            self._top_label, self._bottom_label = top, bottom
            self.update()

    @property
    def axis_labels(self) -> tuple[str, str]:
        """(top, bottom): the words at +2 and −2."""
        return self._top_label, self._bottom_label

    @property
    def runs(self) -> list[list[QPointF]]:
        return self._runs

    def band_changed(self, layout: GridLayout) -> bool:
        """Whether the lane's curve band moved or resized since the last refresh."""
        band = layout.curve_bands.get(self.item_id)
        if band is None:
            return not self._band.isEmpty()
        return self._band != QRectF(band.x, band.y, band.w, band.h)

    def refresh(self, m: JourneyMap, layout: GridLayout) -> None:
        """Recompute the points from the model (after a card's emotion or place changed)."""
        band = layout.curve_bands.get(self.item_id)
        self.set_language(m.info.language)
        self.prepareGeometryChange()
        if band is None:
            self._band = QRectF()
            self._runs = []
            self._points = {}
            self.update()
            return
        self._band = QRectF(band.x, band.y, band.w, band.h)
        self._levels = {
            level: emotion_y(layout, self.item_id, level)
            for level in range(EMOTION_MIN, EMOTION_MAX + 1)
        }
        points = emotion_curve(m, layout, self.item_id)
        self._runs = curve_runs(points)
        self._points = {
            stage_id: QPointF(*point)
            for stage_id, point in zip(layout.stage_order, points, strict=True)
            if point is not None
        }
        self.update()

    def set_moment_stages(self, stages: dict[str, int]) -> None:
        """Ring the moments of truth of the lane: ``stages`` maps the stages holding one to its
        emotion. The ring sits at that emotion (not on the curve, which shows the stage's
        mean and would flatten the dip), joined to the curve's point by a dotted stem."""
        if stages != self._moment_stages:
            self._moment_stages = dict(stages)
            self.update()

    def moment_points(self) -> list[QPointF]:
        """The ring centres: each moment stage's x, at the moment's emotion."""
        return [
            QPointF(self._points[s].x(), self._levels[level])
            for s, level in sorted(self._moment_stages.items())
            if s in self._points and level in self._levels
        ]

    def boundingRect(self) -> QRectF:
        return self._band

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._band.isEmpty():
            return
        band = self._band
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        zero = self._levels.get(0)
        if zero is not None:
            painter.setPen(QPen(style.GRID_LINE_STRONG, 1.0, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(band.left() + 70, zero), QPointF(band.right() - 8, zero))
        painter.setFont(self._font)
        painter.setPen(style.TEXT_FAINT)
        top, bottom = self._levels.get(EMOTION_MAX), self._levels.get(EMOTION_MIN)
        if top is not None and bottom is not None:
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRectF(band.left() + 6, top - 7, 90, 14), flags, self._top_label)
            painter.drawText(QRectF(band.left() + 6, bottom - 7, 90, 14), flags, self._bottom_label)
        pen = QPen(style.CURVE, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        for run in self._runs:
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if len(run) > 1:
                painter.drawPath(smooth_path(run))
            painter.setPen(QPen(style.CARD_BACKGROUND, 1.5))
            painter.setBrush(style.CURVE)
            for point in run:
                painter.drawEllipse(point, POINT_RADIUS, POINT_RADIUS)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        stem = QPen(style.MOMENT, 1.2, Qt.PenStyle.DotLine)
        ring = QPen(style.MOMENT, 2.2)
        for stage_id, level in sorted(self._moment_stages.items()):
            on_curve, y = self._points.get(stage_id), self._levels.get(level)
            if on_curve is None or y is None:
                continue
            point = QPointF(on_curve.x(), y)
            if abs(on_curve.y() - point.y()) > MOMENT_RING_RADIUS:
                painter.setPen(stem)
                direction = 1.0 if point.y() > on_curve.y() else -1.0
                painter.drawLine(
                    QPointF(point.x(), on_curve.y() + direction * (POINT_RADIUS + 1)),
                    QPointF(point.x(), point.y() - direction * MOMENT_RING_RADIUS),
                )
            painter.setPen(ring)
            painter.drawEllipse(point, MOMENT_RING_RADIUS, MOMENT_RING_RADIUS)
