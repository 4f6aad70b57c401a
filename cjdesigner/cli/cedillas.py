"""Romanian ş/ţ written with a cedilla, as the commands report it: one summary line per file.

Detection is :func:`cjdesigner.storage.cedilla_warnings` (the field paths); this module counts
the letters, picks a few example fields and says how to fix them. One line per field flooded
the terminal (126 lines for a real map) and never said what to do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from cjdesigner import storage
from cjdesigner.i18n import ntr, tr
from cjdesigner.model import JourneyMap

#: The letters written with a cedilla, with the comma-below letters Romanian uses instead.
CEDILLA_LETTERS: dict[str, str] = {"ş": "ș", "ţ": "ț", "Ş": "Ș", "Ţ": "Ț"}

#: How many field paths the summary line names as examples.
EXAMPLES = 3

_STEP = re.compile(r"\.(\w+)|\[(\d+)\]")


@dataclass(frozen=True, slots=True)
class CedillaField:
    """One text field holding cedilla letters: its path (``map.touchpoints[3].title``)."""

    path: str
    letters: int


def cedilla_fields(m: JourneyMap) -> list[CedillaField]:
    """Every field of ``m`` with ş/ţ written with a cedilla, in model order, with letter counts."""
    found = []
    for path in storage.cedilla_warnings(m):
        text = _value_at(m, path)
        letters = sum(text.count(c) for c in CEDILLA_LETTERS) if isinstance(text, str) else 0
        found.append(CedillaField(path, letters))
    return found


def _value_at(m: JourneyMap, path: str) -> Any:
    """The value a ``cedilla_warnings`` path names (``map`` is the map itself)."""
    value: Any = m
    for name, index in _STEP.findall(path.removeprefix("map")):
        if name:
            value = getattr(value, name) if isinstance(value, BaseModel) else None
        else:
            value = value[int(index)] if isinstance(value, list | tuple) else None
    return value


def summary(file: str, fields: list[CedillaField]) -> str:
    """The one warning line for ``file``: how many, where (a few examples) and how to fix it."""
    letters = sum(f.letters for f in fields)
    examples = ", ".join(f.path for f in fields[:EXAMPLES])
    if len(fields) > EXAMPLES:
        examples += ", …"
    where = tr("{letters} ş/ţ written with a cedilla in {fields} ({examples})").format(
        letters=letters, fields=ntr("%n field(s)", len(fields)), examples=examples
    )
    import shlex  # only for this warning: not loaded by every command

    fix = tr(
        "Romanian writes ș/ț with a comma below: fix them in the editor with Map > Fix "
        "Romanian Letters, or run `cjdesigner validate --fix-cedillas {file}`"
    ).format(file=shlex.quote(file))
    return tr("“{file}”: warning: {where}; {fix}.").format(file=file, where=where, fix=fix)
