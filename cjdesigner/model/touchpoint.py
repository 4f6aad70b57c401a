"""Touchpoints: every moment the customer meets the brand, placed in a stage × persona cell."""

from __future__ import annotations

from pydantic import Field

from cjdesigner.model.base import Id, MapModel, empty_list
from cjdesigner.model.enums import EMOTION_MAX, EMOTION_MIN, Evidence, Sentiment
from cjdesigner.model.ids import new_id
from cjdesigner.model.text import LIST_MAX, LongText, Name, ShortText, TextList

KPI_MAX = 1e15
"""KPI values and targets stay within ±10¹⁵: every one prints as a plain figure."""

ORDER_MAX = 1_000_000_000
"""A card's order within its cell (operations renumber 0…n; a file may leave gaps)."""


class Kpi(MapModel):
    """A success measure at a touchpoint (NPS, CSAT, conversion, bounce rate…)."""

    name: Name
    value: float | None = Field(default=None, ge=-KPI_MAX, le=KPI_MAX)
    target: float | None = Field(default=None, ge=-KPI_MAX, le=KPI_MAX)
    unit: ShortText = ""


class Touchpoint(MapModel):
    """A card in the grid. ``order`` is its position within its stage × persona cell."""

    id: Id = Field(default_factory=new_id)
    stage_id: Id
    persona_id: Id
    order: int = Field(default=0, ge=0, le=ORDER_MAX)
    title: Name
    channel: Id
    sentiment: Sentiment = Sentiment.NEUTRAL
    emotion: int | None = Field(default=None, ge=EMOTION_MIN, le=EMOTION_MAX)
    description: LongText = ""
    customer_action: LongText = ""
    pain_points: TextList = Field(default_factory=empty_list)
    opportunities: TextList = Field(default_factory=empty_list)
    owner: ShortText = ""
    kpis: list[Kpi] = Field(default_factory=empty_list, max_length=LIST_MAX)
    milestone: bool = False
    journey_end: bool = False
    evidence: Evidence | None = None
    """How well the card is known; None: not stated yet (a new card is drawn with a plain
    border, not as an assumption, whose dashed border looked like a drag's ghost)."""

    @property
    def cell(self) -> tuple[str, str]:
        """The (stage id, persona id) cell the card sits in."""
        return (self.stage_id, self.persona_id)
