"""A sheet as read from a file: rows of text cells, each with the row number the sheet shows.

Both readers (:mod:`.csv_source`, :mod:`.xlsx_source`) produce a :class:`Table`, so the rest of
the import never knows which kind of file it came from.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from cjdesigner.interchange.vocabulary import Column


class SheetError(Exception):
    """The file cannot be read as a sheet at all; ``str(err)`` is one clear message.

    ``command_line_hint`` completes the message where the cure is an option of
    ``cjdesigner import`` (the editor's import has no such option, so it does not say it).
    """

    def __init__(self, message: str, command_line_hint: str = "") -> None:
        super().__init__(message)
        self.command_line_hint = command_line_hint


class Row(NamedTuple):
    """One non-empty row: its number as the spreadsheet shows it (the first row is 1).

    A named tuple, not a frozen dataclass: made 5,000 times per sheet, it costs a tenth.
    """

    number: int
    cells: list[str]


@dataclass
class Grid:
    """A sheet's non-empty rows column by column, as the CSV reader makes them in C (one
    transposition of the csv module's records): every later step reads a whole column at once,
    and no list or :class:`Row` is made per row. Rows shorter than the widest have ``""`` in
    the columns they lack (``widths`` keeps each row's own width when they differ).

    ``first`` holds the first row's cells and ``columns`` the other rows' (the header is
    almost always the first row: the body below it is then the columns themselves, not copies
    of them without their first cell), as the file has them (a CR LF in a cell made \n),
    maybe with spaces around: a cell is stripped when it is asked for (:meth:`row`), or once
    per distinct text by the import's readers of words and names (:meth:`Body.raw`)."""

    numbers: list[int]
    """The row numbers of every row, the first included."""
    first: list[str]
    columns: list[tuple[str, ...]]
    widths: list[int] | None = None
    joins: dict[int, str] = field(default_factory=dict)
    """Column index → its cells below the first row joined by line breaks, made once (see
    :meth:`joined`)."""
    crlf: bool = False
    """Whether a cell may hold a CR LF (a quoted cell over several lines of a CRLF file),
    which a file opened with universal newlines reads as \n: :attr:`clean` makes it so."""

    @property
    def clean(self) -> Callable[[str], str]:
        """A cell's text as the import takes it: stripped, its CR LFs made \n."""
        return crlf_cleaned if self.crlf else str.strip

    def joined(self, index: int) -> str:
        """The cells of column ``index`` below the first row (as the file has them) joined by
        line breaks, for the tests made of a whole column at once (line ends in its cells, NFC
        form, cedilla letters): made once for all of them. Spaces around a cell do not change
        such a test: every space is a character that neither composes nor reorders with any
        other."""
        text = self.joins.get(index)
        if text is None:
            cells = self.columns[index] if index < len(self.columns) else ()
            text = self.joins[index] = "\n".join(cells)
        return text

    def row(self, index: int) -> Row:
        """The row at ``index`` (0-based among the non-empty rows), its cells stripped."""
        clean = self.clean
        if index:
            cells = [clean(column[index - 1]) for column in self.columns]
        else:
            cells = list(map(clean, self.first))
        if self.widths is not None:
            del cells[self.widths[index] :]
        return Row(self.numbers[index], cells)


class Body(dict["Column", Sequence[str]]):
    """Each field's cells in the rows below the header, one per row (``""`` where a row or
    the sheet has none), stripped; :meth:`raw` gives them as the file has them, for a reader
    that cleans each distinct text once with :attr:`clean` (words, names), and :meth:`joined`
    joined by line breaks.

    A body of columns the CSV reader made strips a column when it is first asked for
    (``body[column]``), and makes the CR LFs in its cells \n (``crlf``: a quoted cell over
    several lines of a CRLF file holds them) when its joined text holds a CR. The joined text
    of such a column holds the cells above the body too (the header's), as the file has
    them: it serves only tests that hold for all the body's cells when they hold for the
    joined text (every text in NFC form; no cedilla letter), and each caller looks at the
    cells themselves when such a test fails. A line break (LF or CR) neither composes nor
    reorders with any character, so the joined text is NFC exactly when each of its cells is.
    """

    def __init__(
        self,
        cells: dict[Column, Sequence[str]],
        *,
        stripped: bool = True,
        joined: Callable[[Column], str | None] | None = None,
        crlf: bool = False,
    ) -> None:
        super().__init__(cells if stripped else {})
        self._raw = cells
        self._source = joined
        self._joins: dict[Column, str] = {}
        self._source_stale: set[Column] = set()
        """Columns changed since the reader joined them (their joined text is made anew)."""
        self.crlf = crlf and not stripped and joined is not None
        self.clean: Callable[[str], str] = crlf_cleaned if self.crlf else str.strip
        """A raw cell's text as the import takes it (stripped, its CR LFs made \n)."""

    def __missing__(self, column: Column) -> Sequence[str]:
        raw = self._raw[column]
        if self.crlf and "\r" in self.joined(column):
            raw = tuple(map(str.replace, raw, repeat("\r\n"), repeat("\n")))
        cells = self[column] = tuple(map(str.strip, raw))
        return cells

    def fill_down(self, column: Column) -> int:
        """Give each empty cell of ``column`` (spaces only too) the value of the nearest filled
        cell above it, as a merged cell means (a sheet with merged stage cells, saved as CSV,
        has the stage in the first row of each merge only); how many cells were filled. A
        cell with nothing above it stays empty."""
        raw = self._raw.get(column)
        if not raw:
            return 0
        cells = list(raw)
        above: str | None = None
        filled = 0
        for position, cell in enumerate(cells):
            if cell and not cell.isspace():
                above = cell
            elif above is not None:
                cells[position] = above
                filled += 1
        if filled:
            self._raw[column] = tuple(cells)
            self.pop(column, None)
            self._joins.pop(column, None)
            self._source_stale.add(column)
        return filled

    def raw(self, column: Column) -> Sequence[str]:
        """``column``'s cells as the file has them (maybe with spaces around)."""
        return self._raw[column]

    def joined(self, column: Column) -> str:
        """``column``'s cells (and maybe the header's: see above) joined by line breaks."""
        text = self._joins.get(column)
        if text is None:
            source = self._source if column not in self._source_stale else None
            made = source(column) if source is not None else None
            if made is None:
                made = "\n".join(self._raw[column] if self.crlf else self[column])
            text = self._joins[column] = made
        return text


class Table:
    """The rows of a sheet (empty rows left out) and how the file was read.

    A reader gives either ``rows`` or a :class:`Grid` of the same rows; ``rows`` is made from
    the grid only when something asks for it (the import reads the grid's columns).
    """

    def __init__(
        self,
        rows: list[Row] | None = None,
        source: str = "",
        notes: list[str] | None = None,
        marks: tuple[str, ...] | None = None,
        plain: bool = False,
        *,
        grid: Grid | None = None,
    ) -> None:
        self._rows = rows if rows is not None or grid is not None else []
        self.grid = grid
        self.source = source
        self.notes = notes if notes is not None else []
        self.marks = marks
        """The cedilla letters (and combining cedilla) the whole file holds, found in a CSV
        file's decoded text as it is read (None for a workbook: found from its rows)."""
        self.plain = plain
        """True when the file is known to hold no control character but tab, line feed and
        carriage return (found in its bytes in one pass): no cell then needs the search for
        one."""
        self.lost_letters: list[str] = []
        """A few words of a CSV file saved in a code page without some of their letters,
        which became "?" ("Mure?an"): the import warns before the map is trusted."""
        self.errors: dict[tuple[int, int], str] = {}
        """(row number, column index) → the formula error a workbook's cell holds (``#N/A``):
        a problem of its row wherever the import reads that column."""

    @property
    def rows(self) -> list[Row]:
        if self._rows is None:
            grid = self.grid
            assert grid is not None
            self._rows = list(map(grid.row, range(len(grid.numbers))))
        return self._rows

    def row_count(self) -> int:
        grid = self.grid
        return len(grid.numbers) if self._rows is None and grid is not None else len(self.rows)

    def top(self, count: int) -> list[Row]:
        """The first ``count`` rows (without making the others' rows)."""
        if self._rows is None and self.grid is not None:
            return list(map(self.grid.row, range(min(count, len(self.grid.numbers)))))
        return self.rows[:count]

    def row(self, index: int) -> Row:
        return self.top(index + 1)[index]

    def below(self, index: int, width: int) -> tuple[list[int], list[Sequence[str]], bool]:
        """The row numbers and the columns (at least ``width`` of them, ``""`` where a row has
        no cell) of the rows after the one at ``index``, and whether their cells are stripped
        (a grid's are as the file has them: see :class:`Grid`)."""
        grid = self.grid
        if self._rows is None and grid is not None:
            start = index + 1
            columns: list[Sequence[str]] = (
                [column[index:] for column in grid.columns] if index else list(grid.columns)
            )
            rows = len(grid.numbers) - start
            columns += [("",) * rows] * (width - len(columns))
            return grid.numbers[start:], columns, False
        below = self.rows[index + 1 :]
        all_cells = list(map(itemgetter(1), below))
        if all_cells and min(map(len, all_cells)) < width:  # short rows: their missing cells
            all_cells = [
                c if len(c) >= width else [*c, *[""] * (width - len(c))] for c in all_cells
            ]
        return list(map(itemgetter(0), below)), list(zip(*all_cells, strict=False)), True


def crlf_cleaned(text: str) -> str:
    """A cell of a CRLF file stripped, its CR LFs made \n (the CSV reader's fast reading
    leaves no other CR in a cell)."""
    return text.replace("\r\n", "\n").strip()


def clean_cell(text: str) -> str:
    """A cell's text with its line breaks as ``\n`` (Windows files write CRLF inside cells)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()
