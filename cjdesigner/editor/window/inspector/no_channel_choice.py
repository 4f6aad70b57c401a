"""Choosing "No channel" for a card in the Inspector of a map whose catalogue lacks it.

A sheet import puts the reserved channel (:data:`~cjdesigner.model.no_channel.NO_CHANNEL`)
in the catalogue; a map made in the editor has none yet, so the choice adds it, named in the
map's language, and moves the card to it in one undo step (undo takes both back).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cjdesigner.editor.commands import CompoundCommand, InsertChannel, MapCommand, UpdateFields
from cjdesigner.editor.document import MapDocument
from cjdesigner.model.no_channel import NO_CHANNEL, no_channel
from cjdesigner.templates.channels import NO_CHANNEL_NAMES


def needs_no_channel(doc: MapDocument, channel_id: str) -> bool:
    """Whether choosing ``channel_id`` must first put "no channel" in the catalogue."""
    return channel_id == NO_CHANNEL and all(c.id != NO_CHANNEL for c in doc.map.channels)


def to_no_channel(doc: MapDocument, card_id: str) -> MapCommand:
    """One undo step: the reserved channel into the catalogue, the card onto it."""
    language = str(doc.map.info.language)
    name = NO_CHANNEL_NAMES.get(language, NO_CHANNEL_NAMES["en"])
    edit = UpdateFields(doc, "touchpoint", card_id, {"channel": NO_CHANNEL})
    text = edit.text() or QCoreApplication.translate("commands", "Edit %1").replace("%1", "")
    return CompoundCommand(doc, text, [InsertChannel(doc, no_channel(name)), edit])
