"""Qt (the canvas) and svglib (the PDF) both draw every icon, and draw it the same way.

The canvas renders the SVG files with QSvgRenderer, the PDF export converts them with svglib
into reportlab drawings. An icon one of them silently drops or shifts would make the editor and
the printed map disagree, so each file goes through both and their extents are compared.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication
from reportlab.graphics.shapes import Drawing, Group, Shape
from svglib.svglib import svg2rlg

RENDER_PX = 96  # large enough to measure extents to a quarter of a 24-unit icon's pixel


def _render(path: Path, size: int = RENDER_PX) -> QImage:
    """The icon drawn by Qt into a transparent square of ``size`` pixels."""
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid(), f"Qt cannot read {path.name}"
    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def _alpha(image: QImage) -> bytes:
    """Alpha of every pixel, row by row (RGBA8888 keeps R, G, B, A byte order everywhere)."""
    assert image.format() == QImage.Format.Format_RGBA8888
    return bytes(image.constBits())[3::4]


def _ink_box(image: QImage, threshold: int = 128) -> tuple[int, int, int, int]:
    """Pixel bounds (left, top, right, bottom; right/bottom exclusive) of what was drawn."""
    size = image.width()
    alpha = _alpha(image)
    drawn = [i for i, a in enumerate(alpha) if a >= threshold]
    assert drawn, "nothing was drawn"
    xs = [i % size for i in drawn]
    ys = [i // size for i in drawn]
    return min(xs), min(ys), max(xs) + 1, max(ys) + 1


def _view_size(path: Path) -> float:
    return QSvgRenderer(str(path)).viewBoxF().width()


def test_qt_reads_the_icon_at_its_natural_size(qapp: QApplication, any_icon: Path) -> None:
    renderer = QSvgRenderer(str(any_icon))
    assert renderer.isValid()
    size = renderer.defaultSize()
    assert size.width() == size.height() == _view_size(any_icon)


def test_qicon_draws_the_icon(qapp: QApplication, any_icon: Path) -> None:
    """The palette, menus and window use QIcon, which needs Qt's SVG icon engine plugin."""
    icon = QIcon(str(any_icon))
    assert not icon.isNull()
    image = icon.pixmap(24, 24).toImage().convertToFormat(QImage.Format.Format_RGBA8888)
    assert image.width() == 24
    assert sum(_alpha(image)) / (255 * 24 * 24) > 0.12


@pytest.mark.parametrize("size", [16, 24, 48])
def test_qt_draws_the_icon(qapp: QApplication, any_icon: Path, size: int) -> None:
    alpha = _alpha(_render(any_icon, size))
    covered = sum(alpha) / (255 * size * size)
    # A recognisable line icon covers roughly a fifth of its box; an empty or hair-thin one fails.
    assert covered > 0.12, f"{any_icon.name} at {size}px covers only {covered:.0%}"


def test_icon_is_centred_and_fills_its_box(qapp: QApplication, any_icon: Path) -> None:
    """One style: every icon uses the box alike, so a row of them looks even."""
    unit = RENDER_PX / _view_size(any_icon)
    left, top, right, bottom = (v / unit for v in _ink_box(_render(any_icon)))
    box = _view_size(any_icon)
    scale = box / 24  # tolerances are in 24-unit icon terms
    assert abs((left + right) / 2 - box / 2) <= 1.5 * scale, "off-centre horizontally"
    assert abs((top + bottom) / 2 - box / 2) <= 1.5 * scale, "off-centre vertically"
    assert max(right - left, bottom - top) >= 16 * scale, "drawn too small for its box"


def test_icon_is_not_clipped_by_its_box(qapp: QApplication, mark_icon: Path) -> None:
    """Nothing touches the outermost pixel ring: a stroke cut by the viewBox looks broken."""
    image = _render(mark_icon)
    alpha = _alpha(image)
    n = image.width()
    ring = [alpha[i] for i in range(n)] + [alpha[(n - 1) * n + i] for i in range(n)]
    ring += [alpha[r * n] for r in range(n)] + [alpha[r * n + n - 1] for r in range(n)]
    assert max(ring) == 0


def test_sentiment_marker_is_drawn_in_its_colour(
    qapp: QApplication, sentiment_marker: tuple[Path, str]
) -> None:
    path, colour = sentiment_marker
    image = _render(path)
    centre = image.pixelColor(RENDER_PX // 2, RENDER_PX // 2)
    expected = QColor(colour)
    assert centre.alpha() == 255
    for got, want in zip(centre.getRgb()[:3], expected.getRgb()[:3], strict=True):
        assert abs(got - want) <= 2, f"{path.name}: centre {centre.name()} instead of {colour}"


def _coloured_area(image: QImage, colour: str) -> int:
    """How many pixels carry the marker colour (its white outline excluded)."""
    want = QColor(colour)
    raw = bytes(image.constBits())
    count = 0
    for i in range(0, len(raw), 4):
        r, g, b, a = raw[i], raw[i + 1], raw[i + 2], raw[i + 3]
        if (
            a == 255
            and abs(r - want.red()) <= 8
            and abs(g - want.green()) <= 8
            and abs(b - want.blue()) <= 8
        ):
            count += 1
    return count


def test_sentiment_markers_carry_the_same_visual_weight(
    qapp: QApplication, sentiment_colours: dict[str, str], icons_folder: Path
) -> None:
    """▲, ● and ▼ side by side: none should shout louder than the others."""
    areas = {
        name: _coloured_area(_render(icons_folder / f"{name}.svg"), colour)
        for name, colour in sentiment_colours.items()
    }
    up, down = areas["sentiment-positive"], areas["sentiment-negative"]
    assert abs(up - down) <= 0.02 * up, areas
    # Beside a triangle, a circle of the same area looks smaller (checked by eye on cards at
    # 14 px), so ● gets a little more area than ▲ ▼ — but never enough to dominate.
    assert 1.0 * up <= areas["sentiment-neutral"] <= 1.3 * up, areas


def test_sentiment_markers_differ_in_shape_when_rendered(
    qapp: QApplication, sentiment_colours: dict[str, str], icons_folder: Path
) -> None:
    """In greyscale only the silhouettes tell the markers apart: they must differ clearly."""
    masks = {
        name: [a >= 128 for a in _alpha(_render(icons_folder / f"{name}.svg"))]
        for name in sentiment_colours
    }
    names = sorted(masks)
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            both = sum(a and b for a, b in zip(masks[first], masks[second], strict=True))
            either = sum(a or b for a, b in zip(masks[first], masks[second], strict=True))
            assert both / either < 0.75, f"{first} and {second} look alike ({both / either:.2f})"


def _shapes(node: Group | Drawing) -> list[Shape]:
    """Every drawable leaf of a reportlab drawing."""
    found: list[Shape] = []
    for child in node.contents:
        if isinstance(child, Group):
            found.extend(_shapes(child))
        else:
            found.append(child)
    return found


def test_svglib_converts_the_icon(any_icon: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        drawing = svg2rlg(str(any_icon))
    assert drawing is not None
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert drawing.width > 0
    assert drawing.width == pytest.approx(drawing.height)
    assert _shapes(drawing)


def test_qt_and_svglib_draw_the_icon_in_the_same_place(qapp: QApplication, any_icon: Path) -> None:
    """svglib's geometry, widened by the stroke, matches the pixels Qt painted."""
    box = _view_size(any_icon)
    unit = RENDER_PX / box
    qt_box = [v / unit for v in _ink_box(_render(any_icon))]
    drawing = svg2rlg(str(any_icon))
    scale = drawing.width / box  # svglib measures in points: 24 px -> 18 pt
    x0, y0, x1, y1 = drawing.getBounds()
    # reportlab's y axis points up; flip to the SVG's top-left origin.
    rl_box = [x0 / scale, (drawing.height - y1) / scale, x1 / scale, (drawing.height - y0) / scale]
    # Qt's ink includes half the stroke (at most 1.5 units) and anti-aliasing; geometry does not.
    for qt_edge, rl_edge in zip(qt_box, rl_box, strict=True):
        assert abs(qt_edge - rl_edge) <= 1.75, (any_icon.name, qt_box, rl_box)
    assert qt_box[0] <= rl_box[0] and qt_box[1] <= rl_box[1]
    assert qt_box[2] >= rl_box[2] and qt_box[3] >= rl_box[3]
