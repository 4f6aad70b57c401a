"""The stages, personas and channels a sheet's rows name, made in order of first appearance.

A stage whose name is one of the template's takes that stage (its description, goal and
colour); a channel named in any language (or by a mapping file) is the template's; any other
name makes a new stage, persona or channel. Each distinct name is looked at once.
"""

from __future__ import annotations

from pydantic import ValidationError

from cjdesigner.i18n import tr
from cjdesigner.interchange import vocabulary
from cjdesigner.interchange.mapping import ColumnMapping
from cjdesigner.interchange.problems import Refused, validation_text
from cjdesigner.interchange.vocabulary import key
from cjdesigner.model import Channel, JourneyMap, Persona, Stage, new_id
from cjdesigner.model.journey_map import MAX_PERSONAS, MAX_STAGES
from cjdesigner.model.no_channel import NO_CHANNEL, no_channel
from cjdesigner.templates.channels import CHANNEL_NAMES, NO_CHANNEL_NAMES
from cjdesigner.templates.stage_sets import STAGE_TINTS

#: Colours given to personas the sheet brings (the Okabe-Ito set the editor uses too).
PERSONA_COLOURS = ("#0072B2", "#009E73", "#D55E00", "#CC79A7", "#E69F00", "#56B4E9")

#: What a channel cell may say for "no channel" (besides being empty): the reserved channel's
#: names, and the stand-in earlier imports gave such cards (a sheet exported from such a map).
_NO_CHANNEL_WORDS = (*NO_CHANNEL_NAMES.values(), "Not specified", "Nieokreślony", "Nespecificat")


class MapParts:
    """The stages, personas and channels of the map a sheet makes, as its rows name them."""

    def __init__(self, template: JourneyMap, language: str, mapping: ColumnMapping) -> None:
        self.language = language
        self.mapping = mapping
        self.template_stages = {key(s.name): s for s in template.stages}
        self.placeholder = template.personas[0] if template.personas else None
        self.stages: dict[str, Stage] = {}
        self.personas: dict[str, Persona] = {}
        self.channels: list[Channel] = list(template.channels)
        self.channel_index = _channel_index(self.channels)
        self.channel_ids = {c.id for c in self.channels}
        self.new_channels: list[str] = []
        self.matched: list[str] = []

    def stage(self, name: str) -> Stage | Refused:
        """The stage ``name`` means (made when new), or why it cannot be made."""
        folded = key(name)
        stage = self.stages.get(folded)
        if stage is not None:
            return stage
        if len(self.stages) >= MAX_STAGES:
            return Refused(tr("more than {n} stages").format(n=MAX_STAGES))
        template_stage = self.template_stages.get(folded)
        if template_stage is not None:
            stage = template_stage
            self.matched.append(stage.name)
        else:
            try:
                colour = STAGE_TINTS[len(self.stages) % len(STAGE_TINTS)]
                stage = Stage(name=name, colour=colour)
            except ValidationError as err:
                return Refused(validation_text(err.errors()[0]))
        self.stages[folded] = stage
        return stage

    def persona(self, name: str) -> Persona | Refused:
        """The persona ``name`` means (the template's first for an empty name), or why not."""
        if not name:
            if self.placeholder is None:
                self.placeholder = Persona(name="Persona 1")
            self.personas.setdefault(key(self.placeholder.name), self.placeholder)
            return self.placeholder
        folded = key(name)
        persona = self.personas.get(folded)
        if persona is not None:
            return persona
        if len(self.personas) >= MAX_PERSONAS:
            return Refused(tr("more than {n} personas").format(n=MAX_PERSONAS))
        if self.placeholder is not None and key(self.placeholder.name) == folded:
            persona = self.placeholder
        else:
            try:
                colour = PERSONA_COLOURS[len(self.personas) % len(PERSONA_COLOURS)]
                persona = Persona(name=name, colour=colour)
            except ValidationError as err:
                return Refused(validation_text(err.errors()[0]))
        self.personas[folded] = persona
        return persona

    def channel(self, name: str, icon: str = "") -> str:
        """The id of the channel ``name`` means: the template's (in any language), the one a
        mapping names, or a new one the sheet brings, drawn with ``icon`` (its first row's).
        A row with no channel (an empty cell, no Channel column) goes to the reserved
        :data:`NO_CHANNEL`, which cards show as no channel at all and which is not reported
        as one the sheet brings."""
        folded = key(name)
        mapped = self.mapping.channels.get(folded) if name else None
        if mapped is not None:
            found = self.channel_index.get(key(mapped))
            if found is not None:
                return found
            name, folded = mapped, key(mapped)
        if not name or folded in _NO_CHANNEL_KEYS:
            return self._no_channel()
        found = self.channel_index.get(folded) or vocabulary.CHANNEL_SYNONYM_INDEX.get(folded)
        if found is not None and found in self.channel_ids:
            return found
        icon = icon or vocabulary.CHANNEL_KIND_ICONS.get(folded, "")  # "oddział": a branch
        channel = Channel(id=new_id(), name=name[:200], icon=icon or "generic")
        self.channels.append(channel)
        self.channel_ids.add(channel.id)
        self.channel_index[folded] = channel.id
        self.new_channels.append(channel.name)
        return channel.id

    def _no_channel(self) -> str:
        """:data:`NO_CHANNEL`, put in the catalogue the first time a row has no channel."""
        if NO_CHANNEL not in self.channel_ids:
            name = NO_CHANNEL_NAMES.get(self.language, NO_CHANNEL_NAMES["en"])
            self.channels.append(no_channel(name))
            self.channel_ids.add(NO_CHANNEL)
        return NO_CHANNEL


_NO_CHANNEL_KEYS = frozenset(key(word) for word in _NO_CHANNEL_WORDS)


def _channel_index(channels: list[Channel]) -> dict[str, str]:
    """Folded channel name (in every language) and id → channel id."""
    index: dict[str, str] = {}
    for names in CHANNEL_NAMES.values():
        for channel_id, name in names.items():
            index.setdefault(key(name), channel_id)
    for channel in channels:
        index[key(channel.name)] = channel.id
        index.setdefault(key(channel.id), channel.id)
    return index
