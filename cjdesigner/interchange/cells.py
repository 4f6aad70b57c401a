"""Reading and writing the values of one cell: numbers with decimal commas, lists, KPIs.

A Polish or Romanian sheet writes ``1,5`` and ``−2``; a list of pain points is one cell with a
line per item (bullets allowed); KPIs are a line each, ``NPS: 42 (target 50)``. The export
writes exactly what these functions read back (in the map's language), so a sheet round-trips.
"""

from __future__ import annotations

import math
import re
from typing import Any

from cjdesigner.model import Kpi

_MINUS = str.maketrans({"−": "-", "–": "-", "\u00a0": "", "\u202f": "", " ": ""})
_GROUPED = re.compile(r"^[+-]?\d{1,3}([.,’'])\d{3}(\1\d{3})*$")


def parse_number(text: str) -> float | None:
    """``text`` as a number (``1,5``, ``−2``, ``+1``, ``1 234,5``), or None when it is not one."""
    plain = text.strip().translate(_MINUS)
    if not plain:
        return None
    if _GROUPED.match(plain) and plain.count(plain[-4]) > 1:
        plain = plain.replace(plain[-4], "")  # 1.234.567 or 1,234,567: thousands only
    if "," in plain and "." in plain:
        # The later mark is the decimal one: 1.234,5 (pl/ro) or 1,234.5 (en).
        thousands = "." if plain.rindex(",") > plain.rindex(".") else ","
        plain = plain.replace(thousands, "").replace(",", ".")
    else:
        plain = plain.replace(",", ".")
    try:
        value = float(plain)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def format_number(value: float, language: str) -> str:
    """``value`` as a sheet shows it in ``language``: ``1.5`` in English, ``1,5`` in pl/ro."""
    text = f"{value:.10g}" if value != int(value) or abs(value) >= 1e15 else str(int(value))
    return text.replace(".", ",") if language in ("pl", "ro") else text


_BULLET = re.compile(r"^\s*(?:[-•*·▪‣◦]|\d+[.)])\s+")


_BULLET_MARKS = frozenset("-•*·▪‣◦")


def parse_list(text: str) -> list[str]:
    """One item per line, bullets (``-``, ``•``, ``1.``) and empty lines dropped."""
    if "\n" not in text and "\r" not in text:  # the usual cell: one item, seldom a bullet
        item = text.strip()
        if item and (item[0] in _BULLET_MARKS or item[0].isdigit()):
            item = _BULLET.sub("", text).strip()
        return [item] if item else []
    items = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        item = line.strip()
        if item and (item[0] in _BULLET_MARKS or item[0].isdigit()):
            item = _BULLET.sub("", line).strip()  # the pattern only for lines that may be one
        if item:
            items.append(item)
    return items


def format_list(items: list[str]) -> str:
    """A list as one cell: a line per item (newlines inside an item become spaces)."""
    return "\n".join(" ".join(item.split()) for item in items)


#: The word for a KPI's target in each language (any of them is read back).
TARGET_WORDS = {"en": "target", "pl": "cel", "ro": "țintă"}

_KPI = re.compile(
    r"^(?P<name>.*?)"
    r"(?::\s*(?P<value>[-−+]?[\d\s.,\u00a0]*\d)\s*(?P<unit>[^()\d][^()]*?)?)?"
    r"\s*(?:\(\s*(?:target|cel|țintă|ţintă|tinta)\s*:?\s*"
    r"(?P<target>[-−+]?[\d\s.,\u00a0]*\d)\s*(?P<unit2>[^()]*?)\s*\))?\s*$",
    re.IGNORECASE,
)


def parse_kpis(text: str) -> list[Kpi] | str:
    """KPIs, a line each (``NPS: 42 (target 50)``, ``Conversion: 2,5 % (cel 3)``).

    Returns the KPIs, or the first line that cannot be read as one (for the problem message).
    A line with only a name is a KPI without figures.
    """
    fields = parse_kpi_fields(text)
    if isinstance(fields, str):
        return fields
    return [Kpi(**kpi) for kpi in fields]


def parse_kpi_fields(text: str) -> list[dict[str, Any]] | str:
    """What :func:`parse_kpis` reads, as plain fields for the map's one validation pass."""
    kpis: list[dict[str, Any]] = []
    for line in parse_list(text):
        match = _KPI.match(line)
        name = match.group("name").strip() if match else ""
        if not match or not name:
            return line
        value = parse_number(match.group("value") or "")
        target = parse_number(match.group("target") or "")
        if (match.group("value") and value is None) or (match.group("target") and target is None):
            return line
        unit = (match.group("unit") or match.group("unit2") or "").strip()
        if _UNREAD_FIGURES.search(name) or _RANGE.match(unit):
            return line  # figures that would be misread: "14 min (cel < 3 min)", "2–3 dni"
        kpis.append({"name": name, "value": value, "target": target, "unit": unit})
    return kpis


_UNREAD_FIGURES = re.compile(r":\s*[-−+]?\d|\(\s*(?:target|cel|țintă|ţintă|tinta)\b", re.IGNORECASE)
"""A KPI name that still holds figures or a target the pattern could not read (QA s7 J11:
"Czas: 14 min (cel < 3 min)" became a KPI named the whole line)."""

_RANGE = re.compile(r"[-–—−]\s*\d")
"""A unit that starts with the second half of a range ("2–3 dni" read as 2 and "–3 dni")."""


def format_kpis(kpis: list[Kpi], language: str) -> str:
    """KPIs as one cell, a line each, in the form :func:`parse_kpis` reads."""
    lines = []
    for kpi in kpis:
        line = " ".join(kpi.name.split())
        if kpi.value is not None:
            line += f": {format_number(kpi.value, language)}"
            if kpi.unit:
                line += f" {kpi.unit}"
        if kpi.target is not None:
            word = TARGET_WORDS.get(language, "target")
            unit = f" {kpi.unit}" if kpi.unit else ""  # the target's unit too, as the PDF
            line += f" ({word} {format_number(kpi.target, language)}{unit})"  # prints it
        lines.append(line)
    return "\n".join(lines)


def column_letter(index: int) -> str:
    """The spreadsheet's letter for the 0-based column ``index``: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def column_index(letters: str) -> int | None:
    """The 0-based index of a column letter (``"C"`` → 2), or None when it is not one."""
    letters = letters.strip().upper()
    if not letters.isascii() or not letters.isalpha() or len(letters) > 3:
        return None
    index = 0
    for letter in letters:
        index = index * 26 + (ord(letter) - ord("A") + 1)
    return index - 1
