"""How a connection arrow runs between two cards: one route for the canvas and the PDF.

Plain numbers (a start point followed by the control, control, end triples of cubic Béziers),
so routing thousands of flows is cheap and both renderers draw exactly the same curve.

- A flow to the card just below in the same cell is a short straight drop.
- A forward flow leaves the source's right edge and enters the target's left edge, running
  straight out and in for a moment before it curves.
- A backward or same-column flow goes around: out to the right, along the gap below the lower
  card, and back in from the left.
Every cubic keeps its control points at its end heights, which renderers may rely on to cut a
long flow to the visible band cheaply.
"""

from __future__ import annotations

from cjdesigner.layout.geometry import Rect

Point = tuple[float, float]

ARROW_LENGTH = 9.0
"""Length of the arrow head of a flow that enters a card from the left."""
ARROW_HALF_WIDTH = 4.5
DROP_ARROW_LENGTH = 7.0
"""Length of the arrow head of a straight drop to the card below."""
STACK_GAP_MAX = 16.0
"""Cards at most this far apart, one above the other, are neighbours in a cell."""
BEND = 28.0
"""How far a flow runs straight out of and into a card before it curves."""


def is_drop(source: Rect, target: Rect) -> bool:
    """Whether the flow is a straight drop to the card right below in the same cell."""
    return abs(source.x - target.x) < 1.0 and 0.0 <= target.y - source.bottom <= STACK_GAP_MAX


def route_points(source: Rect, target: Rect, clearance: float = 6.0) -> list[Point]:
    """The flow's start point followed by the (control, control, end) triples of its cubics.

    The route ends where the arrow head begins; the head points along the last segment.
    """
    if is_drop(source, target):
        x = source.x + source.w / 2
        sy, ey = source.bottom, target.y - DROP_ARROW_LENGTH * 0.8
        return [(x, sy), (x, sy), (x, ey), (x, ey)]
    sx, sy = source.right, source.y + source.h / 2
    ex, ey = target.x - ARROW_LENGTH * 0.6, target.y + target.h / 2
    if ex > sx:
        gap = ex - sx
        dx = max(BEND, gap / 2) if gap >= 2 * BEND else gap / 2
        return [(sx, sy), (sx + dx, sy), (ex - dx, ey), (ex, ey)]
    below = max(source.bottom, target.bottom) + clearance
    mx = (sx + ex) / 2
    return [
        (sx, sy),
        (sx + BEND, sy),
        (sx + BEND, below),
        (mx, below),
        (ex - BEND, below),
        (ex - BEND, ey),
        (ex, ey),
    ]
