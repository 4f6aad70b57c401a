"""Per stage and persona figures: how many cards, how they feel, which channels carry them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from cjdesigner.analysis.context import Context
from cjdesigner.model import Sentiment
from cjdesigner.model.no_channel import NO_CHANNEL


@dataclass(frozen=True)
class StageFigures:
    """The figures of one stage for one persona (``persona_id`` None: all personas together).

    ``sentiment_mix`` always has the three sentiments, in the order positive, neutral, negative.
    ``average_emotion`` is None when no card of the cell has an emotion score (a gap on the
    curve, never an invented 0). ``channel_mix`` counts cards by channel id, in the order of the
    map's channel catalogue, channels without cards left out, and so is "no channel given"
    (:func:`~cjdesigner.model.no_channel.shows_channel`): it is no channel a journey uses.
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


_SENTIMENT = itemgetter("sentiment")
_CHANNEL = itemgetter("channel")
_EMOTION = itemgetter("emotion")


class _Tally:
    """The counts of one cell (or one stage), made from its cards in C (``Counter``)."""

    __slots__ = ("channels", "count", "emotion_sum", "scored", "sentiments")

    def __init__(self, cards: list[dict[str, Any]]) -> None:
        self.count = len(cards)
        self.sentiments: dict[str, int] = Counter(map(_SENTIMENT, cards))
        self.channels: dict[str, int] = Counter(map(_CHANNEL, cards))
        emotions = [emotion for emotion in map(_EMOTION, cards) if emotion is not None]
        self.emotion_sum = sum(emotions)
        self.scored = len(emotions)


def stage_figures(
    ctx: Context, cells: bool = True
) -> tuple[tuple[StageFigures, ...], tuple[StageFigures, ...]]:
    """Figures per (stage, persona) in stage-then-persona order, and per stage for all personas.

    The cards are sorted into their cells and stages in one pass, then each is counted (emotion
    scores are integers, so the sum and the average come out the same in any order).
    ``cells`` False: the stages' figures only (a digest's), the first part empty.
    """
    cards_by_cell: dict[tuple[str, str], list[dict[str, Any]]] = {}
    cards_by_stage: dict[str, list[dict[str, Any]]] = {}
    for card in ctx.data.values():
        stage_id = card["stage_id"]
        stage = cards_by_stage.get(stage_id)
        if stage is None:
            stage = cards_by_stage[stage_id] = []
        stage.append(card)
        if cells:
            cell = cards_by_cell.get((stage_id, card["persona_id"]))
            if cell is None:
                cell = cards_by_cell[stage_id, card["persona_id"]] = []
            cell.append(card)
    by_cell = {key: _Tally(cards) for key, cards in cards_by_cell.items()}
    by_stage = {key: _Tally(cards) for key, cards in cards_by_stage.items()}
    channel_order = {cid: i for i, (cid, _) in enumerate(ctx.source.attrs.get("channels", ()))}
    empty = _Tally([])
    per_cell: list[StageFigures] = []
    totals: list[StageFigures] = []
    for stage_id in ctx.stage_ids:
        if cells:
            for persona_id in ctx.persona_ids:
                tally = by_cell.get((stage_id, persona_id), empty)
                per_cell.append(_figures(ctx, channel_order, stage_id, persona_id, tally))
        totals.append(_figures(ctx, channel_order, stage_id, None, by_stage.get(stage_id, empty)))
    return tuple(per_cell), tuple(totals)


def _figures(
    ctx: Context,
    channel_order: dict[str, int],
    stage_id: str,
    persona_id: str | None,
    tally: _Tally,
) -> StageFigures:
    channels = tally.channels
    ordered = sorted(channels, key=lambda c: (channel_order.get(c, len(channel_order)), c))
    if NO_CHANNEL in channels:
        ordered.remove(NO_CHANNEL)
    return StageFigures(
        stage_id=stage_id,
        stage_name=ctx.stage_names[stage_id],
        persona_id=persona_id,
        persona_name=ctx.persona_names[persona_id] if persona_id is not None else None,
        touchpoint_count=tally.count,
        sentiment_mix={s: tally.sentiments.get(s.value, 0) for s in Sentiment},
        average_emotion=tally.emotion_sum / tally.scored if tally.scored else None,
        scored_count=tally.scored,
        channel_mix={c: channels[c] for c in ordered},
    )
