"""The grid layout: cells grow to fit their cards, lanes and columns align, nothing overlaps."""

from __future__ import annotations

import itertools

from cjdesigner.layout import GridMetrics, compute_layout, emotion_curve, stage_emotions
from cjdesigner.model import JourneyMap, Persona, Stage, Touchpoint
from cjdesigner.model import operations as op


def make_map() -> JourneyMap:
    m = JourneyMap(
        stages=[Stage(id=f"s{i}", name=f"S{i}") for i in range(3)],
        personas=[Persona(id="p0", name="A"), Persona(id="p1", name="B")],
    )
    for i in range(3):
        op.insert_touchpoint(
            m,
            Touchpoint(
                id=f"a{i}",
                stage_id="s1",
                persona_id="p0",
                title="x",
                channel="email",
                emotion=i - 1,
            ),
        )
    op.insert_touchpoint(
        m,
        Touchpoint(id="b0", stage_id="s0", persona_id="p1", title="x", channel="email", emotion=-2),
    )
    return m


def test_cells_grow_and_cards_never_overlap() -> None:
    m = make_map()
    layout = compute_layout(m)
    cards = list(layout.cards.values())
    assert len(cards) == 4
    for a, b in itertools.combinations(cards, 2):
        assert not a.intersects(b)
    for card_id, rect in layout.cards.items():
        t = m.touchpoint(card_id)
        cell = layout.cells[(t.stage_id, t.persona_id)]
        assert cell.x <= rect.x and rect.right <= cell.right
        assert cell.y <= rect.y and rect.bottom <= cell.bottom
    lane0 = layout.lanes["p0"]
    lane1 = layout.lanes["p1"]
    assert lane0.h > lane1.h  # three stacked cards need a taller lane
    assert lane1.y == lane0.bottom
    # every cell of a lane has the lane's height; every cell of a column its width
    for (stage_id, persona_id), rect in layout.cells.items():
        assert rect.y == layout.lanes[persona_id].y
        assert rect.x == layout.stage_headers[stage_id].x
        assert rect.w == layout.stage_headers[stage_id].w


def test_hit_testing_and_insertion_index() -> None:
    layout = compute_layout(make_map())
    cell = layout.cells[("s1", "p0")]
    assert layout.cell_at(cell.x + 5, cell.y + 5) == ("s1", "p0")
    assert layout.cell_at(-10, -10) is None
    assert layout.cell_at(*layout.stage_headers["s0"].center) is None
    assert layout.insertion_index(("s1", "p0"), cell.y) == 0
    assert layout.insertion_index(("s1", "p0"), layout.cards["a1"].bottom) == 2
    assert layout.insertion_index(("s1", "p0"), cell.bottom, exclude=frozenset({"a0"})) == 2
    assert layout.insertion_index(("s2", "p1"), cell.bottom) == 0


def test_emotion_curve_follows_each_card_and_stage_means_stay() -> None:
    m = make_map()
    layout = compute_layout(m)
    assert stage_emotions(m, "p0") == [None, 0.0, None]
    (point,) = emotion_curve(m, layout, "p1")  # one card, one point
    band = layout.curve_bands["p1"]
    assert band.y < point[1] <= band.bottom  # -2 sits at the bottom of the band
    assert len(emotion_curve(m, layout, "p0")) == 3  # each card, not the stage's mean
    no_curves = compute_layout(m, GridMetrics(show_curves=False))
    assert not no_curves.curve_bands and no_curves.height < layout.height


def test_large_map_lays_out_every_card() -> None:
    m = JourneyMap(
        stages=[Stage(id=f"s{i}", name="S") for i in range(8)],
        personas=[Persona(id=f"p{i}", name="P") for i in range(10)],
    )
    m.touchpoints = [
        Touchpoint(
            id=f"t{i}",
            stage_id=f"s{i % 8}",
            persona_id=f"p{(i // 8) % 10}",
            order=i // 80,
            title="t",
            channel="website",
        )
        for i in range(5000)
    ]
    m.check()
    layout = compute_layout(m)
    assert len(layout.cards) == 5000
    assert layout.height > 0 and layout.width == 180 + 8 * 200


def test_own_card_heights_and_two_cards_across_never_overlap() -> None:
    m = make_map()
    heights = {"a0": 40.0, "a1": 95.0, "a2": 60.0, "b0": 30.0}
    plain = compute_layout(m)
    for across in (1, 2):
        metrics = GridMetrics(card_width=150.0, cards_across=across, card_height=20.0)
        layout = compute_layout(m, metrics, heights)
        assert metrics.column_width == across * 150 + (across - 1) * 10 + 24
        for a, b in itertools.combinations(layout.cards.values(), 2):
            assert not a.intersects(b)
        for card_id, rect in layout.cards.items():
            t = m.touchpoint(card_id)
            cell = layout.cells[(t.stage_id, t.persona_id)]
            assert cell.x <= rect.x and rect.right <= cell.right
            assert cell.y <= rect.y and rect.bottom <= cell.bottom
            assert rect.h >= heights[card_id]  # a row is as tall as its tallest card
        if across == 1:
            assert [layout.cards[i].h for i in ("a0", "a1", "a2")] == [40.0, 95.0, 60.0]
        else:  # a0 and a1 side by side in the first row, a2 below them
            a0, a1, a2 = (layout.cards[i] for i in ("a0", "a1", "a2"))
            assert a0.y == a1.y and a0.h == a1.h == 95.0 and a1.x > a0.right
            assert a2.y == a0.bottom + metrics.card_gap and a2.x == a0.x
    # without heights the canvas's layout is what it always was
    assert compute_layout(m, GridMetrics(), None).cards == plain.cards
