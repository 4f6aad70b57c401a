"""Per stage and persona figures: how many cards, how they feel, which channels carry them."""

from __future__ import annotations

from dataclasses import dataclass

from cjdesigner.analysis.context import Context
from cjdesigner.model import Sentiment


@dataclass(frozen=True)
class StageFigures:
    """The figures of one stage for one persona (``persona_id`` None: all personas together).

    ``sentiment_mix`` always has the three sentiments, in the order positive, neutral, negative.
    ``average_emotion`` is None when no card of the cell has an emotion score (a gap on the
    curve, never an invented 0). ``channel_mix`` counts cards by channel id, in the order of the
    map's channel catalogue, channels without cards left out.
    """

    stage_id: str
    stage_name: str
    persona_id: str | None
    persona_name: str | None
    touchpoint_count: int
    sentiment_mix: dict[Sentiment, int]
    average_emotion: float | None
    scored_count: int
    channel_mix: dict[str, int]


def stage_figures(ctx: Context) -> tuple[tuple[StageFigures, ...], tuple[StageFigures, ...]]:
    """Figures per (stage, persona) in stage-then-persona order, and per stage for all personas."""
    g = ctx.g
    by_cell: dict[tuple[str, str], list[str]] = {}
    by_stage: dict[str, list[str]] = {}
    for node, data in g.nodes(data=True):
        by_cell.setdefault((data["stage_id"], data["persona_id"]), []).append(node)
        by_stage.setdefault(data["stage_id"], []).append(node)
    channel_order = {cid: i for i, (cid, _) in enumerate(g.graph.get("channels", ()))}
    cells: list[StageFigures] = []
    totals: list[StageFigures] = []
    for stage_id in ctx.stage_ids:
        for persona_id in ctx.persona_ids:
            cells.append(
                _figures(
                    ctx,
                    channel_order,
                    stage_id,
                    persona_id,
                    by_cell.get((stage_id, persona_id), []),
                )
            )
        totals.append(_figures(ctx, channel_order, stage_id, None, by_stage.get(stage_id, [])))
    return tuple(cells), tuple(totals)


def _figures(
    ctx: Context,
    channel_order: dict[str, int],
    stage_id: str,
    persona_id: str | None,
    nodes: list[str],
) -> StageFigures:
    data = ctx.g.nodes
    sentiments = dict.fromkeys(Sentiment, 0)
    channels: dict[str, int] = {}
    scores: list[int] = []
    for node in nodes:
        card = data[node]
        sentiments[Sentiment(card["sentiment"])] += 1
        channels[card["channel"]] = channels.get(card["channel"], 0) + 1
        if card["emotion"] is not None:
            scores.append(card["emotion"])
    ordered = sorted(channels, key=lambda c: (channel_order.get(c, len(channel_order)), c))
    return StageFigures(
        stage_id=stage_id,
        stage_name=ctx.stage_names[stage_id],
        persona_id=persona_id,
        persona_name=ctx.persona_names[persona_id] if persona_id is not None else None,
        touchpoint_count=len(nodes),
        sentiment_mix=sentiments,
        average_emotion=sum(scores) / len(scores) if scores else None,
        scored_count=len(scores),
        channel_mix={c: channels[c] for c in ordered},
    )
