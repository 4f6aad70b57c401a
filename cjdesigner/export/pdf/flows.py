"""Connection arrows between cards: quiet grey curves that leave and enter card edges.

Routes, in layout units (y down):
- to a later column: from the source's right edge to the target's left edge;
- within one column: a bracket out of the right edges, through the cell padding;
- back to an earlier column (a loop): over the top of both cards.
Arrows are drawn beneath the cards, so a long skip that crosses other cards passes behind them
and every card stays readable.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf.fonts import REGULAR
from cjdesigner.export.pdf.text import elide
from cjdesigner.export.pdf.theme import CONNECTION, INK, PAPER
from cjdesigner.layout import Rect

Point = tuple[float, float]
Curve = tuple[Point, Point, Point, Point]

LINE_WIDTH = 0.9
HEAD_LENGTH = 6.0
HEAD_WIDTH = 4.4
LABEL_PT = 6.5
LOOP_LIFT = 14.0
LABEL_MAX_WIDTH = 110.0


def route(source: Rect, target: Rect) -> Curve:
    """The cubic Bézier (start, control, control, end) of an arrow from ``source`` to ``target``."""
    if target.x >= source.right:
        start = (source.right, source.center[1])
        end = (target.x, target.center[1])
        reach = max(18.0, (end[0] - start[0]) * 0.45)
        return (start, (start[0] + reach, start[1]), (end[0] - reach, end[1]), end)
    if target.right <= source.x:
        start = (source.center[0], source.y)
        end = (target.center[0], target.y)
        # A flat arc through the cell padding above the cards: it stays inside the lane.
        top = min(start[1], end[1]) - LOOP_LIFT
        return (start, (start[0], top), (end[0], top), end)
    start = (source.right, source.center[1])
    end = (target.right, target.center[1])
    bulge = min(22.0, 10.0 + abs(end[1] - start[1]) * 0.05)
    return (start, (start[0] + bulge, start[1]), (end[0] + bulge, end[1]), end)


def bounds(curve: Curve) -> Rect:
    """A rectangle that holds the curve (its control polygon's box), for culling tiles."""
    xs = [p[0] for p in curve]
    ys = [p[1] for p in curve]
    return Rect(
        min(xs) - HEAD_LENGTH,
        min(ys) - HEAD_LENGTH,
        max(xs) - min(xs) + 2 * HEAD_LENGTH,
        max(ys) - min(ys) + 2 * HEAD_LENGTH,
    )


def paint_connection(canv: Canvas, curve: Curve) -> None:
    """Draw the arrow in layout units, y flipped by negation."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = curve
    # Stop the line where the head begins, so the stroke does not poke through its tip.
    dx, dy = x3 - x2, y3 - y2
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    ux, uy = dx / length, dy / length
    bx, by = x3 - ux * HEAD_LENGTH * 0.8, y3 - uy * HEAD_LENGTH * 0.8
    canv.setStrokeColor(CONNECTION)
    canv.setFillColor(CONNECTION)
    canv.setLineWidth(LINE_WIDTH)
    canv.setDash([])
    path = canv.beginPath()
    path.moveTo(x0, -y0)
    path.curveTo(x1, -y1, x2, -y2, bx, -by)
    canv.drawPath(path, stroke=1, fill=0)
    head = canv.beginPath()
    px, py = -uy, ux
    head.moveTo(x3, -y3)
    head.lineTo(
        x3 - ux * HEAD_LENGTH + px * HEAD_WIDTH / 2, -(y3 - uy * HEAD_LENGTH + py * HEAD_WIDTH / 2)
    )
    head.lineTo(
        x3 - ux * HEAD_LENGTH - px * HEAD_WIDTH / 2, -(y3 - uy * HEAD_LENGTH - py * HEAD_WIDTH / 2)
    )
    head.close()
    canv.drawPath(head, stroke=0, fill=1)


def paint_connection_label(canv: Canvas, curve: Curve, label: str, right_limit: float) -> None:
    """The label on a white chip at the arrow's middle (drawn after the cards, so on top).

    A bracket within one column carries its label beside the bracket, not across the cards.
    """
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = curve
    mx = (x0 + 3 * x1 + 3 * x2 + x3) / 8
    my = (y0 + 3 * y1 + 3 * y2 + y3) / 8
    text = elide(label, REGULAR, LABEL_PT, LABEL_MAX_WIDTH)
    width = canv.stringWidth(text, REGULAR, LABEL_PT)
    bracket = x1 > x0 and x2 > x3
    left = mx + 3 if bracket else mx - width / 2
    left = min(left, right_limit - width - 3)  # never past the grid's right edge
    canv.setFillColor(PAPER)
    canv.roundRect(
        left - 2.5, -my - LABEL_PT * 0.55, width + 5, LABEL_PT * 1.5, 2, stroke=0, fill=1
    )
    canv.setFillColor(INK)
    canv.setFont(REGULAR, LABEL_PT)
    canv.drawString(left, -my - LABEL_PT * 0.3, text)
