"""A sheet of touchpoints (one per row) made into a journey map built on a template.

Columns are found by their headers or a mapping file (:mod:`.header`); the rows' value words
are read column by column (:mod:`.cell_words`); stages, personas and channels are the sheet's
names in order of first appearance, a stage named as one of the template's taking that stage
(:mod:`.sheet_parts`); the good rows' cards are made and the map checked (:mod:`.card_build`).
Every problem is collected with the row number and column letter the spreadsheet shows, so the
consultant fixes the sheet once: :func:`import_table` returns them all, and a map only when
there are none (or when bad rows may be skipped).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cjdesigner.gc_pause import cycle_collection_paused
from cjdesigner.i18n import ntr, tr
from cjdesigner.interchange.card_build import Cards, cards_map
from cjdesigner.interchange.cedillas import cedilla_fields, sheet_marks, suspect_rows
from cjdesigner.interchange.cell_words import Readings, RowWords, WordReader
from cjdesigner.interchange.header import SheetColumns, find_columns, header_row
from cjdesigner.interchange.mapping import ColumnMapping
from cjdesigner.interchange.problems import Problem, Refused, quoted
from cjdesigner.interchange.sheet_file import CSV_EXTENSIONS, XLSX_EXTENSIONS, read_table
from cjdesigner.interchange.sheet_parts import MapParts
from cjdesigner.interchange.table import Body, SheetError, Table
from cjdesigner.interchange.vocabulary import Column
from cjdesigner.model import JourneyMap, Language
from cjdesigner.model.text import cedilla_to_comma_in
from cjdesigner.storage import with_comma_below
from cjdesigner.templates import DEFAULT_TEMPLATE, LANGUAGES, build_map

__all__ = [
    "CSV_EXTENSIONS",
    "XLSX_EXTENSIONS",
    "ImportResult",
    "Problem",
    "cycle_collection_paused",
    "import_sheet",
    "import_table",
    "read_table",
]


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
    warnings: list[str] = field(default_factory=list)
    """What the consultant should know before trusting the map (letters the file lost when
    it was saved, empty stage cells that took the stage above them), in the UI's language."""

    @property
    def bad_rows(self) -> list[int]:
        """The row numbers with at least one problem, in order."""
        return sorted({p.row for p in self.problems})


#: Up to how many channel names a sheet's channel column holds each name's first row is found
#: by a search of the column (else by a dictionary of the whole column, read backwards).
_FEW_CHANNELS = 64


class _Rejects:
    """The problems of the rows left out, each row's sorted by column as the sheet shows it."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.skipped: list[int] = []

    def add(self, number: int, problems: list[Problem]) -> None:
        self.problems.extend(sorted(problems, key=lambda p: (len(p.column), p.column)))
        self.skipped.append(number)


def _cards(
    body: Body,
    numbers: Sequence[int],
    words: RowWords,
    parts: MapParts,
    columns: SheetColumns,
    rejects: _Rejects,
) -> tuple[Cards, list[int]]:
    """The cards of the rows without problems (and their body positions): stages, personas
    and channels made from those rows' names, in order of first appearance."""
    problems = words.problems
    clean = body.clean
    good = [i for i in range(len(numbers)) if i not in problems] if problems else None
    positions = good if good is not None else range(len(numbers))

    def named(
        column: Column, make: Callable[[str], Any]
    ) -> tuple[Sequence[str], dict[str, Any], list[str | None], bool]:
        """Each row's name in ``column`` (as the file has it), the part each distinct name
        makes (made once, of the cleaned name, as the rows are looked up), each row's part's
        id (None for a refused one), and whether any name is refused."""
        texts = body.raw(column)
        shown = texts if good is None else list(map(texts.__getitem__, good))
        found: dict[str, Any] = {}

        def part_id(text: str) -> str | None:
            part = found[text] = make(clean(text))
            return None if isinstance(part, Refused) else part.id

        ids = list(map(Readings(part_id).__getitem__, shown))
        refused = any(isinstance(part, Refused) for part in found.values())
        return shown, found, ids, refused

    stage_names, stage_of, stage_ids, stage_refused = named(Column.STAGE, parts.stage)
    persona_names, persona_of, persona_ids, persona_refused = named(Column.PERSONA, parts.persona)
    if stage_refused or persona_refused:
        stages = list(map(stage_of.__getitem__, stage_names))
        personas = list(map(persona_of.__getitem__, persona_names))
        keep = []
        for k, (position, stage, persona) in enumerate(
            zip(positions, stages, personas, strict=True)
        ):
            row_problems = problems.get(position, [])
            for column, part in ((Column.STAGE, stage), (Column.PERSONA, persona)):
                if isinstance(part, Refused):
                    row_problems.append(columns.problem(numbers[position], column, part.message))
            if row_problems:
                problems[position] = row_problems
            else:
                keep.append(k)
        good = [i for i in range(len(numbers)) if i not in problems]
        stage_ids = [stages[k].id for k in keep]
        persona_ids = [personas[k].id for k in keep]
    for position in sorted(problems):
        rejects.add(numbers[position], problems[position])
    accepted = list(range(len(numbers))) if good is None else good

    def pick(values: Sequence[Any]) -> Sequence[Any]:
        """The values of the accepted rows (all of them: the same sequence, not a copy)."""
        return values if good is None else list(map(values.__getitem__, good))

    # The channel cells as the file has them, each distinct text stripped once: two texts
    # of one name (spaces around one) are one channel, made with the first row's icon.
    channel_texts: Sequence[str] = pick(body.raw(Column.CHANNEL))
    icons: Sequence[str] = pick(words.icons)
    first_icons: dict[str, str] = {}
    searched: list[str] = []  # (not the dict below: a closure holding it would be a cycle)

    def channel_id(text: str) -> str:
        """The id of the channel a text names, made (when new) with its first row's icon:
        found by a search in C for the first few texts, then from a dictionary of the whole
        column read backwards (made once)."""
        if len(searched) < _FEW_CHANNELS:
            searched.append(text)
            icon = icons[channel_texts.index(text)]
        else:
            if not first_icons:
                first_icons.update(zip(reversed(channel_texts), reversed(icons), strict=True))
            icon = first_icons[text]
        return parts.channel(clean(text), icon)

    channel_of = Readings(channel_id)  # each distinct text looked at as the rows are
    cards = Cards(
        numbers=pick(numbers),
        stage_ids=stage_ids,
        persona_ids=persona_ids,
        titles=pick(body[Column.TITLE]),
        channels=list(map(channel_of.__getitem__, channel_texts)),
        sentiments=pick(words.sentiments),
        emotions=pick(words.emotions),
        descriptions=pick(body[Column.DESCRIPTION]),
        customer_actions=pick(body[Column.CUSTOMER_ACTION]),
        pain_points=pick(words.pain_points),
        opportunities=pick(words.opportunities),
        owners=pick(body[Column.OWNER]),
        kpis=pick(words.kpis),
        milestones=pick(words.milestones),
        journey_ends=pick(words.journey_ends),
        evidences=pick(words.evidences),
    )
    # The distinct lists and KPIs the reading found (for the cards' caps and NFC tests): those
    # of the rows left out among them is only more to test, and spares finding them again.
    cards.distinct_pain_points = words.distinct[Column.PAIN_POINTS]
    cards.distinct_opportunities = words.distinct[Column.OPPORTUNITIES]
    cards.distinct_kpis = words.distinct[Column.KPIS]
    return cards, accepted


def _warnings(table: Table, columns: SheetColumns, filled: dict[Column, int]) -> list[str]:
    """The import's warnings: letters lost as "?" when the file was saved (QA s7 J3), and the
    empty stage or persona cells that took the name above them (merged cells, QA s7 J2)."""
    warnings = []
    if table.lost_letters:
        warnings.append(
            tr(
                "letters seem to have been lost when this file was saved ({examples}): in "
                "Excel, save it as “CSV UTF-8” or as .xlsx and import it again"
            ).format(examples=", ".join(quoted(word) for word in table.lost_letters))
        )
    for column, count in filled.items():
        letter, header = columns.label(column)
        warnings.append(
            ntr(
                "%n empty cell(s) of column {column} ({header}) took the name from the row "
                "above (merged cells saved as CSV are empty below their first row)",
                count,
            ).format(column=letter, header=header)
        )
    return warnings


def _formula_errors(
    errors: dict[tuple[int, int], str],
    columns: SheetColumns,
    numbers: Sequence[int],
    problems: dict[int, list[Problem]],
) -> None:
    """A problem for each cell of an imported column holding a formula error (``#N/A`` from a
    lookup that found nothing), in place of what its text read as: "#N/A" is not a title."""
    position_of = {number: position for position, number in enumerate(numbers)}
    column_at = {index: column for column, index in columns.index.items()}
    for (row, index), error in sorted(errors.items()):
        column, position = column_at.get(index), position_of.get(row)
        if column is None or position is None:
            continue
        problem = columns.problem(
            row,
            column,
            tr("the cell holds the spreadsheet error {error} (a formula that failed)").format(
                error=error
            ),
        )
        kept = [p for p in problems.get(position, []) if p.column != problem.column]
        problems[position] = [*kept, problem]


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
    if not table.row_count():
        raise SheetError(tr("the sheet has no rows"))
    header = header_row(table, mapping)
    columns = find_columns(table.row(header), mapping)
    chosen = language or columns.language
    if chosen not in LANGUAGES:
        raise SheetError(
            tr("unknown language {language!r}; use one of: {codes}").format(
                language=chosen, codes=", ".join(LANGUAGES)
            )
        )
    base = build_map(template, chosen)
    mapping = mapping or ColumnMapping()
    numbers, body = columns.body(table, header)
    words = WordReader(columns, chosen, mapping).read(body, numbers)
    if table.errors:
        _formula_errors(table.errors, columns, numbers, words.problems)
    parts = MapParts(base, chosen, mapping)
    rejects = _Rejects()
    cards, accepted = _cards(body, numbers, words, parts, columns, rejects)
    marks = sheet_marks(table)
    base.info.title = title or (
        Path(table.source).stem.replace("_", " ").strip() or base.info.title
    )
    base.info.language = Language(chosen)
    m: JourneyMap | None = None
    while cards.numbers and m is None:
        made = cards_map(base.info, parts, cards, columns, plain=table.plain, joined=body.joined)
        if isinstance(made, JourneyMap):
            m = made
            break
        for position in sorted(made):
            rejects.add(cards.numbers[position], made[position])
        cards = cards.without(set(made))
        accepted = [p for i, p in enumerate(accepted) if i not in made]
        if not skip_bad_rows:
            break
    rejects.problems.sort(key=lambda p: p.row)  # stable: a row's own order stays
    rejects.skipped.sort()
    result = ImportResult(
        map=None,
        problems=rejects.problems,
        skipped_rows=rejects.skipped,
        touchpoint_count=len(cards.numbers),
        stages=[s.name for s in parts.stages.values()],
        personas=[p.name for p in parts.personas.values()],
        matched_stages=parts.matched,
        columns={c: columns.headers[i] for c, i in columns.index.items()},
        ignored_headers=columns.ignored,
        new_channels=parts.new_channels,
        language=chosen,
        notes=list(table.notes),
        warnings=_warnings(table, columns, words.filled),
    )
    if rejects.problems and not skip_bad_rows:
        return result
    if m is None:
        raise SheetError(tr("the sheet has no touchpoint rows below its header"))
    found = 0
    if marks:
        suspects = suspect_rows(body, accepted, marks)
        looked_at = [i for i, p in enumerate(accepted) if p in suspects] if suspects else []
        found = cedilla_fields(m, looked_at)
    if found and fix_cedillas:
        m = with_comma_below(m)
        # the summary names what was written (it named "Mureşan" for a map holding "Mureșan")
        result.stages = cedilla_to_comma_in(result.stages)
        result.personas = cedilla_to_comma_in(result.personas)
        result.matched_stages = cedilla_to_comma_in(result.matched_stages)
        result.new_channels = cedilla_to_comma_in(result.new_channels)
    result.cedilla_fields = 0 if fix_cedillas else found
    result.map = m
    return result


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
        table = read_table(path, sheet)
        try:
            result = import_table(
                table,
                template=template,
                language=language,
                mapping=mapping,
                skip_bad_rows=skip_bad_rows,
                fix_cedillas=fix_cedillas,
            )
        except SheetError as err:
            others = _other_sheets(path) if sheet is None else []
            if not others:
                raise
            # the first sheet was read and is not the touchpoints (instructions come first
            # in many workshop workbooks): name the others (QA s4 F22)
            hint = tr("the workbook has other sheets: {names}; choose one with --sheet").format(
                names=", ".join(quoted(name) for name in others)
            )
            raise SheetError(f"{err}; {hint}") from None
        # The sheet's cells freed before the collector is back: its catch-up then walks the
        # new map only, not the columns of text read (85,000 cells for 5,000 rows, ~0.9 ms).
        del table
    return result


def _other_sheets(path: Path) -> list[str]:
    """The names of a workbook's sheets after the first (none for a CSV, or if unreadable)."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return []
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True)
    except Exception:  # read once already: only the hint is at stake
        return []
    try:
        return list(workbook.sheetnames[1:])
    finally:
        workbook.close()
