"""Connection arrows between cards, drawn exactly as the canvas draws them.

The route comes from :func:`cjdesigner.layout.routing.route_points` (shared with the canvas):
a straight drop to the card right below, else an orthogonal route from the source's right edge
into the target's left edge through the gutters, clear of every other card.
The head points along the last segment like the canvas's: down onto the card top for a drop,
right into the target's left edge otherwise. Arrows are drawn beneath the cards, so a long skip
that crosses other cards passes behind them and every card stays readable. Labels are placed
and drawn by :mod:`cjdesigner.export.pdf.flow_labels`.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf.textops import flipped_points
from cjdesigner.export.pdf.theme import CONNECTION
from cjdesigner.layout import Rect
from cjdesigner.layout.routing import (
    ARROW_HALF_WIDTH,
    ARROW_LENGTH,
    DROP_ARROW_LENGTH,
    Point,
    Router,
    is_drop,
    route_points,
)

LINE_WIDTH = 1.0


class Flow:
    """One arrow's route (layout units, y down) and whether it is a drop to the card below."""

    __slots__ = ("_head", "drop", "points")

    def __init__(
        self,
        source: Rect,
        target: Rect,
        router: Router | None = None,
        ends: tuple[str, ...] = (),
    ) -> None:
        self.points: list[Point] = route_points(source, target, router=router, ends=ends)
        self.drop = is_drop(source, target)
        self._head: tuple[Point, Point, Point] | None = None

    def head(self) -> tuple[Point, Point, Point]:
        """The arrow head's tip and base corners, as the canvas's ``ConnectionItem._arrow``
        (worked out once: the label space and the map page both ask)."""
        found = self._head
        if found is None:
            found = self._head = self._make_head()
        return found

    def _make_head(self) -> tuple[Point, Point, Point]:
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
    start = points[0]
    used = [start]  # the points written: a straight run's controls are not
    straight: list[bool] = []
    for i in range(1, len(points) - 2, 3):
        first, second, end = points[i], points[i + 1], points[i + 2]
        if first == start and second == end:  # a straight run: the same line, a third the text
            used.append(end)
            straight.append(True)
        else:
            used += (first, second, end)
            straight.append(False)
        start = end
    used += flow.head()
    text = flipped_points(used)
    ops = [f"{text[0]} m"]
    k = 1
    for line in straight:
        if line:
            ops.append(f"{text[k]} l")
            k += 1
        else:
            ops.append(f"{text[k]} {text[k + 1]} {text[k + 2]} c")
            k += 3
    ops.append(f"S {text[k]} m {text[k + 1]} l {text[k + 2]} l h f")
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
