"""Channels: where a touchpoint happens (website, e-mail, store…), with the icon that shows it."""

from __future__ import annotations

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


class Channel(MapModel):
    """One entry of a map's channel catalogue."""

    id: Id
    name: Name
    icon: str = "generic"


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
