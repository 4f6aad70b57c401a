"""Each persona's emotion curve in its lane's band, with a small frustrated … delighted axis.

Points come from :func:`cjdesigner.layout.emotion_curve` (one per stage, ``None`` where the
persona has no scored card), so the PDF and the canvas put them in the same places; a gap
splits the curve into separate runs instead of inventing a value.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf.fonts import REGULAR
from cjdesigner.export.pdf.theme import CURVE, FAINT, HAIRLINE, MOMENT, PAPER, RULE
from cjdesigner.layout import GridLayout, emotion_y
from cjdesigner.map_language import emotion_axis
from cjdesigner.model import EMOTION_MAX, EMOTION_MIN

AXIS_PT = 6.5
LINE_WIDTH = 1.6
POINT_RADIUS = 2.6
MOMENT_RING_RADIUS = 8.0
"""The ring around a curve point of a stage with a moment of truth (the canvas's size; it stays
inside the band's margin)."""


def paint_curve_band(
    canv: Canvas,
    layout: GridLayout,
    persona_id: str,
    points: list[tuple[float, float] | None],
    language: str,
    moment_stages: Mapping[str, int] | None = None,
) -> None:
    """Draw the band's axis lines and labels, then the curve's runs and points, and a ring for
    each of ``moment_stages`` (stage → emotion of a moment of truth of the lane it holds): at
    that emotion, joined by a dotted stem to the curve's point (the curve shows the stage's
    mean, which would flatten the dip), as the canvas draws it.

    Every curve is drawn in one blue, as on the canvas: the band already tells the persona.
    """
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
    words = emotion_axis(language)
    for score in (EMOTION_MAX, EMOTION_MIN):
        canv.drawString(band.x + 4, -axis[score] + 1.5, words[score])

    runs: list[list[tuple[float, float]]] = [[]]
    for point in points:
        if point is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(point)
    canv.setStrokeColor(CURVE)
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
    # points as the canvas draws them: filled in the curve's blue, on a white edge
    canv.setFillColor(CURVE)
    canv.setStrokeColor(PAPER)
    canv.setLineWidth(1.2)
    for run in runs:
        for x, y in run:
            canv.circle(x, -y, POINT_RADIUS, stroke=1, fill=1)
    moments = moment_stages or {}
    rings = [
        (point, emotion_y(layout, persona_id, moments[stage_id]))
        for stage_id, point in zip(layout.stage_order, points, strict=True)
        if point is not None and stage_id in moments
    ]
    if rings:
        canv.setStrokeColor(MOMENT)
        for (x, curve_y), y in rings:
            if abs(curve_y - y) > MOMENT_RING_RADIUS:
                direction = 1.0 if y > curve_y else -1.0
                canv.setLineWidth(0.9)
                canv.setDash([1, 1.6])
                canv.line(
                    x,
                    -(curve_y + direction * (POINT_RADIUS + 1)),
                    x,
                    -(y - direction * MOMENT_RING_RADIUS),
                )
                canv.setDash([])
            canv.setLineWidth(2.2)
            canv.circle(x, -y, MOMENT_RING_RADIUS, stroke=1, fill=0)
