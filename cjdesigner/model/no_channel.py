"""The reserved channel of cards whose channel was not given, and the one question renderers ask.

Every card names a channel of the map's catalogue (the file format and the integrity checks
want one), but a workshop sheet often has no channel column, or empty cells in it. Such cards
get the channel :data:`NO_CHANNEL`, a stable id the import (and the editor) put in the
catalogue. Whatever draws or counts channels asks :func:`shows_channel` (or takes its names
from :func:`printed_channel_names`), never a channel's name: the card shows no channel line and
no icon, and legends and channel figures leave it out. A channel named "Not specified" in an
older file is an ordinary channel and prints as before.
"""

from __future__ import annotations

from collections.abc import Iterable

from cjdesigner.model.channel import Channel

NO_CHANNEL = "no-channel"
"""The id of the channel meaning "no channel given" (not a uuid: no other channel has it)."""


def shows_channel(channel_id: str) -> bool:
    """Whether a card of channel ``channel_id`` shows a channel (icon, name, legend entry)."""
    return channel_id != NO_CHANNEL


def printed_channel_names(channels: Iterable[Channel]) -> dict[str, str]:
    """Channel id → the name printed for it on a card or in a table ("" for no channel)."""
    return {c.id: "" if c.id == NO_CHANNEL else c.name for c in channels}


def no_channel(name: str) -> Channel:
    """The catalogue entry of :data:`NO_CHANNEL`, called ``name`` where the editor lists it
    (Manage Channels, a sheet's channel column); drawn nowhere on the map."""
    return Channel(id=NO_CHANNEL, name=name, icon="generic")
