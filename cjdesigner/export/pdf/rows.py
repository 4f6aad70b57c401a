"""A fast table of touchpoints for the detail pages: wraps each cell once, repeats its header.

platypus' ``Table`` of ``Paragraph`` cells re-parses and re-wraps every paragraph several times
(measuring, splitting, drawing); a 5,000-touchpoint map then takes most of a minute. Here each
cell is plain text blocks wrapped once with :func:`cjdesigner.export.pdf.text.wrap` (hyphenated
in the map's language, long words broken, nothing spills) and drawn straight on the canvas —
no markup is parsed, so user text prints exactly as typed. The table splits between rows
across pages, repeats its header row on every page, and splits a row taller than a whole page
between its lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from cjdesigner.export.pdf.fonts import BOLD, string_width
from cjdesigner.export.pdf.icons import IconSet, draw_sentiment_markers
from cjdesigner.export.pdf.links import destinations, links
from cjdesigner.export.pdf.text import wrapped
from cjdesigner.export.pdf.textops import (
    _NUMBERS,
    TextWriter,
    fill_operator,
    num,
    stroke_operator,
)
from cjdesigner.export.pdf.theme import INK
from cjdesigner.model import Sentiment

PAD_X = 4.0
PAD_TOP = 4.0
PAD_BOTTOM = 5.0
BULLET = "•\u2002"  # a bullet and an en space
MARKER_INDENT = 12.0


class Block(NamedTuple):
    """One paragraph of a cell: plain text in one font, optionally bulleted or with a marker.

    A named tuple, not a dataclass: a 5,000-row table makes some 40,000 of them, and a tuple
    is several times quicker to build.
    """

    text: str
    font: str
    size: float
    leading: float
    colour: Color
    bullet: bool = False
    marker: Sentiment | None = None
    space_before: float = 0.0


Cell = list[Block]


class Line(NamedTuple):
    text: str
    font: str
    size: float
    colour: Color
    height: float
    indent: float
    marker: Sentiment | None = None


@dataclass
class LaidRow:
    """A row's cells as wrapped lines, with its height (padding included)."""

    cells: list[list[Line]]
    height: float
    index: int
    """Position among the table's rows (for the alternating background)."""
    key: str | None = None
    """The touchpoint the row shows: its destination ``tp-<key>`` and link to ``card-<key>``."""
    start: bool = True
    """False for the rest of a row split across pages (its destination is on the first part)."""


@dataclass(frozen=True)
class TableStyle:
    header_fill: Color
    header_rule: Color
    row_fills: tuple[Color | None, Color | None]
    rule: Color
    column_rule: Color


def lay_out_cell(cell: Cell, width: float, language: str) -> list[Line]:
    """Wrap a cell's blocks into lines. A bullet is part of its first line's string ("• …"),
    and the following lines hang at the width of that prefix, so they align with its text."""
    return _lay_out_cell(cell, width, language)[0]


_tuple = tuple.__new__
"""Lines are made as ``_tuple(Line, (…))``: a named tuple's own constructor is a Python call,
and a 5,000-row table makes some 50,000 lines."""
_BULLET_WIDTHS: dict[tuple[str, float], float] = {}
_EMPTY = ("",)


def _lay_out_cell(cell: Cell, width: float, language: str) -> tuple[list[Line], float]:
    """:func:`lay_out_cell` and the height of its lines (added up in order, as ``sum``)."""
    lines: list[Line] = []
    total = 0.0
    for text, font, size, leading, colour, bullet, marker, space_before in cell:
        if not text:
            continue
        if bullet:
            indent = _BULLET_WIDTHS.get((font, size))
            if indent is None:
                indent = _BULLET_WIDTHS[(font, size)] = string_width(BULLET, font, size)
        else:
            indent = MARKER_INDENT if marker else 0.0
        wrapped_text = wrapped(text, font, size, width - indent, None, language) or _EMPTY
        height = leading + (space_before if lines else 0.0)
        if bullet:
            line = BULLET + wrapped_text[0]
            lines.append(_tuple(Line, (line, font, size, colour, height, 0.0, marker)))
        else:
            lines.append(
                _tuple(Line, (wrapped_text[0], font, size, colour, height, indent, marker))
            )
        total += height
        if len(wrapped_text) > 1:
            for line in wrapped_text[1:]:
                lines.append(_tuple(Line, (line, font, size, colour, leading, indent, None)))
                total += leading
    return lines, total


def lay_out_row(
    cells: list[Cell],
    widths: list[float],
    index: int,
    language: str,
    laid_cells: dict[tuple[int, float], tuple[list[Line], float]] | None = None,
) -> LaidRow:
    """The row's cells wrapped into lines. ``laid_cells``: cells laid out already, by the
    cell object and width: a table whose rows share a cell object (the same owner and KPIs,
    the same pain points) wraps it once; its lines are read, never changed."""
    laid: list[list[Line]] = []
    height = 0.0
    for cell, width in zip(cells, widths, strict=True):
        if laid_cells is None:
            lines, cell_height = _lay_out_cell(cell, width - 2 * PAD_X, language)
        else:
            key = (id(cell), width)
            known = laid_cells.get(key)
            if known is None:
                known = laid_cells[key] = _lay_out_cell(cell, width - 2 * PAD_X, language)
            lines, cell_height = known
        laid.append(lines)
        height = max(height, cell_height)
    return LaidRow(laid, height + PAD_TOP + PAD_BOTTOM, index)


@dataclass
class _Laid:
    width: float
    widths: list[float]
    header: LaidRow
    rows: list[LaidRow] = field(default_factory=list)
    heights: list[float] = field(default_factory=list)
    """The rows' heights: a table and each part after a page break sum them (a plain list is
    summed in C; a 600-row table over 40 pages sums its remaining rows 40 times)."""


CAPTION_SIZE = 10.0
CAPTION_HEIGHT = 18.0


class RowTable(Flowable):
    """Rows of cells under a header row that repeats on every page the table runs over.

    With ``caption``, every page after the first also repeats the table's heading above the
    header row ("Stage 2: Appeal (continued)"). With ``keys`` (one touchpoint id per row), each
    row is the destination ``tp-<id>`` and its first cell links to ``card-<id>`` on the map.
    """

    def __init__(
        self,
        header: list[Cell],
        rows: list[list[Cell]],
        shares: list[float],
        style: TableStyle,
        icons: IconSet,
        language: str,
        frame_height: float,
        _laid: _Laid | None = None,
        *,
        keys: list[str] | None = None,
        caption: str | None = None,
        show_caption: bool = False,
    ) -> None:
        super().__init__()
        self.keys = keys
        self.caption = caption
        self.show_caption = show_caption and caption is not None
        self.header = header
        self.rows = rows
        self.shares = shares
        self.style = style
        self.icons = icons
        self.language = language
        self.frame_height = frame_height
        self._laid = _laid

    def _layout(self, width: float) -> _Laid:
        if self._laid is None or abs(self._laid.width - width) > 0.01:
            widths = [width * share for share in self.shares]
            header = lay_out_row(self.header, widths, -1, self.language)
            # by cell object, while every cell is alive in self.rows (no id is reused)
            laid_cells: dict[tuple[int, float], tuple[list[Line], float]] = {}
            rows = [
                lay_out_row(r, widths, i, self.language, laid_cells)
                for i, r in enumerate(self.rows)
            ]
            if self.keys is not None:
                for row, key in zip(rows, self.keys, strict=True):
                    row.key = key
            self._laid = _Laid(width, widths, header, rows, [row.height for row in rows])
        return self._laid

    @property
    def _caption_height(self) -> float:
        return CAPTION_HEIGHT if self.show_caption else 0.0

    def _part(self, rows: list[LaidRow], heights: list[float], *, continued: bool) -> RowTable:
        assert self._laid is not None
        part = RowTable(
            self.header,
            [],
            self.shares,
            self.style,
            self.icons,
            self.language,
            self.frame_height,
            caption=self.caption,
            show_caption=continued,
        )
        part._laid = _Laid(self._laid.width, self._laid.widths, self._laid.header, rows, heights)
        return part

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        laid = self._layout(avail_width)
        self.width = avail_width
        self.height = self._caption_height + laid.header.height + sum(laid.heights)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        laid = self._layout(avail_width)
        room = avail_height - laid.header.height - self._caption_height
        used = 0.0
        count = 0
        for row in laid.rows:
            if used + row.height > room:
                break
            used += row.height
            count += 1
        if count == len(laid.rows):
            return [self]
        if count:
            return [
                self._part(laid.rows[:count], laid.heights[:count], continued=self.show_caption),
                self._part(laid.rows[count:], laid.heights[count:], continued=True),
            ]
        first = laid.rows[0]
        too_tall = first.height + laid.header.height + CAPTION_HEIGHT > self.frame_height
        if not too_tall or room < max(40.0, 0.25 * self.frame_height):
            return []  # start the table on the next page
        head, rest = _split_row(first, room)
        if head is None:
            return []
        return [
            self._part([head], [head.height], continued=self.show_caption),
            self._part([rest, *laid.rows[1:]], [rest.height, *laid.heights[1:]], continued=True),
        ]

    def draw(self) -> None:
        """Backgrounds, then all text in one text object, then the rules and markers.

        Fills and rules are written as plain operators inside q … Q (one colour and width
        per kind of rule, not per row): a 300-page table sets them a few hundred times, not
        tens of thousands.
        """
        laid = self._laid
        assert laid is not None
        canv = self.canv
        style = self.style
        width = num(self.width)
        rows = [laid.header, *laid.rows]
        fills = ["q"]
        tops: list[float] = []
        bottoms: list[str] = []  # each row's, formatted (for its fill and its rule)
        header_fill, *row_fills = (
            None if fill is None else fill_operator(canv, fill)
            for fill in (style.header_fill, *style.row_fills)
        )
        table_top = self.height - self._caption_height
        y = table_top
        known = _NUMBERS.get  # num()'s table, looked up inline (a row each)
        for row in rows:
            tops.append(y)
            height = row.height
            y -= height
            bottom = known(y) or num(y)
            bottoms.append(bottom)
            fill = header_fill if row.index < 0 else row_fills[row.index % 2]
            if fill is not None:
                fills.append(fill)
                fills.append(f"0 {bottom} {width} {known(height) or num(height)} re f")
        fills.append("Q")
        canv.addLiteral("\n".join(fills))

        text = TextWriter(canv, PAD_X, self.height - PAD_TOP)
        if self.show_caption and self.caption:
            text.line(0, table_top + 6, self.caption, BOLD, CAPTION_SIZE, INK)
        lefts = []
        x = PAD_X
        for column in laid.widths:
            lefts.append(x)
            x += column
        marks: list[tuple[Sentiment, float, float, float]] = []
        text.grid(
            lefts, [(top - PAD_TOP, row.cells) for row, top in zip(rows, tops, strict=True)], marks
        )
        text.finish()
        draw_sentiment_markers(
            canv,
            self.icons,
            [(mark, left + 4.5, baseline + size * 0.33) for mark, left, baseline, size in marks],
            8.0,
        )

        rules = ["q", stroke_operator(canv, style.header_rule), "1.2 w"]
        rules.append(f"0 {bottoms[0]} m {width} {bottoms[0]} l S")
        rules += [stroke_operator(canv, style.rule), "0.4 w"]
        rules += [f"0 {bottom} m {width} {bottom} l S" for bottom in bottoms[1:]]
        rules += [stroke_operator(canv, style.column_rule), "0.3 w"]
        x = 0.0
        height = num(table_top)
        for column in laid.widths[:-1]:
            x += column
            rules.append(f"{num(x)} 0 m {num(x)} {height} l S")
        rules.append("Q")
        canv.addLiteral("\n".join(rules))
        if self.keys is not None or any(row.key for row in laid.rows):
            self._link_rows(rows[1:], tops[1:], laid.widths[0])

    def _link_rows(self, rows: list[LaidRow], tops: list[float], first_w: float) -> None:
        """Each row is where its card on the map links to, and its first cell links back."""
        targets: list[tuple[str, float, float]] = []
        rects: list[tuple[str, float, float, float, float]] = []
        for row, top in zip(rows, tops, strict=True):
            if row.key is None:
                continue
            if row.start:
                targets.append((f"tp-{row.key}", 0, top + 2))
            rects.append((f"card-{row.key}", 0, top - row.height, first_w, top))
        destinations(self.canv, targets)
        links(self.canv, rects)


def _split_row(row: LaidRow, room: float) -> tuple[LaidRow | None, LaidRow]:
    """Cut a row taller than a page after the lines that fit in ``room``."""
    limit = room - PAD_TOP - PAD_BOTTOM
    heads: list[list[Line]] = []
    rests: list[list[Line]] = []
    for lines in row.cells:
        used = 0.0
        count = 0
        for line in lines:
            if used + line.height > limit:
                break
            used += line.height
            count += 1
        heads.append(lines[:count])
        rests.append(lines[count:])
    if not any(heads):
        return None, row
    head_h = max(sum(line.height for line in lines) for lines in heads) + PAD_TOP + PAD_BOTTOM
    rest_h = max(sum(line.height for line in lines) for lines in rests) + PAD_TOP + PAD_BOTTOM
    return (
        LaidRow(heads, head_h, row.index, row.key, row.start),
        LaidRow(rests, rest_h, row.index, row.key, False),
    )
