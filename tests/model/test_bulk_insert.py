"""Inserting many cards and flows at once (a paste, a duplicate) gives what inserting them one
by one gives — the same map, the same placements for undo — in linear time (QA s5 G2: a paste
of 5,000 cards into a 5,000-card map took 20 s)."""

from __future__ import annotations

import random
from itertools import pairwise

import pytest

from cjdesigner.model import Connection, JourneyMap, Persona, Stage, Touchpoint
from cjdesigner.model import operations as op


def _map(rng: random.Random) -> JourneyMap:
    m = JourneyMap(
        stages=[Stage(id=f"s{i}", name=f"S{i}") for i in range(3)],
        personas=[Persona(id=f"p{i}", name=f"P{i}") for i in range(2)],
    )
    counts: dict[tuple[str, str], int] = {}
    for i in range(rng.randrange(0, 12)):
        cell = (f"s{rng.randrange(3)}", f"p{rng.randrange(2)}")
        order = counts.get(cell, 0)
        counts[cell] = order + 1
        m.touchpoints.append(
            Touchpoint(
                id=f"t{i}",
                stage_id=cell[0],
                persona_id=cell[1],
                order=order,
                title=f"T{i}",
                channel="email",
            )
        )
    m.check()
    return m


def _batch(rng: random.Random, m: JourneyMap) -> list[tuple[Touchpoint, int | None]]:
    return [
        (
            Touchpoint(
                id=f"n{i}",
                stage_id=f"s{rng.randrange(3)}",
                persona_id=f"p{rng.randrange(2)}",
                title=f"N{i}",
                channel="email",
            ),
            rng.choice([None, 0, 1, 2, 5]),
        )
        for i in range(rng.randrange(1, 10))
    ]


@pytest.mark.parametrize("seed", range(40))
def test_bulk_insert_equals_one_by_one(seed: int) -> None:
    rng = random.Random(seed)
    base = _map(rng)
    batch = _batch(rng, base)
    one_by_one, bulk = base.model_copy(deep=True), base.model_copy(deep=True)
    expected: dict[str, op.Placement] = {}
    for card, index in batch:
        for key, value in op.insert_touchpoint(one_by_one, card.model_copy(), index).items():
            expected.setdefault(key, value)
    got = op.insert_touchpoints(bulk, [(card.model_copy(), index) for card, index in batch])
    assert got == expected
    assert bulk.model_dump() == one_by_one.model_dump()
    ids = [t.id for t in bulk.touchpoints]
    flows = [
        Connection(id=f"c{i}", source=a, target=b)
        for i, (a, b) in enumerate(pairwise(ids))
        if a != b
    ][:6]
    for flow in flows:
        op.insert_connection(one_by_one, flow.model_copy())
    op.insert_connections(bulk, [flow.model_copy() for flow in flows])
    assert bulk.model_dump() == one_by_one.model_dump()
    bulk.check()


def test_bulk_insert_refuses_what_one_by_one_refuses() -> None:
    m = _map(random.Random(1))
    card = Touchpoint(id="x", stage_id="s0", persona_id="p0", title="X", channel="email")
    twin = Touchpoint(id="x", stage_id="s1", persona_id="p1", title="Y", channel="email")
    with pytest.raises(op.OperationError, match="already in the map"):
        op.insert_touchpoints(m, [(card, None), (twin, None)])
    lost = Touchpoint(id="y", stage_id="nope", persona_id="p0", title="Y", channel="email")
    with pytest.raises(op.OperationError, match="stage of the touchpoint"):
        op.insert_touchpoints(m, [(lost, None)])
    self_loop = Connection(id="c", source="x", target="x")
    with pytest.raises(op.OperationError, match="cannot connect to itself"):
        op.insert_connections(m, [self_loop])
    a, b = m.touchpoints[0].id, "x"
    with pytest.raises(op.OperationError, match="already connected"):
        op.insert_connections(
            m, [Connection(id="c1", source=a, target=b), Connection(id="c2", source=a, target=b)]
        )
