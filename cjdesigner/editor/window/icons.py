"""QIcons of the shipped SVG files, loaded once: the palette, inspector and menus share them."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

from cjdesigner.assets import icon_path
from cjdesigner.editor.canvas.items.card import paint_moment_badge
from cjdesigner.model import Sentiment


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
