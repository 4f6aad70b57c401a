"""Colours, fonts and sizes of the canvas, in one place so the items stay consistent.

Colours follow DESIGN.md: the Okabe-Ito set for sentiment (always paired with a shape, so the
map reads in greyscale and for colour-blind readers), near-black text on light tints. The canvas
uses the same Noto Sans files as the PDF so both look alike.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QFont, QFontDatabase

from cjdesigner.assets import font_path
from cjdesigner.model import Evidence, Sentiment

FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
SYMBOL_FONT_FILES = (
    "NotoSansSymbols-Regular.ttf",
    "NotoSansSymbols-Bold.ttf",
    "NotoSansSymbols2-Regular.ttf",
    "NotoSansMath-Regular.ttf",
)
"""The PDF's fallback fonts (arrows, maths signs, check marks, stars), the canvas' too."""
FALLBACK_FAMILY = "Sans Serif"

# -- colours ----------------------------------------------------------------------------------

TEXT = QColor("#1F2328")
"""Near-black: ≥ 12:1 on white and ≥ 10:1 on every stage tint."""
TEXT_MUTED = QColor("#57606A")
"""Secondary text (descriptions, roles): ≥ 6:1 on white."""
TEXT_FAINT = QColor("#656D76")
"""Small print (the emotion axis words): ≥ 4.5:1 on the lanes and their curve bands."""

SENTIMENT_COLOURS: dict[Sentiment, QColor] = {
    Sentiment.POSITIVE: QColor("#009E73"),
    Sentiment.NEUTRAL: QColor("#5F5F5F"),
    Sentiment.NEGATIVE: QColor("#D55E00"),
}
SENTIMENT_TINTS: dict[Sentiment, QColor] = {
    Sentiment.POSITIVE: QColor("#D9F0E9"),
    Sentiment.NEUTRAL: QColor("#F2F2F2"),
    Sentiment.NEGATIVE: QColor("#F8E0CF"),
}
"""Card fills when zoomed far out, so the map's sentiment pattern reads at a glance."""
SENTIMENT_ICONS: dict[Sentiment, str] = {
    Sentiment.POSITIVE: "sentiment-positive",
    Sentiment.NEUTRAL: "sentiment-neutral",
    Sentiment.NEGATIVE: "sentiment-negative",
}

CANVAS_BACKGROUND = QColor("#E9ECEF")
"""Around the map: darker than the grid so the map reads as a sheet."""
LANE_BACKGROUNDS = (QColor("#FFFFFF"), QColor("#F5F7F9"))
CURVE_BAND_TINT = QColor(0, 0, 0, 8)
GRID_LINE = QColor("#D8DDE3")
GRID_LINE_STRONG = QColor("#B9C0C8")
HEADER_CORNER = QColor("#F5F7F9")
STAGE_DEFAULT_TINT = QColor("#E6EAEE")
LANE_HEADER_BACKGROUND = QColor("#FAFBFC")

CARD_BACKGROUND = QColor("#FFFFFF")
CARD_BORDER = QColor("#7D8792")
"""Its style tells the evidence, so it is a marker: ≥ 3:1 on the card and on the lanes."""
SELECTION = QColor("#0072B2")
"""Okabe-Ito blue: distinct from the three sentiment colours."""
SELECTION_HALO = QColor(0, 114, 178, 45)
FOCUS_RING = QColor("#1F2328")
"""The keyboard's card: a near-black ring around the blue selection (≥ 3:1 on every lane)."""

CONNECTION = QColor("#7D8792")
"""Flows: ≥ 3:1 on the lanes (the selected card's flows are darker still)."""
CONNECTION_ACTIVE = QColor("#3A4149")
CURVE = QColor("#0072B2")
MOMENT = QColor("#C45700")
"""Moments of truth: a vermillion a shade darker than the negative edge (≥ 3:1 on white)."""
DROP_INDICATOR = QColor("#0072B2")
DROP_HINT_TEXT = QColor("#656D76")
DROP_TARGET_TINT = QColor(0, 114, 178, 18)

# -- sizes (scene units) ----------------------------------------------------------------------

CARD_RADIUS = 5.0
CARD_EDGE = 4.0
"""Width of the sentiment-coloured left edge."""
CARD_PAD = 9.0
ICON_SIZE = 16.0
MARKER_SIZE = 14.0
TITLE_PX = 12
BODY_PX = 11
SMALL_PX = 10
HEADER_PX = 13
LANE_NAME_PX = 13
AVATAR_SIZE = 44.0
MAP_TITLE_PX = 20
MAP_TITLE_HEIGHT = 56.0
"""Room above the grid for the map's title block."""


def evidence_pen_style(evidence: Evidence | None) -> int:
    """Border style of a card: solid = research (or not stated), dashed = assumption, dotted =
    partial."""
    from PySide6.QtCore import Qt

    return {
        None: Qt.PenStyle.SolidLine,
        Evidence.RESEARCH: Qt.PenStyle.SolidLine,
        Evidence.ASSUMPTION: Qt.PenStyle.DashLine,
        Evidence.PARTIAL: Qt.PenStyle.DotLine,
    }[evidence]


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance (0 black … 1 white)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1…21); text needs 4.5, markers 3."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_on(background: QColor) -> QColor:
    """Near-black or white, whichever reads better on ``background`` (WCAG luminance)."""
    return TEXT if luminance(background) > 0.2 else QColor("#FFFFFF")


# -- fonts ------------------------------------------------------------------------------------


@cache
def ensure_fonts() -> str:
    """Register the shipped Noto Sans once; returns the family name to use on the canvas."""
    family = ""
    for name in FONT_FILES:
        path = font_path(name)
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and not family:
            family = families[0]
    symbols: list[str] = []
    for name in SYMBOL_FONT_FILES:
        path = font_path(name)
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        for found in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
            if found not in symbols:
                symbols.append(found)
    if family and symbols:
        QFont.insertSubstitutions(family, symbols)  # what Noto Sans lacks, as in the PDF
    return family or FALLBACK_FAMILY


def font(pixel_size: int, *, bold: bool = False) -> QFont:
    """A canvas font in scene pixels (independent of screen DPI, like the layout)."""
    f = QFont(ensure_fonts())
    f.setPixelSize(pixel_size)
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f
