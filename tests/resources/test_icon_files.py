"""The icon files exist, one per channel key and marker, and use only plain SVG.

Both Qt's QSvgRenderer (canvas) and svglib (PDF) must draw them the same way, so the files keep
to what both understand: basic shapes and paths with presentation attributes — no CSS, no
text, no references, no ``currentColor``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from cjdesigner.assets import icon_path
from cjdesigner.model.channel import ICON_KEYS

SENTIMENT_COLOURS = {
    "sentiment-positive": "#009E73",
    "sentiment-neutral": "#5F5F5F",
    "sentiment-negative": "#D55E00",
}

SVG_NS = "{http://www.w3.org/2000/svg}"
ALLOWED_ELEMENTS = {"svg", "g", "path", "circle", "ellipse", "rect", "line", "polyline", "polygon"}
FORBIDDEN_ATTRIBUTES = {"class", "style", "href", "transform", "id"}
INK = "#2B2B2B"


def _local(name: str) -> str:
    """An element or attribute name without its namespace."""
    return name.rsplit("}", 1)[-1]


def _root(path: Path) -> ET.Element:
    return ET.parse(path).getroot()


def test_every_channel_icon_key_has_a_file() -> None:
    missing = [key for key in ICON_KEYS if not icon_path(key).is_file()]
    assert missing == []


def test_every_shipped_icon_has_a_file(shipped_icon_names: frozenset[str]) -> None:
    assert set(SENTIMENT_COLOURS) | {"milestone", "evidence-assumption", "cjdesigner"} <= (
        shipped_icon_names
    )
    missing = [name for name in sorted(shipped_icon_names) if not icon_path(name).is_file()]
    assert missing == []


def test_no_unexpected_files_in_the_icon_folder(
    icons_folder: Path, shipped_icon_names: frozenset[str]
) -> None:
    """A misspelt file name would ship an icon no code ever finds."""
    present = {p.stem for p in icons_folder.glob("*.svg")}
    assert present == shipped_icon_names
    others = [p.name for p in icons_folder.iterdir() if p.suffix != ".svg"]
    assert others == []


def test_icon_is_an_svg_with_a_square_viewbox(any_icon: Path) -> None:
    root = _root(any_icon)
    assert root.tag == f"{SVG_NS}svg"
    numbers = [float(n) for n in re.split(r"[\s,]+", root.attrib["viewBox"].strip())]
    assert len(numbers) == 4
    min_x, min_y, width, height = numbers
    assert (min_x, min_y) == (0, 0)
    assert width == height
    assert width in (16, 24, 48)
    # width/height equal to the viewBox: "natural size" is the same for Qt and svglib.
    assert float(root.attrib["width"]) == width
    assert float(root.attrib["height"]) == height


def test_icon_uses_only_plain_shapes(any_icon: Path) -> None:
    text = any_icon.read_text(encoding="utf-8")
    assert "currentColor" not in text
    assert "url(" not in text
    assert "<!DOCTYPE" not in text
    for element in _root(any_icon).iter():
        assert element.tag.startswith(SVG_NS), element.tag
        assert _local(element.tag) in ALLOWED_ELEMENTS, _local(element.tag)
        attributes = {_local(name) for name in element.attrib}
        assert not attributes & FORBIDDEN_ATTRIBUTES, (element.tag, attributes)
        assert not (element.text or "").strip(), "no text content in an icon"


def test_icon_has_something_to_draw(any_icon: Path) -> None:
    shapes = [e for e in _root(any_icon).iter() if _local(e.tag) not in {"svg", "g"}]
    assert shapes


def _painted_colours(path: Path) -> set[str]:
    """Every fill and stroke value used in the file, upper-cased."""
    colours = set()
    for element in _root(path).iter():
        for name in ("fill", "stroke"):
            if name in element.attrib:
                colours.add(element.attrib[name].upper())
    return colours


def test_line_icons_share_one_ink_and_stroke(line_icon: Path) -> None:
    """One style: near-black ink, 2-unit round strokes, no colour of their own."""
    assert _painted_colours(line_icon) <= {INK, "NONE"}
    root = _root(line_icon)
    assert root.attrib["viewBox"] == "0 0 24 24"
    group = root.find(f"{SVG_NS}g")
    assert group is not None
    assert group.attrib["fill"] == "none"
    assert group.attrib["stroke"] == INK
    assert group.attrib["stroke-width"] == "2"
    assert group.attrib["stroke-linecap"] == "round"
    assert group.attrib["stroke-linejoin"] == "round"
    # Nothing overrides the stroke width: the weight stays the same from icon to icon.
    assert all("stroke-width" not in e.attrib for e in group.iter() if e is not group)


def test_sentiment_marker_has_its_colour_and_a_white_outline(
    sentiment_marker: tuple[Path, str],
) -> None:
    path, colour = sentiment_marker
    assert _painted_colours(path) == {colour, "#FFFFFF"}


def test_sentiment_markers_differ_in_shape() -> None:
    """Colour alone fails in greyscale print and for colour-blind readers."""
    shapes = {}
    for name in SENTIMENT_COLOURS:
        elements = [e for e in _root(icon_path(name)).iter() if _local(e.tag) != "svg"]
        assert len(elements) == 1, name
        element = elements[0]
        shapes[name] = (_local(element.tag), element.attrib.get("points", ""))
    assert shapes["sentiment-neutral"][0] == "circle"
    up = _points(shapes["sentiment-positive"][1])
    down = _points(shapes["sentiment-negative"][1])
    assert len(up) == len(down) == 3
    # ▲ has its single vertex at the top (smallest y), ▼ at the bottom.
    assert min(up, key=lambda p: p[1]) == _apex(up)
    assert max(down, key=lambda p: p[1]) == _apex(down)


def _points(text: str) -> list[tuple[float, float]]:
    numbers = [float(n) for n in re.split(r"[\s,]+", text.strip())]
    return list(zip(numbers[::2], numbers[1::2], strict=True))


def _apex(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The vertex whose y differs from the other two (the tip of the triangle)."""
    ys = [p[1] for p in points]
    return next(p for p in points if ys.count(p[1]) == 1)


def test_sentiment_colours_are_the_design_palette(sentiment_colours: dict[str, str]) -> None:
    """The fixtures and this module agree with DESIGN.md's Okabe-Ito choice."""
    assert sentiment_colours == SENTIMENT_COLOURS


def _luminance(colour: str) -> float:
    """WCAG 2.2 relative luminance of a #RRGGBB colour."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(first: str, second: str) -> float:
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# The light card tints a marker sits on (DESIGN.md): white, and its own sentiment's tint.
CARD_TINTS = {
    "sentiment-positive": "#E6F4EF",
    "sentiment-neutral": "#F0F0F0",
    "sentiment-negative": "#FBEAE0",
}


def test_sentiment_markers_stand_out_on_their_cards() -> None:
    """WCAG 2.2 non-text contrast (≥ 3:1) against white, the card's tint and the outline."""
    for name, colour in SENTIMENT_COLOURS.items():
        for background in ("#FFFFFF", CARD_TINTS[name]):
            assert _contrast(colour, background) >= 3.0, (name, background)
