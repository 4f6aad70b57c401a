"""Known answers for every finding kind on hand-built maps (see conftest.py for the maps)."""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING

import networkx as nx
import pytest

from cjdesigner import i18n
from cjdesigner.analysis import (
    Finding,
    FindingKind,
    analyze,
    analyze_graph,
    build_graph,
    kind_description,
    kind_title,
)
from cjdesigner.analysis import findings as findings_module
from cjdesigner.model import JourneyMap, Sentiment

if TYPE_CHECKING:
    from conftest import MapBuilder


def ids(findings: tuple[Finding, ...]) -> list[tuple[str, ...]]:
    return [f.touchpoint_ids for f in findings]


def single(findings: tuple[Finding, ...]) -> list[str]:
    """The card of each single-card finding, in report order."""
    assert all(len(f.touchpoint_ids) == 1 for f in findings)
    return [f.touchpoint_ids[0] for f in findings]


# -- the graph --------------------------------------------------------------------------------


def test_graph_has_cards_as_nodes_and_flows_as_edges(shop_map: JourneyMap) -> None:
    g = build_graph(shop_map)
    assert isinstance(g, nx.DiGraph)
    assert set(g.nodes) == {t.id for t in shop_map.touchpoints}
    assert g.number_of_edges() == len(shop_map.connections)
    call = g.nodes["a_call"]
    assert call["title"] == "Call centre wait"
    assert (call["stage_index"], call["persona_index"], call["order"]) == (2, 0, 0)
    assert call["sentiment"] == "negative"
    assert call["emotion"] == -2
    edge = g.edges["a_call", "a_site"]
    assert edge["id"] == "a_call:a_site"
    assert edge["stage_delta"] == -1
    assert edge["persona_id"] == "pa"
    assert not edge["cross_lane"]
    assert g.graph["stages"][0] == ("s1", "Awareness")


# -- entry, end, dead end, unreachable --------------------------------------------------------


def test_entry_points_per_persona(shop_map: JourneyMap) -> None:
    report = analyze(shop_map)
    entries = report.of_kind(FindingKind.ENTRY_POINT)
    # Zofia's lane has no flow at all: no flow findings for her card.
    assert single(entries) == ["a_ad", "m_store"]
    assert [f.persona_id for f in entries] == ["pa", "pm"]
    assert entries[0].stage_id == "s1"
    assert entries[0].message == (
        "Anna starts at “Instagram ad” (Awareness): no flow of this lane leads into it."
    )


def test_end_points_and_dead_ends(shop_map: JourneyMap) -> None:
    report = analyze(shop_map)
    ends = report.of_kind(FindingKind.END_POINT)
    assert single(ends) == ["a_promo", "a_thanks", "a_review", "m_pay"]
    dead = report.of_kind(FindingKind.DEAD_END)
    # The review request is in the last stage and the thank-you e-mail is marked as an end.
    assert single(dead) == ["a_promo", "m_pay"]
    assert dead[0].persona_id == "pa"
    assert dead[0].stage_id == "s2"
    assert dead[0].message == (
        "“Promo e-mail” (Appeal, Anna) leads nowhere: no flow goes on from it, it is not in the "
        "last stage and it is not marked as a journey end."
    )
    assert "z_ad" not in {f.touchpoint_ids[0] for f in ends}


def test_a_loop_nothing_leads_into_is_unreachable(shop_map: JourneyMap) -> None:
    unreachable = analyze(shop_map).of_kind(FindingKind.UNREACHABLE)
    assert single(unreachable) == ["a_forum", "a_faq"]
    assert unreachable[0].message == (
        "“Forum” (Appeal, Anna) cannot be reached from where Anna's journey starts."
    )


def test_a_journey_drawn_as_a_closed_loop_starts_at_its_earliest_card(
    loyalty_map: JourneyMap,
) -> None:
    report = analyze(loyalty_map)
    entries = report.of_kind(FindingKind.ENTRY_POINT)
    assert single(entries) == ["i1"]
    assert "taken as the start" in entries[0].message
    assert report.of_kind(FindingKind.UNREACHABLE) == ()
    assert report.of_kind(FindingKind.END_POINT) == ()
    assert report.of_kind(FindingKind.DEAD_END) == ()
    assert ids(report.of_kind(FindingKind.LOOP)) == [("i1", "i2", "i3")]
    # Every journey goes round the loop: the negative app offer carries all of them.
    (critical,) = report.of_kind(FindingKind.CRITICAL_MOMENT)
    assert critical.touchpoint_ids == ("i2",)
    assert critical.score == pytest.approx(1.0)


def test_flows_across_lanes_belong_to_their_source(handover_map: JourneyMap) -> None:
    report = analyze(handover_map)
    # The user's onboarding is entered from the buyer's lane: the user's journey starts there.
    assert single(report.of_kind(FindingKind.ENTRY_POINT)) == ["b1", "u1"]
    # A flow into another lane is a way on: the demo call and daily use are no end points.
    assert report.of_kind(FindingKind.END_POINT) == ()
    assert report.of_kind(FindingKind.DEAD_END) == ()
    assert report.of_kind(FindingKind.UNREACHABLE) == ()
    (loop,) = report.of_kind(FindingKind.LOOP)
    assert loop.touchpoint_ids == ("b2", "u1", "u2")
    assert loop.persona_id is None
    assert loop.connection_ids == ("b2:u1", "u1:u2", "u2:b2")
    assert (
        loop.message
        == "Loop for Buyer / User: “Demo call” → “Onboarding” → “Daily use” → “Demo call”."
    )
    (back,) = report.of_kind(FindingKind.BACKWARD_FLOW)
    assert back.touchpoint_ids == ("u2", "b2")
    assert back.persona_id == "pu"  # the persona of the flow's source


# -- loops, skips, backward flows -------------------------------------------------------------


def test_loops_are_listed_cycle_by_cycle(shop_map: JourneyMap) -> None:
    loops = analyze(shop_map).of_kind(FindingKind.LOOP)
    assert ids(loops) == [
        ("a_site", "a_call"),
        ("a_site", "a_chat", "a_call"),
        ("a_forum", "a_faq"),
    ]
    assert loops[0].message == "Loop for Anna: “Website” → “Call centre wait” → “Website”."
    assert loops[1].connection_ids == ("a_site:a_chat", "a_chat:a_call", "a_call:a_site")
    assert loops[0].persona_id == "pa"
    assert loops[0].stage_id is None  # Appeal and Ask
    assert loops[2].stage_id is None


def test_a_densely_looped_group_is_reported_once(builder: type[MapBuilder]) -> None:
    b = builder([("p", "Pia")])
    names = [f"c{i}" for i in range(5)]
    for i, name in enumerate(names):
        b.card(name, "s1", "p", f"Card {i}")
    for u in names:
        for v in names:
            if u != v:
                b.flow(u, v)  # 5 cards all connected: 84 cycles
    (loop,) = analyze(b.build()).of_kind(FindingKind.LOOP)
    assert loop.touchpoint_ids == tuple(names)
    assert loop.stage_id == "s1"
    assert len(loop.connection_ids) == 20
    assert loop.message.startswith("5 touchpoints of Pia are tied together by loops: “Card 0”")


def test_a_long_cycle_is_reported_as_a_group(builder: type[MapBuilder]) -> None:
    b = builder([("p", "Pia")])
    ring = [f"r{i:02d}" for i in range(45)]
    for name in ring:
        b.card(name, "s2", "p", name)
    for u, v in zip(ring, ring[1:] + ring[:1], strict=True):
        b.flow(u, v)
    (loop,) = analyze(b.build()).of_kind(FindingKind.LOOP)
    assert loop.touchpoint_ids == tuple(ring)
    assert loop.message.endswith("“r07”, …")


def test_skips_name_the_stages_jumped(shop_map: JourneyMap) -> None:
    skips = analyze(shop_map).of_kind(FindingKind.SKIP)
    assert ids(skips) == [("a_ad", "a_buy"), ("m_store", "m_phone")]
    assert [f.score for f in skips] == [2.0, 1.0]
    assert skips[0].connection_ids == ("a_ad:a_buy",)
    assert skips[0].message == (
        "“Instagram ad” (Awareness) jumps to “Checkout” (Act) for Anna, skipping Appeal, Ask."
    )
    assert skips[1].persona_id == "pm"


def test_backward_flows(shop_map: JourneyMap) -> None:
    back = analyze(shop_map).of_kind(FindingKind.BACKWARD_FLOW)
    assert ids(back) == [("a_call", "a_site"), ("a_faq", "a_forum")]
    assert [f.score for f in back] == [1.0, 1.0]
    assert back[0].stage_id == "s3"
    assert back[0].message == "“Call centre wait” (Ask) goes back to “Website” (Appeal) for Anna."


# -- gaps and critical moments ----------------------------------------------------------------


def test_gaps(shop_map: JourneyMap) -> None:
    gaps = analyze(shop_map).of_kind(FindingKind.GAP)
    assert [(f.persona_id, f.stage_id) for f in gaps] == [
        ("pm", "s2"),
        ("pm", "s5"),
        ("pz", "s2"),
        ("pz", "s3"),
        ("pz", "s4"),
        ("pz", "s5"),
    ]
    assert all(f.touchpoint_ids == () for f in gaps)
    assert gaps[0].message == "Marek has no touchpoint in Appeal."


def test_critical_moments_rank_by_journey_share_then_emotion(shop_map: JourneyMap) -> None:
    critical = analyze(shop_map).of_kind(FindingKind.CRITICAL_MOMENT)
    # Checkout carries 4 of Anna's 5 journeys; the call and the chat 2 each (the call hurts more,
    # so it ranks first); the promo e-mail 1, though it hurts as much as the call.
    assert single(critical) == ["a_buy", "a_call", "a_chat", "a_promo", "m_pay", "m_phone"]
    assert [f.score for f in critical] == pytest.approx([0.8, 0.4, 0.4, 0.2, 1.0, 1.0])
    assert critical[0].message == (
        "#1 for Anna: “Checkout” (Act) is negative and 80% of Anna's journeys pass through it "
        "(emotion –1)."
    )
    # Marek's two negative cards carry every journey; the unscored phone order ranks last.
    assert critical[5].message == (
        "#2 for Marek: “Phone order” (Ask) is negative and 100% of Marek's journeys pass "
        "through it (emotion not scored)."
    )


def test_critical_moments_without_any_flow_rank_by_emotion(builder: type[MapBuilder]) -> None:
    b = builder([("p", "Pia")])
    b.card("x", "s1", "p", "Mild", sentiment=Sentiment.NEGATIVE, emotion=-1)
    b.card("y", "s2", "p", "Awful", sentiment=Sentiment.NEGATIVE, emotion=-2)
    critical = analyze(b.build()).of_kind(FindingKind.CRITICAL_MOMENT)
    assert single(critical) == ["y", "x"]
    assert [f.score for f in critical] == [0.0, 0.0]
    assert critical[0].message == (
        "#1 for Pia: “Awful” (Appeal) is negative and not yet connected to Pia's other "
        "touchpoints (emotion –2)."
    )


# -- the report as a whole --------------------------------------------------------------------


def test_findings_come_grouped_by_kind_in_the_documented_order(shop_map: JourneyMap) -> None:
    report = analyze(shop_map)
    kinds = [f.kind for f in report.findings]
    order = list(FindingKind)
    assert kinds == sorted(kinds, key=order.index)
    assert report.counts() == {
        FindingKind.ENTRY_POINT: 2,
        FindingKind.END_POINT: 4,
        FindingKind.DEAD_END: 2,
        FindingKind.UNREACHABLE: 2,
        FindingKind.LOOP: 3,
        FindingKind.SKIP: 2,
        FindingKind.BACKWARD_FLOW: 2,
        FindingKind.GAP: 6,
        FindingKind.CRITICAL_MOMENT: 6,
    }


def test_kind_values_are_stable() -> None:
    assert [k.value for k in FindingKind] == [
        "entry_point",
        "end_point",
        "dead_end",
        "unreachable",
        "loop",
        "skip",
        "backward_flow",
        "gap",
        "critical_moment",
    ]
    for kind in FindingKind:
        assert kind_title(kind)
        assert kind_description(kind).endswith(".")


def test_the_order_does_not_depend_on_the_order_of_the_file(shop_map: JourneyMap) -> None:
    data = shop_map.model_dump()
    rnd = random.Random(7)
    rnd.shuffle(data["touchpoints"])
    rnd.shuffle(data["connections"])
    shuffled = JourneyMap.model_validate(data)
    assert analyze(shuffled).findings == analyze(shop_map).findings


def test_the_graph_snapshot_is_independent_of_later_edits(shop_map: JourneyMap) -> None:
    g = build_graph(shop_map)
    before = analyze_graph(g)
    shop_map.touchpoints[0].title = "Changed after the snapshot"
    assert analyze_graph(g).findings == before.findings


def test_messages_go_through_the_translation_function(
    shop_map: JourneyMap, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Marking:
        def gettext(self, message: str) -> str:
            return "[tr]" + message

    monkeypatch.setattr(i18n, "_translation", Marking())
    report = analyze(shop_map)
    assert all(f.message.startswith("[tr]") for f in report.findings)
    assert kind_title(FindingKind.GAP) == "[tr]Gaps"


def test_untitled_cards_and_unnamed_stages_still_read_well(builder: type[MapBuilder]) -> None:
    b = builder([("p", "")])
    b.card("x", "s1", "p", "  ").card("y", "s3", "p", "Next").flow("x", "y")
    (skip,) = analyze(b.build()).of_kind(FindingKind.SKIP)
    assert skip.message.startswith("“(untitled)” (Awareness) jumps to “Next” (Ask) for (unnamed)")


def test_an_empty_map_has_no_findings() -> None:
    report = analyze(JourneyMap())
    assert report.findings == ()
    assert report.figures == ()
    assert report.touchpoint_count == 0


def documented_templates() -> dict[str, list[re.Pattern[str]]]:
    """The message templates of each kind, as written in the findings module's docstring."""
    doc = findings_module.__doc__ or ""
    templates: dict[str, list[str]] = {}
    kind = None
    for line in doc.splitlines():
        heading = re.fullmatch(r"``(\w+)``", line)
        if heading:
            kind = heading.group(1)
            templates[kind] = []
        elif kind and line.startswith("    » "):
            templates[kind].append(line[len("    » ") :])
        elif kind and line.startswith("      ") and templates[kind]:
            templates[kind][-1] += " " + line.strip()
    patterns: dict[str, list[re.Pattern[str]]] = {}
    for name, texts in templates.items():
        patterns[name] = [
            re.compile(re.sub(r"\\\{\w+\\\}", ".+?", re.escape(text)) + "$") for text in texts
        ]
    return patterns


def test_every_message_matches_a_documented_template(
    shop_map: JourneyMap,
    loyalty_map: JourneyMap,
    handover_map: JourneyMap,
    builder: type[MapBuilder],
) -> None:
    b = builder([("p", "Pia")])
    names = [f"c{i}" for i in range(5)]
    for name in names:
        b.card(name, "s1", "p", name)
    b.card("lonely", "s2", "p", "Lonely", sentiment=Sentiment.NEGATIVE)
    for u in names:
        for v in names:
            if u != v:
                b.flow(u, v)
    templates = documented_templates()
    assert set(templates) == {k.value for k in FindingKind}
    seen: set[tuple[str, int]] = set()
    for m in (shop_map, loyalty_map, handover_map, b.build()):
        for finding in analyze(m).findings:
            matches = [i for i, p in enumerate(templates[finding.kind]) if p.match(finding.message)]
            assert matches, finding.message
            seen.add((finding.kind.value, matches[0]))
    # Every documented template is used by one of these maps.
    assert seen == {(k, i) for k, texts in templates.items() for i in range(len(texts))}
