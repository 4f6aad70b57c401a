"""QIcons of the shipped SVG files, loaded once: the palette, inspector and menus share them."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPen, QPixmap

from cjdesigner.assets import icon_path
from cjdesigner.editor.canvas import style
from cjdesigner.editor.canvas.items.card import paint_moment_badge
from cjdesigner.model import Evidence, Sentiment


@cache
def svg_icon(key: str) -> QIcon:
    """The icon for an icon key (a channel icon, a marker); the generic one if it is missing."""
    path = icon_path(key)
    if not path.is_file():
        path = icon_path("generic")
    return QIcon(str(path))


def sentiment_icon(sentiment: Sentiment | str) -> QIcon:
    """The marker of a sentiment: shape and colour, the same file the canvas and PDF draw."""
    return svg_icon(f"sentiment-{Sentiment(sentiment).value}")


def app_icon() -> QIcon:
    return svg_icon("cjdesigner")


def moment_icon() -> QIcon:
    """The canvas's moment-of-truth badge, for the legend (drawn by the same code)."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.scale(2.0, 2.0)
    paint_moment_badge(painter, QPointF(8.0, 8.0))
    painter.end()
    return QIcon(pixmap)


def evidence_icon(evidence: Evidence) -> QIcon:
    """A small card outline in the border style the canvas gives that evidence level."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(style.TEXT, 2.4)
    pen.setStyle(style.evidence_pen_style(evidence))  # type: ignore[arg-type]
    painter.setPen(pen)
    painter.setBrush(style.CARD_BACKGROUND)
    painter.drawRoundedRect(QRectF(3, 7, 26, 18), 4, 4)
    painter.end()
    return QIcon(pixmap)


def point_icon(numbered: bool) -> QIcon:
    """The legend's circles as the canvas draws them: a flow label's numbered marker
    (``numbered``) or a hollow curve point (an emotion estimated from the sentiment)."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(style.CARD_BACKGROUND)
    if numbered:
        painter.setPen(QPen(style.CONNECTION, 2.0))
        painter.drawEllipse(QPointF(16, 16), 13, 13)
        font = painter.font()
        font.setBold(True)
        font.setPixelSize(17)
        painter.setFont(font)
        painter.setPen(style.TEXT)
        painter.drawText(QRectF(0, 0, 32, 32), Qt.AlignmentFlag.AlignCenter, "1")
    else:
        painter.setPen(QPen(style.CURVE, 3.0))
        painter.drawEllipse(QPointF(16, 16), 7, 7)
    painter.end()
    return QIcon(pixmap)
