"""Connection routes: the same plain-number route for the canvas and the PDF, orthogonal,
through the gutters, clear of every card but its two ends, arrow heads in view."""

from __future__ import annotations

import itertools
import random

import pytest

from cjdesigner.layout import GridMetrics, Rect, compute_layout
from cjdesigner.layout.labels import flatten
from cjdesigner.layout.routing import (
    ARROW_HALF_WIDTH,
    ARROW_LENGTH,
    CORNER,
    DROP_ARROW_LENGTH,
    Router,
    is_drop,
    route_points,
)
from cjdesigner.storage import load_map

CARD = (176.0, 76.0)
SAMPLES = ["online-shop-purchase", "bank-account-opening-pl", "mobile-subscription-ro"]


def card(x: float, y: float) -> Rect:
    return Rect(x, y, *CARD)


def _runs_are_orthogonal(points) -> bool:
    line = flatten(points, steps=1)  # corners as chords: only the straight runs matter here
    return all(
        abs(a[0] - b[0]) < 1e-6 or abs(a[1] - b[1]) < 1e-6 or _length(a, b) <= 2 * CORNER + 1e-6
        for a, b in itertools.pairwise(line)
    )


def _length(a, b) -> float:
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


def _controls_at_end_heights(points) -> bool:
    """Each cubic keeps its controls at its ends' heights (the canvas's cut relies on it)."""
    for i in range(0, len(points) - 3, 3):
        (_x0, y0), (_x1, y1), (_x2, y2), (_x3, y3) = points[i : i + 4]
        if y1 != y0 or y2 != y3:
            return False
    return True


def test_forward_flow_leaves_right_edge_and_enters_left_edge() -> None:
    a, b = card(0, 0), card(400, 200)
    points = route_points(a, b)
    assert points[0] == (a.right, a.center[1])
    assert points[-1] == (b.x - ARROW_LENGTH * 0.6, b.center[1])
    assert points[-2][1] == points[-1][1]  # the last run is horizontal: the head points right
    assert _runs_are_orthogonal(points) and _controls_at_end_heights(points)


def test_same_height_forward_flow_is_one_straight_run() -> None:
    a, b = card(0, 0), card(400, 0)
    points = route_points(a, b)
    assert len(points) == 4 and {p[1] for p in points} == {a.center[1]}


def test_drop_to_the_card_below_is_straight() -> None:
    a, b = card(0, 0), card(0, 86)
    assert is_drop(a, b)
    points = route_points(a, b)
    assert {p[0] for p in points} == {a.center[0]}
    assert points[0][1] == a.bottom and points[-1][1] < b.y


def test_backward_flow_goes_around_and_enters_from_the_left() -> None:
    a, b = card(400, 0), card(0, 200)
    points = route_points(a, b)
    xs = [p[0] for p in points]
    assert max(xs) > a.right and min(xs) < b.x  # out to the right, in from the left
    assert points[-1] == (b.x - ARROW_LENGTH * 0.6, b.center[1])
    assert _runs_are_orthogonal(points) and _controls_at_end_heights(points)


def test_a_skip_over_a_card_goes_round_it() -> None:
    """A forward flow with a card in the way at its height runs along a free gap."""
    m = GridMetrics()
    a, middle, b = card(12, 12), card(212, 12), card(412, 12)
    router = Router([("a", a), ("m", middle), ("b", b)], [0.0, 200.0, 400.0, 600.0], top=0.0)
    points = route_points(a, b, router=router, ends=("a", "b"))
    assert not _crosses(points, middle)
    assert m.card_width == CARD[0]


def _crosses(points, r: Rect, margin: float = 0.5) -> bool:
    inner = Rect(r.x + margin, r.y + margin, r.w - 2 * margin, r.h - 2 * margin)
    line = flatten(points, steps=8)
    for (ax, ay), (bx, by) in itertools.pairwise(line):
        for k in range(11):
            u = k / 10
            if inner.contains(ax + (bx - ax) * u, ay + (by - ay) * u):
                return True
    return False


def _head(points, drop: bool) -> Rect:
    ex, ey = points[-1]
    if drop:
        tip = ey + DROP_ARROW_LENGTH * 0.8
        return Rect(ex - ARROW_HALF_WIDTH, tip - DROP_ARROW_LENGTH, 2 * ARROW_HALF_WIDTH, 7.0)
    tip = ex + ARROW_LENGTH * 0.6
    return Rect(tip - ARROW_LENGTH, ey - ARROW_HALF_WIDTH, ARROW_LENGTH, 2 * ARROW_HALF_WIDTH)


@pytest.mark.parametrize("sample", SAMPLES)
@pytest.mark.parametrize("curves", [True, False])
def test_sample_routes_cross_no_other_card_and_heads_show(
    samples_dir, sample: str, curves: bool
) -> None:
    m = load_map(samples_dir / f"{sample}.cjm").map
    layout = compute_layout(m, GridMetrics(show_curves=curves))
    router = Router.of_layout(layout)
    cards = layout.cards
    assert m.connections
    for c in m.connections:
        source, target = cards[c.source], cards[c.target]
        points = route_points(source, target, router=router, ends=(c.source, c.target))
        assert _controls_at_end_heights(points), c.id
        head = _head(points, is_drop(source, target))
        for card_id, r in cards.items():
            if card_id not in (c.source, c.target):
                assert not _crosses(points, r), (c.id, card_id)
            inner = Rect(r.x + 0.5, r.y + 0.5, r.w - 1, r.h - 1)
            assert not inner.intersects(head), (c.id, card_id)  # the head is in view
        # routes stay in the grid, below the stage headers
        assert min(p[1] for p in points) >= layout.metrics.header_height
        assert min(p[0] for p in points) >= layout.metrics.lane_header_width


def test_cards_side_by_side_in_a_cell_are_routed_around() -> None:
    """A layout may put several cards side by side in a wide cell: a flow from the left one
    to the next column turns in the gap beside it, not through its neighbour."""
    a, b, c = card(12, 12), card(200, 12), card(412, 12)
    below = card(12, 98)
    cards = {"a": a, "b": b, "c": c, "d": below}
    router = Router(cards.items(), [0.0, 400.0, 600.0], top=0.0, padding=12.0)
    for source, target in (("a", "c"), ("a", "b"), ("b", "a"), ("d", "b"), ("c", "a")):
        points = route_points(cards[source], cards[target], router=router, ends=(source, target))
        for other, r in cards.items():
            if other not in (source, target):
                assert not _crosses(points, r), (source, target, other)


@pytest.mark.parametrize("seed", range(6))
def test_free_heights_by_column_groups_match_the_walk_over_buckets(seed: int) -> None:
    """:meth:`Router.free_y` slices each column's spans (cards sharing their edges) instead
    of testing every entry of a strip: the same heights, on grids dense and sparse."""
    rng = random.Random(seed)
    columns = [40.0 + 200.0 * i for i in range(rng.randint(2, 7))]
    cards: list[tuple[str, Rect]] = []
    for x in columns:
        y = rng.uniform(0, 30)
        for _ in range(rng.randint(3, 40)):
            height = rng.choice((48.0, 64.5, 90.0, 300.0))
            cards.append((f"c{len(cards)}", Rect(x, y, 176.0, height)))
            y += height + rng.choice((6.0, 6.0, 10.0, 40.0))
    bands = [Rect(0.0, rng.uniform(100, 2000), 1500.0, 45.0) for _ in range(rng.randint(0, 3))]
    lanes = [Rect(0.0, 0.0, 1500.0, 4000.0)]
    grouped = Router(cards, columns, bands, 0.0, lanes, 6.0, 8.0)
    walked = Router(cards, columns, bands, 0.0, lanes, 6.0, 8.0)
    walked.MAX_EXTENTS = 0  # too many groups for this one: it walks the buckets
    for _ in range(300):
        x0, x1 = rng.uniform(-50, 1500), rng.uniform(-50, 1500)
        prefer = rng.uniform(-100, 4200)
        within = rng.choice(((0.0, 4000.0), (rng.uniform(0, 1000), rng.uniform(1000, 4000))))
        expected = walked.free_y(prefer, x0, x1, (), within)
        assert grouped.free_y(prefer, x0, x1, (), within) == expected
    assert grouped._extents and walked._extents is False  # each took its own way


def _grouped_and_walked(rng: random.Random) -> tuple[list[tuple[str, Rect]], Router, Router]:
    """A random grid (columns of one or two cards across, curve bands) and two routers of it:
    one that groups the cards by their column edges, one that walks the buckets."""
    cards: list[tuple[str, Rect]] = []
    for column in range(rng.randint(2, 6)):
        across = rng.choice((1, 2))
        for slot in range(across):
            x = 40.0 + 400.0 * column + slot * 190.0
            y = rng.uniform(0, 30)
            for _ in range(rng.randint(3, 30)):
                height = rng.choice((48.0, 64.5, 90.0, 300.0))
                cards.append((f"c{len(cards)}", Rect(x, y, 176.0, height)))
                y += height + rng.choice((6.0, 6.0, 10.0, 40.0))
    bands = [Rect(0.0, rng.uniform(100, 2000), 2500.0, 45.0) for _ in range(rng.randint(0, 3))]
    gutters = [30.0 + 400.0 * i for i in range(7)]
    grouped = Router(cards, gutters, bands, 0.0, [], 6.0, 8.0)
    walked = Router(cards, gutters, bands, 0.0, [], 6.0, 8.0)
    walked.MAX_EXTENTS = 0  # too many groups for this one: it walks the buckets
    return cards, grouped, walked


@pytest.mark.parametrize("seed", range(6))
def test_card_edges_beside_by_column_groups_match_the_walk_over_buckets(seed: int) -> None:
    """:meth:`Router.card_edge_beside` looks at each column's cards near the height instead of
    walking a row of buckets: the same edge (or none), cells with one or two cards across,
    bands and the route's own cards left out alike."""
    rng = random.Random(seed)
    cards, grouped, walked = _grouped_and_walked(rng)
    ids = [card_id for card_id, _ in cards]
    for _ in range(400):
        x, limit = rng.uniform(0, 2500), rng.uniform(0, 2500)
        y = rng.choice((rng.uniform(-10, 4000), rng.choice(cards)[1].y - rng.uniform(0, 3)))
        ends = tuple(rng.sample(ids, 2))
        right = x < limit
        expected = walked.card_edge_beside(x, y, limit, ends, right=right)
        assert grouped.card_edge_beside(x, y, limit, ends, right=right) == expected
    assert grouped._extents and walked._extents is False  # each took its own way


@pytest.mark.parametrize("seed", range(6))
def test_blocked_runs_by_column_groups_match_the_walk_over_buckets(seed: int) -> None:
    """:meth:`Router.blocked` bisects each column's cards by their tops instead of walking
    every entry of the buckets a run crosses: the same answer for runs across and along
    columns, near card edges, with the route's own cards and the curve bands (horizontal runs
    only) as before."""
    rng = random.Random(seed)
    cards, grouped, walked = _grouped_and_walked(rng)
    ids = [card_id for card_id, _ in cards]
    answers = set()
    for _ in range(600):
        horizontal = rng.random() < 0.5
        if horizontal:
            x0, x1 = sorted((rng.uniform(0, 2500), rng.uniform(0, 2500)))
            y = rng.choice(
                (rng.uniform(-10, 4000), rng.choice(cards)[1].bottom + rng.uniform(0, 4))
            )
            box = (x0, y, x1, y)
        else:
            y0, y1 = sorted((rng.uniform(-10, 4000), rng.uniform(-10, 4000)))
            x = rng.choice((rng.uniform(0, 2500), rng.choice(cards)[1].right + rng.uniform(0, 4)))
            box = (x, y0, x, y1)
        ends = tuple(rng.sample(ids, 2))
        expected = walked.blocked(box, ends, horizontal=horizontal)
        assert grouped.blocked(box, ends, horizontal=horizontal) == expected, (box, ends)
        answers.add(expected)
    assert answers == {True, False}  # both answers were asked for
    assert grouped._extents and walked._extents is False  # each took its own way


@pytest.mark.parametrize("seed", range(20))
def test_the_gutters_beside_a_point_are_found_as_a_walk_finds_them(seed: int) -> None:
    """The column boundaries right and left of a point, bisected: the ones a walk over the
    sorted boundaries finds (the first right of it, the last left of it with room for an
    arrow head), None past either end, also at a boundary itself."""
    rng = random.Random(seed)
    gutters = [
        rng.choice((rng.uniform(0, 2000), 180.0 + 200 * k)) for k in range(rng.randint(0, 12))
    ]
    router = Router([], gutters)
    xs = [rng.uniform(-100, 2200) for _ in range(40)] + [
        g + d for g in gutters for d in (-1, 0, 1, 10)
    ]
    for x in xs:
        right = next((g for g in router.gutters if g > x + 1.0), None)
        left = next((g for g in reversed(router.gutters) if g < x - ARROW_LENGTH - 1.0), None)
        assert router.gutter_right_of(x) == right
        assert router.gutter_left_of(x) == left
