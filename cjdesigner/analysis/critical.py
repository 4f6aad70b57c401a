"""Critical moments: negative touchpoints ranked by how much of the persona's journey they carry.

The share of a card is the number of journeys (start-to-end paths of the persona's own flows)
through it, divided by the number of journeys. Paths are counted on the condensation of the
lane (each strongly connected group of cards collapsed into one step), so a loop is walked once
and the count is exact, linear in the size of the map, and bounded on any map. Counts are
Python integers (no overflow however many paths a large map has); only the ratio is a float.
"""

from __future__ import annotations

import networkx as nx

from cjdesigner.analysis.context import Context
from cjdesigner.analysis.findings import Finding, FindingKind
from cjdesigner.analysis.flows import Keyed, Lane
from cjdesigner.i18n import tr
from cjdesigner.model import Sentiment


def journey_paths(lane: Lane) -> tuple[dict[str, int], int]:
    """Journeys through each card of the lane (cards without own flows: none) and in total."""
    graph = lane.graph
    if not graph.number_of_edges():
        return {}, 0
    cond = nx.condensation(graph)
    mapping: dict[str, int] = cond.graph["mapping"]
    # A card without own flows is no journey: it starts none (and so carries none).
    starts = {mapping[n] for n in lane.roots if graph.degree(n)}
    order = list(nx.topological_sort(cond))
    into: dict[int, int] = {}
    for c in order:
        into[c] = (1 if c in starts else 0) + sum(into[p] for p in cond.pred[c])
    onward: dict[int, int] = {}
    for c in reversed(order):
        successors = cond.succ[c]
        onward[c] = sum(onward[s] for s in successors) if successors else 1
    total = sum(into[c] for c in order if not cond.succ[c])
    through = {n: into[c] * onward[c] for n, c in mapping.items()}
    return through, total


def critical_findings(ctx: Context, lane: Lane) -> list[Keyed]:
    """Every negative card of the persona, ranked: most journeys first, then lowest emotion."""
    g = ctx.g
    negatives = [n for n in lane.nodes if g.nodes[n]["sentiment"] == Sentiment.NEGATIVE.value]
    if not negatives:
        return []
    through, total = journey_paths(lane) if lane.has_flows else ({}, 0)

    def rank_key(node: str) -> tuple[int, int, int, tuple[int, int, int, str]]:
        emotion = g.nodes[node]["emotion"]
        return (
            -through.get(node, 0),
            emotion is None,
            emotion if emotion is not None else 0,
            ctx.key(node),
        )

    persona = ctx.persona_names[lane.persona_id]
    p_index = ctx.persona_index[lane.persona_id]
    out: list[Keyed] = []
    for rank, node in enumerate(sorted(negatives, key=rank_key), start=1):
        share = through.get(node, 0) / total if total else 0.0
        emotion = g.nodes[node]["emotion"]
        if lane.graph.degree(node):
            template = tr(
                "#{rank} for {persona}: “{title}” ({stage}) is negative and {share} of "
                "{persona}'s journeys pass through it (emotion {emotion})."
            )
        else:
            template = tr(
                "#{rank} for {persona}: “{title}” ({stage}) is negative and not yet connected to "
                "{persona}'s other touchpoints (emotion {emotion})."
            )
        message = template.format(
            rank=rank,
            persona=persona,
            title=ctx.title(node),
            stage=ctx.stage_of(node),
            share=f"{share:.0%}",
            emotion=f"{emotion:+d}" if emotion else (tr("not scored") if emotion is None else "0"),
        )
        out.append(
            (
                (p_index, rank),
                Finding(
                    kind=FindingKind.CRITICAL_MOMENT,
                    message=message,
                    touchpoint_ids=(node,),
                    persona_id=lane.persona_id,
                    stage_id=g.nodes[node]["stage_id"],
                    score=share,
                ),
            )
        )
    return out
