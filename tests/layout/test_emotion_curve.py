"""The emotion curve runs through each touchpoint's own emotion, in journey order, in a band
of at least 15 % of its lane; unscored cards stand at their sentiment, as estimates."""

from __future__ import annotations

import pytest

from cjdesigner.layout import GridMetrics, compute_layout, curve_points, emotion_y
from cjdesigner.layout.emotion import SCALE_WIDTH
from cjdesigner.model import JourneyMap, Persona, Sentiment, Stage, Touchpoint
from cjdesigner.storage import load_map


def _map(cells: dict[tuple[int, int], list[tuple[int | None, Sentiment]]]) -> JourneyMap:
    m = JourneyMap(
        stages=[Stage(id=f"s{i}", name=f"S{i}") for i in range(3)],
        personas=[Persona(id="p0", name="A")],
    )
    for (stage, row), cards in cells.items():
        for order, (emotion, sentiment) in enumerate(cards):
            m.touchpoints.append(
                Touchpoint(
                    id=f"t{stage}{row}{order}",
                    stage_id=f"s{stage}",
                    persona_id="p0",
                    title="x",
                    channel="email",
                    order=order,
                    emotion=emotion,
                    sentiment=sentiment,
                )
            )
    m.check()
    return m


def test_a_swing_inside_one_stage_shows_and_order_is_the_journeys() -> None:
    pos, neu, neg = Sentiment.POSITIVE, Sentiment.NEUTRAL, Sentiment.NEGATIVE
    m = _map({(0, 0): [(1, pos)], (1, 0): [(2, pos), (-2, neg), (None, neg)], (2, 0): [(0, neu)]})
    layout = compute_layout(m)
    points = curve_points(m, layout, "p0")
    assert [p.card_id for p in points] == ["t000", "t100", "t101", "t102", "t200"]
    assert [p.emotion for p in points] == [1, 2, -2, -1, 0]  # t102: its sentiment
    assert [p.estimated for p in points] == [False, False, False, True, False]
    assert [p.y for p in points] == [emotion_y(layout, "p0", p.emotion) for p in points]
    xs = [p.x for p in points]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)  # left to right, journey order
    first = layout.stage_headers["s0"]
    assert points[0].x >= first.x + SCALE_WIDTH  # the scale keeps its strip
    for p in points:  # each point in its stage's column
        stage = layout.stage_headers[f"s{p.card_id[1]}"]
        assert stage.x <= p.x <= stage.right


def test_a_lane_with_no_score_has_no_curve() -> None:
    m = _map({(0, 0): [(None, Sentiment.POSITIVE)]})
    assert curve_points(m, compute_layout(m), "p0") == []


@pytest.mark.parametrize("rows", [1, 3, 6, 12])
def test_the_band_is_at_least_15_percent_of_its_lane(rows: int) -> None:
    m = _map({(0, 0): [(0, Sentiment.NEUTRAL)] * rows})
    layout = compute_layout(m)
    band, lane = layout.curve_bands["p0"], layout.lanes["p0"]
    assert band.h >= 0.15 * lane.h and band.h >= GridMetrics().curve_band_height
    assert band.bottom == lane.bottom


@pytest.mark.parametrize(
    "sample", ["online-shop-purchase", "bank-account-opening-pl", "mobile-subscription-ro"]
)
def test_sample_curves_pass_every_card_and_ring_moments_on_them(samples_dir, sample) -> None:
    from cjdesigner.layout import moments_of_truth

    m = load_map(samples_dir / f"{sample}.cjm").map
    layout = compute_layout(m)
    moments = moments_of_truth(m)
    for persona in m.personas:
        points = curve_points(m, layout, persona.id)
        cards = [t for t in m.touchpoints if t.persona_id == persona.id]
        if not any(t.emotion is not None for t in cards):
            assert points == []
            continue
        assert {p.card_id for p in points} == {t.id for t in cards}
        band = layout.curve_bands[persona.id]
        assert all(band.y < p.y < band.bottom for p in points)
        for p in points:  # a moment's ring sits on the curve, at its own emotion
            if p.card_id in moments:
                t = m.touchpoint(p.card_id)
                assert p.y == emotion_y(layout, persona.id, t.emotion)


@pytest.mark.parametrize(
    "sample", ["online-shop-purchase", "bank-account-opening-pl", "mobile-subscription-ro"]
)
def test_curves_from_the_cards_by_id_are_the_same(samples_dir, sample: str) -> None:
    """A caller drawing every lane passes the map's cards by id once (no pass over all the
    cards per lane): the same points; a card of another lane in a cell is still left out."""
    m = load_map(samples_dir / f"{sample}.cjm").map
    layout = compute_layout(m, GridMetrics())
    by_id = {t.id: t for t in m.touchpoints}
    for persona_id in layout.persona_order:
        assert curve_points(m, layout, persona_id, by_id) == curve_points(m, layout, persona_id)
    first, other = m.personas[0].id, m.personas[1].id
    stray = next(t for t in m.touchpoints if t.persona_id == other)
    cell = (layout.stage_order[0], first)
    layout.cell_cards[cell] = [*layout.cell_cards.get(cell, []), stray.id]
    assert curve_points(m, layout, first, by_id) == curve_points(m, layout, first)
    assert stray.id not in {p.card_id for p in curve_points(m, layout, first, by_id)}
