"""Connections: the flows between touchpoints that make a journey non-linear."""

from __future__ import annotations

from pydantic import Field

from cjdesigner.model.base import Id, MapModel
from cjdesigner.model.ids import new_id
from cjdesigner.model.text import ShortText


class Connection(MapModel):
    """A directed flow from one touchpoint to another (repeat, zig-zag, skip to the end)."""

    id: Id = Field(default_factory=new_id)
    source: Id
    target: Id
    label: ShortText = ""
