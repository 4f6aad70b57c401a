"""Under a dark system theme the window stays readable: the chrome's line icons take the
theme's text colour (drawn dark, for the white cards they also sit on, they vanished into the
toolbar, the palette's channel list and the Inspector's channel box), and the message bars and
the find field's "not found" keep dark text on their light fills (the theme's light text on
them could not be read)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cjdesigner.assets import icon_path
from cjdesigner.editor.window.find_bar import FindBar
from cjdesigner.editor.window.icons import svg_icon
from cjdesigner.editor.window.message_bar import MessageBar


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
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    dark.setColor(QPalette.ColorRole.ButtonText, QColor("#e6e6e6"))
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


def _text_contrast(widget: QWidget) -> int:
    """How far the widget's text stands out from its fill: the lightness difference between
    its most common colour (the fill) and the pixel furthest from it (the text), read in
    the middle of what the parent draws there (no frame, no clear button)."""
    area = widget.geometry()
    area = area.adjusted(4, 4, -area.width() // 3, -4)
    image = widget.parentWidget().grab(area).toImage()
    colours = Counter(
        image.pixelColor(x, y).rgb() for y in range(image.height()) for x in range(image.width())
    )
    fill = QColor.fromRgb(colours.most_common(1)[0][0]).lightness()
    return max(abs(QColor.fromRgb(rgb).lightness() - fill) for rgb in colours)


def test_message_bars_keep_dark_text_under_a_dark_theme(dark_theme: QPalette, qtbot: QtBot) -> None:
    bar = MessageBar("message_bar")
    qtbot.addWidget(bar)
    bar.resize(600, 40)
    for kind in ("info", "warning"):
        bar.show_message("Exported “plan.pdf” to Documents.", kind=kind)
        assert _text_contrast(bar.label) > 120, kind


def test_the_find_fields_not_found_state_keeps_dark_text(
    dark_theme: QPalette, qtbot: QtBot
) -> None:
    bar = FindBar(lambda: None, print, print, print)
    qtbot.addWidget(bar)
    bar.resize(600, 34)
    bar.show()
    bar.field.setText("xyzq")
    assert bar.count.text() == "Not found"
    assert _text_contrast(bar.field) > 120
