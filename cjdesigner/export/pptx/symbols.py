"""The map slides' symbols, stamped as native shapes: sentiment markers, milestone flags,
moments of truth (a vermillion ring and a "!" badge, as on the canvas and in the PDF), the
"→ page 3" tag of a card whose flow leads to another slide (and the "← page 1" tag of the card
it leads to), and the legend naming them in the map's language. Measures in millimetres;
:func:`frame` turns them into a stamped shape's EMU.
"""

from __future__ import annotations

import math

from pptx.dml.color import RGBColor

from cjdesigner.export.pptx.fast_shapes import ShapeStamper
from cjdesigner.map_language import label
from cjdesigner.model import Sentiment

SENTIMENT_COLOURS = {
    Sentiment.POSITIVE: RGBColor(0x00, 0x9E, 0x73),
    Sentiment.NEUTRAL: RGBColor(0x80, 0x80, 0x80),
    Sentiment.NEGATIVE: RGBColor(0xD5, 0x5E, 0x00),
}
MOMENT = "C45700"  # the canvas's and the PDF's vermillion for moments of truth
FLAG = "0072B2"
FLAG_POLE = "1A1F24"
MOMENT_OUTSET = 0.9  # mm between a moment's card and its ring
BADGE = 3.8  # the moment badge's diameter, mm
TAG_PT = 6.5
LEGEND_PT = 8.0
MM = 36000  # EMU per millimetre
PT_PER_MM = 72 / 25.4
AVERAGE_CHAR_EM = 0.56  # a little wider than Calibri: room for Carlito or DejaVu stand-ins


def frame(x: float, y: float, w: float, h: float) -> tuple[int, int, int, int]:
    """A stamped shape's box in EMU (plain ints: a few of these per card)."""
    return (round(x * MM), round(y * MM), round(w * MM), round(h * MM))


def text_width(text: str, size_pt: float) -> float:
    """About how wide ``text`` is at ``size_pt``, in millimetres."""
    return len(text) * size_pt * AVERAGE_CHAR_EM / PT_PER_MM


STAND_IN = 0.85
"""The share of a line a word may fill by :func:`text_width`, so that it still fits where a
wider font stands in for Calibri (LibreOffice without Carlito draws DejaVu Sans)."""


def longest_piece(text: str) -> str:
    """The longest part of ``text`` a line cannot break: a word, or a word's part up to and
    with a hyphen ("Bălănescu-" of "Bălănescu-Popovici": PowerPoint and LibreOffice break a
    line after a hyphen)."""
    return max(text.replace("-", "- ").split() or [""], key=len)


def wrapped_lines(text: str, width_mm: float, size_pt: float) -> int:
    """How many lines ``text`` takes wrapped at spaces (and after hyphens) in lines of
    ``width_mm``, by the deck's width estimate (a word wider than a line takes its own)."""
    lines, used = 1, 0.0
    space = text_width(" ", size_pt)
    for word in text.replace("-", "- ").split():
        wide = text_width(word, size_pt)
        if used and used + space + wide > width_mm:
            lines, used = lines + 1, wide
        else:
            used += (space if used else 0.0) + wide
    return lines


BOLD_STAND_IN = 0.78
"""As :data:`STAND_IN` for bold type (a persona's name: LibreOffice's bold DejaVu Sans broke
"Kaczmare|k" at 14 pt in a column the estimate gave it room in at 0.85)."""


def size_for_words(
    text: str, width_mm: float, size_pt: float, smallest: float = 6.0, stand_in: float = STAND_IN
) -> float:
    """``size_pt``, or smaller (in half points, down to ``smallest``) as far as needed for the
    longest word of ``text`` to fit a line of ``width_mm``: a name is never broken inside a
    word ("(przedsiębio|rca)") where smaller type keeps it whole."""
    longest = longest_piece(text)
    size = size_pt
    while size > smallest and text_width(longest, size) > width_mm * stand_in:
        size = max(smallest, math.floor(size * 2 - 1) / 2)
    return size


def sentiment_marker(
    stamper: ShapeStamper, sentiment: Sentiment, x: float, y: float, name: str
) -> None:
    """The card's sentiment marker at (x, y): a triangle up or down, or a circle."""
    stamper.mark(
        name,
        frame(x, y, 3.0, 2.6),
        "ellipse" if sentiment == Sentiment.NEUTRAL else "triangle",
        str(SENTIMENT_COLOURS[sentiment]),
        sentiment == Sentiment.NEGATIVE,
    )


def milestone_flag(stamper: ShapeStamper, x: float, y: float, size: float, name: str) -> None:
    """A milestone flag in the ``size`` square at (x, y): a pole and a pennant."""
    pole = (x + size * 0.15, y, size * 0.1, size)
    stamper.mark(name, frame(*pole), "rect", FLAG_POLE, False)
    # a triangle turned a quarter to point right: its frame is drawn rotated about its centre
    w, h = size * 0.75, size * 0.5
    cx, cy = x + size * 0.25 + w / 2, y + h / 2
    pennant = (cx - h / 2, cy - w / 2, h, w)
    stamper.mark(name, frame(*pennant), "triangle", FLAG, False, rotation=90)


def moment_ring(stamper: ShapeStamper, x: float, y: float, w: float, h: float, name: str) -> None:
    """The vermillion ring around a moment of truth's card at (x, y, w, h); stamped before
    the card, so under it."""
    out = MOMENT_OUTSET
    stamper.outline(name, frame(x - out, y - out, w + 2 * out, h + 2 * out), MOMENT)


def moment_badge(
    stamper: ShapeStamper, cx: float, cy: float, diameter: float, size_pt: float, name: str
) -> None:
    """The "!" badge centred on (cx, cy): a vermillion disc with a white edge."""
    stamper.tag(
        name,
        frame(cx - diameter / 2, cy - diameter / 2, diameter, diameter),
        "!",
        size_pt,
        shape="ellipse",
        fill=MOMENT,
        line="FFFFFF",
        ink="FFFFFF",
        bold=True,
        align="ctr",
    )


def page_tag(
    stamper: ShapeStamper,
    pages: list[int],
    arrow: str,
    x: float,
    bottom: float,
    room: float,
    lang: str,
) -> None:
    """A card's "→ page 3" tag (its flows lead to cards on those pages), drawn with its right
    edge at ``x``, or its "← page 1" tag (flows from there lead to it), its left edge at ``x``."""
    text = f"{arrow} " + label("page {n}", lang).format(
        n=", ".join(map(str, pages[:3])) + ("…" if len(pages) > 3 else "")
    )
    width = min(room, text_width(text, TAG_PT) + 2)
    left = x - width if arrow == "→" else x
    stamper.tag(
        f"{label('flow', lang)} {text}",
        frame(left, bottom - 3.2, width, 3.2),
        text,
        TAG_PT,
        shape="roundRect",
        fill="F2F2F2",
        line="BFBFBF",
        ink="595959",
        align="ctr",
    )


def legend_items(
    milestones: bool, moments: bool, lang: str, *, estimated: bool = False
) -> list[tuple[str, str, float]]:
    """The legend's symbols, (kind, words, width in mm): the three sentiments, and milestones,
    moments of truth and the hollow point of an emotion estimated from the sentiment when the
    map has any."""
    kinds = [(s.value, label(s.value, lang)) for s in Sentiment]
    if milestones:
        kinds.append(("milestone", label("milestone", lang)))
    if moments:
        kinds.append(("moment", label("moment of truth", lang)))
    if estimated:
        kinds.append(("estimated", label("emotion estimated from sentiment", lang)))
    return [(kind, words, 4.0 + text_width(words, LEGEND_PT) + 3.0) for kind, words in kinds]


def legend(
    stamper: ShapeStamper, items: list[tuple[str, str, float]], right: float, mid: float
) -> None:
    """The legend ending at ``right``, centred on the height ``mid``: each symbol as the
    cards show it, and its words."""
    x = right - sum(w for _, _, w in items)
    for kind, words, width in items:
        name = f"Legend: {words}"
        if kind == "milestone":
            milestone_flag(stamper, x, mid - 1.5, 3.0, name)
        elif kind == "moment":
            moment_badge(stamper, x + 1.5, mid, 3.0, 6.5, name)
        elif kind == "estimated":  # as the curve draws it: a hollow point in the curve's blue
            box = frame(x + 0.3, mid - 1.2, 2.4, 2.4)
            stamper.tag(name, box, "", LEGEND_PT, shape="ellipse", fill="FFFFFF", line="0072B2")
        else:
            sentiment_marker(stamper, Sentiment(kind), x, mid - 1.3, name)
        stamper.tag(
            name, frame(x + 4.0, mid - 2.0, width - 4.0, 4.0), words, LEGEND_PT, ink="595959"
        )
        x += width
