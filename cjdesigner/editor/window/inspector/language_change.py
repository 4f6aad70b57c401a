"""Changing a map's language: one undo step, with the template's words translated if wanted.

What still carries a template's default words in the old language (stage names, descriptions
and goals, the map title, "Persona 1", the channel names; see
:func:`cjdesigner.templates.retranslations`) can follow the map into the new language. The
consultant is asked once; their own text is never touched. The language and the translated
words change in one command, so one Undo brings everything back.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication

from cjdesigner.editor.commands import CompoundCommand, MapCommand, UpdateFields
from cjdesigner.editor.document import MapDocument
from cjdesigner.i18n import UI_LANGUAGES
from cjdesigner.model import Language
from cjdesigner.templates import retranslations

LANGUAGE_NAMES = {Language(code): name for code, name in UI_LANGUAGES.items()}
"""Each map language named in itself, as the inspector's Language list shows it."""


class Asks(Protocol):
    def ask_translate_template_words(self, count: int, language: str) -> bool: ...


def language_change(doc: MapDocument, language: Language, dialogs: Asks) -> MapCommand:
    """The command that sets the map's ``language``, with the template's words if agreed."""
    old = str(doc.map.info.language.value)
    changes = retranslations(doc.map, old, language.value)
    parts: list[MapCommand] = [UpdateFields(doc, "info", None, {"language": language})]
    if changes and dialogs.ask_translate_template_words(
        len(changes), LANGUAGE_NAMES.get(language, language.value)
    ):
        info = {c.field: c.new for c in changes if c.kind == "info"}
        if info:
            parts.append(UpdateFields(doc, "info", None, info))
        items: dict[tuple[str, str], dict[str, str]] = {}
        for c in changes:
            if c.kind != "info" and c.item_id is not None:
                items.setdefault((c.kind, c.item_id), {})[c.field] = c.new
        parts.extend(
            UpdateFields(doc, kind, item_id, fields) for (kind, item_id), fields in items.items()
        )
    text = QCoreApplication.translate("commands", "Change the map's language")
    return CompoundCommand(doc, text, parts)
