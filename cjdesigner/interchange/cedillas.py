"""Romanian ş/ţ written with a cedilla in a sheet: found cheaply, counted on the cards only.

Most sheets hold none, so each step first asks whether any text may hold one, with
one-character searches in C, and looks closer only when it may.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cjdesigner.interchange.table import Body, Table
from cjdesigner.interchange.vocabulary import Column
from cjdesigner.model import JourneyMap

_CEDILLA_LETTERS = re.compile("[şţŞŢ]")
_CEDILLA_MARKS = ("ş", "ţ", "Ş", "Ţ", "\u0327")

#: The columns whose cells become a card's own text (stages, personas and channels are
#: counted as such).
CARD_TEXT = (
    Column.TITLE,
    Column.DESCRIPTION,
    Column.CUSTOMER_ACTION,
    Column.PAIN_POINTS,
    Column.OPPORTUNITIES,
    Column.OWNER,
    Column.KPIS,
)


def cedilla_marks(text: str) -> tuple[str, ...]:
    """The cedilla letters (and the combining cedilla) ``text`` holds: what its NFC form may
    hold a cedilla letter from. Five one-character scans in C are several times faster than
    one character-class pattern over a whole sheet, and an ASCII text needs none."""
    if text.isascii():
        return ()
    return tuple(mark for mark in _CEDILLA_MARKS if mark in text)


def may_hold_cedilla(text: str, marks: Sequence[str] = _CEDILLA_MARKS) -> bool:
    """Whether ``text`` holds any of ``marks`` (by default every cedilla mark)."""
    return not text.isascii() and any(mark in text for mark in marks)


def sheet_marks(table: Table) -> tuple[str, ...]:
    """The cedilla marks any cell of ``table`` holds (:func:`cedilla_marks`): found as a CSV
    file was read, else in every cell's text joined (one search instead of a model walk)."""
    if table.marks is not None:
        return table.marks
    return cedilla_marks("\n".join("\t".join(row.cells) for row in table.rows))


def suspect_rows(body: Body, positions: Sequence[int], marks: Sequence[str]) -> set[int]:
    """Which of the body rows at ``positions`` have a card text cell holding one of ``marks``
    (the ones the whole sheet holds): one search per column first, then a look at each row
    only where a column holds one (its joined text, made once for this and the NFC test). A
    mark that is not in the sheet is not looked for again (some take ten times as long to
    look for as others)."""
    if not any(may_hold_cedilla(body.joined(c), marks) for c in CARD_TEXT):
        return set()
    texts = [body.raw(c) for c in CARD_TEXT]  # spaces around a cell change nothing here
    return {p for p in positions if may_hold_cedilla("".join(column[p] for column in texts), marks)}


def cedilla_fields(m: JourneyMap, cards: list[int]) -> int:
    """How many text fields hold ş/ţ with a cedilla (what ``validate`` would point out).

    ``cards`` are the positions of the cards whose source cells may hold one: only those are
    looked at field by field; stages, personas and channels are counted on their own.
    """
    search = _CEDILLA_LETTERS.search
    texts: list[str] = [m.info.title]
    texts += [text for s in m.stages for text in (s.name, s.description, s.goal)]
    texts += [p.name for p in m.personas] + [c.name for c in m.channels]
    count = sum(1 for text in texts if search(text))
    touchpoints = m.touchpoints
    for position in cards:
        t = touchpoints[position]
        texts = [t.title, t.description, t.customer_action, t.owner]
        texts += t.pain_points + t.opportunities
        texts += [text for kpi in t.kpis for text in (kpi.name, kpi.unit)]
        count += sum(1 for text in texts if search(text))
    return count
