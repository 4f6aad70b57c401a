"""QIcons of the shipped SVG files, loaded once: the palette, inspector and menus share them."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from cjdesigner.assets import icon_path
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
