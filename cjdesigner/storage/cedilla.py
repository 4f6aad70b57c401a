"""Romanian ş/ţ written with a cedilla: found and offered for fixing, never changed silently.

Old keyboards and fonts produce ş/ţ (cedilla, U+015F/U+0163) where Romanian writes ș/ț (comma
below, U+0219/U+021B). Loading keeps the user's text as it is; the editor and the command line
use :func:`cedilla_warnings` to point the fields out and :func:`with_comma_below` to fix them
when the user agrees.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from cjdesigner.model import JourneyMap
from cjdesigner.model.text import cedilla_to_comma_in, has_cedilla_forms

CEDILLA_LETTERS = ("ş", "Ş", "ţ", "Ţ")
"""S and T with a cedilla (U+015E/F, U+0162/3), which :func:`has_cedilla_forms` looks for."""


def _walk(value: Any, path: str, found: list[str]) -> None:
    if isinstance(value, str):
        if has_cedilla_forms(value):
            found.append(path)
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            _walk(getattr(value, name), f"{path}.{name}", found)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _walk(item, f"{path}[{index}]", found)


def cedilla_warnings(m: JourneyMap) -> list[str]:
    """Field paths (``map.touchpoints[3].title``) of text that holds ş/ţ with a cedilla.

    Paths index the lists in model order (the order of ``m.touchpoints``), so they can be used
    to find the item directly.
    """
    found: list[str] = []
    text = m.model_dump_json()  # most maps have none: one fast look at all their text first
    if any(letter in text for letter in CEDILLA_LETTERS):
        _walk(m, "map", found)
    return found


def with_comma_below(m: JourneyMap) -> JourneyMap:
    """A copy of ``m`` with every ş/ţ (cedilla) in its text replaced by ș/ț (comma below).

    Only text changes: ids contain no such letters (their pattern is ASCII), nothing else moves.
    """
    return JourneyMap.model_validate(cedilla_to_comma_in(m.model_dump()))
