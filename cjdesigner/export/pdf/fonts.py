"""The embedded fonts: Noto Sans (OFL), shipped with the package, registered once per process.

reportlab embeds a subset of each TrueType font it draws with, so the PDF looks the same on a
machine without fonts. No standard PDF font (Helvetica…) may ever be referenced: every style,
table and canvas of the export names one of the two fonts below.

Noto Sans lacks arrows (→), maths signs (≥ ≤ ≠), check marks (✓), stars (★) and shapes (■ ▶)
that consultants type; Noto Sans Symbols, Symbols 2 and Math (OFL, shipped beside it) draw them.
Text is drawn per character: :func:`font_runs` cuts a line into runs of one font each, the
fallback fonts only for what Noto Sans lacks, and :func:`string_width` measures with the same
fonts, so wrapping and drawing agree.
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

SYMBOLS = "NotoSansSymbols"
SYMBOLS_BOLD = "NotoSansSymbols-Bold"
SYMBOLS2 = "NotoSansSymbols2"
MATH = "NotoSansMath"
_FALLBACK_FILES = {
    SYMBOLS: "NotoSansSymbols-Regular.ttf",
    SYMBOLS_BOLD: "NotoSansSymbols-Bold.ttf",
    SYMBOLS2: "NotoSansSymbols2-Regular.ttf",
    MATH: "NotoSansMath-Regular.ttf",
}
FALLBACKS: dict[str, tuple[str, ...]] = {
    REGULAR: (SYMBOLS, SYMBOLS2, MATH),
    BOLD: (SYMBOLS_BOLD, SYMBOLS2, MATH),
}
"""For each face, the fonts that draw what it lacks, first match wins (Symbols has a bold
face; Symbols 2 and Math have only a regular one, used in bold text too)."""

REPLACEMENT = "\ufffd"
"""The visible mark printed for a character no shipped font can draw (with
``--allow-missing-glyphs``): never a silent gap."""


class _MeasuredTTFont(TTFont):
    """reportlab's TrueType font whose ``stringWidth`` remembers each text's sum of advances.

    Paragraphs and tables (profiles, insights, headings) measure every word with it, several
    times while wrapping, and reportlab sums the advances in Python per character. The
    result is the same float as reportlab's (the same sum, scaled the same way).
    """

    _MAX = 100_000

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._sums: dict[str, float] = {}

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        if not isinstance(text, str):
            text = text.decode(encoding or "utf8")
        total = self._sums.get(text)
        if total is None:
            advances = self.face.charWidths.get
            default = self.face.defaultWidth
            total = sum(map(advances, map(ord, text), repeat(default)))
            if len(self._sums) < self._MAX:
                self._sums[text] = total
        return 0.001 * size * total


@cache
def register_fonts() -> None:
    """Register Noto Sans with reportlab (idempotent), including the family for ``<b>``/``<i>``.

    Italic maps to the upright faces: we ship no italic, and reportlab must never fall back to
    Helvetica-Oblique when a paragraph asks for one.
    """
    for name, file_name in (_FILES | _FALLBACK_FILES).items():
        pdfmetrics.registerFont(_MeasuredTTFont(name, str(font_path(file_name))))
    families = {REGULAR: BOLD, SYMBOLS: SYMBOLS_BOLD, SYMBOLS2: SYMBOLS2, MATH: MATH}
    for normal, bold_face in families.items():
        for bold, italic, face in ((0, 0, normal), (1, 0, bold_face), (0, 1, normal)):
            addMapping(normal, bold, italic, face)
        addMapping(normal, 1, 1, bold_face)
        pdfmetrics.registerFontFamily(
            normal, normal=normal, bold=bold_face, italic=normal, boldItalic=bold_face
        )


@cache
def _glyphs(font: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)  # type: ignore[attr-defined]


@cache
def covered_code_points() -> frozenset[int]:
    """Code points that both faces can draw, themselves or through a fallback font (what any
    text of the export may contain)."""
    faces = [_glyphs(face).union(*map(_glyphs, FALLBACKS[face])) for face in _FILES]
    return frozenset(faces[0].intersection(*faces[1:]))


@cache
def _drawn_by(font: str) -> dict[int, str]:
    """Code point → the fallback font that draws it, for what ``font`` itself lacks."""
    own = _glyphs(font)
    found: dict[int, str] = {}
    for fallback in reversed(FALLBACKS.get(font, ())):  # the first fallback wins
        found.update(dict.fromkeys(_glyphs(fallback) - own, fallback))
    return found


def font_runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` as (font, run) pieces: runs ``font`` draws itself, and runs of the fallback
    font that draws what it lacks. A character no font draws stays with ``font`` (it prints
    as its empty box: :func:`cjdesigner.export.pdf.missing_glyphs.missing_glyphs` reports it
    first)."""
    drawn_by = _drawn_by(font)
    if drawn_by.keys().isdisjoint(map(ord, text)):
        return [(font, text)]
    runs: list[tuple[str, str]] = []
    for ch in text:
        face = drawn_by.get(ord(ch), font)
        if runs and runs[-1][0] == face:
            runs[-1] = (face, runs[-1][1] + ch)
        else:
            runs.append((face, ch))
    return runs


def needs_fallback(text: str, font: str) -> bool:
    """Whether some character of ``text`` is drawn by a fallback font, not ``font``."""
    return not _drawn_by(font).keys().isdisjoint(map(ord, text))


@cache
def _advances(font: str) -> tuple[dict[int, int], int]:
    """Advance widths of ``font``'s characters and of those its fallback fonts draw for it."""
    face = pdfmetrics.getFont(font).face  # type: ignore[attr-defined]
    widths = dict(face.charWidths)
    for code, fallback in _drawn_by(font).items():
        widths[code] = pdfmetrics.getFont(fallback).face.charWidths[code]  # type: ignore[attr-defined]
    return widths, face.defaultWidth


TEXT_UNITS: dict[str, dict[str, float]] = {}
"""Per font, each text measured so far → its width in font units (a table per font, so that
a list of words is looked up in one ``map`` over the table's ``get``, in C)."""
_UNITS_MAX = 200_000
"""No more texts remembered per font (a map's words and short texts are far fewer)."""


def font_units(font: str) -> dict[str, float]:
    """The table of ``font``'s measured texts (font units): look a text up in it, and measure
    it with :func:`measure_units` when it is not there yet."""
    units = TEXT_UNITS.get(font)
    if units is None:
        units = TEXT_UNITS[font] = {}
    return units


def measure_units(text: str, font: str, units: dict[str, float]) -> float:
    """``text``'s width in ``font``'s units, measured and remembered in ``units``
    (:func:`font_units` of ``font``)."""
    width = _measure(text, font)
    if len(units) < _UNITS_MAX:
        units[text] = width
    return width


def string_width(text: str, font: str, size: float) -> float:
    """The advance width of ``text`` in points (the same sum as reportlab's, memoised).

    Wrapping measures the same words over and over; reportlab's own measure is pure Python
    per character, so caching per (font, text) makes a 5,000-card map wrap several times faster.
    """
    units = TEXT_UNITS.get(font) or font_units(font)
    width = units.get(text)
    if width is None:
        width = measure_units(text, font, units)
    return width * size / 1000.0


_POINTS: dict[tuple[str, float], dict[str, float]] = {}
"""Per font and size, each text measured by :func:`string_widths` → its width in points
(its font units × size / 1000, the same float): wrapping looks a paragraph's words up in
one ``map`` over this table, without scaling each again."""


def string_widths(texts: list[str], font: str, size: float) -> list[float]:
    """:func:`string_width` of each text (wrapping measures every word), looked up together:
    one ``map`` over the font and size's table of widths in points, and only the texts not
    seen at this size yet one by one (from the font's table of units, measured if new)."""
    points = _POINTS.get((font, size))
    if points is None:
        points = _POINTS[(font, size)] = {}
    found = list(map(points.get, texts))
    if None in found:
        units = TEXT_UNITS.get(font) or font_units(font)
        scale = size / 1000.0
        for k, width in enumerate(found):
            if width is None:
                text = texts[k]
                measured = units.get(text)
                if measured is None:
                    measured = measure_units(text, font, units)
                width = found[k] = measured * scale
                if len(points) < _UNITS_MAX:
                    points[text] = width
    return found


def _measure(text: str, font: str) -> float:
    """The sum of the characters' advances in font units (reportlab's sum, looked up in C)."""
    advances, default = _advances(font)
    return float(sum(map(advances.get, map(ord, text), repeat(default))))
