"""A map as a spreadsheet: one row per touchpoint with every field, in the map's language.

The headers and the words in the cells (sentiment, evidence, yes) are the map's language, the
lists and KPIs a line each in one cell, numbers with the language's decimal mark — exactly what
``cjdesigner import`` reads back. CSV is UTF-8 with a byte order mark (so Excel does not take it
for Windows-1250), ``;`` between fields in Polish and Romanian (what Excel there expects), ``,``
in English, CRLF line ends. XLSX has a bold, frozen, filtered header row and wrapped text.
"""

from __future__ import annotations

import csv
import io
import re

from cjdesigner.interchange import cells
from cjdesigner.interchange.vocabulary import (
    EVIDENCE_NAMES,
    HEADERS,
    SENTIMENT_NAMES,
    YES_NO,
    Column,
)
from cjdesigner.map_language import label
from cjdesigner.model import JourneyMap, Touchpoint
from cjdesigner.model.no_channel import printed_channel_names, shows_channel

#: The columns of an exported sheet, in order.
COLUMNS: tuple[Column, ...] = tuple(Column)

_WIDTHS = {
    Column.STAGE: 18,
    Column.PERSONA: 18,
    Column.TITLE: 34,
    Column.CHANNEL: 18,
    Column.SENTIMENT: 11,
    Column.EMOTION: 9,
    Column.DESCRIPTION: 48,
    Column.CUSTOMER_ACTION: 36,
    Column.PAIN_POINTS: 36,
    Column.OPPORTUNITIES: 36,
    Column.OWNER: 16,
    Column.KPIS: 30,
    Column.MILESTONE: 10,
    Column.JOURNEY_END: 10,
    Column.EVIDENCE: 16,
    Column.CHANNEL_ICON: 14,
}
_NUMERIC = {Column.EMOTION}


def _language(m: JourneyMap) -> str:
    language = m.info.language.value
    return language if language in HEADERS else "en"


def ordered_touchpoints(m: JourneyMap) -> list[Touchpoint]:
    """The touchpoints stage by stage, persona by persona, in each cell's order."""
    stage_rank = {s.id: i for i, s in enumerate(m.stages)}
    persona_rank = {p.id: i for i, p in enumerate(m.personas)}
    return sorted(
        m.touchpoints,
        key=lambda t: (stage_rank.get(t.stage_id, 0), persona_rank.get(t.persona_id, 0), t.order),
    )


def sheet_rows(m: JourneyMap) -> list[list[str | int]]:
    """The header row and one row per touchpoint (emotion as a number, the rest as text)."""
    language = _language(m)
    stages = {s.id: s.name for s in m.stages}
    personas = {p.id: p.name for p in m.personas}
    channels = printed_channel_names(m.channels)  # a card with no channel: empty cells
    icons = {c.id: c.icon if shows_channel(c.id) else "" for c in m.channels}
    sentiments = SENTIMENT_NAMES[language]
    evidences = EVIDENCE_NAMES[language]
    yes, no = YES_NO[language]
    rows: list[list[str | int]] = [[HEADERS[language][c] for c in COLUMNS]]
    for t in ordered_touchpoints(m):
        values: dict[Column, str | int] = {
            Column.STAGE: stages.get(t.stage_id, ""),
            Column.PERSONA: personas.get(t.persona_id, ""),
            Column.TITLE: t.title,
            Column.CHANNEL: channels.get(t.channel, t.channel),
            Column.SENTIMENT: sentiments[t.sentiment],
            Column.EMOTION: "" if t.emotion is None else t.emotion,
            Column.DESCRIPTION: t.description,
            Column.CUSTOMER_ACTION: t.customer_action,
            Column.PAIN_POINTS: cells.format_list(t.pain_points),
            Column.OPPORTUNITIES: cells.format_list(t.opportunities),
            Column.OWNER: t.owner,
            Column.KPIS: cells.format_kpis(t.kpis, language),
            Column.MILESTONE: yes if t.milestone else no,
            Column.JOURNEY_END: yes if t.journey_end else no,
            Column.EVIDENCE: evidences[t.evidence] if t.evidence is not None else "",
            Column.CHANNEL_ICON: icons.get(t.channel, ""),
        }
        rows.append([values[c] for c in COLUMNS])
    return rows


def csv_bytes(m: JourneyMap) -> bytes:
    """The map as a CSV file's bytes (UTF-8 with a BOM, CRLF, ``;`` in pl/ro, ``,`` in en)."""
    delimiter = "," if _language(m) == "en" else ";"
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in sheet_rows(m):
        writer.writerow([_inert(value).replace("\n", "\r\n") for value in row])
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes Excel or LibreOffice read a CSV cell as a formula (OWASP's list)."""


def _inert(value: str | int) -> str:
    """A cell's text that a spreadsheet shows and never runs: a text starting like a formula
    ("=HYPERLINK(…)" in a card title from someone else's map) gets a leading apostrophe, which
    the import takes off again. Numbers (the emotion) are written as they are."""
    if isinstance(value, int):
        return str(value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")


def xlsx_bytes(m: JourneyMap) -> bytes:
    """The map as an XLSX workbook's bytes: one sheet of touchpoints."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    language = _language(m)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _sheet_title(label("Touchpoints", language))  # a sheet of them: plural
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    bold = Font(bold=True)
    for r, row in enumerate(sheet_rows(m), start=1):
        for c, value in enumerate(row, start=1):
            text_value = _ILLEGAL.sub("", value) if isinstance(value, str) else value
            cell = sheet.cell(row=r, column=c, value=text_value)
            if isinstance(text_value, str) and text_value.startswith("="):
                cell.data_type = "s"  # text, never a formula
            if r == 1:
                cell.font = bold
            cell.alignment = top if COLUMNS[c - 1] in _NUMERIC or r == 1 else wrap
    for c, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = _WIDTHS[column]
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    workbook.properties.title = m.info.title
    workbook.properties.creator = m.info.author or "cjdesigner"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _sheet_title(name: str) -> str:
    """A worksheet name Excel accepts: at most 31 characters, none of ``[]:*?/\\``."""
    return re.sub(r"[\[\]:*?/\\]", " ", name)[:31] or "Sheet1"


def left_out_of_a_sheet(m: JourneyMap) -> list[str]:
    """What of ``m`` a sheet of touchpoints does not hold, in the user's language: said when
    a map is exported as CSV or XLSX, as the Mermaid export says its own (QA s7 J9: a round
    trip through a sheet lost the flows without a word)."""
    from cjdesigner.i18n import ntr, tr

    notes = []
    if m.connections:
        notes.append(
            ntr(
                "a sheet has one row per touchpoint: it does not hold the %n flow(s) between them",
                len(m.connections),
            )
        )
    profiles = any(
        p.role or p.quote or p.goals or p.frustrations or p.demographics for p in m.personas
    )
    stages = any(s.description or s.goal for s in m.stages)
    if profiles or stages:
        notes.append(
            tr("the persona profiles and the stages' descriptions and goals are not in a sheet")
        )
    return notes
