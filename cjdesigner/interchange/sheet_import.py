"""A sheet of touchpoints (one per row) made into a journey map built on a template.

Columns are found by their headers (:mod:`.vocabulary`) or a mapping file (:mod:`.mapping`).
Stages and personas are the sheet's values in order of first appearance; a stage whose name is
one of the template's takes that stage (its description, goal and colour). Every problem is
collected with the row number and column letter the spreadsheet shows, so the consultant fixes
the sheet once: :func:`import_table` returns them all, and a map only when there are none (or
when bad rows may be skipped).
"""

from __future__ import annotations

import re
import secrets
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from cjdesigner.gc_pause import cycle_collection_paused
from cjdesigner.i18n import tr
from cjdesigner.interchange import cells, vocabulary
from cjdesigner.interchange.csv_source import read_csv
from cjdesigner.interchange.mapping import ColumnMapping
from cjdesigner.interchange.table import Row, SheetError, Table
from cjdesigner.interchange.vocabulary import Column, key
from cjdesigner.interchange.xlsx_source import read_xlsx
from cjdesigner.model import (
    EMOTION_MAX,
    EMOTION_MIN,
    ICON_KEYS,
    Channel,
    Evidence,
    IntegrityError,
    JourneyMap,
    Language,
    MapInfo,
    Persona,
    Sentiment,
    Stage,
    new_id,
)
from cjdesigner.model.journey_map import MAX_PERSONAS, MAX_STAGES
from cjdesigner.storage import with_comma_below
from cjdesigner.templates import DEFAULT_TEMPLATE, LANGUAGES, build_map
from cjdesigner.templates.channels import CHANNEL_NAMES
from cjdesigner.templates.stage_sets import STAGE_TINTS

#: The extensions read as CSV and as XLSX.
CSV_EXTENSIONS = (".csv", ".tsv", ".txt")
XLSX_EXTENSIONS = (".xlsx", ".xlsm")
MAX_SHEET_BYTES = 50 * 1024 * 1024

#: Colours given to personas the sheet brings (the Okabe-Ito set the editor uses too).
PERSONA_COLOURS = ("#0072B2", "#009E73", "#D55E00", "#CC79A7", "#E69F00", "#56B4E9")

_UNSPECIFIED_CHANNEL = {"en": "Not specified", "pl": "Nieokreślony", "ro": "Nespecificat"}
_REQUIRED = (Column.TITLE, Column.STAGE)
_ORDER: list[Column] = list(Column)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in one cell: the row and column as the spreadsheet shows them."""

    row: int
    column: str
    header: str
    message: str

    def __str__(self) -> str:
        where = tr("row {row}, column {column} ({header})").format(
            row=self.row, column=self.column, header=self.header
        )
        return f"{where}: {self.message}"


@dataclass
class ImportResult:
    """What an import found. ``map`` is None when there were bad rows and none may be skipped."""

    map: JourneyMap | None
    problems: list[Problem]
    skipped_rows: list[int]
    touchpoint_count: int
    stages: list[str]
    personas: list[str]
    matched_stages: list[str]
    columns: dict[Column, str]
    ignored_headers: list[str]
    new_channels: list[str]
    language: str
    notes: list[str] = field(default_factory=list)
    cedilla_fields: int = 0

    @property
    def bad_rows(self) -> list[int]:
        """The row numbers with at least one problem, in order."""
        return sorted({p.row for p in self.problems})


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The sheet in ``path`` (CSV or XLSX, by extension), or :class:`SheetError` saying why not."""
    with cycle_collection_paused():
        return _read_table(path, sheet)


def _read_table(path: Path, sheet: str | None) -> Table:
    extension = path.suffix.lower()
    if extension in (".xls", ".ods", ".numbers"):
        raise SheetError(
            tr(
                "“{path}”: {kind} files cannot be read; open it in Excel or LibreOffice and save "
                "it as .xlsx or .csv"
            ).format(path=path, kind=extension)
        )
    if extension not in CSV_EXTENSIONS + XLSX_EXTENSIONS:
        raise SheetError(
            tr("“{path}”: only .csv and .xlsx sheets can be imported").format(path=path)
        )
    if path.is_dir():
        raise SheetError(tr("“{path}” is a folder, not a sheet").format(path=path))
    try:
        size = path.stat().st_size
        if size > MAX_SHEET_BYTES:
            raise SheetError(
                tr("“{path}” is too big to be a sheet of touchpoints").format(path=path)
            )
        data = path.read_bytes()
    except OSError as err:
        raise SheetError(
            tr("“{path}” cannot be read ({reason})").format(path=path, reason=err.strerror or err)
        ) from None
    if not data.strip():
        raise SheetError(tr("“{path}” is empty").format(path=path))
    try:
        if extension in XLSX_EXTENSIONS:
            return read_xlsx(data, str(path), sheet)
        if sheet is not None:
            raise SheetError(tr("--sheet applies to .xlsx workbooks only"))
        return read_csv(data, str(path))
    except SheetError as err:
        if str(err).startswith("“"):
            raise
        raise SheetError(f"“{path}”: {err}") from None


@dataclass
class _Columns:
    """Which 0-based column index holds each field, with the header as the sheet writes it."""

    index: dict[Column, int]
    headers: list[str]
    ignored: list[str]
    language: str

    def label(self, column: Column) -> tuple[str, str]:
        i = self.index[column]
        return cells.column_letter(i), self.headers[i]


def find_columns(header: Row, mapping: ColumnMapping | None) -> _Columns:
    """Match the header row to fields; the mapping first, then the known header words."""
    headers = header.cells
    index: dict[Column, int] = {}
    if mapping is not None:
        for column, wanted in mapping.columns.items():
            position = _mapped_position(headers, wanted)
            if position is None:
                raise SheetError(
                    tr(
                        "the mapping names column “{wanted}” for {field}, but the header row "
                        "(row {row}) has no such column; its headers are: {headers}"
                    ).format(
                        wanted=wanted,
                        field=column.value,
                        row=header.number,
                        headers=_listed(headers),
                    )
                )
            index[column] = position
    taken = set(index.values())
    ignored = []
    votes: Counter[str] = Counter()
    for position, text in enumerate(headers):
        if position in taken or not text:
            continue
        found = vocabulary.HEADER_INDEX.get(key(text))
        if found is None or found[0] in index:
            ignored.append(text)
            continue
        index[found[0]] = position
        votes.update(found[1])
    missing = [c for c in _REQUIRED if c not in index]
    if missing:
        names = {
            Column.TITLE: "Touchpoint / Punkt styku / Punct de contact",
            Column.STAGE: "Stage / Etap / Etapă",
        }
        raise SheetError(
            tr(
                "no column for {fields} in the header row (row {row}: {headers}); name the "
                "column {names}, or say which column it is in a mapping file (--mapping)"
            ).format(
                fields=tr(" and ").join(c.value for c in missing),
                row=header.number,
                headers=_listed(headers),
                names=tr(" and ").join(f"“{names[c]}”" for c in missing),
            )
        )
    language = max(LANGUAGES, key=lambda lang: (votes[lang], lang == "en"))
    return _Columns(index=index, headers=headers, ignored=ignored, language=language)


#: How far down a sheet the header row is looked for (a title or a date may stand above it).
HEADER_SEARCH_ROWS = 10


def header_row(table: Table, mapping: ColumnMapping | None) -> int:
    """The index in ``table.rows`` of the header: the first of the top rows naming the most
    known columns (a mapping's headers count too); rows above it, such as a title, are skipped.
    """
    wanted = {key(h) for h in mapping.columns.values()} if mapping is not None else set()
    best, best_count = 0, 0
    for index, row in enumerate(table.rows[:HEADER_SEARCH_ROWS]):
        count = sum(
            1 for text in row.cells if key(text) in vocabulary.HEADER_INDEX or key(text) in wanted
        )
        if count > best_count:
            best, best_count = index, count
    return best


def _mapped_position(headers: list[str], wanted: str) -> int | None:
    folded = key(wanted)
    for position, text in enumerate(headers):
        if key(text) == folded:
            return position
    position = cells.column_index(wanted)
    if position is not None and position < len(headers) and len(wanted.strip()) <= 2:
        return position
    return None


def _listed(headers: list[str]) -> str:
    shown = [f"“{h}”" for h in headers if h][:12]
    return ", ".join(shown) if shown else tr("none")


class _Builder:
    """Turns rows into stages, personas, channels and touchpoint fields, collecting problems.

    A good row becomes a plain dict of touchpoint fields; :func:`_validate` checks them all in
    one pydantic-core pass (what ``load_map`` does), which is several times faster than
    building each :class:`Touchpoint` in Python. A cell's word is looked up once per distinct
    text: a sheet repeats its stages, channels and sentiment words on every row.
    """

    def __init__(
        self, columns: _Columns, template: JourneyMap, language: str, mapping: ColumnMapping | None
    ) -> None:
        self.columns = columns
        self.language = language
        self.mapping = mapping or ColumnMapping()
        self.template_stages = {key(s.name): s for s in template.stages}
        self.placeholder = template.personas[0] if template.personas else None
        self.stages: dict[str, Stage] = {}
        self.personas: dict[str, Persona] = {}
        self.channels: list[Channel] = list(template.channels)
        self.channel_index = _channel_index(self.channels)
        self.channel_ids = {c.id for c in self.channels}
        self.new_channels: list[str] = []
        self.matched: list[str] = []
        self.accepted: list[tuple[Row, dict[str, Any]]] = []
        self.cedillas_possible = True
        self.may_hold_cedilla: set[int] = set()
        self.problems: list[Problem] = []
        self.skipped: list[int] = []
        self.slots = [(_ORDER.index(c), i) for c, i in columns.index.items()]
        self.has_persona = Column.PERSONA in columns.index
        # Every column's cell in one C call when the row is as wide as the header says.
        # A column the sheet lacks is read as the "" appended to the row (position -1).
        positions = [columns.index.get(c, -1) for c in _ORDER]
        self.width = max(positions) + 1
        self.complete = -1 not in positions
        self.pick = itemgetter(*positions)
        self._emotions: dict[str, int] = {}
        self._sentiments: dict[str, Sentiment] = {}
        self._kpis: dict[str, list[dict[str, Any]] | str] = {}
        self._evidences: dict[str, Evidence] = {}
        self._lists: dict[str, tuple[str, ...]] = {}
        self._stage_of: dict[str, Stage] = {}
        self._persona_of: dict[str, Persona] = {}
        self._channel_of: dict[str, str] = {}
        self._icons: dict[str, str] = {}

    def values(self, row: Row) -> Sequence[str]:
        """The row's cells in :class:`Column` order ("" where the sheet has no such column)."""
        cells_ = row.cells
        if len(cells_) >= self.width:
            return self.pick(cells_ if self.complete else [*cells_, ""])  # type: ignore[no-any-return]
        values = [""] * len(_ORDER)  # a short row: its missing cells are empty
        size = len(cells_)
        for ordinal, index in self.slots:
            if index < size:
                values[ordinal] = cells_[index]
        return values

    def problem(self, row: Row, column: Column, message: str) -> Problem:
        letter, header = self.columns.label(column)
        return Problem(row.number, letter, header, message)

    def add_rows(self, rows: Iterable[Row]) -> None:
        """Each row as a card's fields, or its problems. One loop over every row, with the
        caches held in local names: a sheet's rows are thousands, and each look-up of an
        attribute costs as much as the dictionary look-up it leads to."""
        emotions, sentiments, evidences = self._emotions, self._sentiments, self._evidences
        kpi_fields, icons = self._kpis, self._icons
        stage_of, persona_of, channel_of = self._stage_of, self._persona_of, self._channel_of
        values, listed, accept = self.values, self._list, self.accepted.append
        has_persona, cedillas_possible = self.has_persona, self.cedillas_possible
        for row in rows:
            problems: list[Problem] = []
            (
                stage_name,
                persona_name,
                title,
                channel,
                sentiment_text,
                emotion_text,
                description,
                customer_action,
                pain_points,
                opportunities,
                owner,
                kpis_text,
                milestone_text,
                journey_end_text,
                evidence_text,
                icon_text,
            ) = values(row)
            if not title:
                problems.append(self.problem(row, Column.TITLE, tr("the touchpoint has no title")))
            if not stage_name:
                problems.append(self.problem(row, Column.STAGE, tr("the stage is empty")))
            if has_persona and not persona_name:
                problems.append(self.problem(row, Column.PERSONA, tr("the persona is empty")))
            # Each distinct cell text is looked up once (a dict per column: str keys hash in C).
            emotion = emotions.get(emotion_text) if emotion_text else None
            if emotion is None and emotion_text:
                emotion = self._emotion(row, emotion_text, problems)
                if emotion is not None:
                    emotions[emotion_text] = emotion
            sentiment = sentiments.get(sentiment_text) if sentiment_text else None
            if sentiment is None:
                sentiment = self._sentiment(row, sentiment_text, emotion, problems)
                if sentiment_text and not problems:
                    sentiments[sentiment_text] = sentiment
            evidence = evidences.get(evidence_text) if evidence_text else None
            if evidence is None and evidence_text:
                evidence = self._evidence(row, evidence_text, problems)
                if evidence is not None:
                    evidences[evidence_text] = evidence
            milestone = (
                self._bool(row, Column.MILESTONE, milestone_text, problems)
                if milestone_text
                else False
            )
            journey_end = (
                self._bool(row, Column.JOURNEY_END, journey_end_text, problems)
                if journey_end_text
                else False
            )
            kpis: list[dict[str, Any]] | str = []
            if kpis_text:  # the parsed fields are only read: pydantic makes each card its own
                kpis = kpi_fields.get(kpis_text) or cells.parse_kpi_fields(kpis_text)
                kpi_fields[kpis_text] = kpis
            if isinstance(kpis, str):
                problems.append(
                    self.problem(
                        row,
                        Column.KPIS,
                        tr(
                            "cannot read the KPI “{line}”; write one per line as “NPS: 42 "
                            "(target 50)”"
                        ).format(line=kpis),
                    )
                )
            icon = (
                (icons.get(icon_text) or self._icon(row, icon_text, problems)) if icon_text else ""
            )
            if problems:
                self._reject(row, problems)
                continue
            stage = stage_of.get(stage_name) or self._stage(stage_name, row, problems)
            persona = persona_of.get(persona_name) or self._persona(persona_name, row, problems)
            if stage is None or persona is None:
                self._reject(row, problems)
                continue
            stage_of[stage_name] = stage
            persona_of[persona_name] = persona
            channel_id = channel_of.get(channel)
            if channel_id is None:
                channel_id = channel_of[channel] = self._channel(channel, icon)
            if cedillas_possible and _may_hold_cedilla(
                "".join((title, description, customer_action, pain_points, opportunities, owner))
                + kpis_text
            ):
                self.may_hold_cedilla.add(row.number)  # its card's fields are counted one by one
            accept(
                (
                    row,
                    {
                        "stage_id": stage.id,
                        "persona_id": persona.id,
                        "title": title,
                        "channel": channel_id,
                        "sentiment": sentiment,
                        "emotion": emotion,
                        "kpis": kpis,
                        "milestone": bool(milestone),
                        "journey_end": bool(journey_end),
                        "evidence": evidence,
                        "description": description,
                        "customer_action": customer_action,
                        "pain_points": listed(pain_points) if pain_points else [],
                        "opportunities": listed(opportunities) if opportunities else [],
                        "owner": owner,
                    },
                )
            )

    def _list(self, text: str) -> list[str]:
        """The cell's items: a new list each time, read from the cell's text once."""
        items = self._lists.get(text)
        if items is None:
            items = self._lists[text] = tuple(cells.parse_list(text))
        return list(items)

    def _reject(self, row: Row, problems: list[Problem]) -> None:
        self.problems.extend(sorted(problems, key=lambda p: (len(p.column), p.column)))
        self.skipped.append(row.number)

    def _emotion(self, row: Row, text: str, problems: list[Problem]) -> int | None:
        if not text:
            return None
        value = cells.parse_number(text)
        if value is None:
            message = tr("“{text}” is not a number; emotion is a whole number from −2 to +2")
        elif not EMOTION_MIN <= value <= EMOTION_MAX:
            message = tr("emotion {text} is outside −2…+2 (a whole number from −2 to +2)")
        elif not value.is_integer():
            message = tr("emotion {text} is not a whole number (−2, −1, 0, +1 or +2)")
        else:
            return int(value)
        problems.append(self.problem(row, Column.EMOTION, message.format(text=text)))
        return None

    def _sentiment(
        self, row: Row, text: str, emotion: int | None, problems: list[Problem]
    ) -> Sentiment:
        if not text:
            if emotion is None or emotion == 0:
                return Sentiment.NEUTRAL
            return Sentiment.POSITIVE if emotion > 0 else Sentiment.NEGATIVE
        found = self.mapping.sentiments.get(key(text)) or vocabulary.sentiment_for(text)
        if found is None:
            problems.append(
                self.problem(
                    row,
                    Column.SENTIMENT,
                    tr("unknown sentiment “{text}”; use {words}").format(
                        text=text, words=vocabulary.sentiment_words(self.language)
                    ),
                )
            )
            return Sentiment.NEUTRAL
        return found

    def _evidence(self, row: Row, text: str, problems: list[Problem]) -> Evidence | None:
        if not text:
            return None  # not stated yet, as a new card on the canvas
        found = vocabulary.evidence_for(text)
        if found is None:
            names = vocabulary.EVIDENCE_NAMES.get(self.language, vocabulary.EVIDENCE_NAMES["en"])
            problems.append(
                self.problem(
                    row,
                    Column.EVIDENCE,
                    tr("unknown evidence level “{text}”; use {words}").format(
                        text=text, words=", ".join(names.values())
                    ),
                )
            )
            return None
        return found

    def _icon(self, row: Row, text: str, problems: list[Problem]) -> str:
        """The icon key a cell names (for a channel the sheet brings), or "" with a problem."""
        found = vocabulary.icon_for(text)
        if found is None:
            problems.append(
                self.problem(
                    row,
                    Column.CHANNEL_ICON,
                    tr("unknown channel icon “{text}”; use one of: {icons}").format(
                        text=text, icons=", ".join(ICON_KEYS)
                    ),
                )
            )
            return ""
        self._icons[text] = found
        return found

    def _bool(self, row: Row, column: Column, text: str, problems: list[Problem]) -> bool | None:
        if not text:
            return False
        found = vocabulary.bool_for(text)
        if found is None:
            yes = vocabulary.YES_NO.get(self.language, vocabulary.YES_NO["en"])[0]
            problems.append(
                self.problem(
                    row,
                    column,
                    tr("“{text}” is not yes or no; write {yes}, or leave the cell empty").format(
                        text=text, yes=yes
                    ),
                )
            )
        return found

    def _stage(self, name: str, row: Row, problems: list[Problem]) -> Stage | None:
        folded = key(name)
        stage = self.stages.get(folded)
        if stage is not None:
            return stage
        if len(self.stages) >= MAX_STAGES:
            problems.append(
                self.problem(row, Column.STAGE, tr("more than {n} stages").format(n=MAX_STAGES))
            )
            return None
        template_stage = self.template_stages.get(folded)
        try:
            if template_stage is not None:
                stage = template_stage
                self.matched.append(stage.name)
            else:
                colour = STAGE_TINTS[len(self.stages) % len(STAGE_TINTS)]
                stage = Stage(name=name, colour=colour)
        except ValidationError as err:
            problems.append(self.problem(row, Column.STAGE, _validation_text(err.errors()[0])))
            return None
        self.stages[folded] = stage
        return stage

    def _persona(self, name: str, row: Row, problems: list[Problem]) -> Persona | None:
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
            problems.append(
                self.problem(
                    row, Column.PERSONA, tr("more than {n} personas").format(n=MAX_PERSONAS)
                )
            )
            return None
        if self.placeholder is not None and key(self.placeholder.name) == folded:
            persona = self.placeholder
        else:
            try:
                colour = PERSONA_COLOURS[len(self.personas) % len(PERSONA_COLOURS)]
                persona = Persona(name=name, colour=colour)
            except ValidationError as err:
                problems.append(
                    self.problem(row, Column.PERSONA, _validation_text(err.errors()[0]))
                )
                return None
        self.personas[folded] = persona
        return persona

    def _channel(self, name: str, icon: str = "") -> str:
        """The id of the channel ``name`` means: the template's (in any language), the one a
        mapping names, or a new one the sheet brings, drawn with ``icon`` (its first row's).
        A row with no channel goes to an "Unspecified" channel, which is not reported as one
        the sheet brings (a sheet without a Channel column brings none)."""
        given = bool(name)
        if not name:
            name = _UNSPECIFIED_CHANNEL.get(self.language, _UNSPECIFIED_CHANNEL["en"])
        folded = key(name)
        mapped = self.mapping.channels.get(folded)
        if mapped is not None:
            found = self.channel_index.get(key(mapped))
            if found is not None:
                return found
            name, folded = mapped, key(mapped)
        found = self.channel_index.get(folded) or vocabulary.CHANNEL_SYNONYM_INDEX.get(folded)
        if found is not None and found in self.channel_ids:
            return found
        channel = Channel(id=new_id(), name=name[:200], icon=icon or "generic")
        self.channels.append(channel)
        self.channel_ids.add(channel.id)
        self.channel_index[folded] = channel.id
        if given:
            self.new_channels.append(channel.name)
        return channel.id


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


def _validation_text(error: object) -> str:
    details = dict(error) if isinstance(error, dict) else {}
    ctx = details.get("ctx") or {}
    if details.get("type") == "string_too_long":
        return tr("longer than {n} characters").format(n=ctx.get("max_length"))
    if details.get("type") == "too_long":
        return tr("more than {n} items").format(n=ctx.get("max_length"))
    return str(details.get("msg", error))


def import_table(
    table: Table,
    *,
    template: str = DEFAULT_TEMPLATE,
    language: str | None = None,
    mapping: ColumnMapping | None = None,
    skip_bad_rows: bool = False,
    fix_cedillas: bool = False,
    title: str | None = None,
) -> ImportResult:
    """Build a map from ``table``'s rows (the first row is the header).

    Raises :class:`SheetError` when the sheet as a whole cannot be read (no header row, no
    title or stage column, a mapping naming a missing column). Row problems are returned.
    """
    with cycle_collection_paused():
        return _import_table(table, template, language, mapping, skip_bad_rows, fix_cedillas, title)


def _import_table(
    table: Table,
    template: str,
    language: str | None,
    mapping: ColumnMapping | None,
    skip_bad_rows: bool,
    fix_cedillas: bool,
    title: str | None,
) -> ImportResult:
    if not table.rows:
        raise SheetError(tr("the sheet has no rows"))
    header = header_row(table, mapping)
    columns = find_columns(table.rows[header], mapping)
    chosen = language or columns.language
    if chosen not in LANGUAGES:
        raise SheetError(
            tr("unknown language {language!r}; use one of: {codes}").format(
                language=chosen, codes=", ".join(LANGUAGES)
            )
        )
    base = build_map(template, chosen)
    builder = _Builder(columns, base, chosen, mapping)
    text = table.text if table.text is not None else _all_text(table)
    any_cedilla = _may_hold_cedilla(text)
    body = table.rows[header + 1 :]
    builder.cedillas_possible = any_cedilla and _card_cells_may_hold_cedilla(body, columns)
    builder.add_rows(body)
    base.info.title = title or (
        Path(table.source).stem.replace("_", " ").strip() or base.info.title
    )
    base.info.language = Language(chosen)
    m: JourneyMap | None = None
    if builder.accepted:
        m = _validate(base.info, builder)
        while m is None and skip_bad_rows and builder.accepted:
            m = _validate(base.info, builder)  # without the rows the last pass rejected
    builder.problems.sort(key=lambda p: p.row)  # stable: a row's own order stays
    builder.skipped.sort()
    result = ImportResult(
        map=None,
        problems=builder.problems,
        skipped_rows=builder.skipped,
        touchpoint_count=len(builder.accepted),
        stages=[s.name for s in builder.stages.values()],
        personas=[p.name for p in builder.personas.values()],
        matched_stages=builder.matched,
        columns={c: columns.headers[i] for c, i in columns.index.items()},
        ignored_headers=columns.ignored,
        new_channels=builder.new_channels,
        language=chosen,
        notes=list(table.notes),
    )
    if builder.problems and not skip_bad_rows:
        return result
    if m is None:
        raise SheetError(tr("the sheet has no touchpoint rows below its header"))
    found = 0
    if any_cedilla:
        suspect = builder.may_hold_cedilla
        cards = [i for i, (row, _) in enumerate(builder.accepted) if row.number in suspect]
        found = _cedilla_fields(m, cards if suspect else [])
    if found and fix_cedillas:
        m = with_comma_below(m)
    result.cedilla_fields = 0 if fix_cedillas else found
    result.map = m
    return result


def _validate(info: MapInfo, builder: _Builder) -> JourneyMap | None:
    """The map of the accepted rows, checked in one pass as ``load_map`` checks a file.

    Touchpoint fields pydantic refuses (a title over 200 characters, a KPI name too long…)
    become problems of their rows, which leave ``builder.accepted``; then None is returned.
    Anything else wrong with the map as a whole is a :class:`SheetError`.
    """
    accepted = builder.accepted
    ids = secrets.token_hex(16 * len(accepted))
    orders: Counter[tuple[str, str]] = Counter()
    touchpoints = []
    for number, (_, fields) in enumerate(accepted):
        cell = (fields["stage_id"], fields["persona_id"])
        fields["order"] = orders[cell]
        orders[cell] += 1
        fields["id"] = ids[32 * number : 32 * number + 32]
        touchpoints.append(fields)
    try:
        return JourneyMap.model_validate(
            {
                "info": info,
                "stages": list(builder.stages.values()),
                "personas": list(builder.personas.values()),
                "channels": builder.channels,
                "touchpoints": touchpoints,
            }
        )
    except (ValidationError, IntegrityError) as err:
        errors = err.errors() if isinstance(err, ValidationError) else []
        by_row: dict[int, list[Problem]] = {}
        for error in errors:
            loc = error["loc"]
            if len(loc) < 2 or loc[0] != "touchpoints" or not isinstance(loc[1], int):
                by_row.clear()
                break
            name = str(loc[2]) if len(loc) > 2 else "title"
            column = Column(name) if name in Column._value2member_map_ else Column.TITLE
            row = accepted[loc[1]][0]
            by_row.setdefault(loc[1], []).append(
                builder.problem(row, column, _validation_text(error))
            )
        if not by_row:
            raise SheetError(
                tr("the sheet does not make a valid map ({reason})").format(reason=err)
            ) from None
    for position, problems in by_row.items():
        builder._reject(accepted[position][0], problems)
    builder.accepted = [item for i, item in enumerate(accepted) if i not in by_row]
    return None


_CEDILLA_LETTERS = re.compile("[şţŞŢ]")
_CEDILLA_MARKS = ("ş", "ţ", "Ş", "Ţ", "\u0327")


def _may_hold_cedilla(text: str) -> bool:
    """Whether ``text``'s NFC form may hold a cedilla letter: it holds one, or a combining
    cedilla. Five one-character scans in C are several times faster than one character-class
    pattern over a whole column of a sheet, and an ASCII text needs none."""
    return not text.isascii() and any(mark in text for mark in _CEDILLA_MARKS)


def _all_text(table: Table) -> str:
    """Every cell's text in one string: one search for cedilla letters instead of a model walk."""
    return "\n".join("\t".join(row.cells) for row in table.rows)


#: The columns whose cells become a card's own text (stages, personas and channels are
#: counted as such).
_CARD_TEXT = (
    Column.TITLE,
    Column.DESCRIPTION,
    Column.CUSTOMER_ACTION,
    Column.PAIN_POINTS,
    Column.OPPORTUNITIES,
    Column.OWNER,
    Column.KPIS,
)


def _card_cells_may_hold_cedilla(rows: list[Row], columns: _Columns) -> bool:
    """Whether any card text cell may hold a cedilla letter: one search per column, in C.

    A Romanian persona or stage name on every row then costs no look at each row's cards.
    """
    positions = [columns.index[c] for c in _CARD_TEXT if c in columns.index]
    all_cells = [row.cells for row in rows]
    if not all_cells or min(map(len, all_cells)) <= max(positions):
        return True  # short rows: look at each row
    return any(_may_hold_cedilla("\n".join(map(itemgetter(i), all_cells))) for i in positions)


def _cedilla_fields(m: JourneyMap, cards: list[int]) -> int:
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


def import_sheet(
    path: Path,
    *,
    sheet: str | None = None,
    template: str = DEFAULT_TEMPLATE,
    language: str | None = None,
    mapping: ColumnMapping | None = None,
    skip_bad_rows: bool = False,
    fix_cedillas: bool = False,
) -> ImportResult:
    """Read ``path`` and import it (see :func:`import_table`)."""
    with cycle_collection_paused():  # one pause for both: the collector catches up once
        return import_table(
            read_table(path, sheet),
            template=template,
            language=language,
            mapping=mapping,
            skip_bad_rows=skip_bad_rows,
            fix_cedillas=fix_cedillas,
        )
