"""Connection arrows between cards: quiet grey curves that leave and enter card edges.

Routes, in layout units (y down):
- to a later column: from the source's right edge to the target's left edge;
- within one column: a bracket out of the right edges, through the cell padding;
- back to an earlier column (a loop): over the top of both cards.
Arrows are drawn beneath the cards, so a long skip that crosses other cards passes behind them
and every card stays readable.
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf.fonts import REGULAR, string_width
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


class Obstacles:
    """What a label must not cover — cards and headers, and labels already placed — bucketed
    by area so that a check looks at a few neighbours only."""

    BUCKET = 80.0

    def __init__(self, rects: Iterable[Rect]) -> None:
        self._fixed: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
        self._labels: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
        for rect in rects:
            self._put(self._fixed, rect)

    def _keys(self, r: Rect) -> list[tuple[int, int]]:
        size = self.BUCKET
        return [
            (i, j)
            for i in range(int(r.x // size), int(r.right // size) + 1)
            for j in range(int(r.y // size), int(r.bottom // size) + 1)
        ]

    def _put(
        self, buckets: dict[tuple[int, int], list[tuple[float, float, float, float]]], r: Rect
    ) -> None:
        box = (r.x, r.y, r.right, r.bottom)
        for key in self._keys(r):
            buckets.setdefault(key, []).append(box)

    def add_label(self, r: Rect) -> None:
        self._put(self._labels, r)

    def hits(self, r: Rect, *, labels_only: bool = False) -> bool:
        x, y, right, bottom = r.x, r.y, r.right, r.bottom
        keys = self._keys(r)
        for buckets in (self._labels,) if labels_only else (self._labels, self._fixed):
            for key in keys:
                for ox, oy, oright, obottom in buckets.get(key, ()):
                    if x < oright and ox < right and y < obottom and oy < bottom:
                        return True
        return False


def _point(curve: Curve, t: float) -> Point:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = curve
    u = 1 - t
    a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
    return (a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3)


def _chip(left: float, y: float, width: float) -> Rect:
    """The label's white chip (layout units) for text starting at ``left`` centred on ``y``."""
    return Rect(left - 2.5, y - LABEL_PT * 0.95, width + 5, LABEL_PT * 1.5)


_CANDIDATES = [
    (t, dy) for dy in (0.0, -8.0, 8.0, -16.0, 16.0) for t in (0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9)
]
"""Spots tried for a label: along the arrow, then a little off it (never so far that it
reads as another arrow's label)."""


PLACEMENT_BUDGET = 40_000
"""Spots tried over all labels of a map: a map with thousands of labels tries fewer per label,
so placing them stays well under a second."""


def place_label(
    canv: Canvas, curve: Curve, label: str, area: Rect, obstacles: Obstacles, tries: int = 105
) -> tuple[str, float, float, bool]:
    """Where a connection's label goes: (text, left, centre y, on top of the cards?).

    Tries points along the arrow, beside and above or below it, for a spot that covers no card,
    header or other label inside ``area`` (the grid). When there is none, the label is drawn
    beneath the cards (partly hidden beats covering a card's title), still clear of the other
    labels where it can be.
    """
    text = elide(label, REGULAR, LABEL_PT, LABEL_MAX_WIDTH)
    width = string_width(text, REGULAR, LABEL_PT)
    count = min(len(_CANDIDATES) * 3, max(3, tries))
    for labels_only in (False, True):  # on top of free space, else beneath the cards
        for index in range(count):
            t, dy = _CANDIDATES[index // 3]
            x, y = _point(curve, t)
            left = (x - width / 2, x + 4, x - width - 4)[index % 3]  # centred, right, left
            left = max(area.x + 3, min(left, area.right - width - 3))
            chip = _chip(left, y + dy, width)
            if (
                chip.y >= area.y
                and chip.bottom <= area.bottom
                and not obstacles.hits(chip, labels_only=labels_only)
            ):
                obstacles.add_label(chip)
                return text, left, y + dy, not labels_only
    x, y = _point(curve, 0.5)
    left = max(area.x + 3, min(x - width / 2, area.right - width - 3))
    obstacles.add_label(_chip(left, y, width))
    return text, left, y, False


def paint_connection_label(canv: Canvas, text: str, left: float, y: float) -> None:
    """The label on a white chip, in layout units."""
    chip = _chip(left, y, string_width(text, REGULAR, LABEL_PT))
    canv.setFillColor(PAPER)
    canv.rect(chip.x, -chip.bottom, chip.w, chip.h, stroke=0, fill=1)
    canv.setFillColor(INK)
    canv.setFont(REGULAR, LABEL_PT)
    canv.drawString(left, -y - LABEL_PT * 0.3, text)
