"""Connection arrows between cards, drawn exactly as the canvas draws them.

The route comes from :func:`cjdesigner.layout.routing.route_points` (shared with the canvas):
a straight drop to the card right below, a forward flow from the source's right edge into the
target's left edge, or a flow that goes around below the lower card and back in from the left.
The head points along the last segment like the canvas's: down onto the card top for a drop,
right into the target's left edge otherwise. Arrows are drawn beneath the cards, so a long skip
that crosses other cards passes behind them and every card stays readable. Labels are drawn
last, on their white chips over the cards, outlines, badges and every arrow: a label is never
hidden, and one with no free spot sits where it covers the least of the cards.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf.fonts import REGULAR, string_width
from cjdesigner.export.pdf.text import elide
from cjdesigner.export.pdf.textops import TextWriter, fill_operator, num
from cjdesigner.export.pdf.theme import CONNECTION, INK, PAPER
from cjdesigner.layout import Rect
from cjdesigner.layout.routing import (
    ARROW_HALF_WIDTH,
    ARROW_LENGTH,
    DROP_ARROW_LENGTH,
    Point,
    is_drop,
    route_points,
)

LINE_WIDTH = 1.0
LABEL_PT = 6.5
LABEL_MAX_WIDTH = 110.0


class Flow:
    """One arrow's route (layout units, y down) and whether it is a drop to the card below."""

    __slots__ = ("drop", "points")

    def __init__(self, source: Rect, target: Rect) -> None:
        self.points: list[Point] = route_points(source, target)
        self.drop = is_drop(source, target)

    def head(self) -> tuple[Point, Point, Point]:
        """The arrow head's tip and base corners, as the canvas's ``ConnectionItem._arrow``."""
        ex, ey = self.points[-1]
        if self.drop:
            tip = ey + DROP_ARROW_LENGTH * 0.8
            base = tip - DROP_ARROW_LENGTH
            half = ARROW_HALF_WIDTH - 0.5
            return (ex, tip), (ex - half, base), (ex + half, base)
        tip = ex + ARROW_LENGTH * 0.6
        base = tip - ARROW_LENGTH
        return (tip, ey), (base, ey - ARROW_HALF_WIDTH), (base, ey + ARROW_HALF_WIDTH)

    def bounds(self) -> Rect:
        """A rectangle that holds the route and its head (for culling tiles)."""
        xs = [p[0] for p in self.points]
        ys = [p[1] for p in self.points]
        left = min(xs) - ARROW_HALF_WIDTH
        right = max(xs) + ARROW_LENGTH
        top = min(ys) - ARROW_HALF_WIDTH
        bottom = max(ys) + max(ARROW_HALF_WIDTH, DROP_ARROW_LENGTH)
        return Rect(left, top, right - left, bottom - top)

    def point_at(self, t: float) -> Point:
        """The point at ``t`` (0…1) along the route, each cubic taking an equal share of ``t``
        (as the canvas's ``point_at``, so labels sit where they sit there)."""
        points = self.points
        count = max(1, (len(points) - 1) // 3)
        segment = min(int(t * count), count - 1)
        u = t * count - segment
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points[3 * segment : 3 * segment + 4]
        v = 1 - u
        a, b, c, d = v * v * v, 3 * u * v * v, 3 * u * u * v, u * u * u
        return (a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3)


def connection_operators(flow: Flow) -> str:
    """The arrow as PDF path operators in layout units, y flipped by negation: the stroked
    route, then the filled head (pen and fill set by :func:`connection_style`).

    Written as text rather than through reportlab's path objects: a big map has thousands
    of arrows, and this is the same drawing for a fraction of the Python work.
    """
    points = flow.points
    x0, y0 = points[0]
    ops = [f"{num(x0)} {num(-y0)} m"]
    for i in range(1, len(points) - 2, 3):
        (x1, y1), (x2, y2), (x3, y3) = points[i], points[i + 1], points[i + 2]
        ops.append(f"{num(x1)} {num(-y1)} {num(x2)} {num(-y2)} {num(x3)} {num(-y3)} c")
    (tx, ty), (ax, ay), (bx, by) = flow.head()
    ops.append(f"S {num(tx)} {num(-ty)} m {num(ax)} {num(-ay)} l {num(bx)} {num(-by)} l h f")
    return " ".join(ops)


def paint_connection(canv: Canvas, flow: Flow) -> None:
    """Draw one arrow (see :func:`connection_operators`)."""
    canv.addLiteral(connection_operators(flow))


def connection_style(canv: Canvas) -> None:
    """The pen and fill of every arrow: set once before drawing them all."""
    canv.setStrokeColor(CONNECTION)
    canv.setFillColor(CONNECTION)
    canv.setLineWidth(LINE_WIDTH)
    canv.setLineCap(1)
    canv.setLineJoin(1)
    canv.setDash([])


Box = tuple[float, float, float, float]
"""A rectangle as (left, top, right, bottom), layout units."""


def head_box(flow: Flow) -> Box:
    """The box around an arrow's head."""
    (tx, ty), (ax, ay), (bx, by) = flow.head()
    return (min(tx, ax, bx), min(ty, ay, by), max(tx, ax, bx), max(ty, ay, by))


class Obstacles:
    """What a label must not cover — cards and headers, arrow heads, and labels already
    placed — bucketed by area so that a check looks at a few neighbours only."""

    BUCKET = 80.0

    def __init__(self, rects: Iterable[Rect]) -> None:
        self._fixed: dict[tuple[int, int], list[Box]] = {}
        self._labels: dict[tuple[int, int], list[Box]] = {}
        self._heads: dict[tuple[int, int], list[Box]] = {}
        self._text: dict[Box, Box] = {}
        for rect in rects:
            self._put(self._fixed, rect)

    def _put(self, buckets: dict[tuple[int, int], list[Box]], r: Rect) -> None:
        self._put_box(buckets, (r.x, r.y, r.right, r.bottom))

    def _put_box(self, buckets: dict[tuple[int, int], list[Box]], box: Box) -> None:
        x, y, right, bottom = box
        size = self.BUCKET
        for i in range(int(x // size), int(right // size) + 1):
            for j in range(int(y // size), int(bottom // size) + 1):
                buckets.setdefault((i, j), []).append(box)

    def add_label(self, r: Rect) -> None:
        self._put(self._labels, r)

    def add_heads(self, flows: Iterable[Flow]) -> None:
        """Arrow heads a label should not hide (they show which way each flow goes)."""
        for flow in flows:
            self._put_box(self._heads, head_box(flow))

    def add_text_areas(self, cards: Iterable[tuple[Rect, Rect]]) -> None:
        """Each card (as given to the constructor) with where its text is: a label with no
        free spot covers text last (a card's edges and padding hide nothing)."""
        for card, text in cards:
            self._text[(card.x, card.y, card.right, card.bottom)] = (
                text.x,
                text.y,
                text.right,
                text.bottom,
            )

    def covers_head(self, box: Box, own: Box | None = None) -> bool:
        """Whether ``box`` overlaps an arrow head other than ``own``."""
        x, y, right, bottom = box
        size = self.BUCKET
        get = self._heads.get
        for i in range(int(x // size), int(right // size) + 1):
            for j in range(int(y // size), int(bottom // size) + 1):
                for other in get((i, j), ()):
                    ox, oy, oright, obottom = other
                    if x < oright and ox < right and y < obottom and oy < bottom and other != own:
                        return True
        return False

    def cost(self, box: Box, own: Box | None = None, limit: float = math.inf) -> float:
        """How much ``box`` hides: the area of each card, header, outline or badge it covers,
        a card's text :data:`TEXT_WEIGHT` times over, an arrow head's (``own`` left out)
        :data:`HEAD_WEIGHT` times over. Stops counting at ``limit`` (a worse spot than the
        best so far needs no exact figure)."""
        x, y, right, bottom = box
        size = self.BUCKET
        i0, i1 = int(x // size), int(right // size) + 1
        j0, j1 = int(y // size), int(bottom // size) + 1
        text_of = self._text.get
        total = 0.0
        for buckets, weight in ((self._fixed, 1.0), (self._heads, HEAD_WEIGHT)):
            get = buckets.get
            for i in range(i0, i1):
                for j in range(j0, j1):
                    for other in get((i, j), ()):
                        ox, oy, oright, obottom = other
                        if not (x < oright and ox < right and y < obottom and oy < bottom):
                            continue
                        # a box lies in every bucket it reaches: count it in the first seen
                        if (max(int(ox // size), i0), max(int(oy // size), j0)) != (i, j):
                            continue
                        if weight != 1.0 and other == own:
                            continue
                        w = min(right, oright) - max(x, ox)
                        h = min(bottom, obottom) - max(y, oy)
                        total += weight * w * h
                        text = text_of(other) if weight == 1.0 else None
                        if text is not None:
                            w = min(right, text[2]) - max(x, text[0])
                            h = min(bottom, text[3]) - max(y, text[1])
                            if w > 0 and h > 0:
                                total += TEXT_WEIGHT * w * h
            if total >= limit:
                return total
        return total

    def hits(self, r: Rect, *, labels_only: bool = False) -> bool:
        """Whether ``r`` overlaps a label (or, unless ``labels_only``, a card or header)."""
        clear = self.clearance((r.x, r.y, r.right, r.bottom))
        return clear == 0 if labels_only else clear < 2

    def clearance(self, box: Box) -> int:
        """How clear ``box`` is: 0 covers a label, 1 covers only cards or headers, 2 is free."""
        if self.covers(self._labels, box):
            return 0
        return 1 if self.covers(self._fixed, box) else 2

    def covers_fixed(self, box: Box) -> bool:
        """Whether ``box`` overlaps a card or a header."""
        return self.covers(self._fixed, box)

    def covers_label(self, box: Box) -> bool:
        """Whether ``box`` overlaps a label placed so far."""
        return self.covers(self._labels, box)

    def covers(self, buckets: dict[tuple[int, int], list[Box]], box: Box) -> bool:
        x, y, right, bottom = box
        size = self.BUCKET
        j0, j1 = int(y // size), int(bottom // size) + 1
        get = buckets.get
        for i in range(int(x // size), int(right // size) + 1):
            for j in range(j0, j1):
                for ox, oy, oright, obottom in get((i, j), ()):
                    if x < oright and ox < right and y < obottom and oy < bottom:
                        return True
        return False


def _chip(left: float, y: float, width: float) -> Rect:
    """The label's white chip (layout units) for text starting at ``left`` centred on ``y``."""
    return Rect(left - 2.5, y - LABEL_PT * 0.95, width + 5, LABEL_PT * 1.5)


_CANDIDATES = [
    (t, dy) for dy in (0.0, -8.0, 8.0, -16.0, 16.0) for t in (0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9)
]
"""Spots tried for a label: along the arrow, then a little off it (never so far that it
reads as another arrow's label)."""


PLACEMENT_BUDGET = 40_000
"""Spots tried over all labels of a map (a spot scored for the best covered place counts 3):
a map with thousands of labels tries fewer per label, so placing them stays well under a
second."""


TEXT_WEIGHT = 4.0
"""How much worse covering a unit of a card's text is than covering a unit of its edge or
padding, when no spot is free."""

HEAD_WEIGHT = 20.0
"""How much worse covering a unit of an arrow head is than covering a unit of a card, when no
spot is free: the head shows which way the flow goes."""


def place_label(
    canv: Canvas, flow: Flow, label: str, area: Rect, obstacles: Obstacles, tries: int = 105
) -> tuple[str, float, float, bool]:
    """Where a connection's label goes: (text, left, centre y, free of the cards?).

    Tries points along the arrow, beside and above or below it, for a spot that covers no card,
    header, other label or arrow head (:meth:`Obstacles.add_heads`, and its own) inside
    ``area`` (the grid). When there is none, the label goes to the spot clear of the other
    labels that covers the least card area, a card's text weighing :data:`TEXT_WEIGHT` and
    arrow heads :data:`HEAD_WEIGHT` times more (ties: the earlier spot, so placement is
    deterministic). Either way it is drawn over the cards (see :func:`paint_connection_labels`):
    partly covering a card beats being hidden behind one.
    """
    text = elide(label, REGULAR, LABEL_PT, LABEL_MAX_WIDTH)
    width = string_width(text, REGULAR, LABEL_PT)
    work = max(3, tries)  # a spot checked costs 1, a spot scored (no free spot yet) 3
    low, high = area.x + 3, area.right - width - 3
    top, bottom = area.y, area.bottom
    chip_w, chip_h = width + 5, LABEL_PT * 1.5  # as _chip, without a Rect per try
    points: dict[float, Point] = {}
    own = head_box(flow)
    hx0, hy0, hx1, hy1 = own
    best: tuple[float, float] | None = None
    best_cover = float("inf")
    for index in range(len(_CANDIDATES) * 3):
        if work <= 0:
            break
        work -= 1
        t, dy = _CANDIDATES[index // 3]
        point = points.get(t)
        if point is None:
            point = points[t] = flow.point_at(t)
        x, y = point
        left = (x - width / 2, x + 4, x - width - 4)[index % 3]  # centred, right, left
        left = max(low, min(left, high))
        chip_x, chip_y = left - 2.5, y + dy - LABEL_PT * 0.95
        chip_bottom = chip_y + chip_h
        if chip_y < top or chip_bottom > bottom:
            continue
        box = (chip_x, chip_y, chip_x + chip_w, chip_bottom)
        if obstacles.covers_label(box):
            continue
        # arrow heads (its own and others'): a label over one hides which way a flow goes
        head_w = min(hx1, box[2]) - max(hx0, chip_x)
        head_h = min(hy1, chip_bottom) - max(hy0, chip_y)
        on_own = HEAD_WEIGHT * head_w * head_h if head_w > 0 and head_h > 0 else 0.0
        if not on_own and not obstacles.covers_fixed(box) and not obstacles.covers_head(box, own):
            obstacles.add_label(_chip(left, y + dy, width))
            return text, left, y + dy, True
        work -= 2
        cover = on_own + obstacles.cost(box, own, best_cover - on_own)
        if cover < best_cover:
            best, best_cover = (left, y + dy), cover
    if best is not None:
        left, centre = best
        obstacles.add_label(_chip(left, centre, width))
        return text, left, centre, False
    x, y = flow.point_at(0.5)
    left = max(low, min(x - width / 2, high))
    obstacles.add_label(_chip(left, y, width))
    return text, left, y, False


def paint_connection_label(canv: Canvas, text: str, left: float, y: float) -> None:
    """The label on a white chip, in layout units."""
    paint_connection_labels(canv, [(text, left, y)])


def paint_connection_labels(canv: Canvas, labels: list[tuple[str, float, float]]) -> None:
    """Labels on white chips, in layout units: all chips, then all text in one text object.

    Called after the arrows, cards, outlines and badges, so no card or line covers a label.
    """
    if not labels:
        return
    chips = ["q", fill_operator(canv, PAPER)]
    for text, left, y in labels:
        chip = _chip(left, y, string_width(text, REGULAR, LABEL_PT))
        chips.append(f"{num(chip.x)} {num(-chip.bottom)} {num(chip.w)} {num(chip.h)} re f")
    chips.append("Q")
    canv.addLiteral("\n".join(chips))
    writer = TextWriter(canv)
    for text, left, y in labels:
        writer.line(left, -y - LABEL_PT * 0.3, text, REGULAR, LABEL_PT, INK)
    writer.finish()
