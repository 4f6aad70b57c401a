"""Characters no shipped font draws (emoji, CJK…): found field by field before an export, and
replaced by a visible mark when the user allows the export despite them.

Its own module: the text wrapping and the fallback fonts both need to know what the fonts cover,
but finding and replacing missing characters needs neither of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from cjdesigner.export.pdf.fonts import REPLACEMENT, covered_code_points
from cjdesigner.model import JourneyMap


@dataclass(frozen=True)
class MissingGlyphs:
    """Characters of one field that the embedded font cannot draw."""

    field: str
    """Where the text is, as a path in the map file (``touchpoints[3].title``)."""
    characters: str
    label: str
    """What a user recognises the item by (a touchpoint's title, a persona's name)."""


_ALSO_ALLOWED = "\n\t\r\u00ad"
"""Not drawn as glyphs (line breaks, tabs, soft hyphens), so never missing."""


@cache
def _uncovered() -> re.Pattern[str]:
    """A pattern matching any character the fonts cannot draw (built once: one C-speed search
    per text instead of a set difference per field)."""
    codes = sorted(covered_code_points() | {ord(ch) for ch in _ALSO_ALLOWED})
    ranges: list[str] = []
    start = previous = codes[0]
    for code in [*codes[1:], -1]:
        if code != previous + 1:
            first, last = re.escape(chr(start)), re.escape(chr(previous))
            ranges.append(first if start == previous else f"{first}-{last}")
            start = code
        previous = code
    return re.compile(f"[^{''.join(ranges)}]")


def missing_glyphs(m: JourneyMap) -> list[MissingGlyphs]:
    """Every field whose text holds characters the fonts lack (emoji, CJK…), in file order.

    Each item's texts are searched together first; only an item with a missing character is
    looked at field by field. All the cards' texts (and all the flow labels) are searched as
    one text before that: a 5,000-card map with nothing missing costs two searches, not one
    per card and flow.
    """
    search = _uncovered().search
    found: list[MissingGlyphs] = []

    def check(path: str, value: str, label: str) -> None:
        missing = {ch for ch in value if search(ch)}
        if missing:
            found.append(MissingGlyphs(path, "".join(sorted(missing)), label))

    def check_all(prefix: str, fields: list[tuple[str, str]], label: str) -> None:
        if search("\n".join(value for _name, value in fields)):
            for name, value in fields:
                check(f"{prefix}.{name}", value, label)

    info = m.info
    fields = ("title", "client", "author", "description", "version_label")
    check_all("info", [(name, getattr(info, name)) for name in fields], info.title)
    for i, stage in enumerate(m.stages):
        fields = ("name", "description", "goal")
        check_all(f"stages[{i}]", [(name, getattr(stage, name)) for name in fields], stage.name)
    for i, persona in enumerate(m.personas):
        texts = [
            (name, getattr(persona, name)) for name in ("name", "role", "quote", "demographics")
        ]
        for group in ("goals", "frustrations"):
            texts += [(f"{group}[{j}]", item) for j, item in enumerate(getattr(persona, group))]
        check_all(f"personas[{i}]", texts, persona.name)
    for i, channel in enumerate(m.channels):
        check_all(f"channels[{i}]", [("name", channel.name)], channel.name)
    for i, t in enumerate(m.touchpoints if _any_missing(m, search) else ()):
        kpis = [text for kpi in t.kpis for text in (kpi.name, kpi.unit)]
        own = (t.title, t.description, t.customer_action, t.owner)
        if not search("\n".join((*own, *t.pain_points, *t.opportunities, *kpis))):
            continue
        texts = list(zip(("title", "description", "customer_action", "owner"), own, strict=True))
        for group in ("pain_points", "opportunities"):
            texts += [(f"{group}[{j}]", item) for j, item in enumerate(getattr(t, group))]
        for j, kpi in enumerate(t.kpis):
            texts += [(f"kpis[{j}].name", kpi.name), (f"kpis[{j}].unit", kpi.unit)]
        check_all(f"touchpoints[{i}]", texts, t.title)
    labels = "\n".join(c.label for c in m.connections)  # all searched at once first
    for i, c in enumerate(m.connections if search(labels) else ()):
        if c.label:
            check_all(f"connections[{i}]", [("label", c.label)], c.label)
    return found


def _any_missing(m: JourneyMap, search: Callable[[str], object]) -> bool:
    """Whether some touchpoint's text holds a character the fonts lack: all of them searched
    as one text (a map's cards are nearly always all printable: one search, not 5,000)."""
    texts: list[str] = []
    add = texts.extend
    for t in m.touchpoints:
        add((t.title, t.description, t.customer_action, t.owner))
        add(t.pain_points)
        add(t.opportunities)
        for kpi in t.kpis:
            add((kpi.name, kpi.unit))
    return search("\n".join(texts)) is not None


_PATH_PART = re.compile(r"(\w+)(?:\[(\d+)\])?")


def replace_missing(m: JourneyMap) -> JourneyMap:
    """A copy of ``m`` in which every character no shipped font draws is :data:`REPLACEMENT`
    (an export that the user allowed despite them prints a visible mark, never a gap)."""
    problems = missing_glyphs(m)
    if not problems:
        return m
    copy = m.model_copy(deep=True)
    for problem in problems:
        table = str.maketrans(dict.fromkeys(problem.characters, REPLACEMENT))
        parts = [_PATH_PART.fullmatch(part) for part in problem.field.split(".")]
        owner: Any = copy
        for match in parts[:-1]:
            assert match is not None
            owner = getattr(owner, match[1])
            if match[2] is not None:
                owner = owner[int(match[2])]
        last = parts[-1]
        assert last is not None
        if last[2] is None:
            setattr(owner, last[1], getattr(owner, last[1]).translate(table))
        else:
            items = getattr(owner, last[1])
            items[int(last[2])] = items[int(last[2])].translate(table)
    return copy
