"""How a connection arrow runs between two cards: one route for the canvas and the PDF.

Routes are orthogonal, like a diagramming tool's, with small rounded corners, and run through
the free lanes of the grid: the gutters between columns, the gaps between stacked cards and
the padding above and below them. A :class:`Router` built from the layout knows where the
cards are, so a route never crosses a card it does not connect:

- A flow to the card just below in the same cell is a short straight drop (arrow down).
- Every other flow leaves the source's right edge and enters the target's left edge, with
  its arrow head pointing right in the target's left padding, always visible.
- A forward flow runs straight out, turns in a gutter and runs straight in; when cards stand
  in the way at the source's or the target's height, it runs along a free gap instead.
- A backward flow, a flow in the same column and a loop go around: out to the right into the
  gutter, along the free gap nearest above the target, down or up the gutter left of the
  target and in from the left.

Plain numbers: a start point followed by the (control, control, end) triples of cubic
Béziers, so routing thousands of flows is cheap and both renderers draw exactly the same
line. Every cubic keeps its control points at its end heights (straight pieces and the
corners alike), which the canvas relies on to cut a long flow to the visible band cheaply.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from operator import itemgetter

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
"""Kept for callers that size things by it: how far a flow runs before it may turn."""
CORNER = 4.0
"""Radius of a route's rounded corners."""
CLEAR = 2.5
"""A route keeps at least this far from a card it does not connect."""
GUTTER = 12.0
"""Where the gutter beside a card is when there is no router (its column's padding)."""
LANE_SPREAD = 2.0
"""Parallel flows in one gutter are set this far apart (a few slots, by their heights)."""


def is_drop(source: Rect, target: Rect) -> bool:
    """Whether the flow is a straight drop to the card right below in the same cell."""
    return abs(source.x - target.x) < 1.0 and 0.0 <= target.y - source.bottom <= STACK_GAP_MAX


Box = tuple[float, float, float, float]


class Router:
    """The cards of a layout, bucketed, and its column gutters: what routes keep clear of.

    Built once per layout (the canvas's flows share one; the PDF's scene holds one).
    """

    BUCKET = 192.0

    def __init__(
        self,
        cards: Iterable[tuple[str, Rect]],
        gutters: Iterable[float] = (),
        avoid: Iterable[Rect] = (),
        top: float = float("-inf"),
        lanes: Iterable[Rect] = (),
        row_gap: float = 10.0,
        padding: float = 0.0,
    ) -> None:
        self._entries: list[_Entry] = [
            (r.x, r.y, r.x + r.w, r.y + r.h, card_id, False) for card_id, r in cards
        ]
        """Every card and curve band, in the order given: the buckets and the groups by
        edges are made from them when first asked for (a grid's routes mostly need only the
        groups, so a big map's cards are not bucketed at all)."""
        self._cards: dict[tuple[int, int], list[_Entry]] | None = None
        for i, r in enumerate(avoid):
            self._put((r.x, r.y, r.right, r.bottom), f"band {i}", horizontal_only=True)
        self._columns: dict[int, dict[int, tuple[float, float, float, float, str, bool]]] = {}
        """Bucket column → its entries by identity (made on the first :meth:`_strip`)."""
        self._strips: dict[
            tuple[int, int],
            tuple[list[tuple[float, float, float, float, str, bool]], list[float], float],
        ] = {}
        self._extents: list[_Extent] | bool | None = None
        """The entries grouped by their left and right edges (made when first asked for;
        False when there are too many such groups to help)."""
        self.gutters = sorted(set(gutters))
        """The x of each boundary between columns (and the grid's left and right edges)."""
        self.top = top
        """Routes stay below this (the stage headers)."""
        self.padding = padding
        """A cell's padding: a card this close to a gutter has nothing between it and it."""
        self.row_gap = row_gap
        """The gap between stacked cards: the gap above a card is tried first for a run."""
        self.lanes = sorted((r.y, r.bottom) for r in lanes)
        """The lanes' tops and bottoms: a route keeps to the lanes of its two cards, so a
        flow whose lanes only shift keeps its shape (the canvas translates it)."""

    @classmethod
    def of_layout(cls, layout: object) -> Router:
        """The router of a :class:`~cjdesigner.layout.grid.GridLayout`: its cards, the column
        boundaries as gutters, its curve bands kept free of long horizontal runs."""
        columns = layout.columns  # type: ignore[attr-defined]
        gutters = [c.x for c in columns.values()] + [c.right for c in columns.values()]
        return cls(
            layout.cards.items(),  # type: ignore[attr-defined]
            gutters,
            layout.curve_bands.values(),  # type: ignore[attr-defined]
            layout.metrics.header_height,  # type: ignore[attr-defined]
            layout.lanes.values(),  # type: ignore[attr-defined]
            layout.metrics.card_gap,  # type: ignore[attr-defined]
            layout.metrics.cell_padding,  # type: ignore[attr-defined]
        )

    def _put(self, box: Box, card_id: str, *, horizontal_only: bool = False) -> None:
        entry = (*box, card_id, horizontal_only)
        self._entries.append(entry)
        if self._cards is not None:
            self._bucket((entry,))
        self._extents = None

    def _buckets(self) -> dict[tuple[int, int], list[_Entry]]:
        """The entries bucketed by area (made on the first call, in the entries' order)."""
        if self._cards is None:
            self._cards = {}
            self._bucket(self._entries)
        return self._cards

    def _bucket(self, entries: Iterable[_Entry]) -> None:
        """Each of ``entries`` into every bucket it reaches, in one loop (a big map has
        thousands of cards)."""
        buckets = self._cards
        assert buckets is not None
        size = self.BUCKET
        get = buckets.get
        for entry in entries:
            x0, y0, x1, y1 = entry[0], entry[1], entry[2], entry[3]
            rows = range(int(y0 // size), int(y1 // size) + 1)
            for i in range(int(x0 // size), int(x1 // size) + 1):
                for j in rows:
                    bucket = get((i, j))
                    if bucket is None:
                        buckets[(i, j)] = [entry]
                    else:
                        bucket.append(entry)

    def _strip(
        self, first: int, last: int
    ) -> tuple[list[tuple[float, float, float, float, str, bool]], list[float], float]:
        """The entries of bucket columns ``first`` to ``last``, each once, sorted by their
        tops; those tops; and the tallest entry's height. Made once per strip and kept:
        :meth:`free_y` looks at windows of growing height over the same few strips (the
        gutters between columns) and bisects a window's entries out of them instead of
        walking buckets, where a card in two buckets would come twice."""
        key = (first, last)
        found = self._strips.get(key)
        if found is None:
            if not self._columns:
                for (i, _j), bucket in self._buckets().items():
                    column = self._columns.setdefault(i, {})
                    for entry in bucket:
                        column[id(entry)] = entry
            seen: dict[int, tuple[float, float, float, float, str, bool]] = {}
            for i in range(first, last + 1):
                seen.update(self._columns.get(i, {}))
            entries = sorted(seen.values(), key=_top)
            tallest = max((e[3] - e[1] for e in entries), default=0.0)
            found = self._strips[key] = (entries, [e[1] for e in entries], tallest)
        return found

    MAX_EXTENTS = 64
    """More groups of entries by left and right edge than this (cards of many widths or
    places): :meth:`free_y` walks the buckets instead."""

    def _extents_across(
        self, left: float, right: float
    ) -> list[tuple[list[float], list[tuple[float, float]], float]] | None:
        """The groups of entries (cards and curve bands alike) with one left and right edge
        that overlap ``left``…``right``: each its entries' tops, sorted, their spans with the
        clearance, and its tallest entry's height. A grid has few such groups (a column's
        cards share their edges), so :meth:`free_y` slices a window's spans out of each
        instead of testing every entry of a strip. None: too many groups to help."""
        groups = self._extent_groups()
        if groups is None:
            return None
        return [
            (tops, spans, tall) for x, r, tops, spans, tall, _e in groups if x < right and left < r
        ]

    def _extent_groups(self) -> list[_Extent] | None:
        """The entries grouped by their left and right edges (see :meth:`_extents_across`),
        made on the first call; None when there are more than :data:`MAX_EXTENTS` groups."""
        if self._extents is None:
            by_edges: dict[tuple[float, float], list[_Entry]] = {}
            for entry in self._entries:
                found = by_edges.get((entry[0], entry[2]))
                if found is None:
                    by_edges[(entry[0], entry[2])] = [entry]
                else:
                    found.append(entry)
            self._extents = []
            if len(by_edges) > self.MAX_EXTENTS:
                self._extents = False
            else:
                for (x, r), found in by_edges.items():
                    entries = sorted(found, key=_top)
                    tops = [e[1] for e in entries]
                    spans = [(e[1] - CLEAR, e[3] + CLEAR) for e in entries]
                    tallest = max(e[3] - e[1] for e in entries)
                    self._extents.append((x, r, tops, spans, tallest, entries))
        return None if self._extents is False else self._extents  # type: ignore[return-value]

    def blocked(self, box: Box, ends: tuple[str, ...], *, horizontal: bool) -> bool:
        """Whether a straight run covering ``box`` comes within :data:`CLEAR` of a card other
        than ``ends`` (a horizontal run also of a curve band).

        Asked some 10,000 times for a 5,000-card map: the few groups of entries that share
        their left and right edges (a column's cards) are bisected by their tops for the
        ones that can reach the run, instead of walking every entry of every bucket the run
        crosses (~0.09 of the PDF export's 1.05 s). The same answer either way."""
        x0, y0, x1, y1 = box[0] - CLEAR, box[1] - CLEAR, box[2] + CLEAR, box[3] + CLEAR
        groups = self._extent_groups()
        if groups is not None:
            for left, right, tops, _spans, tallest, entries in groups:
                if left < x1 and x0 < right:
                    # an entry reaches below y0 only if its top is within its height above
                    first = bisect_right(tops, y0 - tallest)
                    last = bisect_left(tops, y1, first)
                    for _l, t, _r, b, card_id, band in entries[first:last]:
                        if y0 < b and t < y1:
                            if band:
                                if horizontal:
                                    return True
                            elif card_id not in ends:
                                return True
            return False
        size = self.BUCKET
        get = self._buckets().get
        j0, j1 = int(y0 // size), int(y1 // size) + 1
        for i in range(int(x0 // size), int(x1 // size) + 1):
            for j in range(j0, j1):
                for left, t, r, b, card_id, band in get((i, j), ()):
                    if left < x1 and x0 < r and t < y1 and y0 < b:
                        if band:
                            if horizontal:
                                return True
                        elif card_id not in ends:
                            return True
        return False

    def span(self, y0: float, y1: float) -> tuple[float, float]:
        """The top of the lane at ``y0`` and the bottom of the lane at ``y1``."""
        top, bottom = self.top, float("inf")
        for lane_top, lane_bottom in self.lanes:
            if lane_top <= y0 < lane_bottom:
                top = lane_top
            if lane_top <= y1 < lane_bottom:
                bottom = lane_bottom
        return max(top, self.top), bottom

    def free_y(
        self,
        prefer: float,
        x0: float,
        x1: float,
        ends: tuple[str, ...],
        within: tuple[float, float] | None = None,
    ) -> float:
        """The height nearest ``prefer`` where a horizontal run from ``x0`` to ``x1`` touches
        no card (the middle of a narrow gap, else as near ``prefer`` as the gap allows),
        ``within`` these heights (the lanes of the flow's cards)."""
        low, high = within or (self.top, float("inf"))
        left, right = min(x0, x1), max(x0, x1)
        extents = None if ends else self._extents_across(left, right)
        if extents is None:
            size = self.BUCKET
            entries, tops, tallest = self._strip(int(left // size), int(right // size))
        window = 100.0
        while True:  # look near ``prefer`` first: a lane may be thousands of units tall
            top, bottom = max(low, prefer - window), min(high, prefer + window)
            if extents is not None:
                # the router's busiest loop: each column's spans that start above
                # ``bottom`` and may reach below ``top`` (by their tops, bisected), sliced
                # whole; a span ending above ``top`` changes no gap that can be chosen
                spans = []
                for extent_tops, extent_spans, extent_tallest in extents:
                    spans += extent_spans[
                        bisect_left(extent_tops, top - extent_tallest - 1.0) : bisect_left(
                            extent_tops, bottom
                        )
                    ]
            else:
                first = bisect_left(tops, top - tallest - 1.0)
                spans = [
                    (t - CLEAR, b + CLEAR)
                    for x, t, r, b, card_id, _band in entries[first : bisect_left(tops, bottom)]
                    if x < right and left < r and b > top and card_id not in ends
                ]
            # by their tops alone (float keys sort several times faster than tuples): spans
            # of one top give the same gaps in any order (the first opens the gap, if any,
            # and each ends below that top)
            spans.sort(key=_start)
            # the free gaps between the spans, top down, each judged as it is found: a gap
            # between two cards is run along its middle, a wider one as near ``prefer`` as
            # it allows; the nearest wins (the first on a tie). A gap that starts further
            # below ``prefer`` than the best so far cannot win, nor can any after it.
            best, best_distance = prefer, float("inf")
            edge = top + CLEAR if top == low else top
            narrow = 6 * CLEAR
            for t, b in spans:
                if t > edge:
                    if edge - prefer > best_distance:
                        break
                    if t - edge < narrow:
                        y = (edge + t) / 2
                    else:
                        y = min(max(prefer, edge + CLEAR), t - CLEAR)
                    distance = abs(y - prefer)
                    if distance < best_distance:
                        best, best_distance = y, distance
                if b > edge:  # max(edge, b), without a call per span
                    edge = b
            else:
                end = bottom - CLEAR if bottom == high else bottom
                if end > edge and edge - prefer <= best_distance:
                    if end - edge < narrow:
                        y = (edge + end) / 2
                    else:
                        y = min(max(prefer, edge + CLEAR), end - CLEAR)
                    distance = abs(y - prefer)
                    if distance < best_distance:
                        best, best_distance = y, distance
            whole = top == low and bottom == high
            if best_distance <= window / 2 or whole:
                return best
            window *= 4

    def run_between(
        self, candidates: Iterable[float], prefer: float, x0: float, x1: float, within: Box
    ) -> float:
        """A height for a horizontal run from ``x0`` to ``x1``: the first of ``candidates``
        that is clear of every card (a quick look), else :meth:`free_y`."""
        low, high = within[1], within[3]
        for y in candidates:
            if low + CLEAR <= y <= high - CLEAR and not self.blocked(
                (min(x0, x1), y, max(x0, x1), y), (), horizontal=True
            ):
                return y
        return self.free_y(prefer, x0, x1, (), (low, high))

    def gutter_right_of(self, x: float) -> float | None:
        """The first column boundary right of ``x`` (None past the grid)."""
        gutters = self.gutters  # sorted: bisected, not walked (asked twice for each flow)
        i = bisect_right(gutters, x + 1.0)
        return gutters[i] if i < len(gutters) else None

    def card_edge_beside(
        self, x: float, y: float, limit: float, ends: tuple[str, ...], *, right: bool
    ) -> float | None:
        """The nearest edge of a card (not one of ``ends``) beside ``x`` at height ``y``,
        before ``limit``: the left edge of one to the right, or the right edge of one to the
        left. For cells with cards side by side, whose gutter is not the column's."""
        size = self.BUCKET
        groups = self._extent_groups()
        if groups is not None:  # the same answer from each column's cards near ``y``
            return _edge_beside(groups, x, y, limit, ends, right, int(y // size), size)
        x0, x1 = (x, limit) if right else (limit, x)
        best: float | None = None
        get = self._buckets().get
        j = int(y // size)
        for i in range(int(x0 // size), int(x1 // size) + 1):
            for left, t, r, b, card_id, band in get((i, j), ()):
                if band or card_id in ends or not (t - CLEAR < y < b + CLEAR):
                    continue
                if right and x <= left < limit and (best is None or left < best):
                    best = left
                if not right and limit < r <= x and (best is None or r > best):
                    best = r
        return best

    def gutter_left_of(self, x: float) -> float | None:
        """The last column boundary left of ``x`` with room for the arrow head."""
        gutters = self.gutters
        i = bisect_left(gutters, x - ARROW_LENGTH - 1.0) - 1
        return gutters[i] if i >= 0 else None


_Entry = tuple[float, float, float, float, str, bool]
"""A card or band in the router: left, top, right, bottom, its id, whether only horizontal
runs avoid it."""
_Extent = tuple[float, float, list[float], list[tuple[float, float]], float, list[_Entry]]
"""Entries of one left and right edge: those edges, their tops and spans, the tallest, the
entries (sorted by their tops)."""


def _edge_beside(
    groups: list[_Extent],
    x: float,
    y: float,
    limit: float,
    ends: tuple[str, ...],
    right: bool,
    row: int,
    size: float,
) -> float | None:
    """:meth:`Router.card_edge_beside` from the entries grouped by their edges: of each group
    whose edge lies between ``x`` and ``limit``, the entries whose tops are near ``y``,
    held to the same test as the bucket walk (a card found in the walk's row of buckets,
    ``row``, reaching ``y`` within :data:`CLEAR`, not a band, not one of ``ends``)."""
    best: float | None = None
    for left, r, tops, _spans, tallest, entries in groups:
        edge = left if right else r
        if right:
            if not (x <= edge < limit) or (best is not None and edge >= best):
                continue
        elif not (limit < edge <= x) or (best is not None and edge <= best):
            continue
        first = bisect_left(tops, y - CLEAR - tallest - 1.0)
        for _l, t, _r, b, card_id, band in entries[first : bisect_left(tops, y + CLEAR + 1.0)]:
            if (
                not band
                and card_id not in ends
                and t - CLEAR < y < b + CLEAR
                and int(t // size) <= row <= int(b // size)
            ):
                best = edge
                break
    return best


def _top(entry: _Entry) -> float:
    return entry[1]


_start = itemgetter(0)
"""A span's top (the sort key of :meth:`Router.free_y`)."""


def _slot(sy: float, ty: float) -> float:
    """A small, deterministic shift left within a gutter, so that flows to different cards
    do not run on top of each other (flows into one card share their last run)."""
    return -LANE_SPREAD * ((round(ty) * 7 + round(sy) * 3) % 4)


def route_points(
    source: Rect,
    target: Rect,
    clearance: float = 6.0,
    router: Router | None = None,
    ends: tuple[str, ...] = (),
) -> list[Point]:
    """The flow's start point followed by the (control, control, end) triples of its cubics.

    The route ends where the arrow head begins; the head points along the last run (down for
    a drop, right otherwise). ``router`` (the layout's) keeps the route clear of the other
    cards; ``ends`` are the ids of the source and target cards (not obstacles).
    """
    if is_drop(source, target):
        x = source.x + source.w / 2
        sy, ey = source.bottom, target.y - DROP_ARROW_LENGTH * 0.8
        return [(x, sy), (x, sy), (x, ey), (x, ey)]
    sx, sy = source.right, source.y + source.h / 2
    ex, ty = target.x - ARROW_LENGTH * 0.6, target.y + target.h / 2
    return _rounded(_polyline(source, target, sx, sy, ex, ty, clearance, router, ends))


def _polyline(
    source: Rect,
    target: Rect,
    sx: float,
    sy: float,
    ex: float,
    ty: float,
    clearance: float,
    router: Router | None,
    ends: tuple[str, ...],
) -> list[Point]:
    """The route's corners (axis-aligned runs)."""
    shift = _slot(sy, ty)
    exit_x = (router.gutter_right_of(source.right) if router else None) or source.right + GUTTER
    entry_x = (router.gutter_left_of(target.x) if router else None) or target.x - GUTTER
    exit_x += shift
    entry_x += shift
    if router is not None:  # cards side by side in a cell: turn in the gap beside the card
        if exit_x - shift - source.right > router.padding + 0.5:
            edge = router.card_edge_beside(source.right, sy, exit_x, ends, right=True)
            if edge is not None:
                exit_x = (source.right + edge) / 2
        if target.x - (entry_x - shift) > router.padding + 0.5:
            edge = router.card_edge_beside(target.x, ty, entry_x, ends, right=False)
            if edge is not None:
                entry_x = (edge + target.x) / 2

    def h_free(y: float, a: float, b: float) -> bool:
        return router is None or not router.blocked(
            (min(a, b), y, max(a, b), y), ends, horizontal=True
        )

    def v_free(x: float, a: float, b: float) -> bool:
        return router is None or not router.blocked(
            (x, min(a, b), x, max(a, b)), ends, horizontal=False
        )

    if target.x > source.right + 2 * CLEAR:  # forward
        gutter = entry_x - shift
        if (
            router is not None
            and gutter == exit_x - shift
            and gutter - source.right <= router.padding + 0.5
            and target.x - gutter <= router.padding + 0.5
        ):  # the next column, each card at its gutter: nothing can stand between them
            if abs(sy - ty) < 0.5:
                return [(sx, sy), (ex, sy)]
            return [(sx, sy), (entry_x, sy), (entry_x, ty), (ex, ty)]
        if abs(sy - ty) < 0.5 and h_free(sy, sx, ex):
            return [(sx, sy), (ex, sy)]
        # one turn in a gutter between the cards: the one right before the target first
        candidates = [entry_x]
        if router is not None:
            candidates += [
                g + shift for g in reversed(router.gutters) if sx + 4 < g + shift < entry_x
            ]
        elif exit_x < entry_x:
            candidates.append(exit_x)
        for gx in candidates:
            if not sx + CORNER < gx < ex - CORNER:
                continue
            # a gutter's vertical run is clear by construction (cards keep to their cells)
            if h_free(sy, sx, gx) and h_free(ty, gx, ex):
                return [(sx, sy), (gx, sy), (gx, ty), (ex, ty)]
        mid = (sx + ex) / 2
        if router is None or (
            h_free(sy, sx, mid) and v_free(mid, sy, ty) and h_free(ty, mid, ex)
        ):  # cards side by side in one cell: turn between them
            return [(sx, sy), (mid, sy), (mid, ty), (ex, ty)]
        # along a free gap between the rows: the one above the target or below the source
        top, bottom = router.span(min(source.y, target.y), max(source.bottom, target.bottom))
        above, below = target.y - router.row_gap / 2, source.bottom + router.row_gap / 2
        tries = sorted((above, below), key=lambda y: abs(y - (sy + ty) / 2))
        cy = router.run_between(tries, (sy + ty) / 2, exit_x, entry_x, (0.0, top, 0.0, bottom))
        return [(sx, sy), (exit_x, sy), (exit_x, cy), (entry_x, cy), (entry_x, ty), (ex, ty)]
    # backward, same column or a loop: around, along the free gap nearest above the target
    if router is None:
        cy = min(source.y, target.y) - clearance
    else:
        top, bottom = router.span(min(source.y, target.y), max(source.bottom, target.bottom))
        above = target.y - router.row_gap / 2
        cy = router.run_between([above], target.y - clearance, entry_x, exit_x, (0, top, 0, bottom))
    return [(sx, sy), (exit_x, sy), (exit_x, cy), (entry_x, cy), (entry_x, ty), (ex, ty)]


def _rounded(corners: list[Point]) -> list[Point]:
    """Cubics through the corners' runs, each corner rounded by up to :data:`CORNER`.

    A straight run is a cubic with its controls at its ends; a corner's controls are the
    corner itself and an end, so every control sits at its end's height.
    """
    points = _dedupe(corners)
    out: list[Point] = [points[0]]
    cx, cy = points[0]
    for i in range(1, len(points) - 1):
        px, py = points[i - 1]
        kx, ky = points[i]
        nx, ny = points[i + 1]
        r = min(CORNER, (abs(kx - px) + abs(ky - py)) / 2, (abs(nx - kx) + abs(ny - ky)) / 2)
        if py == ky:  # horizontal in, vertical out
            ax, ay = (kx - r if kx > px else kx + r), ky
            bx, by = kx, (ky + r if ny > ky else ky - r)
            if (ax, ay) != (cx, cy):
                out += [(cx, cy), (ax, ay), (ax, ay)]
            out += [(kx, ky), (bx, by), (bx, by)]
        else:  # vertical in, horizontal out
            ax, ay = kx, (ky - r if ky > py else ky + r)
            bx, by = (kx + r if nx > kx else kx - r), ky
            if (ax, ay) != (cx, cy):
                out += [(cx, cy), (ax, ay), (ax, ay)]
            out += [(ax, ay), (kx, ky), (bx, by)]
        cx, cy = bx, by
    end = points[-1]
    if end != (cx, cy) or len(out) == 1:
        out += [(cx, cy), end, end]
    return out


def _dedupe(points: list[Point]) -> list[Point]:
    """Drop repeated points and middle points of straight runs."""
    result: list[Point] = []
    for p in points:
        if result and abs(p[0] - result[-1][0]) < 1e-6 and abs(p[1] - result[-1][1]) < 1e-6:
            continue
        if len(result) >= 2:
            (ax, ay), (bx, by) = result[-2], result[-1]
            if (ax == bx == p[0]) or (ay == by == p[1]):
                result[-1] = p
                continue
        result.append(p)
    return result
