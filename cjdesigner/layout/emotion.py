"""A persona's emotion curve: one point per touchpoint, placed in the lane's curve band.

The curve runs through each of the persona's touchpoints in journey order (stage by stage,
then the cards of a cell in their order), at the card's own emotion, so a +2 and a -2 in one
stage show as the swing they are (a stage's mean would draw a flat line). A card with no
emotion score stands at its sentiment (+1 positive, 0 neutral, -1 negative), marked as
estimated (drawn hollow); a lane with no score at all has no curve. In its stage's column
the points are spread evenly, left to right; the first column keeps :data:`SCALE_WIDTH` free
on its left for the -2…+2 scale.

:func:`stage_emotions` (a stage's mean) stays for the figures that want it.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple

from cjdesigner.layout.grid import GridLayout
from cjdesigner.model.enums import EMOTION_MAX, EMOTION_MIN, Sentiment
from cjdesigner.model.journey_map import JourneyMap

CURVE_MARGIN = 10.0
"""Space kept above +2 and below -2 inside the band, so markers are not cut off."""
SCALE_WIDTH = 80.0
"""The band's left strip that holds the scale (+2 … -2 and the words at +2, 0 and -2)."""
SENTIMENT_EMOTION = {Sentiment.POSITIVE: 1, Sentiment.NEUTRAL: 0, Sentiment.NEGATIVE: -1}
"""Where a card with no emotion score stands: its sentiment, as an estimate."""


class CurvePoint(NamedTuple):
    """One touchpoint on its lane's curve (layout units)."""

    card_id: str
    x: float
    y: float
    emotion: int
    estimated: bool
    """No emotion score: placed by its sentiment (drawn hollow)."""


def curve_points(m: JourneyMap, layout: GridLayout, persona_id: str) -> list[CurvePoint]:
    """The lane's curve: every card of the persona that the layout places, in journey order."""
    if persona_id not in layout.curve_bands:
        return []
    touchpoints = {t.id: t for t in m.touchpoints if t.persona_id == persona_id}
    points: list[CurvePoint] = []
    for index, stage_id in enumerate(layout.stage_order):
        cards = [c for c in layout.cell_cards.get((stage_id, persona_id), ()) if c in touchpoints]
        if not cards:
            continue
        column = layout.stage_headers[stage_id]
        left = column.x + (SCALE_WIDTH if index == 0 else 0.0)
        step = (column.right - left) / len(cards)
        for i, card_id in enumerate(cards):
            t = touchpoints[card_id]
            estimated = t.emotion is None
            emotion = SENTIMENT_EMOTION.get(t.sentiment, 0) if t.emotion is None else t.emotion
            x = left + step * (i + 0.5)
            points.append(
                CurvePoint(card_id, x, emotion_y(layout, persona_id, emotion), emotion, estimated)
            )
    if all(p.estimated for p in points):
        return []  # a lane with no score at all: no curve made of guesses alone
    return points


def stage_emotions(m: JourneyMap, persona_id: str) -> list[float | None]:
    """The mean emotion of the persona in each stage (in stage order), None where unscored."""
    sums: dict[str, list[int]] = {}
    for t in m.touchpoints:
        if t.persona_id == persona_id and t.emotion is not None:
            sums.setdefault(t.stage_id, []).append(t.emotion)
    return [(sum(values) / len(values)) if (values := sums.get(s.id)) else None for s in m.stages]


def emotion_y(layout: GridLayout, persona_id: str, emotion: float) -> float:
    """The height in the lane's curve band that stands for ``emotion`` (+2 at the top)."""
    band = layout.curve_bands[persona_id]
    top = band.y + CURVE_MARGIN
    span = band.h - 2 * CURVE_MARGIN
    return top + span * (EMOTION_MAX - emotion) / (EMOTION_MAX - EMOTION_MIN)


def emotion_curve(m: JourneyMap, layout: GridLayout, persona_id: str) -> list[tuple[float, float]]:
    """The curve's points (x, height), one per touchpoint in journey order (see
    :func:`curve_points`, which also says which points are estimated)."""
    return [(p.x, p.y) for p in curve_points(m, layout, persona_id)]


def moments_of_truth(m: JourneyMap, persona_ids: Collection[str] | None = None) -> set[str]:
    """The touchpoint ids of each persona's moments of truth.

    A persona's moments of truth are its cards with the lowest emotion of all its cards, when
    that lowest is below zero (all of them on a tie): the dips a consultant works on first.
    A persona whose journey never goes negative has none. The canvas and the PDF mark the
    same cards. ``persona_ids``: only these personas' (the canvas re-marks changed lanes).
    """
    cards = (
        m.touchpoints
        if persona_ids is None
        else [t for t in m.touchpoints if t.persona_id in persona_ids]
    )
    lowest: dict[str, int] = {}
    for t in cards:
        if t.emotion is not None and t.emotion < min(0, lowest.get(t.persona_id, 0)):
            lowest[t.persona_id] = t.emotion
    return {t.id for t in cards if t.emotion is not None and t.emotion == lowest.get(t.persona_id)}
