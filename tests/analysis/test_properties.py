"""Rules that hold for any map, checked on random small maps (hypothesis)."""

from __future__ import annotations

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjdesigner.analysis import FindingKind, analyze, build_graph, report_to_json
from cjdesigner.model import Connection, JourneyMap, Persona, Sentiment, Stage, Touchpoint

STAGE_IDS = ["s1", "s2", "s3", "s4", "s5"]


@st.composite
def random_maps(draw: st.DrawFn) -> JourneyMap:
    personas = [Persona(id="p0", name="Ana"), Persona(id="p1", name="Ștefan")]
    personas = personas[: draw(st.integers(1, 2))]
    n = draw(st.integers(0, 12))
    cards: list[Touchpoint] = []
    for i in range(n):
        stage = draw(st.sampled_from(STAGE_IDS))
        persona = draw(st.sampled_from([p.id for p in personas]))
        cards.append(
            Touchpoint(
                id=f"c{i}",
                stage_id=stage,
                persona_id=persona,
                order=sum(1 for t in cards if t.cell == (stage, persona)),
                title=f"Card {i}",
                channel="website",
                sentiment=draw(st.sampled_from(list(Sentiment))),
                emotion=draw(st.none() | st.integers(-2, 2)),
                journey_end=draw(st.booleans()),
            )
        )
    flows: list[Connection] = []
    if n >= 2:
        pairs = draw(
            st.sets(
                st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(
                    lambda p: p[0] != p[1]
                ),
                max_size=3 * n,
            )
        )
        flows = [Connection(id=f"f{u}_{v}", source=f"c{u}", target=f"c{v}") for u, v in pairs]
    return JourneyMap(
        stages=[Stage(id=s, name=s.upper()) for s in STAGE_IDS],
        personas=personas,
        touchpoints=cards,
        connections=flows,
    )


@settings(max_examples=120, deadline=None)
@given(random_maps())
def test_findings_are_consistent_on_any_map(m: JourneyMap) -> None:
    report = analyze(m)
    g = build_graph(m)
    cards = {t.id: t for t in m.touchpoints}
    of = {kind: report.of_kind(kind) for kind in FindingKind}
    ends = {f.touchpoint_ids[0] for f in of[FindingKind.END_POINT]}
    for f in report.findings:
        assert f.message
        assert set(f.touchpoint_ids) <= cards.keys()
    for f in of[FindingKind.END_POINT]:
        assert g.out_degree(f.touchpoint_ids[0]) == 0
    # cards without any flow: counted, never an entry, end, dead end or unreachable card
    loose = {t.id for t in m.touchpoints if not g.degree(t.id)}
    assert report.left_out == len(loose)
    assert bool(report.note) == bool(loose)
    lane_kinds = (FindingKind.ENTRY_POINT, FindingKind.END_POINT, FindingKind.DEAD_END)
    assert not [
        f
        for k in (*lane_kinds, FindingKind.UNREACHABLE)
        for f in of[k]
        if loose & set(f.touchpoint_ids)
    ]
    # every card with a flow that no own flow leads into is still an entry point
    own_in = {t.id: 0 for t in m.touchpoints}
    for _source, v, cross in g.edges(data="cross_lane"):
        if not cross:
            own_in[v] += 1
    entry_cards = {f.touchpoint_ids[0] for f in of[FindingKind.ENTRY_POINT]}
    assert {c for c, n in own_in.items() if not n and c not in loose} <= entry_cards
    for f in of[FindingKind.DEAD_END]:
        (card,) = f.touchpoint_ids
        assert card in ends
        assert not cards[card].journey_end
        assert cards[card].stage_id != "s5"
    for f in of[FindingKind.LOOP]:
        loop = f.touchpoint_ids
        assert len(loop) >= 2
        if f.message.startswith("Loop for"):  # one cycle, in flow order
            closed = zip(loop, loop[1:] + loop[:1], strict=True)
            assert [g.edges[u, v]["id"] for u, v in closed] == list(f.connection_ids)
        else:  # a tangled group
            assert nx.is_strongly_connected(g.subgraph(loop))
    critical = of[FindingKind.CRITICAL_MOMENT]
    assert {f.touchpoint_ids[0] for f in critical} == {
        t.id for t in m.touchpoints if t.sentiment == Sentiment.NEGATIVE
    }
    for f in critical:
        assert f.score is not None and 0.0 <= f.score <= 1.0
    # Every card that takes part in a flow is either reachable or reported unreachable, and an
    # unreachable card is never an entry point.
    unreachable = {f.touchpoint_ids[0] for f in of[FindingKind.UNREACHABLE]}
    entries = {f.touchpoint_ids[0] for f in of[FindingKind.ENTRY_POINT]}
    assert not unreachable & entries
    assert sum(f.touchpoint_count for f in report.figures) == len(m.touchpoints)
    assert report_to_json(report)["summary"] == {k.value: len(v) for k, v in of.items()}
    assert analyze(m).findings == report.findings


@settings(max_examples=120, deadline=None)
@given(random_maps())
def test_reachability_and_journey_shares_agree_with_brute_force(m: JourneyMap) -> None:
    """Unreachable cards and critical-moment shares, recomputed the slow, obvious way."""
    report = analyze(m)
    g = build_graph(m)
    entries = {f.touchpoint_ids[0] for f in report.of_kind(FindingKind.ENTRY_POINT)}
    unreachable = {f.touchpoint_ids[0] for f in report.of_kind(FindingKind.UNREACHABLE)}
    shares = {f.touchpoint_ids[0]: f.score for f in report.of_kind(FindingKind.CRITICAL_MOMENT)}
    for persona in m.personas:
        cards = [t.id for t in m.touchpoints if t.persona_id == persona.id]
        if not any(g.degree(c) for c in cards):
            assert not (entries | unreachable) & set(cards)
            continue
        lane = g.subgraph(cards).copy()
        lane.remove_edges_from([(u, v) for u, v, x in lane.edges(data="cross_lane") if x])
        handed_over = {
            c for c in cards if any(g.nodes[p]["persona_id"] != persona.id for p in g.pred[c])
        }
        # a card without any flow starts (and ends) its own journey, but is no entry point
        loose = {c for c in cards if not g.degree(c)}
        assert not (entries | unreachable) & loose
        roots = (entries & set(cards)) | handed_over | loose
        reached = set(roots).union(*(nx.descendants(lane, r) for r in roots))
        assert unreachable & set(cards) == set(cards) - reached
        if not nx.is_directed_acyclic_graph(lane):
            continue
        starts = [r for r in roots if lane.degree(r)]
        sinks = [c for c in cards if lane.degree(c) and lane.out_degree(c) == 0]
        journeys = [
            path
            for s in starts
            for t in sinks
            for path in ([[s]] if s == t else nx.all_simple_paths(lane, s, t))
        ]
        for card, share in shares.items():
            if card in lane:
                through = sum(card in path for path in journeys)
                expected = through / len(journeys) if journeys else 0.0
                assert share == pytest.approx(expected), card
