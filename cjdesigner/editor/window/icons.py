"""QIcons of the shipped SVG files, loaded once: the palette, inspector and menus share them."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPen, QPixmap

from cjdesigner.assets import icon_path
from cjdesigner.editor.canvas import style
from cjdesigner.editor.canvas.items.card import paint_moment_badge
from cjdesigner.model import Evidence, Sentiment

COLOURED = frozenset(
    {"cjdesigner", "sentiment-positive", "sentiment-neutral", "sentiment-negative"}
)
"""Icons drawn in their own colours; every other shipped icon is a dark line drawing."""
ICON_SIZES = (16, 20, 24, 32, 40, 48, 64, 96)
"""The sizes a recoloured icon is made in (menus, lists, toolbars, high-DPI screens)."""


def svg_icon(key: str) -> QIcon:
    """The icon for an icon key (a channel icon, a marker); the generic one if it is missing.

    The line icons are drawn dark, for the white cards they also sit on; in the window's
    chrome under a dark system theme they would vanish into the toolbar and lists, so there
    they take the theme's text colour.
    """
    ink = dark_theme_ink()
    if key in COLOURED or ink is None:
        return _file_icon(key)
    return _recoloured(key, ink.name())


def dark_theme_ink() -> QColor | None:
    """The theme's text colour when the window's theme is dark; None under a light one."""
    palette = QGuiApplication.palette()
    if palette.color(QPalette.ColorRole.Window).lightness() >= DARK_BELOW:
        return None
    return palette.color(QPalette.ColorRole.WindowText)


DARK_BELOW = 128
"""A window colour darker than this (HSL lightness, 0–255) is a dark theme."""


@cache
def _file_icon(key: str) -> QIcon:
    path = icon_path(key)
    if not path.is_file():
        path = icon_path("generic")
    return QIcon(str(path))


@cache
def _recoloured(key: str, colour: str) -> QIcon:
    """The line icon ``key`` drawn in ``colour`` (its shape kept: only the ink changes)."""
    drawn = _file_icon(key)
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = drawn.pixmap(size, size)
        painter = QPainter(pixmap)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), QColor(colour))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


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
    ink = dark_theme_ink()  # dark theme: a light outline, unfilled (a white card hid it)
    pen = QPen(style.TEXT if ink is None else ink, 2.4)
    pen.setStyle(style.evidence_pen_style(evidence))  # type: ignore[arg-type]
    painter.setPen(pen)
    painter.setBrush(style.CARD_BACKGROUND if ink is None else Qt.BrushStyle.NoBrush)
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


def blank_icon() -> QIcon:
    """An empty icon the size of the others: a list entry without a symbol ("No channel")
    keeps its words in line with its neighbours'."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)
