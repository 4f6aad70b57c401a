"""Where each persona's journey starts, stops, breaks off, jumps and turns back; and its gaps.

See :mod:`cjdesigner.analysis.findings` for the rules (how flows across lanes count, which card
starts a journey drawn as a closed loop) and the wording.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from cjdesigner.analysis.context import Context
from cjdesigner.analysis.findings import Finding, FindingKind
from cjdesigner.analysis.graph import lane_graph
from cjdesigner.i18n import tr

Keyed = tuple[tuple[Any, ...], Finding]
"""A finding with its sort key within its kind."""


@dataclass
class Lane:
    """One persona's journey: its cards, own flows, and where the journey starts and stops."""

    persona_id: str
    nodes: list[str]
    graph: nx.DiGraph
    has_flows: bool
    entries: list[str] = field(default_factory=list)
    implied_entry: str | None = None
    """The card taken as the start when the lane is drawn as a closed loop (see findings)."""
    roots: set[str] = field(default_factory=set)
    """Where journeys start: entries, the implied entry, cards another lane hands over to."""
    ends: list[str] = field(default_factory=list)
    unreachable: list[str] = field(default_factory=list)


def lane_of(ctx: Context, persona_id: str) -> Lane:
    """Work out a persona's journey structure from its cards and flows."""
    g = ctx.g
    nodes = ctx.lanes.get(persona_id, [])
    graph = lane_graph(g, nodes)
    has_flows = any(g.in_degree(n) or g.out_degree(n) for n in nodes)
    lane = Lane(persona_id, nodes, graph, has_flows)
    if not has_flows:
        return lane
    handed_over = {n for n in nodes if any(d["cross_lane"] for d in g.pred[n].values())}
    lane.entries = [n for n in nodes if graph.in_degree(n) == 0]
    lane.roots = set(lane.entries) | handed_over
    if not handed_over and not any(g.out_degree(n) for n in lane.entries):
        # Every card with flows has an incoming own flow: the journey is drawn as a closed loop.
        # Its earliest card is where the consultant drew the journey to start.
        lane.implied_entry = next(n for n in nodes if graph.degree(n))
        lane.roots.add(lane.implied_entry)
    lane.ends = [n for n in nodes if g.out_degree(n) == 0]
    reached = _reached(graph, lane.roots)
    lane.unreachable = [n for n in nodes if n not in reached]
    return lane


def _reached(graph: nx.DiGraph, roots: set[str]) -> set[str]:
    """Every card reachable from ``roots`` along the lane's own flows (roots included)."""
    seen = set(roots)
    stack = list(roots)
    succ = graph.succ
    while stack:
        for nxt in succ[stack.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


def lane_findings(ctx: Context, lane: Lane) -> list[Keyed]:
    """Entry points, end points, dead ends and unreachable cards of one persona."""
    if not lane.has_flows:
        return []
    g = ctx.g
    persona = ctx.persona_names[lane.persona_id]
    p_index = ctx.persona_index[lane.persona_id]
    out: list[Keyed] = []

    def card(kind: FindingKind, node: str, message: str) -> None:
        out.append(
            (
                (p_index, *ctx.key(node)),
                Finding(
                    kind=kind,
                    message=message,
                    touchpoint_ids=(node,),
                    persona_id=lane.persona_id,
                    stage_id=g.nodes[node]["stage_id"],
                    score=None,
                ),
            )
        )

    entries = list(lane.entries)
    if lane.implied_entry is not None:
        entries.append(lane.implied_entry)
    for node in sorted(entries, key=ctx.key):
        template = (
            tr(
                "{persona} starts at “{title}” ({stage}), taken as the start: every card of the "
                "lane has a flow leading into it."
            )
            if node == lane.implied_entry
            else tr("{persona} starts at “{title}” ({stage}): no flow of this lane leads into it.")
        )
        card(
            FindingKind.ENTRY_POINT,
            node,
            template.format(persona=persona, title=ctx.title(node), stage=ctx.stage_of(node)),
        )
    for node in lane.ends:
        card(
            FindingKind.END_POINT,
            node,
            tr("{persona} ends at “{title}” ({stage}): no flow leads out of it.").format(
                persona=persona, title=ctx.title(node), stage=ctx.stage_of(node)
            ),
        )
        data = g.nodes[node]
        if data["stage_index"] != ctx.last_stage_index and not data["journey_end"]:
            card(
                FindingKind.DEAD_END,
                node,
                tr(
                    "“{title}” ({stage}, {persona}) leads nowhere: no flow goes on from it, it is "
                    "not in the last stage and it is not marked as a journey end."
                ).format(persona=persona, title=ctx.title(node), stage=ctx.stage_of(node)),
            )
    for node in lane.unreachable:
        card(
            FindingKind.UNREACHABLE,
            node,
            tr(
                "“{title}” ({stage}, {persona}) cannot be reached from where {persona}'s "
                "journey starts."
            ).format(persona=persona, title=ctx.title(node), stage=ctx.stage_of(node)),
        )
    return out


def stage_jump_findings(ctx: Context) -> list[Keyed]:
    """Skips (forward over stages) and backward flows, each naming its two cards."""
    g = ctx.g
    out: list[Keyed] = []
    for source, target, data in g.edges(data=True):
        delta: int = data["stage_delta"]
        if 0 <= delta <= 1:
            continue
        source_stage = g.nodes[source]["stage_index"]
        target_stage = g.nodes[target]["stage_index"]
        names = {
            "source": ctx.title(source),
            "source_stage": ctx.stage_of(source),
            "target": ctx.title(target),
            "target_stage": ctx.stage_of(target),
            "persona": ctx.persona_names[data["persona_id"]],
        }
        if delta > 1:
            kind = FindingKind.SKIP
            skipped = ", ".join(
                ctx.stage_names[sid] for sid in ctx.stage_ids[source_stage + 1 : target_stage]
            )
            message = tr(
                "“{source}” ({source_stage}) jumps to “{target}” ({target_stage}) for {persona}, "
                "skipping {skipped}."
            ).format(skipped=skipped, **names)
        else:
            kind = FindingKind.BACKWARD_FLOW
            message = tr(
                "“{source}” ({source_stage}) goes back to “{target}” ({target_stage}) for "
                "{persona}."
            ).format(**names)
        out.append(
            (
                (ctx.persona_index[data["persona_id"]], ctx.key(source), ctx.key(target)),
                Finding(
                    kind=kind,
                    message=message,
                    touchpoint_ids=(source, target),
                    persona_id=data["persona_id"],
                    stage_id=g.nodes[source]["stage_id"],
                    score=float(abs(delta) - 1 if delta > 1 else -delta),
                    connection_ids=(data["id"],),
                ),
            )
        )
    return out


def gap_findings(ctx: Context) -> list[Keyed]:
    """Every (persona, stage) cell without a card."""
    filled = {(d["persona_id"], d["stage_id"]) for _, d in ctx.g.nodes(data=True)}
    out: list[Keyed] = []
    for p_index, persona_id in enumerate(ctx.persona_ids):
        for s_index, stage_id in enumerate(ctx.stage_ids):
            if (persona_id, stage_id) in filled:
                continue
            out.append(
                (
                    (p_index, s_index),
                    Finding(
                        kind=FindingKind.GAP,
                        message=tr("{persona} has no touchpoint in {stage}.").format(
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
