"""A persona's emotion curve: one point per stage, placed in the lane's curve band.

A stage's value is the mean emotion of the persona's scored touchpoints in it. A stage with no
scored touchpoint leaves a gap (``None``) rather than an invented value, so the curve is drawn
as separate runs.
"""

from __future__ import annotations

from collections.abc import Collection

from cjdesigner.layout.grid import GridLayout
from cjdesigner.model.enums import EMOTION_MAX, EMOTION_MIN
from cjdesigner.model.journey_map import JourneyMap

CURVE_MARGIN = 10.0
"""Space kept above +2 and below -2 inside the band, so markers are not cut off."""


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


def emotion_curve(
    m: JourneyMap, layout: GridLayout, persona_id: str
) -> list[tuple[float, float] | None]:
    """The curve's points (column centre, height), one per stage; None marks a gap."""
    if persona_id not in layout.curve_bands:
        return []
    points: list[tuple[float, float] | None] = []
    for stage_id, value in zip(layout.stage_order, stage_emotions(m, persona_id), strict=True):
        if value is None:
            points.append(None)
        else:
            x = layout.stage_headers[stage_id].center[0]
            points.append((x, emotion_y(layout, persona_id, value)))
    return points


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
