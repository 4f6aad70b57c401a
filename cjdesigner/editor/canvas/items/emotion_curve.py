"""A persona's emotion curve in its lane's band: one point per touchpoint in journey order,
at the card's own emotion (hollow where only its sentiment places it), with a -2…+2 scale."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjdesigner.editor.canvas import style
from cjdesigner.editor.canvas.items import Z_CURVE
from cjdesigner.layout import GridLayout, curve_points, emotion_y
from cjdesigner.layout.emotion import SCALE_WIDTH, scale_label
from cjdesigner.map_language import emotion_axis
from cjdesigner.model import EMOTION_MAX, EMOTION_MIN, JourneyMap

POINT_RADIUS = 3.5
MOMENT_RING_RADIUS = 7.0
"""A ring around a moment of truth's point (inside the band's margin)."""


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


WORDS_ROOM = SCALE_WIDTH - 27.0
"""The scale words' room: from the band's left edge (and a 4 px margin) to a few pixels before
the level numbers, which end 8 px before the scale's edge and need ~11 px."""


class EmotionCurveItem(QGraphicsItem):
    """The curve of one lane, with its scale (+2 … -2, "delighted", "indifferent",
    "frustrated" in the map's language)."""

    kind = "curve"

    def __init__(self, persona_id: str) -> None:
        super().__init__()
        self.item_id = persona_id
        self.setZValue(Z_CURVE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._band = QRectF()
        self._runs: list[list[QPointF]] = []
        self._estimated: list[bool] = []
        """Whether each point (in ``_runs[0]``) only stands at its card's sentiment."""
        self._levels: dict[int, float] = {}
        self._points: dict[str, QPointF] = {}
        """The curve's point of each card (by card id)."""
        self._moments: frozenset[str] = frozenset()
        """The lane's moments of truth (card ids), ringed on the curve."""
        self._words: dict[int, str] = {}  # set with the map's language on refresh
        self._order: tuple[tuple[str, ...], ...] = ()
        """The lane's cards, cell by cell, at the last refresh."""
        self._font = style.font(style.SMALL_PX - 1)
        self._words_font = self._font
        self._bold = style.font(style.SMALL_PX - 1, bold=True)

    def set_language(self, language: str) -> None:
        """Scale words in the map's language, as the PDF prints them: the canvas is also what
        the image export for slides renders, a deliverable like the PDF."""
        words = emotion_axis(language)
        if words != self._words:
            self._words = dict(words)
            self._words_font = self._scale_words_font(list(words.values()))
            self.update()

    @property
    def axis_labels(self) -> tuple[str, str]:
        """(top, bottom): the words at +2 and −2."""
        return self._words.get(EMOTION_MAX, ""), self._words.get(EMOTION_MIN, "")

    @property
    def runs(self) -> list[list[QPointF]]:
        return self._runs

    @property
    def estimated(self) -> list[bool]:
        """For each point of the curve, whether it is an estimate (no emotion score)."""
        return self._estimated

    def order_changed(self, layout: GridLayout) -> bool:
        """Whether the lane's cards changed places since the last refresh (the curve runs
        through them in journey order)."""
        return self._order != _lane_order(layout, self.item_id)

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
            self._estimated = []
            self._points = {}
            self.update()
            return
        self._band = QRectF(band.x, band.y, band.w, band.h)
        self._order = _lane_order(layout, self.item_id)
        self._levels = {
            level: emotion_y(layout, self.item_id, level)
            for level in range(EMOTION_MIN, EMOTION_MAX + 1)
        }
        points = curve_points(m, layout, self.item_id)
        self._runs = curve_runs([(p.x, p.y) for p in points])
        self._estimated = [p.estimated for p in points]
        self._points = {p.card_id: QPointF(p.x, p.y) for p in points}
        self.update()

    def set_moments(self, card_ids: set[str] | frozenset[str]) -> None:
        """Ring the lane's moments of truth (card ids) at their own points on the curve."""
        moments = frozenset(card_ids)
        if moments != self._moments:
            self._moments = moments
            self.update()

    def moment_points(self) -> list[QPointF]:
        """The ring centres: each moment's point on the curve (left to right)."""
        rings = [self._points[c] for c in self._moments if c in self._points]
        return sorted(rings, key=lambda p: (p.x(), p.y()))

    def _scale_words_font(self, words: list[str]) -> QFont:
        """One font for the scale's words, made smaller for the longest so that each shows
        whole: one size for all three ("sfrustrowany" at 6 px beside "obojętny" at 9 was
        unreadable on a projector, QA s4 F5)."""
        metrics = QFontMetricsF(self._font)
        widest = max((metrics.horizontalAdvance(word) for word in words), default=0.0)
        if widest <= WORDS_ROOM:
            return self._font
        font = QFont(self._font)  # canvas fonts are sized in scene pixels
        font.setPixelSize(max(6, int(self._font.pixelSize() * WORDS_ROOM / widest)))
        return font

    def boundingRect(self) -> QRectF:
        return self._band

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._band.isEmpty():
            return
        band = self._band
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale_right = band.left() + SCALE_WIDTH
        for level, y in self._levels.items():
            width = 1.0 if level == 0 else 0.6
            pen = QPen(style.GRID_LINE_STRONG, width, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(scale_right - 4, y), QPointF(band.right() - 8, y))
        painter.setPen(style.TEXT_FAINT)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for level, y in self._levels.items():
            painter.setFont(self._bold)
            painter.drawText(QRectF(scale_right - 30, y - 7, 22, 14), right, scale_label(level))
            word = self._words.get(level)
            if word:
                painter.setFont(self._words_font)
                painter.drawText(QRectF(band.left() + 4, y - 7, WORDS_ROOM + 2, 14), left, word)
        pen = QPen(style.CURVE, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        hollow = QPen(style.CURVE, 1.5)
        edge = QPen(style.CARD_BACKGROUND, 1.5)
        for run in self._runs:
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if len(run) > 1:
                painter.drawPath(smooth_path(run))
        points = self._runs[0] if self._runs else []
        for point, estimated in zip(points, self._estimated, strict=False):
            painter.setPen(hollow if estimated else edge)
            painter.setBrush(style.CARD_BACKGROUND if estimated else style.CURVE)
            painter.drawEllipse(point, POINT_RADIUS, POINT_RADIUS)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(style.MOMENT, 2.2))
        for point in self.moment_points():
            painter.drawEllipse(point, MOMENT_RING_RADIUS, MOMENT_RING_RADIUS)


def _lane_order(layout: GridLayout, persona_id: str) -> tuple[tuple[str, ...], ...]:
    """The lane's card ids, cell by cell in stage order."""
    cells = layout.cell_cards
    return tuple(tuple(cells.get((s, persona_id), ())) for s in layout.stage_order)
