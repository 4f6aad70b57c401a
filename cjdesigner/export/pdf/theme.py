"""Colours and type sizes of the printed map (DESIGN.md: Okabe-Ito, legible in greyscale).

Sentiment is always shape *and* colour. Text sits in near-black on white or light tints
(contrast ≥ 4.5:1); anything on a user-chosen colour picks black or white by contrast.
"""

from __future__ import annotations

import colorsys

from reportlab.lib.colors import Color, HexColor

from cjdesigner.model import Evidence, Sentiment

INK = HexColor("#1B1F24")
MUTED = HexColor("#4A5059")  # 8.3:1 on white, 7.2:1 on the lane tint
FAINT = HexColor("#6B7280")  # axis labels and footers: 4.8:1 on white
RULE = HexColor("#C9CED6")
HAIRLINE = HexColor("#E1E5EA")
PAPER = HexColor("#FFFFFF")
LANE_TINTS = (HexColor("#FFFFFF"), HexColor("#F4F6F9"))
LANE_HEADER_TINTS = (HexColor("#F0F3F7"), HexColor("#E8ECF1"))
CARD_BORDER = HexColor("#8A929C")
CONNECTION = HexColor("#8C939D")
DEFAULT_STAGE_COLOUR = "#0072B2"
CURVE = HexColor("#0072B2")
"""Every emotion curve, as on the canvas (``editor/canvas/style.py``): the curve sits in its
persona's band, so a persona colour would add nothing, and a light one (yellow) would fade."""
MOMENT = HexColor("#C45700")
"""Moments of truth, as on the canvas: a vermillion a shade darker than the negative edge."""

SENTIMENT_COLOURS: dict[Sentiment, Color] = {
    Sentiment.POSITIVE: HexColor("#009E73"),
    Sentiment.NEUTRAL: HexColor("#5F5F5F"),
    Sentiment.NEGATIVE: HexColor("#D55E00"),
}

EVIDENCE_DASH: dict[Evidence | None, tuple[list[float], float]] = {
    # (dash pattern, line width): solid = research, dashed = assumption, dotted = partial
    None: ([], 0.8),  # not stated yet: a plain border
    Evidence.RESEARCH: ([], 0.8),
    Evidence.ASSUMPTION: ([3.2, 2.2], 0.8),
    Evidence.PARTIAL: ([0.9, 1.6], 0.9),
}

# Card typography at scale 1 (1 layout unit = 1 pt).
CARD_TITLE_PT = 9.5
CARD_TITLE_LEADING = 11.4
CARD_BODY_PT = 8.0
CARD_BODY_LEADING = 9.6
CARD_CHANNEL_PT = 8.0
SMALLEST_CARD_PT = min(CARD_TITLE_PT, CARD_BODY_PT, CARD_CHANNEL_PT)
"""The smallest text on a card at scale 1: what readability warnings are computed from."""


def hex_colour(value: str) -> Color:
    return HexColor(value)


def tint(colour: Color, amount: float) -> Color:
    """``colour`` mixed with white (``amount`` 0 = colour, 1 = white)."""
    return Color(
        colour.red + (1 - colour.red) * amount,
        colour.green + (1 - colour.green) * amount,
        colour.blue + (1 - colour.blue) * amount,
    )


def luminance(colour: Color) -> float:
    """WCAG relative luminance."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red)
        + 0.7152 * channel(colour.green)
        + 0.0722 * channel(colour.blue)
    )


def contrast(a: Color, b: Color) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_on(background: Color) -> Color:
    """Near-black or white, whichever reads better on ``background``."""
    return INK if contrast(INK, background) >= contrast(PAPER, background) else PAPER


def stage_colours(value: str | None) -> tuple[Color, Color]:
    """(band, accent) of a stage header from the stage's colour.

    Stage colours are usually light tints (the band itself, e.g. ``#DCEEF9``); a strong colour
    is lightened for the band. The accent is the same hue, dark enough to read as a rule.
    """
    colour = HexColor(value or DEFAULT_STAGE_COLOUR)
    band = colour if luminance(colour) > 0.6 else tint(colour, 0.86)
    hue, _light, saturation = colorsys.rgb_to_hls(colour.red, colour.green, colour.blue)
    red, green, blue = colorsys.hls_to_rgb(hue, 0.42, min(1.0, max(saturation, 0.45)))
    return band, Color(red, green, blue)
