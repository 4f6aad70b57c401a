"""The embedded fonts: Noto Sans (OFL), shipped with the package, registered once per process.

reportlab embeds a subset of each TrueType font it draws with, so the PDF looks the same on a
machine without fonts. No standard PDF font (Helvetica…) may ever be referenced: every style,
table and canvas of the export names one of the two fonts below.
"""

from __future__ import annotations

from functools import cache
from itertools import repeat

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cjdesigner.assets import font_path

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"

_FILES = {REGULAR: "NotoSans-Regular.ttf", BOLD: "NotoSans-Bold.ttf"}


@cache
def register_fonts() -> None:
    """Register Noto Sans with reportlab (idempotent), including the family for ``<b>``/``<i>``.

    Italic maps to the upright faces: we ship no italic, and reportlab must never fall back to
    Helvetica-Oblique when a paragraph asks for one.
    """
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(font_path(file_name))))
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, face)
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )


@cache
def covered_code_points() -> frozenset[int]:
    """Code points that both faces can draw (what any text of the export may contain)."""
    register_fonts()
    maps = [pdfmetrics.getFont(name).face.charToGlyph for name in _FILES]  # type: ignore[attr-defined]
    return frozenset(set(maps[0]).intersection(*maps[1:]))


@cache
def _advances(font: str) -> tuple[dict[int, int], int]:
    face = pdfmetrics.getFont(font).face  # type: ignore[attr-defined]
    return face.charWidths, face.defaultWidth


_WIDTHS: dict[tuple[str, str], float] = {}
_WIDTHS_MAX = 200_000


def string_width(text: str, font: str, size: float) -> float:
    """The advance width of ``text`` in points (the same sum as reportlab's, memoised).

    Wrapping measures the same words over and over; reportlab's own measure is pure Python
    per character, so caching per (font, text) makes a 5,000-card map wrap several times faster.
    """
    key = (font, text)
    width = _WIDTHS.get(key)
    if width is None:
        width = _measure(text, font)
        if len(_WIDTHS) < _WIDTHS_MAX:
            _WIDTHS[key] = width
    return width * size / 1000.0


def string_widths(texts: list[str], font: str, size: float) -> list[float]:
    """:func:`string_width` of each text (one loop: wrapping measures every word)."""
    scale = size / 1000.0
    get = _WIDTHS.get
    widths = []
    for text in texts:
        width = get((font, text))
        if width is None:
            width = _measure(text, font)
            if len(_WIDTHS) < _WIDTHS_MAX:
                _WIDTHS[(font, text)] = width
        widths.append(width * scale)
    return widths


def _measure(text: str, font: str) -> float:
    """The sum of the characters' advances in font units (reportlab's sum, looked up in C)."""
    advances, default = _advances(font)
    return float(sum(map(advances.get, map(ord, text), repeat(default))))
