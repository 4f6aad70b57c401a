"""The journey map document: metadata, ordered stages and personas, touchpoints and flows."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Annotated, Protocol, Self, TypeVar

from pydantic import AfterValidator, AwareDatetime, Field, model_validator

from cjdesigner.i18n import tr
from cjdesigner.model.base import MapModel, empty_list
from cjdesigner.model.channel import Channel, default_channels
from cjdesigner.model.connection import Connection
from cjdesigner.model.enums import JourneyState, Language
from cjdesigner.model.integrity import integrity_problems
from cjdesigner.model.persona import Avatar, Persona
from cjdesigner.model.stage import Stage
from cjdesigner.model.text import LongText, Name, ShortText
from cjdesigner.model.touchpoint import Touchpoint

MAX_STAGES = 200
MAX_PERSONAS = 200
MAX_TOUCHPOINTS = 100_000
MAX_CONNECTIONS = 200_000
MAX_CHANNELS = 500


YEAR_MIN = 1900
YEAR_MAX = 9998
"""Dates outside these years are refused at load: every stage (the PDF's UTC time stamp, local
time in the editor) can then convert and format them without an OverflowError."""


def _bounded(value: datetime) -> datetime:
    try:
        years = (value.year, value.astimezone(UTC).year)
    except OverflowError:
        years = (0,)
    if not all(YEAR_MIN <= year <= YEAR_MAX for year in years):
        raise ValueError(
            tr("must be a date between the years {first} and {last} (found {found})").format(
                first=YEAR_MIN, last=YEAR_MAX, found=value.isoformat()
            )
        )
    return value


MapDate = Annotated[AwareDatetime, AfterValidator(_bounded)]


def utc_now() -> datetime:
    """Now, in UTC, to the second (files diff better without microseconds)."""
    return datetime.now(UTC).replace(microsecond=0)


class MapInfo(MapModel):
    """What the map is about and who made it: the PDF's title block shows it."""

    title: Name = "Untitled journey map"
    client: Name = ""
    author: Name = ""
    language: Language = Language.EN
    created: MapDate = Field(default_factory=utc_now)
    modified: MapDate = Field(default_factory=utc_now)
    description: LongText = ""
    version_label: ShortText = ""
    state: JourneyState = JourneyState.AS_IS
    logo: Avatar | None = None
    """The client's logo for the PDF's cover page (PNG or JPEG, capped like an avatar)."""


class IntegrityError(ValueError):
    """The map's parts do not fit together (a duplicate id, a dangling reference…)."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


class JourneyMap(MapModel):
    """A whole customer journey map. Checked as a whole on construction and load."""

    info: MapInfo = Field(default_factory=MapInfo)
    stages: list[Stage] = Field(default_factory=empty_list, max_length=MAX_STAGES)
    personas: list[Persona] = Field(default_factory=empty_list, max_length=MAX_PERSONAS)
    channels: list[Channel] = Field(default_factory=default_channels, max_length=MAX_CHANNELS)
    touchpoints: list[Touchpoint] = Field(default_factory=empty_list, max_length=MAX_TOUCHPOINTS)
    connections: list[Connection] = Field(default_factory=empty_list, max_length=MAX_CONNECTIONS)

    @model_validator(mode="after")
    def _check_integrity(self) -> Self:
        problems = integrity_problems(self)
        if problems:
            raise IntegrityError(problems)
        return self

    def check(self) -> None:
        """Raise :class:`IntegrityError` if edits made outside the operations broke the map."""
        problems = integrity_problems(self)
        if problems:
            raise IntegrityError(problems)

    # -- look-ups (linear: maps are small; the editor keeps its own id → item dicts) --

    def stage(self, stage_id: str) -> Stage:
        return _find(self.stages, stage_id, "stage")

    def persona(self, persona_id: str) -> Persona:
        return _find(self.personas, persona_id, "persona")

    def touchpoint(self, touchpoint_id: str) -> Touchpoint:
        return _find(self.touchpoints, touchpoint_id, "touchpoint")

    def connection(self, connection_id: str) -> Connection:
        return _find(self.connections, connection_id, "connection")

    def channel(self, channel_id: str) -> Channel:
        return _find(self.channels, channel_id, "channel")

    def cell(self, stage_id: str, persona_id: str) -> list[Touchpoint]:
        """The cards of one cell, in their order."""
        cards = [
            t for t in self.touchpoints if t.stage_id == stage_id and t.persona_id == persona_id
        ]
        cards.sort(key=lambda t: t.order)
        return cards

    def cells(self) -> dict[tuple[str, str], list[Touchpoint]]:
        """Every non-empty cell's cards in order, keyed by (stage id, persona id)."""
        cells: dict[tuple[str, str], list[Touchpoint]] = {}
        for t in self.touchpoints:
            cells.setdefault((t.stage_id, t.persona_id), []).append(t)
        for cards in cells.values():
            cards.sort(key=lambda t: t.order)
        return cells

    def connections_of(self, touchpoint_ids: Iterable[str]) -> list[Connection]:
        """The connections that start or end at any of ``touchpoint_ids``."""
        ids = set(touchpoint_ids)
        return [c for c in self.connections if c.source in ids or c.target in ids]


class _HasId(Protocol):
    id: str


_T = TypeVar("_T", bound=_HasId)


def _find(items: list[_T], item_id: str, kind: str) -> _T:
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(f"no {kind} with id {item_id!r}")


def iter_ids(m: JourneyMap) -> Iterator[str]:
    """Every item id in the map (stages, personas, touchpoints, connections)."""
    for group in (m.stages, m.personas, m.touchpoints, m.connections):
        for item in group:
            yield item.id
