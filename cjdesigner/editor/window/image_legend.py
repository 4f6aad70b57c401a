"""The legend under the map in a PNG or SVG for slides: what the symbols mean.

The same items as the PDF's legend (sentiment markers, evidence borders, milestones, moments
of truth, flows, the channels the map uses), drawn with the canvas' own icons and pens and
worded in the map's language, in rows that wrap within the picture's width.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPen

from cjdesigner.editor.canvas import style
from cjdesigner.editor.canvas.icons import icons
from cjdesigner.editor.canvas.items.card import MOMENT_BADGE_RADIUS, paint_moment_badge
from cjdesigner.layout.emotion import moments_of_truth
from cjdesigner.map_language import label
from cjdesigner.model import Evidence, JourneyMap, Sentiment
from cjdesigner.model.no_channel import shows_channel

SYMBOL = 14.0
ROW = 22.0
GAP = 16.0
PAD_TOP = 12.0


@dataclass(frozen=True)
class _Item:
    kind: str
    key: str
    text: str

    @property
    def symbol_width(self) -> float:
        return SYMBOL * (1.8 if self.kind in ("evidence", "flow") else 1.0)


def _items(m: JourneyMap) -> list[_Item]:
    language = str(m.info.language)
    items = [_Item("sentiment", s.value, label(str(s), language)) for s in Sentiment]
    words = {
        Evidence.RESEARCH: "research",
        Evidence.PARTIAL: "partly researched",
        Evidence.ASSUMPTION: "assumption",
    }
    items += [_Item("evidence", e.value, label(words[e], language)) for e in Evidence]
    if any(t.milestone for t in m.touchpoints):
        items.append(_Item("milestone", "", label("milestone", language)))
    if moments_of_truth(m):
        items.append(_Item("moment", "", label("moment of truth", language)))
    if m.connections:
        items.append(_Item("flow", "", label("flow", language)))
    used = {t.channel for t in m.touchpoints}
    items += [
        _Item("channel", c.icon, c.name) for c in m.channels if c.id in used and shows_channel(c.id)
    ]
    return items


def _rows(m: JourneyMap, width: float) -> list[list[tuple[_Item, float]]]:
    metrics = QFontMetricsF(style.font(style.SMALL_PX + 1))
    rows: list[list[tuple[_Item, float]]] = [[]]
    used = 0.0
    for item in _items(m):
        w = item.symbol_width + 5 + metrics.horizontalAdvance(item.text) + GAP
        if used + w > width and rows[-1]:
            rows.append([])
            used = 0.0
        rows[-1].append((item, w))
        used += w
    return [row for row in rows if row]


def legend_height(m: JourneyMap, width: float) -> float:
    """The legend's height (scene units) for a picture ``width`` wide."""
    return PAD_TOP + len(_rows(m, width)) * ROW


def paint_legend(painter: QPainter, m: JourneyMap, x: float, y: float, width: float) -> None:
    """Draw the legend's rows from (x, y) down, in scene units."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = style.font(style.SMALL_PX + 1)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    top = y + PAD_TOP
    for row in _rows(m, width):
        cx = x
        mid = top + ROW / 2
        for item, w in row:
            _symbol(painter, item, cx, mid)
            painter.setPen(style.TEXT)
            baseline = mid + (metrics.ascent() - metrics.descent()) / 2
            painter.drawText(QPointF(cx + item.symbol_width + 5, baseline), item.text)
            cx += w
        top += ROW
    painter.restore()


def _symbol(painter: QPainter, item: _Item, x: float, mid: float) -> None:
    square = QRectF(x, mid - SYMBOL / 2, SYMBOL, SYMBOL)
    if item.kind == "sentiment":
        icons().draw(painter, style.SENTIMENT_ICONS[Sentiment(item.key)], square)
    elif item.kind == "channel":
        icons().draw(painter, item.key, square)
    elif item.kind == "milestone":
        icons().draw(painter, "milestone", square)
    elif item.kind == "moment":
        painter.save()
        painter.translate(x + SYMBOL / 2, mid)
        factor = SYMBOL / (2 * MOMENT_BADGE_RADIUS + 1.5)
        painter.scale(factor, factor)
        paint_moment_badge(painter, QPointF(0, 0))
        painter.restore()
    elif item.kind == "evidence":
        pen = QPen(style.CARD_BORDER, 1.2)
        pen.setStyle(style.evidence_pen_style(Evidence(item.key)))  # type: ignore[arg-type]
        painter.setPen(pen)
        painter.setBrush(style.CARD_BACKGROUND)
        painter.drawRoundedRect(
            QRectF(x, mid - SYMBOL * 0.4, item.symbol_width, SYMBOL * 0.8), 3, 3
        )
    else:  # a flow: a short arrow
        w = item.symbol_width
        painter.setPen(QPen(style.CONNECTION, 1.4))
        painter.drawLine(QPointF(x, mid), QPointF(x + w - 5, mid))
        head = QPainterPath(QPointF(x + w, mid))
        head.lineTo(x + w - 6, mid + 3)
        head.lineTo(x + w - 6, mid - 3)
        head.closeSubpath()
        painter.fillPath(head, style.CONNECTION)
    painter.setBrush(Qt.BrushStyle.NoBrush)
