"""Stages: the phases of a journey, laid out left to right."""

from __future__ import annotations

from pydantic import Field

from cjdesigner.model.base import Colour, Id, MapModel
from cjdesigner.model.ids import new_id
from cjdesigner.model.text import LongText, Name


class Stage(MapModel):
    """One column of the map (e.g. Awareness), with what the business wants from it."""

    id: Id = Field(default_factory=new_id)
    name: Name
    description: LongText = ""
    goal: LongText = ""
    colour: Colour | None = None
