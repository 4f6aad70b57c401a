"""Loops: cycles of flows, where customers repeat steps.

Enumerating every cycle is exponential, and networkx's length-bounded search re-computes
strongly connected components after each start card, which takes seconds on one large tangled
group (measured: 3 to 17 s for a 3,000-card group). So cycles are listed only inside small
groups, and a large or densely looped group is reported once as a whole (see
:mod:`cjdesigner.analysis.findings`).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice

from cjdesigner.analysis.components import strong_components
from cjdesigner.analysis.context import Context
from cjdesigner.analysis.findings import Finding, FindingKind
from cjdesigner.analysis.flows import Keyed

MAX_GROUP_FOR_CYCLES = 40
"""Largest group of cards whose individual cycles are listed."""
MAX_LOOP_LENGTH = 8
"""Longest cycle (in flows) listed on its own."""
MAX_LOOPS_PER_GROUP = 10
"""More cycles than this in one group are summed up as one finding."""
MAX_TITLES = 8
"""Titles named in a group's message; the finding still carries every card id."""


def loop_findings(ctx: Context) -> list[Keyed]:
    """One finding per short cycle of a small group, or one per larger tangled group."""
    succ = ctx.succ
    out: list[Keyed] = []
    for group in strong_components(*_on_cycles(ctx)):
        if len(group) == 1:
            (node,) = group
            if node not in succ[node]:  # the model forbids self-flows; be safe anyway
                continue
        component = set(group)
        cycles = _short_cycles(ctx, component)
        if cycles is not None:
            out.extend(_cycle_finding(ctx, cycle) for cycle in cycles)
        else:
            out.append(_group_finding(ctx, component))
    return out


def _on_cycles(ctx: Context) -> tuple[list[str], dict[str, list[str]]]:
    """The cards that can be on a cycle (a flow in and a flow out), in map order, each with
    its flows to such cards: every cycle is among them, and the search is spared the rest (on
    a large map most cards start or end the flows they have, or have none)."""
    succ, own_in, handed_over = ctx.succ, ctx.own_in, ctx.handed_over
    on_cycles = [n for n in ctx.data if succ[n] and (own_in[n] or n in handed_over)]
    candidates = set(on_cycles)
    return on_cycles, {node: [v for v in succ[node] if v in candidates] for node in on_cycles}


def _short_cycles(ctx: Context, component: set[str]) -> list[list[str]] | None:
    """The group's cycles if few, short and covering the group; else None (report the group).

    The search runs on a small plain graph of the group's own cards and flows, made for it:
    a subgraph view of the whole map would filter every neighbour look-up through the view.
    """
    if len(component) > MAX_GROUP_FOR_CYCLES:
        return None
    import networkx as nx  # only maps with loops pay its import (~0.1 s)

    sub: nx.DiGraph = nx.DiGraph()
    sub.add_edges_from((u, v) for u in component for v in ctx.succ[u] if v in component)
    cycles = list(
        islice(nx.simple_cycles(sub, length_bound=MAX_LOOP_LENGTH), MAX_LOOPS_PER_GROUP + 1)
    )
    if len(cycles) > MAX_LOOPS_PER_GROUP:
        return None
    covered = {node for cycle in cycles for node in cycle}
    return cycles if covered == component else None


def _cycle_finding(ctx: Context, cycle: list[str]) -> Keyed:
    start = min(range(len(cycle)), key=lambda i: ctx.key(cycle[i]))
    cycle = cycle[start:] + cycle[:start]
    closed = [*cycle, cycle[0]]
    path = " → ".join(ctx.quoted(ctx.title(n)) for n in closed)
    persona_id, persona_label = _personas(ctx, cycle)
    message = ctx.say("Loop for {persona}: {path}.").format(persona=persona_label, path=path)
    succ = ctx.succ
    return (
        _sort_key(ctx, persona_id, cycle),
        Finding(
            kind=FindingKind.LOOP,
            message=message,
            touchpoint_ids=tuple(cycle),
            persona_id=persona_id,
            stage_id=_common_stage(ctx, cycle),
            score=None,
            connection_ids=tuple(succ[u][v]["id"] for u, v in zip(cycle, closed[1:], strict=True)),
        ),
    )


def _group_finding(ctx: Context, component: set[str]) -> Keyed:
    nodes = sorted(component, key=ctx.key)
    titles = ", ".join(ctx.quoted(ctx.title(n)) for n in nodes[:MAX_TITLES])
    if len(nodes) > MAX_TITLES:
        titles += ", …"
    persona_id, persona_label = _personas(ctx, nodes)
    message = ctx.say(
        "{count} touchpoints of {persona} are tied together by loops: {titles}"
    ).format(count=len(nodes), persona=persona_label, titles=titles)
    succ = ctx.succ
    flows = sorted(d["id"] for u in nodes for v, d in succ[u].items() if v in component)
    return (
        _sort_key(ctx, persona_id, nodes),
        Finding(
            kind=FindingKind.LOOP,
            message=message,
            touchpoint_ids=tuple(nodes),
            persona_id=persona_id,
            stage_id=_common_stage(ctx, nodes),
            score=None,
            connection_ids=tuple(flows),
        ),
    )


def _personas(ctx: Context, nodes: Iterable[str]) -> tuple[str | None, str]:
    """The persona id shared by every card (None across lanes) and the personas' names."""
    nodes_data = ctx.data
    ids = sorted({nodes_data[n]["persona_id"] for n in nodes}, key=ctx.persona_index.__getitem__)
    label = " / ".join(ctx.persona_names[pid] for pid in ids)
    return (ids[0] if len(ids) == 1 else None), label


def _common_stage(ctx: Context, nodes: Iterable[str]) -> str | None:
    stages = {ctx.data[n]["stage_id"] for n in nodes}
    return stages.pop() if len(stages) == 1 else None


def _sort_key(ctx: Context, persona_id: str | None, nodes: list[str]) -> tuple[object, ...]:
    """Single-lane loops by lane, loops across lanes after them; then by where they start."""
    lane = ctx.persona_index[persona_id] if persona_id is not None else len(ctx.persona_ids)
    return (lane, tuple(ctx.key(n) for n in nodes))
