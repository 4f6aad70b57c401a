"""Critical moments: negative touchpoints ranked by how much of the persona's journey they carry.

The share of a card is the number of journeys (start-to-end paths of the persona's own flows)
through it, divided by the number of journeys. Paths are counted on the condensation of the
lane (each strongly connected group of cards collapsed into one step), so a loop is walked once
and the count is exact, linear in the size of the map, and bounded on any map. Counts are
Python integers (no overflow however many paths a large map has); only the ratio is a float.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from cjdesigner.analysis.components import strong_components
from cjdesigner.analysis.context import Context
from cjdesigner.analysis.findings import FindingKind, deferred_finding
from cjdesigner.analysis.flows import Keyed, Lane
from cjdesigner.map_language import signed
from cjdesigner.model import Sentiment


def journey_paths(ctx: Context, lane: Lane, cards: Iterable[str]) -> tuple[dict[str, int], int]:
    """Journeys through each of ``cards`` (cards without own flows: none) and in total.

    Only the cards asked for get a figure: on a large lane the counts are integers of hundreds
    of digits, and multiplying them for every card would be wasted on all but the negative ones.

    The groups come from :func:`strong_components` in reverse topological order, so the
    journeys onward from a group are summed as the groups come, and the journeys into a group
    in one pass the other way. Several flows between the same two groups are one step.
    """
    if not lane.own_flows:
        return {}, 0
    own_succ, own_in = ctx.own_succ, ctx.own_in
    # A card without own flows is no journey: it starts none and carries none (through 0).
    # Leaving such cards out (four in ten on a large map) spares the groups and passes below.
    on_journeys = [n for n in lane.nodes if own_in[n] or own_succ[n]]
    groups = strong_components(on_journeys, own_succ)
    count = len(groups)
    group_of: dict[str, int] = {}
    for i, group in enumerate(groups):
        for node in group:
            group_of[node] = i
    # Most groups are one card, and many of those have no own flow on (the journeys' ends):
    # single steps with nothing after them, settled without a set.
    onward = [1] * count
    next_groups: list[set[int] | None] = [None] * count
    for i, group in enumerate(groups):
        if len(group) == 1:
            successors = own_succ[group[0]]
            if not successors:
                continue
            after = {group_of[v] for v in successors}
        else:
            after = {group_of[v] for u in group for v in own_succ[u]}
        after.discard(i)
        if after:
            next_groups[i] = after
            onward[i] = sum(map(onward.__getitem__, after))
    starts = {group_of[n] for n in lane.roots if n in group_of}
    into = [0] * count
    arriving = [0] * count
    total = 0
    for i in range(count - 1, -1, -1):
        journeys = arriving[i] + 1 if i in starts else arriving[i]
        if not journeys:  # nothing reaches the group: it carries nothing on
            continue
        into[i] = journeys
        after = next_groups[i]
        if after:
            for j in after:
                arriving[j] += journeys
        else:
            total += journeys
    through: dict[str, int] = {}
    for n in cards:
        group = group_of.get(n)
        through[n] = 0 if group is None else into[group] * onward[group]
    return through, total


class Ranking(NamedTuple):
    """A persona's negative cards, ranked, with the journey counts the ranking comes from."""

    nodes: list[str]
    """Most journeys first, then lowest emotion, unscored last; then reading order."""
    through: dict[str, int]
    """Journeys through each negative card (cards without own flows: none)."""
    total: int
    """The persona's journeys."""


def rank_negatives(ctx: Context, lane: Lane) -> Ranking:
    """Every negative card of the persona, ranked (see :class:`Ranking`)."""
    data = ctx.data
    negative = Sentiment.NEGATIVE.value
    negatives = [n for n in lane.nodes if data[n]["sentiment"] == negative]
    if not negatives:
        return Ranking(negatives, {}, 0)
    through, total = journey_paths(ctx, lane, negatives) if lane.has_flows else ({}, 0)
    keys = ctx.keys
    # most journeys first, then lowest emotion, unscored last; then reading order (the card's
    # key ends with its id, so no two keys tie)
    ranked = sorted(
        [
            (
                -through.get(node, 0),
                (emotion := data[node]["emotion"]) is None,
                emotion if emotion is not None else 0,
                keys[node],
            )
            for node in negatives
        ]
    )
    return Ranking([key[3][3] for key in ranked], through, total)


def critical_findings(ctx: Context, lane: Lane, ranking: Ranking | None = None) -> list[Keyed]:
    """Every negative card of the persona, ranked: most journeys first, then lowest emotion.

    ``ranking``: the lane's :func:`rank_negatives` to write, when the caller has it (a
    digest's, cut to its first ranks); the lane's whole ranking if None."""
    if ranking is None:
        ranking = rank_negatives(ctx, lane)
    if not ranking.nodes:
        return []
    data = ctx.data
    through, total = ranking.through, ranking.total
    persona = ctx.persona_names[lane.persona_id]
    p_index = ctx.persona_index[lane.persona_id]
    # Looked up once per lane, not once per card.
    connected_text = ctx.say(
        "#{rank} for {persona}: “{title}” ({stage}) is negative and {share} of "
        "{persona}'s journeys pass through it (emotion {emotion})."
    )
    alone_text = ctx.say(
        "#{rank} for {persona}: “{title}” ({stage}) is negative and not yet connected to "
        "{persona}'s other touchpoints (emotion {emotion})."
    )
    not_scored = ctx.say("not scored")
    out: list[Keyed] = []
    for rank, node in enumerate(ranking.nodes, start=1):
        share = through.get(node, 0) / total if total else 0.0
        emotion = data[node]["emotion"]
        template = connected_text if ctx.own_degree(node) else alone_text
        fields = {
            "rank": rank,
            "persona": persona,
            "title": ctx.titles[node],
            "stage": ctx.stage_of(node),
            "share": f"{share:.0%}",
            "emotion": not_scored if emotion is None else signed(emotion),
        }
        out.append(
            (
                (p_index, rank),
                deferred_finding(
                    FindingKind.CRITICAL_MOMENT,
                    template,
                    fields,
                    touchpoint_ids=(node,),
                    persona_id=lane.persona_id,
                    stage_id=data[node]["stage_id"],
                    score=share,
                ),
            )
        )
    return out
