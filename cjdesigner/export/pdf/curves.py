"""Each persona's emotion curve in its lane's band, with a labelled -2…+2 scale.

Points come from :func:`cjdesigner.layout.curve_points` (one per touchpoint, in journey order,
at the card's own emotion; a card with no score at its sentiment, drawn hollow as an
estimate), so the PDF and the canvas put them in the same places. A moment of truth is ringed
at its own point.
"""

from __future__ import annotations

from collections.abc import Collection
from itertools import pairwise

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf.fonts import BOLD, REGULAR, string_width
from cjdesigner.export.pdf.textops import (
    fill_operator,
    flipped_points,
    num,
    placed_circles,
    stroke_operator,
)
from cjdesigner.export.pdf.theme import CARD_CHANNEL_PT, CURVE, FAINT, HAIRLINE, MOMENT, PAPER, RULE
from cjdesigner.layout import CurvePoint, GridLayout, emotion_y
from cjdesigner.layout.emotion import SCALE_WIDTH, scale_label
from cjdesigner.map_language import emotion_axis
from cjdesigner.model import EMOTION_MAX, EMOTION_MIN

AXIS_PT = CARD_CHANNEL_PT * 0.9
"""The scale's words and numbers: a little smaller than a card's smallest text."""
LINE_WIDTH = 1.8
POINT_RADIUS = 2.8
MOMENT_RING_RADIUS = 7.0
"""The ring around a moment of truth's point (the canvas's size; inside the band's margin)."""


def paint_curve_band(
    canv: Canvas,
    layout: GridLayout,
    persona_id: str,
    points: list[CurvePoint],
    language: str,
    moments: Collection[str] = (),
) -> None:
    """Draw the band's scale (a line per level, the numbers and the words at +2, 0 and -2 in
    the map's language), the curve through ``points`` and a ring at each of ``moments``
    (card ids) on the curve. Every curve is one blue, as on the canvas."""
    band = layout.curve_bands[persona_id]
    levels = {s: emotion_y(layout, persona_id, s) for s in range(EMOTION_MIN, EMOTION_MAX + 1)}
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.setDash([2, 2])
    canv.line(band.x, -band.y, band.right, -band.y)
    canv.setDash([])
    canv.setStrokeColor(HAIRLINE)
    for score, y in levels.items():
        canv.setLineWidth(0.7 if score == 0 else 0.35)
        canv.line(band.x + SCALE_WIDTH - 4, -y, band.right, -y)
    words = emotion_axis(language)
    canv.setFillColor(FAINT)
    number_right = band.x + SCALE_WIDTH - 7
    for score, y in levels.items():
        text = scale_label(score)
        canv.setFont(BOLD, AXIS_PT)
        canv.drawString(number_right - string_width(text, BOLD, AXIS_PT), -y - AXIS_PT * 0.35, text)
        word = words.get(score)
        if word:
            room = number_right - band.x - 4 - string_width(text, BOLD, AXIS_PT) - 3
            size = AXIS_PT * min(1.0, room / max(1.0, string_width(word, REGULAR, AXIS_PT)))
            canv.setFont(REGULAR, size)
            canv.drawString(band.x + 4, -y - size * 0.35, word)
    if not points:
        return
    # written as operators: a big lane has hundreds of points, and reportlab's path objects
    # cost far more per circle than the text of the same drawing
    ops = ["q", stroke_operator(canv, CURVE), f"{num(LINE_WIDTH)} w 1 j 1 J"]
    if len(points) >= 2:
        # the canvas's gentle curve: a cubic per step with horizontal tangents at the points
        # (see editor/canvas/items/emotion_curve.smooth_path), so it never overshoots
        ops.append(f"{num(points[0].x)} {num(-points[0].y)} m")
        controls: list[tuple[float, float]] = []
        for a, b in pairwise(points):
            dx = (b.x - a.x) / 2
            controls += ((a.x + dx, a.y), (b.x - dx, b.y), (b.x, b.y))
        text = flipped_points(controls)  # "x -y" each, formatted in one pass
        ops += [f"{text[k]} {text[k + 1]} {text[k + 2]} c" for k in range(0, len(text), 3)]
        ops.append("S")
    # scored points filled in the curve's blue on a white edge; estimated ones hollow
    ops.append("1.2 w")
    scored = [p for p in points if not p.estimated]
    estimated = [p for p in points if p.estimated]
    if scored:
        ops += [fill_operator(canv, CURVE), stroke_operator(canv, PAPER)]
        ops += placed_circles(canv, [(p.x, -p.y) for p in scored], POINT_RADIUS, "B")
    if estimated:
        ops += [fill_operator(canv, PAPER), stroke_operator(canv, CURVE)]
        ops += placed_circles(canv, [(p.x, -p.y) for p in estimated], POINT_RADIUS, "B")
    rings = [p for p in points if p.card_id in moments]
    if rings:
        ops += [stroke_operator(canv, MOMENT), "2 w"]
        ops += placed_circles(canv, [(p.x, -p.y) for p in rings], MOMENT_RING_RADIUS, "S")
    ops.append("Q")
    canv.addLiteral("\n".join(ops))
