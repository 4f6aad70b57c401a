"""The header row of a sheet: which column holds which field, and the body read column-wise.

Columns are found by their headers (:mod:`.vocabulary`) or a mapping file (:mod:`.mapping`);
the map language the headers are written in is guessed from them too.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from cjdesigner.i18n import tr
from cjdesigner.interchange import cells, vocabulary
from cjdesigner.interchange.mapping import ColumnMapping
from cjdesigner.interchange.problems import Problem, quoted
from cjdesigner.interchange.table import Body, Row, SheetError, Table
from cjdesigner.interchange.vocabulary import Column, key
from cjdesigner.templates import LANGUAGES

_REQUIRED = (Column.TITLE, Column.STAGE)

#: How far down a sheet the header row is looked for (a title or a date may stand above it).
HEADER_SEARCH_ROWS = 10


@dataclass
class SheetColumns:
    """Which 0-based column index holds each field, with the header as the sheet writes it."""

    index: dict[Column, int]
    headers: list[str]
    ignored: list[str]
    language: str

    def label(self, column: Column) -> tuple[str, str]:
        i = self.index[column]
        return cells.column_letter(i), self.headers[i]

    def problem(self, row: int, column: Column, message: str) -> Problem:
        """A problem of the cell in row number ``row`` and the column of ``column``."""
        letter, header = self.label(column)
        return Problem(row, letter, header, message)

    def body(self, table: Table, header: int) -> tuple[list[int], Body]:
        """The row numbers of the rows below the header (at ``header`` in the table), and each
        field's cells, one per row ("" where a row or the sheet has none).

        Column by column (the table's own columns when its reader made them so, else one
        transposition in C): every later step reads a whole column at once.
        """
        numbers, grid, stripped = table.below(header, max(self.index.values()) + 1)
        if not numbers:
            return numbers, Body(dict.fromkeys(Column, ()))
        empty = ("",) * len(numbers)
        columns = {c: grid[self.index[c]] if c in self.index else empty for c in Column}
        if table.grid is None:
            return numbers, Body(columns, stripped=stripped)
        joined = table.grid.joined
        index = self.index
        return numbers, Body(
            columns,
            stripped=stripped,
            joined=lambda c: joined(index[c]) if c in index else "",
            crlf=table.grid.crlf,
        )


def find_columns(header: Row, mapping: ColumnMapping | None) -> SheetColumns:
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
        found = vocabulary.header_entry(text)
        if found is None or found[0] in index:
            ignored.append(text)
            continue
        index[found[0]] = position
        votes.update(found[1])
    missing = [c for c in _REQUIRED if c not in index]
    if missing:
        fields = {Column.TITLE: tr("the touchpoint title"), Column.STAGE: tr("the stage")}
        names = {
            Column.TITLE: "Touchpoint / Punkt styku / Punct de contact",
            Column.STAGE: "Stage / Etap / Etapă",
        }
        message = (
            tr("no column for {fields} in the header row (row {row}: {headers}); name it {names}")
            if len(missing) == 1
            else tr(
                "no columns for {fields} in the header row (row {row}: {headers}); "
                "name them {names}"
            )
        )
        raise SheetError(
            message.format(
                fields=tr(" and ").join(fields[c] for c in missing),
                row=header.number,
                headers=_listed(headers),
                names=tr(" and ").join(quoted(names[c]) for c in missing),
            ),
            command_line_hint=tr("; or say which column it is in a mapping file (--mapping)"),
        )
    language = max(LANGUAGES, key=lambda lang: (votes[lang], lang == "en"))
    return SheetColumns(index=index, headers=headers, ignored=ignored, language=language)


def header_row(table: Table, mapping: ColumnMapping | None) -> int:
    """The index in ``table.rows`` of the header: the first of the top rows naming the most
    known columns (a mapping's headers count too); rows above it, such as a title, are skipped.
    """
    wanted = {key(h) for h in mapping.columns.values()} if mapping is not None else set()
    rows = table.top(HEADER_SEARCH_ROWS)
    # The headers' own words first (the usual sheet: one look-up a cell); the headers a team
    # explained ("Emocje (-2..+2)") or lost a letter of only when no row has two of those.
    for known in (_exactly, _loosely):
        best, best_count = 0, 0
        for index, row in enumerate(rows):
            count = sum(1 for text in row.cells if known(text) or key(text) in wanted)
            if count > best_count:
                best, best_count = index, count
        if best_count >= 2:
            break
    return best


def _exactly(text: str) -> bool:
    return key(text) in vocabulary.HEADER_INDEX


def _loosely(text: str) -> bool:
    return vocabulary.header_entry(text) is not None


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
    shown = [quoted(h) for h in headers if h][:12]
    return ", ".join(shown) if shown else tr("none")
