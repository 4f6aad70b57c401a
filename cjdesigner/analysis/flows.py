"""Where each persona's journey starts, stops, breaks off, jumps and turns back; and its gaps.

See :mod:`cjdesigner.analysis.findings` for the rules (how flows across lanes count, which card
starts a journey drawn as a closed loop) and the wording. A lane is worked out on the flow
indexes of :class:`~cjdesigner.analysis.context.Context` (no graph of its own: copying the
cards and flows of every lane into a new graph cost more than all the rules together).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cjdesigner.analysis.context import Context
from cjdesigner.analysis.findings import Finding, FindingKind, deferred_finding, make_finding

Keyed = tuple[tuple[Any, ...], Finding]
"""A finding with its sort key within its kind."""


@dataclass
class Lane:
    """One persona's journey: its cards, own flows, and where the journey starts and stops."""

    persona_id: str
    nodes: list[str]
    has_flows: bool
    own_flows: int = 0
    """How many of the persona's own flows (both cards in the lane) the lane has."""
    entries: list[str] = field(default_factory=list)
    implied_entry: str | None = None
    """The card taken as the start when the lane is drawn as a closed loop (see findings)."""
    roots: set[str] = field(default_factory=set)
    """Where journeys start: entries, the implied entry, cards another lane hands over to."""
    ends: list[str] = field(default_factory=list)
    unreachable: list[str] = field(default_factory=list)


def lane_of(ctx: Context, persona_id: str) -> Lane:
    """Work out a persona's journey structure from its cards and flows."""
    nodes = ctx.lanes.get(persona_id, [])
    has_flow = ctx.has_flow
    lane = Lane(persona_id, nodes, not has_flow.isdisjoint(nodes))
    if not lane.has_flows:
        return lane
    own_in, own_succ, succ = ctx.own_in, ctx.own_succ, ctx.succ
    lane.own_flows = sum(map(len, map(own_succ.__getitem__, nodes)))
    handed_over = ctx.handed_over.intersection(nodes)
    lane.entries = [n for n in nodes if not own_in[n]]
    lane.roots = set(lane.entries) | handed_over
    if not handed_over and not any(succ[n] for n in lane.entries):
        # Every card with flows has an incoming own flow: the journey is drawn as a closed loop.
        # Its earliest card is where the consultant drew the journey to start.
        lane.implied_entry = next(n for n in nodes if ctx.own_degree(n))
        lane.roots.add(lane.implied_entry)
    lane.ends = [n for n in nodes if not succ[n]]
    reached = _reached(own_succ, lane.roots)
    lane.unreachable = [n for n in nodes if n not in reached]
    return lane


def _reached(own_succ: dict[str, list[str]], roots: set[str]) -> set[str]:
    """Every card reachable from ``roots`` along the lane's own flows (roots included)."""
    seen = set(roots)
    stack = list(roots)
    while stack:
        for nxt in own_succ[stack.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


def lane_cards(ctx: Context, lane: Lane) -> dict[FindingKind, list[str]]:
    """The cards of each of a lane's kinds (entry, end, dead end, unreachable), each list in
    reading order, which is the report's order within a persona: what :func:`lane_findings`
    makes a finding of, and what a digest counts. A card without any flow has none of them
    (:mod:`~cjdesigner.analysis.unlinked`), so a lane without flows has none at all."""
    if not lane.has_flows:
        return {}
    has_flow = ctx.has_flow
    entries = [n for n in lane.entries if n in has_flow]
    if lane.implied_entry is not None:
        entries = sorted([*entries, lane.implied_entry], key=ctx.keys.__getitem__)
    ends = [n for n in lane.ends if n in has_flow]
    data, last_stage = ctx.data, ctx.last_stage_index
    dead_ends = [
        n for n in ends if data[n]["stage_index"] != last_stage and not data[n]["journey_end"]
    ]
    return {
        FindingKind.ENTRY_POINT: entries,
        FindingKind.END_POINT: ends,
        FindingKind.DEAD_END: dead_ends,
        FindingKind.UNREACHABLE: lane.unreachable,
    }


def lane_findings(
    ctx: Context, lane: Lane, cards: dict[FindingKind, list[str]] | None = None
) -> list[Keyed]:
    """Entry points, end points, dead ends and unreachable cards of one persona.

    ``cards``: which of the lane's :func:`lane_cards` to write (a digest's first few of each
    kind); every one if None."""
    if cards is None:
        cards = lane_cards(ctx, lane)
    if not cards:
        return []
    data, keys, titles, card_stages = ctx.data, ctx.keys, ctx.titles, ctx.card_stages
    persona_id = lane.persona_id
    persona = ctx.persona_names[persona_id]
    p_index = ctx.persona_index[persona_id]
    # Each template is looked up once per lane, not once per card.
    entry_text = ctx.say(
        "{persona} starts at “{title}” ({stage}): no flow of this lane leads into it."
    )
    implied_text = ctx.say(
        "{persona} starts at “{title}” ({stage}), taken as the start: every card of the "
        "lane has a flow leading into it."
    )
    templates = {
        FindingKind.END_POINT: ctx.say(
            "{persona} ends at “{title}” ({stage}): no flow leads out of it."
        ),
        FindingKind.DEAD_END: ctx.say(
            "“{title}” ({stage}, {persona}) leads nowhere: no flow goes on from it, it is "
            "not in the last stage and it is not marked as a journey end."
        ),
        FindingKind.UNREACHABLE: ctx.say(
            "“{title}” ({stage}, {persona}) cannot be reached from where {persona}'s journey "
            "starts."
        ),
    }
    implied = lane.implied_entry
    out: list[Keyed] = []
    for kind, nodes in cards.items():
        template = templates.get(kind, entry_text)
        for node in nodes:
            out.append(
                (
                    (p_index, *keys[node]),
                    deferred_finding(
                        kind,
                        implied_text
                        if node == implied and kind is FindingKind.ENTRY_POINT
                        else template,
                        {"persona": persona, "title": titles[node], "stage": card_stages[node]},
                        touchpoint_ids=(node,),
                        persona_id=persona_id,
                        stage_id=data[node]["stage_id"],
                        score=None,
                    ),
                )
            )
    return out


Jump = tuple[FindingKind, str, str, dict[str, Any]]
"""A skip or a backward flow: its kind, source card, target card and the flow's attributes."""


def stage_jumps(ctx: Context) -> list[Jump]:
    """Every flow over more than one stage forward (a skip) or to an earlier stage (a
    backward flow), in map order."""
    skip, back = FindingKind.SKIP, FindingKind.BACKWARD_FLOW
    out: list[Jump] = []
    for source, targets in ctx.succ.items():
        for target, flow in targets.items():
            delta: int = flow["stage_delta"]
            if delta > 1:
                out.append((skip, source, target, flow))
            elif delta < 0:
                out.append((back, source, target, flow))
    return out


def stage_jump_findings(ctx: Context, jumps: list[Jump] | None = None) -> list[Keyed]:
    """Skips (forward over stages) and backward flows, each naming its two cards.

    ``jumps``: which of :func:`stage_jumps` to write (a digest's few); every one if None."""
    data, keys, titles, card_stages = ctx.data, ctx.keys, ctx.titles, ctx.card_stages
    persona_names, persona_index = ctx.persona_names, ctx.persona_index
    skip_text = ctx.say(
        "“{source}” ({source_stage}) jumps to “{target}” ({target_stage}) for {persona}, "
        "skipping {skipped}."
    )
    back_text = ctx.say(
        "“{source}” ({source_stage}) goes back to “{target}” ({target_stage}) for {persona}."
    )
    # The names of the stages between two columns, joined once per pair: few pairs, many skips.
    skipped_names: dict[tuple[int, int], str] = {}
    out: list[Keyed] = []
    for kind, source, target, flow in stage_jumps(ctx) if jumps is None else jumps:
        delta: int = flow["stage_delta"]
        persona_id = flow["persona_id"]
        if kind is FindingKind.SKIP:
            span = (data[source]["stage_index"], data[target]["stage_index"])
            skipped = skipped_names.get(span)
            if skipped is None:
                skipped = skipped_names[span] = ", ".join(
                    ctx.stage_names[sid] for sid in ctx.stage_ids[span[0] + 1 : span[1]]
                )
            template = skip_text
            fields = {
                "source": titles[source],
                "source_stage": card_stages[source],
                "target": titles[target],
                "target_stage": card_stages[target],
                "persona": persona_names[persona_id],
                "skipped": skipped,
            }
            score = float(delta - 1)
        else:
            template = back_text
            fields = {
                "source": titles[source],
                "source_stage": card_stages[source],
                "target": titles[target],
                "target_stage": card_stages[target],
                "persona": persona_names[persona_id],
            }
            score = float(-delta)
        out.append(
            (
                (persona_index[persona_id], keys[source], keys[target]),
                deferred_finding(
                    kind,
                    template,
                    fields,
                    touchpoint_ids=(source, target),
                    persona_id=persona_id,
                    stage_id=data[source]["stage_id"],
                    score=score,
                    connection_ids=(flow["id"],),
                ),
            )
        )
    return out


def gap_findings(ctx: Context) -> list[Keyed]:
    """Every (persona, stage) cell without a card."""
    filled = {(d["persona_id"], d["stage_id"]) for d in ctx.data.values()}
    out: list[Keyed] = []
    for p_index, persona_id in enumerate(ctx.persona_ids):
        for s_index, stage_id in enumerate(ctx.stage_ids):
            if (persona_id, stage_id) in filled:
                continue
            out.append(
                (
                    (p_index, s_index),
                    make_finding(
                        kind=FindingKind.GAP,
                        message=ctx.say("{persona} has no touchpoint in {stage}.").format(
                            persona=ctx.persona_names[persona_id],
                            stage=ctx.stage_names[stage_id],
                        ),
                        touchpoint_ids=(),
                        persona_id=persona_id,
                        stage_id=stage_id,
                        score=None,
                    ),
                )
            )
    return out
