"""Romanian ş/ţ typed with a cedilla, fixed to ș/ț (comma below) when the consultant asks.

Old keyboards and fonts still produce the cedilla forms, which look wrong in print and do not
match when searched. The map is never changed silently: Map > Fix Romanian Letters makes one
undoable step of every field that holds them.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication

from cjdesigner.editor.commands import CompoundCommand, MapCommand, UpdateFields, UpdateItems
from cjdesigner.editor.document import MapDocument
from cjdesigner.model.text import cedilla_to_comma_in, has_cedilla_forms


def holds_cedilla(value: Any) -> bool:
    """Whether ``value`` (a text, a model item, a list) holds ş/ţ with a cedilla."""
    if isinstance(value, str):
        return has_cedilla_forms(value)
    if isinstance(value, BaseModel):
        return any(holds_cedilla(getattr(value, name)) for name in type(value).model_fields)
    if isinstance(value, list | tuple):
        return any(holds_cedilla(item) for item in value)
    return False


_CEDILLA_LETTERS = frozenset("şŞţŢ")


def map_has_cedillas(doc: MapDocument) -> bool:
    """Whether any field of the map holds ş/ţ with a cedilla.

    Asked each time the Map menu opens: the map's JSON (made in pydantic's compiled core) is
    searched as one string, a few milliseconds on a 5,000-card map where walking the fields
    one by one took 190 ms.
    """
    return not _CEDILLA_LETTERS.isdisjoint(doc.map.model_dump_json())


def _changes(item: BaseModel) -> dict[str, Any]:
    """The fields of ``item`` whose text holds cedilla forms, with the comma-below spelling."""
    changes: dict[str, Any] = {}
    for name in type(item).model_fields:
        value = getattr(item, name)
        if not holds_cedilla(value):
            continue
        if isinstance(value, list) and value and isinstance(value[0], BaseModel):
            changes[name] = [
                type(v).model_validate(cedilla_to_comma_in(v.model_dump())) for v in value
            ]
        else:
            changes[name] = cedilla_to_comma_in(value)
    return changes


def cedilla_fix_command(doc: MapDocument) -> tuple[MapCommand, int] | None:
    """One undo step that fixes every field with ş/ţ; returns it and the number of fields."""
    m = doc.map
    groups: list[tuple[str, list[Any]]] = [
        ("stage", m.stages),
        ("persona", m.personas),
        ("touchpoint", m.touchpoints),
        ("connection", m.connections),
        ("channel", m.channels),
    ]
    parts: list[MapCommand] = []
    fields = 0
    info_changes = _changes(m.info)
    if info_changes:
        parts.append(UpdateFields(doc, "info", None, info_changes))
        fields += len(info_changes)
    text = QCoreApplication.translate("romanian", "Fix Romanian letters")
    for kind, items in groups:  # one command (one change signal) per kind of item
        by_id = {item.id: changes for item in items if (changes := _changes(item))}
        if by_id:
            parts.append(UpdateItems(doc, kind, by_id, text))
            fields += sum(len(changes) for changes in by_id.values())
    if not parts:
        return None
    return CompoundCommand(doc, text, parts), fields


def count_cedilla_fields(doc: MapDocument) -> int:
    made = cedilla_fix_command(doc)
    return made[1] if made else 0
