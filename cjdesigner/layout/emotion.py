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

from collections.abc import Collection, Mapping, Sequence
from typing import NamedTuple

from cjdesigner.layout.grid import GridLayout
from cjdesigner.model.enums import EMOTION_MAX, EMOTION_MIN, Sentiment
from cjdesigner.model.journey_map import JourneyMap
from cjdesigner.model.touchpoint import Touchpoint

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


class LanePoint(NamedTuple):
    """One touchpoint on its lane's curve, before any geometry: which stage column, which
    slot of how many in its cell, at which emotion."""

    card_id: str
    column: int
    """Index in the ``stage_ids`` given to :func:`lane_points`."""
    slot: int
    count: int
    """The cards of the persona in that column (points spread evenly: ``slot`` of ``count``)."""
    emotion: int
    estimated: bool


def lane_points(
    m: JourneyMap,
    persona_id: str,
    stage_ids: Sequence[str],
    cell_cards: Mapping[tuple[str, str], Sequence[str]],
    touchpoints: Mapping[str, Touchpoint] | None = None,
) -> list[LanePoint]:
    """The lane's curve in journey order over ``stage_ids`` (``cell_cards``: each cell's card
    ids in order): every card at its own emotion, an unscored one at its sentiment (estimated);
    none at all when no card of the lane is scored. Shared by the canvas, the PDF and the PPTX,
    each placing the points in its own geometry. ``touchpoints``: every card of ``m`` by id,
    when the caller has them (a map's lanes are drawn one by one: not each a pass over all
    its cards)."""
    if touchpoints is None:
        touchpoints = {t.id: t for t in m.touchpoints if t.persona_id == persona_id}
    else:
        touchpoints = {
            c: t
            for cell in ((stage_id, persona_id) for stage_id in stage_ids)
            for c in cell_cards.get(cell, ())
            if (t := touchpoints.get(c)) is not None and t.persona_id == persona_id
        }
    points: list[LanePoint] = []
    new = tuple.__new__  # LanePoint(...) without its Python-level __new__: a point per card
    for column, stage_id in enumerate(stage_ids):
        cards = [c for c in cell_cards.get((stage_id, persona_id), ()) if c in touchpoints]
        count = len(cards)
        for slot, card_id in enumerate(cards):
            t = touchpoints[card_id]
            emotion = t.emotion
            if emotion is None:
                point = (card_id, column, slot, count, SENTIMENT_EMOTION.get(t.sentiment, 0), True)
            else:
                point = (card_id, column, slot, count, emotion, False)
            points.append(new(LanePoint, point))
    if all(p.estimated for p in points):
        return []  # a lane with no score at all: no curve made of guesses alone
    return points


def curve_points(
    m: JourneyMap,
    layout: GridLayout,
    persona_id: str,
    touchpoints: Mapping[str, Touchpoint] | None = None,
) -> list[CurvePoint]:
    """The lane's curve: every card of the persona that the layout places, in journey order
    (``touchpoints``: see :func:`lane_points`)."""
    band = layout.curve_bands.get(persona_id)
    if band is None:
        return []
    points: list[CurvePoint] = []
    # a column's left edge and width, and an emotion's height, worked out once each
    columns: dict[int, tuple[float, float]] = {}
    heights: dict[int, float] = {}
    new = tuple.__new__  # CurvePoint(...) without its Python-level __new__
    for card_id, column, slot, count, emotion, estimated in lane_points(
        m, persona_id, layout.stage_order, layout.cell_cards, touchpoints
    ):
        found = columns.get(column)
        if found is None:
            header = layout.stage_headers[layout.stage_order[column]]
            left = header.x + (SCALE_WIDTH if column == 0 else 0.0)
            found = columns[column] = (left, header.right - left)
        y = heights.get(emotion)
        if y is None:
            y = heights[emotion] = level_y(band.y, band.h, CURVE_MARGIN, emotion)
        x = found[0] + found[1] / count * (slot + 0.5)
        points.append(new(CurvePoint, (card_id, x, y, emotion, estimated)))
    return points


def scale_label(score: int) -> str:
    """``+2``, ``+1``, ``0``, ``–1``, ``–2`` on the curve's scale (an en dash for the minus, as
    the detail tables print emotions)."""
    return f"{score:+d}".replace("-", "\u2013") if score else "0"


def level_y(top: float, height: float, margin: float, emotion: float) -> float:
    """The height standing for ``emotion`` in a band from ``top`` of ``height`` that keeps
    ``margin`` free above +2 and below -2 (+2 at the top)."""
    span = height - 2 * margin
    return top + margin + span * (EMOTION_MAX - emotion) / (EMOTION_MAX - EMOTION_MIN)


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
    return level_y(band.y, band.h, CURVE_MARGIN, emotion)


def emotion_curve(m: JourneyMap, layout: GridLayout, persona_id: str) -> list[tuple[float, float]]:
    """The curve's points (x, height), one per touchpoint in journey order (see
    :func:`curve_points`, which also says which points are estimated)."""
    return [(p.x, p.y) for p in curve_points(m, layout, persona_id)]


def moments_of_truth(m: JourneyMap, persona_ids: Collection[str] | None = None) -> set[str]:
    """The touchpoint ids of each persona's moments of truth.

    A persona's moments of truth are cards with the lowest emotion of all its cards, when that
    lowest is below zero: the dips a consultant works on first. At most one per stage: where
    several cards of a stage tie at the lowest, the first of its cell (reading order, as the
    layout orders a cell: by ``order``, then id). A workshop often writes -2 for every
    frustration, and ringing every tie (15 of 40 cards on such a map) stopped pointing at
    anything; this rule is one a consultant can predict, and moving a card up in its cell
    moves the ring. A persona whose journey never goes negative has none. The canvas, the PDF
    and the slides mark the same cards. ``persona_ids``: only these personas' (the canvas
    re-marks changed lanes; a lane's moments depend on its own cards only).
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
    first: dict[tuple[str, str], tuple[int, str]] = {}  # each cell's first at the lowest
    for t in cards:
        if t.emotion is not None and t.emotion == lowest.get(t.persona_id):
            cell = (t.stage_id, t.persona_id)
            key = (t.order, t.id)
            held = first.get(cell)
            if held is None or key < held:
                first[cell] = key
    return {card_id for _order, card_id in first.values()}
