"""Each persona's emotion curve in its lane's band, with a small frustrated … delighted axis.

Points come from :func:`cjdesigner.layout.emotion_curve` (one per stage, ``None`` where the
persona has no scored card), so the PDF and the canvas put them in the same places; a gap
splits the curve into separate runs instead of inventing a value.
"""

from __future__ import annotations

from itertools import pairwise

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf.fonts import REGULAR
from cjdesigner.export.pdf.labels import label
from cjdesigner.export.pdf.theme import FAINT, HAIRLINE, PAPER, RULE, hex_colour
from cjdesigner.layout import GridLayout, emotion_y
from cjdesigner.model import EMOTION_MAX, EMOTION_MIN

AXIS_PT = 6.5
# The axis words of ``cjdesigner.layout.emotion_labels`` (in English, looked up in the map's
# language by :func:`label`; the layout's own function translates to the UI language).
_AXIS = {EMOTION_MIN: "frustrated", 0: "indifferent", EMOTION_MAX: "delighted"}
LINE_WIDTH = 1.6
POINT_RADIUS = 2.6


def paint_curve_band(
    canv: Canvas,
    layout: GridLayout,
    persona_id: str,
    points: list[tuple[float, float] | None],
    colour: str,
    language: str,
) -> None:
    """Draw the band's axis lines and labels, then the curve's runs and points."""
    band = layout.curve_bands[persona_id]
    axis = {score: emotion_y(layout, persona_id, score) for score in (EMOTION_MIN, 0, EMOTION_MAX)}
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.setDash([2, 2])
    canv.line(band.x, -band.y, band.right, -band.y)
    canv.setDash([])
    canv.setStrokeColor(HAIRLINE)
    canv.setLineWidth(0.4)
    for y in axis.values():
        canv.line(band.x, -y, band.right, -y)
    canv.setFillColor(FAINT)
    canv.setFont(REGULAR, AXIS_PT)
    for score in (EMOTION_MAX, EMOTION_MIN):
        canv.drawString(band.x + 4, -axis[score] + 1.5, label(_AXIS[score], language))

    runs: list[list[tuple[float, float]]] = [[]]
    for point in points:
        if point is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(point)
    canv.setStrokeColor(hex_colour(colour))
    canv.setLineWidth(LINE_WIDTH)
    canv.setLineJoin(1)
    canv.setLineCap(1)
    for run in runs:
        if len(run) >= 2:
            # the canvas's gentle curve: a cubic per step with horizontal tangents at the
            # points (see editor/canvas/items/emotion_curve.smooth_path), so it never overshoots
            path = canv.beginPath()
            path.moveTo(run[0][0], -run[0][1])
            for (ax, ay), (bx, by) in pairwise(run):
                dx = (bx - ax) / 2
                path.curveTo(ax + dx, -ay, bx - dx, -by, bx, -by)
            canv.drawPath(path, stroke=1, fill=0)
    canv.setFillColor(PAPER)
    canv.setLineWidth(1.2)
    for run in runs:
        for x, y in run:
            canv.circle(x, -y, POINT_RADIUS, stroke=1, fill=1)
