"""What a map file is: the format marker, its version, and the envelope around the map.

A file is UTF-8 JSON::

    {"format": "cjdesigner.journey-map", "format_version": 1, "map": {<JourneyMap fields>}}

The marker lets us tell our files from any other JSON; the integer version tells which
migrations (``migrations.py``) an older file needs before it is validated.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema

from cjdesigner.model import JourneyMap

FORMAT_MARKER = "cjdesigner.journey-map"
FORMAT_VERSION = 1
"""The version this program writes. Bump it (and add a migration) when the layout changes."""

DEFAULT_SUFFIX = ".cjm"

MAX_FILE_BYTES = 200 * 1024 * 1024
"""Files above this are refused before reading: no real map comes near (a 100,000-touchpoint
map with avatars is well under 100 MB), and a stray video must not eat the user's memory."""


class MapFile(BaseModel):
    """A cjdesigner journey map file: the format marker, the format version and the map."""

    model_config = ConfigDict(extra="forbid", title="cjdesigner journey map file")

    format: Literal["cjdesigner.journey-map"] = Field(
        description="Marks the file as a cjdesigner journey map."
    )
    format_version: Annotated[
        int,
        # strict: ``true`` is not 1. The reader checks the value itself, so that an older or
        # newer file goes to migration or to a clear refusal.
        Field(
            strict=True,
            description="The version of the file layout; newer programs migrate older files.",
        ),
        WithJsonSchema({"const": FORMAT_VERSION, "type": "integer"}),
    ]
    map: JourneyMap


def sorted_for_file(m: JourneyMap) -> JourneyMap:
    """A shallow copy of ``m`` with touchpoints in file order: stage column, persona row, order.

    Touchpoints live in one flat list whose order has no meaning for the map; sorting them on
    save keeps a moved card a small diff instead of a reshuffled file. Other lists keep model
    order (their order is meaningful: columns, lanes, catalogue).
    """
    stage_index = {s.id: i for i, s in enumerate(m.stages)}
    persona_index = {p.id: i for i, p in enumerate(m.personas)}
    end = len(m.stages) + len(m.personas)
    touchpoints = sorted(
        m.touchpoints,
        key=lambda t: (
            stage_index.get(t.stage_id, end),
            persona_index.get(t.persona_id, end),
            t.order,
        ),
    )
    if all(a is b for a, b in zip(touchpoints, m.touchpoints, strict=True)):
        return m
    return m.model_copy(update={"touchpoints": touchpoints})
