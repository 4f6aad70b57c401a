"""An exported SVG's text keeps the width it has on the canvas, in whatever font draws it.

The SVG keeps its text as text in Noto Sans (the font the canvas uses, shipped with the
program, not installed on most machines). A viewer without it falls back to another sans
serif: DejaVu Sans, the usual Linux fallback, is about 10 % wider, so card titles ran past the
cards' edges. Each text run therefore carries the width Qt measured it at, as SVG's
``textLength`` with ``lengthAdjust="spacingAndGlyphs"`` (a viewer fits the run into exactly that
width, narrowing or widening the glyphs of another font), and the font is named with fallbacks
of about Noto Sans' width before the generic ``sans-serif`` (for viewers that ignore
``textLength``).
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from PySide6.QtGui import QFont, QFontMetricsF

FONT_FAMILIES = (
    "'Noto Sans', 'Segoe UI', 'Liberation Sans', Arial, Helvetica, "
    "'DejaVu Sans Condensed', sans-serif"
)
"""Noto Sans, then common faces of about its width (Windows, Linux, macOS), never a serif."""

_MEASURE_PIXELS = 1000
"""Widths are measured at this em size and scaled: no hinting or rounding of small sizes."""

_TEXT = re.compile(r"<text\b([^>]*)>([^<]*)</text>")
_ATTRIBUTE = re.compile(r'\s([\w:-]+)="([^"]*)"')


def with_measured_text(svg: str) -> str:
    """``svg`` (as QSvgGenerator writes it) with every text run's measured width and the
    font named with its fallbacks."""
    svg = _TEXT.sub(_measured, svg)
    return svg.replace('font-family="Noto Sans"', f'font-family="{FONT_FAMILIES}"')


def _measured(match: re.Match[str]) -> str:
    attributes, content = match.group(1), match.group(2)
    text = html.unescape(content)
    values = dict(_ATTRIBUTE.findall(attributes))
    if not text.strip() or "textLength" in values:
        return match.group(0)
    try:
        size = float(values.get("font-size", ""))
    except ValueError:
        return match.group(0)
    width = _width(
        text,
        values.get("font-family", "Noto Sans"),
        values.get("font-weight", "400"),
        values.get("font-style", "normal"),
    ) * (size / _MEASURE_PIXELS)
    if width <= 0:
        return match.group(0)
    added = f' textLength="{width:.2f}" lengthAdjust="spacingAndGlyphs"'
    return f"<text{attributes.rstrip()}{added}\n>{content}</text>"


@lru_cache(maxsize=4096)
def _width(text: str, family: str, weight: str, style: str) -> float:
    """The advance of ``text`` at :data:`_MEASURE_PIXELS` pixels, as Qt lays it out."""
    return QFontMetricsF(_font(family, weight, style)).horizontalAdvance(text)


@lru_cache(maxsize=64)
def _font(family: str, weight: str, style: str) -> QFont:
    first = family.split(",")[0].strip().strip("'\"")
    font = QFont(first)
    font.setPixelSize(_MEASURE_PIXELS)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    try:
        font.setWeight(QFont.Weight(int(weight)))
    except ValueError:
        font.setBold(weight == "bold")
    font.setItalic(style in ("italic", "oblique"))
    return font
