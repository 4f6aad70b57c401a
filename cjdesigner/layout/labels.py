"""Where a flow's label goes, the same rule on the canvas and in the PDF.

A label is printed whole (wrapped, never cut with "…") on a chip that touches its own flow and
covers no card, header, curve band, arrow head or other label. A label with no such spot
becomes a small numbered marker on the flow (a circled number), and the full text goes to the
flows table (PDF) or the tooltip (canvas). The marker takes a free spot when there is one, else
the spot that hides the least (never another label or marker if it can help it, then no card
text, then the least of a card's edge).

Plain numbers: the renderers measure their text and turn the boxes into their own types.
Numbers are the flow's place among the map's labelled flows (model order), so a flow keeps
its number wherever its cards move, and the canvas and the PDF give it the same one.
"""

from __future__ import annotations

import math
import threading
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import islice, pairwise

from cjdesigner.layout.buckets import LazyBuckets
from cjdesigner.layout.geometry import Rect
from cjdesigner.model.journey_map import JourneyMap

Point = tuple[float, float]
Box = tuple[float, float, float, float]
"""left, top, right, bottom."""

GAP = 1.5
"""Space kept between a placed chip or marker and whatever it must not cover."""

MAX_LABEL_LINES = 3
"""A label that needs more lines than this on its chip is shown as a marker."""

TEXT_WEIGHT = 100.0
PLACED_WEIGHT = 10_000.0
"""When no spot is free: covering card text costs this much more than covering a card's edge,
covering another label or marker this much more again."""


def label_numbers(m: JourneyMap) -> dict[str, int]:
    """Each labelled flow's number (1, 2, …) in the map's flow order: the marker's number."""
    numbers: dict[str, int] = {}
    for connection in m.connections:
        if connection.label.strip():
            numbers[connection.id] = len(numbers) + 1
    return numbers


def box_of(r: Rect) -> Box:
    return (r.x, r.y, r.right, r.bottom)


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def overlap_area(a: Box, b: Box) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


OUTSIDE: Box = (math.inf, math.inf, -math.inf, -math.inf)
"""What :meth:`Space.blocker` names for a box outside the area (it overlaps nothing)."""


class Space:
    """Boxes bucketed by area, so a check looks at a few neighbours only: the fixed obstacles
    (cards, headers, bands, arrow heads), card text areas (what a fallback covers last) and
    the chips and markers placed so far (removable: the canvas re-places one flow at a time).
    The obstacles' and text areas' buckets are made as they are asked for (a big map's labels
    look at a few hundred of its tens of thousands, see :mod:`cjdesigner.layout.buckets`).
    """

    BUCKET = 128.0

    def __init__(
        self, obstacles: Iterable[Box] = (), text: Iterable[Box] = (), area: Box | None = None
    ) -> None:
        self._fixed = LazyBuckets(obstacles, self.BUCKET)
        self._text = LazyBuckets(text, self.BUCKET)
        self._placed: dict[tuple[int, int], list[Box]] = {}
        self.area = area
        """Where chips and markers must stay (the grid), or None for anywhere."""

    def _keys(self, box: Box) -> Iterator[tuple[int, int]]:
        size = self.BUCKET
        for i in range(int(box[0] // size), int(box[2] // size) + 1):
            for j in range(int(box[1] // size), int(box[3] // size) + 1):
                yield (i, j)

    def _put(self, buckets: dict[tuple[int, int], list[Box]], box: Box) -> None:
        self._put_all(buckets, (box,))

    def _put_all(self, buckets: dict[tuple[int, int], list[Box]], boxes: Iterable[Box]) -> None:
        """Each of ``boxes`` into every bucket it reaches, in their order (one loop for the
        map's thousands of cards, text areas and arrow heads)."""
        size = self.BUCKET
        get = buckets.get
        for box in boxes:
            x0, y0, x1, y1 = box
            i0, i1 = int(x0 // size), int(x1 // size) + 1
            j0, j1 = int(y0 // size), int(y1 // size) + 1
            for i in range(i0, i1):
                for j in range(j0, j1):
                    bucket = get((i, j))
                    if bucket is None:
                        buckets[(i, j)] = [box]
                    else:
                        bucket.append(box)

    def add_obstacle(self, box: Box) -> None:
        self._fixed.add(box)

    def place(self, box: Box) -> None:
        """Mark ``box`` as taken by a chip or marker."""
        self._put(self._placed, box)

    def release(self, box: Box) -> None:
        """Free a box given to :meth:`place` (its flow moved or lost its label)."""
        for key in self._keys(box):
            boxes = self._placed.get(key)
            if boxes and box in boxes:
                boxes.remove(box)

    def inside(self, box: Box) -> bool:
        area = self.area
        return area is None or (
            box[0] >= area[0] and box[1] >= area[1] and box[2] <= area[2] and box[3] <= area[3]
        )

    def is_free(self, box: Box) -> bool:
        """Whether ``box`` (grown by :data:`GAP`) covers nothing and stays in the area."""
        return self.blocker(box) is None

    def blocker(self, box: Box) -> Box | None:
        """What keeps ``box`` from being free (see :meth:`is_free`): a box it covers (grown
        by :data:`GAP`), or :data:`OUTSIDE`; None when it is free. Spots tried around one
        point of a route are mostly blocked by the same card: the caller tries that first."""
        if not self.inside(box):
            return OUTSIDE
        x0, y0, x1, y1 = box[0] - GAP, box[1] - GAP, box[2] + GAP, box[3] + GAP
        size = self.BUCKET
        placed, fixed, make = self._placed.get, self._fixed.made.get, self._fixed.bucket
        i, j = int(x0 // size), int(y0 // size)
        if int(x1 // size) == i and int(y1 // size) == j:  # most boxes: in one bucket
            keys = [(i, j)]
        else:
            rows = range(j, int(y1 // size) + 1)
            keys = [(i, j) for i in range(i, int(x1 // size) + 1) for j in rows]
        for key in keys:
            for other in placed(key, ()):
                ox0, oy0, ox1, oy1 = other
                if x0 < ox1 and ox0 < x1 and y0 < oy1 and oy0 < y1:
                    return other
            bucket = fixed(key)
            if bucket is None:
                bucket = make(key)
            for other in bucket:
                ox0, oy0, ox1, oy1 = other
                if x0 < ox1 and ox0 < x1 and y0 < oy1 and oy0 < y1:
                    return other
        return None

    def first_free(self, boxes: Iterable[Box]) -> Box | None:
        """The first of ``boxes`` that is free (:meth:`is_free`), or None. Each box is held
        first against what blocked the ones before (the same card or two, usually): a few
        comparisons instead of a walk over the buckets."""
        seen: list[Box] = []
        for box in boxes:
            x0, y0, x1, y1 = box[0] - GAP, box[1] - GAP, box[2] + GAP, box[3] + GAP
            for lx0, ly0, lx1, ly1 in seen:
                if x0 < lx1 and lx0 < x1 and y0 < ly1 and ly0 < y1:
                    break
            else:
                found = self.blocker(box)
                if found is None:
                    return box
                if found is not OUTSIDE:
                    seen.append(found)
        return None

    def near(self, region: Box) -> Near | None:
        """The boxes that reach into ``region`` when it lies in one bucket (else None): a box
        that stays :data:`GAP` inside ``region`` costs the same there as here and is free
        there exactly when it is free here (see :class:`Near`)."""
        size = self.BUCKET
        i, j = int(region[0] // size), int(region[1] // size)
        if int(region[2] // size) != i or int(region[3] // size) != j:
            return None
        x0, y0, x1, y1 = region
        key = (i, j)
        found = Near(self.area)
        for source, kept in (
            (self._fixed.bucket(key), found.fixed),
            (self._text.bucket(key), found.text),
            (self._placed.get(key, ()), found.placed),
        ):
            for o in source:
                if o[0] < x1 and x0 < o[2] and o[1] < y1 and y0 < o[3]:
                    kept.append(o)
        return found

    def cost(self, box: Box, limit: float = math.inf) -> float:
        """How much ``box`` hides (see :data:`TEXT_WEIGHT`); outside the area: infinite.

        A ranking, not a measure: an obstacle reaching two of the box's buckets counts twice.
        ``limit``: the cost to beat; once the sum reaches it (it only grows) the sum so far is
        returned, so a losing spot among crowded cards is not summed to the end.
        """
        if not self.inside(box):
            return math.inf
        x0, y0, x1, y1 = box
        size = self.BUCKET
        i, j = int(x0 // size), int(y0 // size)
        if int(x1 // size) == i and int(y1 // size) == j:  # most spots: in one bucket
            keys = [(i, j)]
        else:
            rows = range(j, int(y1 // size) + 1)
            keys = [(i, j) for i in range(i, int(x1 // size) + 1) for j in rows]
        total = 0.0
        # the three kinds one after the other, each loop written out (the overlap as
        # min(...) - max(...) without calls): it ranks a marker's spots among crowded cards
        bucket = self._fixed.bucket
        for key in keys:
            for ox0, oy0, ox1, oy1 in bucket(key):
                w = (ox1 if ox1 < x1 else x1) - (ox0 if ox0 > x0 else x0)
                h = (oy1 if oy1 < y1 else y1) - (oy0 if oy0 > y0 else y0)
                if w > 0 and h > 0:
                    total += w * h
                    if total >= limit:
                        return total
        bucket = self._text.bucket
        gx0, gy0, gx1, gy1 = x0 - GAP, y0 - GAP, x1 + GAP, y1 + GAP  # touching text hides it
        for key in keys:
            for ox0, oy0, ox1, oy1 in bucket(key):
                w = (ox1 if ox1 < gx1 else gx1) - (ox0 if ox0 > gx0 else gx0)
                h = (oy1 if oy1 < gy1 else gy1) - (oy0 if oy0 > gy0 else gy0)
                if w > 0 and h > 0:
                    total += TEXT_WEIGHT * (w * h)
                    if total >= limit:
                        return total
        get = self._placed.get
        for key in keys:
            for ox0, oy0, ox1, oy1 in get(key, ()):
                w = (ox1 if ox1 < gx1 else gx1) - (ox0 if ox0 > gx0 else gx0)
                h = (oy1 if oy1 < gy1 else gy1) - (oy0 if oy0 > gy0 else gy0)
                if w > 0 and h > 0:
                    total += PLACED_WEIGHT * (w * h + 1.0)
                    if total >= limit:
                        return total
        return total


class Near:
    """The few boxes of one bucket of a :class:`Space` that reach into a small region around
    a point of a route: a marker's dozen or more spots there are each costed among these (one
    or two, usually) instead of among the whole bucket. The same sums in the same order as
    :meth:`Space.cost` (a box in the region lies in that one bucket; the boxes left out cannot
    touch it), so the same spot wins."""

    __slots__ = ("area", "fixed", "placed", "text")

    def __init__(self, area: Box | None) -> None:
        self.area = area
        self.fixed: list[Box] = []
        self.text: list[Box] = []
        self.placed: list[Box] = []

    def first_free(self, boxes: Iterable[Box]) -> Box | None:
        """:meth:`Space.first_free` of ``boxes`` (boxes inside the region this was made for)."""
        area = self.area
        obstacles = self.placed + self.fixed
        for box in boxes:
            x0, y0, x1, y1 = box
            if area is not None and not (
                x0 >= area[0] and y0 >= area[1] and x1 <= area[2] and y1 <= area[3]
            ):
                continue
            x0, y0, x1, y1 = x0 - GAP, y0 - GAP, x1 + GAP, y1 + GAP
            for ox0, oy0, ox1, oy1 in obstacles:
                if x0 < ox1 and ox0 < x1 and y0 < oy1 and oy0 < y1:
                    break
            else:
                return box
        return None

    def cost(self, box: Box, limit: float = math.inf) -> float:
        """:meth:`Space.cost` of ``box`` (a box inside the region this was made for)."""
        area = self.area
        x0, y0, x1, y1 = box
        if area is not None and not (
            x0 >= area[0] and y0 >= area[1] and x1 <= area[2] and y1 <= area[3]
        ):
            return math.inf
        total = 0.0
        for ox0, oy0, ox1, oy1 in self.fixed:
            w = (ox1 if ox1 < x1 else x1) - (ox0 if ox0 > x0 else x0)
            h = (oy1 if oy1 < y1 else y1) - (oy0 if oy0 > y0 else y0)
            if w > 0 and h > 0:
                total += w * h
                if total >= limit:
                    return total
        gx0, gy0, gx1, gy1 = x0 - GAP, y0 - GAP, x1 + GAP, y1 + GAP
        for ox0, oy0, ox1, oy1 in self.text:
            w = (ox1 if ox1 < gx1 else gx1) - (ox0 if ox0 > gx0 else gx0)
            h = (oy1 if oy1 < gy1 else gy1) - (oy0 if oy0 > gy0 else gy0)
            if w > 0 and h > 0:
                total += TEXT_WEIGHT * (w * h)
                if total >= limit:
                    return total
        for ox0, oy0, ox1, oy1 in self.placed:
            w = (ox1 if ox1 < gx1 else gx1) - (ox0 if ox0 > gx0 else gx0)
            h = (oy1 if oy1 < gy1 else gy1) - (oy0 if oy0 > gy0 else gy0)
            if w > 0 and h > 0:
                total += PLACED_WEIGHT * (w * h + 1.0)
                if total >= limit:
                    return total
        return total


def flatten(points: list[Point], steps: int = 6) -> list[Point]:
    """The route (a start point, then control, control, end triples) as a polyline."""
    out = [points[0]]
    append = out.append
    for i in range(1, len(points) - 2, 3):
        p0, p1, p2, p3 = points[i - 1], points[i], points[i + 1], points[i + 2]
        if p1 in (p0, p3) and p2 in (p0, p3):  # straight: its controls at its ends
            append(p3)
            continue
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = p0, p1, p2, p3
        if (x0 == x3 and x1 == x0 and x2 == x0) or (y0 == y3 == y1 == y2):
            append(p3)
            continue
        n = steps if abs(x3 - x0) + abs(y3 - y0) > 12.0 else min(steps, 2)  # a rounded corner
        for a, b, c, d in _bernstein(n):
            append((a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3))
    return out


@cache
def _bernstein(n: int) -> tuple[tuple[float, float, float, float], ...]:
    """The cubic's weights at the ``n`` points k/n (k = 1…n) :func:`flatten` puts on it."""
    weights = []
    for k in range(1, n + 1):
        u = k / n
        v = 1 - u
        weights.append((v * v * v, 3 * u * v * v, 3 * u * u * v, u * u * u))
    return tuple(weights)


FRACTIONS = tuple(sorted((i / 20 for i in range(1, 20)), key=lambda f: (abs(f - 0.5), f)))
"""Where along a route (by length) a label is tried, middle first."""
MARKER_FRACTIONS = tuple(sorted((i / 48 for i in range(1, 48)), key=lambda f: (abs(f - 0.5), f)))
"""Where along a route a marker is tried: densely, so that the short runs through the
gutters (often the only room a marker has) get their share."""


_measured = threading.local()
"""The last route measured in this thread (its polyline and lengths): its chip and then its
marker are tried along the same route. Per thread: a PDF may be exported in a worker thread
while the canvas places its labels."""


def points_along(points: list[Point], fractions: Iterable[float] = FRACTIONS) -> list[Point]:
    """Points at these fractions of the route's length."""
    last = getattr(_measured, "route", None)
    if last is not None and last[0] is points:
        _points, line, lengths = last
    else:
        line = flatten(points)
        lengths = [0.0]
        for (ax, ay), (bx, by) in pairwise(line):
            lengths.append(lengths[-1] + abs(bx - ax) + abs(by - ay))
        _measured.route = (points, line, lengths)
    total = lengths[-1]
    last = len(line) - 1
    result = []
    for f in fractions:
        target = total * f
        i = min(max(bisect_left(lengths, target), 1), last)
        seg = lengths[i] - lengths[i - 1]
        u = 0.0 if seg <= 0 else (target - lengths[i - 1]) / seg
        (ax, ay), (bx, by) = line[i - 1], line[i]
        result.append((ax + (bx - ax) * u, ay + (by - ay) * u))
    return result


def chip_boxes(anchors: Iterable[Point], w: float, h: float) -> Iterator[Box]:
    """Chip boxes that touch the route at each anchor: centred on it, then above, below,
    right and left of it, then at its corners."""
    for x, y in anchors:
        yield (x - w / 2, y - h / 2, x + w / 2, y + h / 2)
        yield (x - w / 2, y - h - 1, x + w / 2, y - 1)
        yield (x - w / 2, y + 1, x + w / 2, y + h + 1)
        yield (x + 2, y - h / 2, x + 2 + w, y + h / 2)
        yield (x - 2 - w, y - h / 2, x - 2, y + h / 2)
        yield (x + 2, y - h - 1, x + 2 + w, y - 1)
        yield (x - 2 - w, y - h - 1, x - 2, y - 1)
        yield (x + 2, y + 1, x + 2 + w, y + h + 1)
        yield (x - 2 - w, y + 1, x - 2, y + h + 1)


def marker_boxes(anchors: Iterable[Point], radius: float) -> Iterator[Box]:
    """A marker's square on the route at each anchor, then just beside it."""
    r = radius
    for x, y in anchors:
        for dx, dy in ((0, 0), (0, -r - 1), (0, r + 1), (r + 1, 0), (-r - 1, 0)):
            cx, cy = x + dx, y + dy
            yield (cx - r, cy - r, cx + r, cy + r)


def place_chip(
    points: list[Point], w: float, h: float, space: Space, tries: int = 9 * len(FRACTIONS)
) -> Box | None:
    """The first free chip box touching the route (see :func:`chip_boxes`), placed; else None.

    ``tries``: at most this many boxes are looked at (a map with thousands of labels tries
    fewer spots per label, so placing them all stays quick)."""
    if len(points) < 2:
        return None
    anchors = points_along(points, FRACTIONS[: -(-tries // 9)])
    box = space.first_free(islice(chip_boxes(anchors, w, h), tries))
    if box is not None:
        space.place(box)
    return box


def place_marker(
    points: list[Point], radius: float, space: Space, tries: int = 5 * len(MARKER_FRACTIONS)
) -> tuple[Point, bool]:
    """Where the marker's centre goes and whether that spot is free; placed either way.

    A free spot on the route first, then just beside it; with none, the tried spot that hides
    the least (ties: the earlier, so placement is deterministic).
    """
    anchors = points_along(points, MARKER_FRACTIONS[: -(-tries // 5)])
    boxes = list(islice(marker_boxes(anchors, radius), tries))
    # each point's spots (and the winner's nudges) are held against the boxes near that
    # point: the same answers as the whole space's, from one or two boxes instead of a bucket
    reach = 2.5 * radius + 1.0 + 2 * GAP
    groups: list[tuple[Space | Near, list[Box]]] = []
    for k, (x, y) in enumerate(anchors):
        group = boxes[5 * k : 5 * k + 5]
        near = space.near((x - reach, y - reach, x + reach, y + reach))
        free = space.first_free(group) if near is None else near.first_free(group)
        if free is not None:
            space.place(free)
            return ((free[0] + free[2]) / 2, (free[1] + free[3]) / 2), True
        groups.append((space if near is None else near, group))
    best: Box | None = None
    best_cost = math.inf
    best_near: Space | Near = space
    for near_or_all, group in groups:
        for box in group:
            cost = near_or_all.cost(box, best_cost)
            if cost < best_cost:
                best, best_cost, best_near = box, cost, near_or_all
    if best is None:  # a route outside the area: on its middle
        x, y = anchors[0]
        best = (x - radius, y - radius, x + radius, y + radius)
    else:
        best = nudged(best, best_cost, radius, best_near)
    space.place(best)
    return ((best[0] + best[2]) / 2, (best[1] + best[3]) / 2), False


def nudged(box: Box, cost: float, radius: float, space: Space | Near) -> Box:
    """``box`` moved up to half its radius across or along (its flow still through it) where
    that hides less: the few points tried on a route put a marker in the narrow gap between
    two stacked cards on one card's edge, touching its text, when a point or two lower
    keeps clear of it (QA: marker 7 of the Romanian sample). Ties keep the first."""
    best = box
    for k in (1, -1, 2, -2):
        d = radius * k / 4
        for dx, dy in ((0.0, d), (d, 0.0)):
            moved = (box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy)
            found = space.cost(moved, cost)
            if found < cost:
                best, cost = moved, found
    return best


_BOUND_TO_NEXT = {"pl": frozenset("aiouwzAIOUWZ")}
"""One-letter words that never end a line, per language (Polish typesetting: "z opłat")."""


def wrap_words(
    text: str, measure: Callable[[str], float], max_width: float, language: str = ""
) -> list[str]:
    """Greedy wrap of ``text`` into lines no wider than ``max_width`` (a longer word keeps a
    line of its own, whole: never cut, never hyphenated); ``measure`` is the renderer's. In
    ``language`` "pl" a one-letter word goes to the next line with the word after it."""
    words = text.split()
    bound = _BOUND_TO_NEXT.get(language)
    if bound and len(words) > 1:
        glued: list[str] = []
        for word in words:
            if glued and len(glued[-1]) == 1 and glued[-1] in bound:
                glued[-1] = f"{glued[-1]} {word}"
            elif glued and glued[-1][-2:-1] == " " and glued[-1][-1] in bound:
                glued[-1] = f"{glued[-1]} {word}"  # "i w domu": the chain stays together
            else:
                glued.append(word)
        words = glued
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if current and measure(candidate) > max_width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines
