"""Under a dark system theme the line icons of the window's chrome take the theme's text
colour: drawn dark (for the white cards they also sit on) they vanished into the toolbar, the
palette's channel list and the Inspector's channel box."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from pytestqt.qtbot import QtBot

from cjdesigner.assets import icon_path
from cjdesigner.editor.window.icons import svg_icon


def _ink(icon: QIcon) -> QColor:
    """The colour of the icon's most opaque pixel (its line)."""
    image = icon.pixmap(32, 32).toImage()
    best = QColor(0, 0, 0, 0)
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > best.alpha():
                best = colour
    return best


@pytest.fixture
def dark_theme(qtbot: QtBot) -> Iterator[QPalette]:
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    before = QGuiApplication.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    QGuiApplication.setPalette(dark)
    yield dark
    QGuiApplication.setPalette(before)


def test_line_icons_are_light_under_a_dark_theme(dark_theme: QPalette) -> None:
    for key in ("website", "action-save", "milestone"):
        ink = _ink(svg_icon(key))
        assert ink.alpha() > 200, key
        assert ink.lightness() > 200, key  # the theme's text colour, not the file's #2B2B2B


def test_line_icons_keep_their_dark_ink_under_a_light_theme(qtbot: QtBot) -> None:
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    assert window.lightness() >= 128  # the tests' default (Fusion, light)
    ink = _ink(svg_icon("website"))
    assert ink.alpha() > 200 and ink.lightness() < 80


def test_coloured_icons_keep_their_colours_under_a_dark_theme(dark_theme: QPalette) -> None:
    for key in ("sentiment-positive", "sentiment-negative", "cjdesigner"):
        as_drawn = QIcon(str(icon_path(key))).pixmap(32, 32).toImage()
        assert svg_icon(key).pixmap(32, 32).toImage() == as_drawn, key
