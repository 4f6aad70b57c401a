"""Channels: where a touchpoint happens (website, e-mail, store…), with the icon that shows it."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from cjdesigner.i18n import tr
from cjdesigner.model.base import Id, MapModel
from cjdesigner.model.text import Name

#: Icon keys we ship an SVG for (``resources/icons/<key>.svg``). Custom channels pick one.
ICON_KEYS: tuple[str, ...] = (
    "website",
    "social",
    "advertising",
    "email",
    "app",
    "phone",
    "chat",
    "store",
    "reviews",
    "word_of_mouth",
    "events",
    "partner",
    "billing",
    "generic",
)

ICON_KEY_PATTERN = r"^[a-z0-9][a-z0-9_\-]{0,63}$"

IconKey = Annotated[str, Field(pattern=ICON_KEY_PATTERN)]
"""The name of one of our icons, never a path: no slash, dot, NUL or anything but a-z 0-9 _ -.
A well-formed name we do not ship (a newer cjdesigner's icon) is drawn as ``generic``."""


class Channel(MapModel):
    """One entry of a map's channel catalogue."""

    id: Id
    name: Name
    icon: IconKey = "generic"


def default_channels() -> list[Channel]:
    """The catalogue a new map starts with; ids are readable and stable across maps."""
    names = {
        "website": tr("Website"),
        "social": tr("Social media"),
        "advertising": tr("Advertising"),
        "email": tr("E-mail"),
        "app": tr("Mobile app"),
        "phone": tr("Phone / call centre"),
        "chat": tr("Chat / support"),
        "store": tr("Physical store"),
        "reviews": tr("Review sites"),
        "word_of_mouth": tr("Word of mouth"),
        "events": tr("Events"),
        "partner": tr("Partner"),
        "billing": tr("Billing / invoice"),
    }
    return [Channel(id=key, name=name, icon=key) for key, name in names.items()]


def same_named_channels(channels: list[Channel]) -> list[list[str]]:
    """Groups of channel names used by more than one channel (case aside), in catalogue order.

    Cards on either look alike, and a spreadsheet export and import (which names channels)
    merges them; the editor refuses making such a pair, but a file from elsewhere may hold one.
    """
    groups: dict[str, list[str]] = {}
    for channel in channels:
        groups.setdefault(" ".join(channel.name.split()).casefold(), []).append(channel.name)
    return [names for names in groups.values() if len(names) > 1]
