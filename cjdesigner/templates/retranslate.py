"""The template's own words in a map, and the same words in another language.

A map made from a template starts with the template's stage names, descriptions and goals, its
map title, its channel names and the placeholder persona's name. When the consultant changes
the map's language, whatever still carries those words (unchanged) can follow into the new
language; anything the consultant wrote or edited is left alone. Plain data comparison: a field
is the template's word only if it equals, character for character, what a template wrote in the
old language.

Also the template's persona prompt ("Who is this customer? e.g. …"): it is a placeholder, not
content. New maps leave the role empty and the editor shows the prompt greyed; maps made before
may still hold the prompt as the role, and :func:`is_persona_prompt` says so, so that neither the
canvas nor the PDF prints it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cjdesigner.model import JourneyMap
from cjdesigner.model.no_channel import NO_CHANNEL
from cjdesigner.templates.catalog import LANGUAGES, PERSONA_PLACEHOLDERS, TEMPLATES
from cjdesigner.templates.channels import CHANNEL_NAMES, NO_CHANNEL_NAMES
from cjdesigner.templates.stage_sets import STAGE_SETS

Kind = Literal["info", "stage", "persona", "channel"]


@dataclass(frozen=True)
class Retranslation:
    """One field to change: ``kind`` and ``item_id`` (None for the map's info), field, text."""

    kind: Kind
    item_id: str | None
    field: str
    old: str
    new: str


def persona_prompt(language: str) -> str:
    """What the template asks about its persona, shown greyed in an empty role field."""
    placeholder = PERSONA_PLACEHOLDERS.get(language) or PERSONA_PLACEHOLDERS["en"]
    return placeholder.prompt


def is_persona_prompt(text: str) -> bool:
    """True for a role that is only a template's prompt (in any language), never content."""
    stripped = text.strip()
    return bool(stripped) and any(p.prompt == stripped for p in PERSONA_PLACEHOLDERS.values())


def retranslations(m: JourneyMap, old: str, new: str) -> list[Retranslation]:
    """The fields of ``m`` that hold template words of ``old``, with their ``new`` wording."""
    if old == new or old not in LANGUAGES or new not in LANGUAGES:
        return []
    out: list[Retranslation] = []
    titles = {spec.map_titles[old]: spec.map_titles[new] for spec in TEMPLATES}
    if m.info.title in titles:
        out.append(Retranslation("info", None, "title", m.info.title, titles[m.info.title]))
    stage_words: dict[str, dict[str, str]] = {"name": {}, "description": {}, "goal": {}}
    for stage_set in STAGE_SETS.values():
        for before, after in zip(stage_set[old], stage_set[new], strict=True):
            for field, words in stage_words.items():
                words.setdefault(getattr(before, field), getattr(after, field))
    for stage in m.stages:
        for field, words in stage_words.items():
            text = getattr(stage, field)
            if text and text in words and words[text] != text:
                out.append(Retranslation("stage", stage.id, field, text, words[text]))
    old_persona, new_persona = PERSONA_PLACEHOLDERS[old].name, PERSONA_PLACEHOLDERS[new].name
    for persona in m.personas:
        if persona.name == old_persona and old_persona != new_persona:
            out.append(Retranslation("persona", persona.id, "name", persona.name, new_persona))
    old_names = {**CHANNEL_NAMES[old], NO_CHANNEL: NO_CHANNEL_NAMES[old]}
    new_names = {**CHANNEL_NAMES[new], NO_CHANNEL: NO_CHANNEL_NAMES[new]}
    for channel in m.channels:
        before = old_names.get(channel.id)
        after = new_names.get(channel.id)
        if before is not None and after is not None and channel.name == before != after:
            out.append(Retranslation("channel", channel.id, "name", channel.name, after))
    return out
