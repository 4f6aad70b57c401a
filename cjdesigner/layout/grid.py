"""Where every header, lane, cell and card of a map goes.

On the canvas cards have a fixed size (titles wrap to two lines and then elide), so the layout
needs no text measurement. The PDF uses the same layout with two extras that fit it to the
sheet: each card's own height (``card_heights``, measured by the PDF from its wrapped text, so
a title always prints whole) and ``GridMetrics.cards_across`` (several cards side by side in a
wide cell). Cells stack their cards top to bottom, in rows of ``cards_across``; a lane is as
tall as its fullest cell, so no card is ever hidden or overlapping and lanes and columns stay
aligned. Each lane keeps a band below its cards for the emotion curve.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from cjdesigner.layout.geometry import Rect
from cjdesigner.model.journey_map import JourneyMap

Cell = tuple[str, str]
"""(stage id, persona id)."""

_rect = tuple.__new__
"""Cards' rectangles made as ``_rect(Rect, (…))``: a named tuple's own constructor is a
Python call, and a big map has thousands of cards."""


@dataclass(frozen=True)
class GridMetrics:
    """Sizes of the grid's parts, in scene units (1 unit = 1 pt in the PDF at scale 1)."""

    card_width: float = 176.0
    card_height: float = 76.0
    card_gap: float = 10.0
    cell_padding: float = 12.0
    header_height: float = 46.0
    lane_header_width: float = 180.0
    curve_band_height: float = 64.0
    """The curve band's least height (a lane of one card row)."""
    curve_band_share: float = 0.16
    """The curve band's least share of its lane's height: taller lanes get a taller band, so
    the curve stays readable beside many cards (issue 9: at least 15 %)."""
    curve_band_max: float = 240.0
    """No band taller than this: the share holds up to lanes of some 17 card rows, and a lane
    of hundreds of cards does not get a band a page tall."""
    show_curves: bool = True
    cards_across: int = 1
    """Cards side by side in a cell (the PDF puts two in a wide cell to save height)."""
    column_room: float = 0.0
    """Room in each cell beside its cards, half on either side: a map whose height binds on its
    sheet widens its columns past its widest cards so it fills the sheet's width (the cards
    stay centred under their stage, above the emotion curve's points)."""

    @property
    def column_width(self) -> float:
        across = max(1, self.cards_across)
        cards = across * self.card_width + (across - 1) * self.card_gap
        return cards + 2 * self.cell_padding + self.column_room


@dataclass
class GridLayout:
    """The computed rectangles of one map under one set of metrics."""

    metrics: GridMetrics
    width: float
    height: float
    corner: Rect
    """The empty top-left cell above the lane headers."""
    stage_headers: dict[str, Rect] = field(default_factory=dict)
    columns: dict[str, Rect] = field(default_factory=dict)
    """A stage's whole column below its header."""
    lane_headers: dict[str, Rect] = field(default_factory=dict)
    lanes: dict[str, Rect] = field(default_factory=dict)
    """A persona's whole row right of its header (cells and curve band)."""
    cells: dict[Cell, Rect] = field(default_factory=dict)
    cards: dict[str, Rect] = field(default_factory=dict)
    curve_bands: dict[str, Rect] = field(default_factory=dict)
    stage_order: list[str] = field(default_factory=list)
    persona_order: list[str] = field(default_factory=list)
    cell_cards: dict[Cell, list[str]] = field(default_factory=dict)
    """The card ids of each non-empty cell, top to bottom."""

    def cell_at(self, x: float, y: float) -> Cell | None:
        """The cell under a point, or None outside the grid's cells (headers, curve bands…)."""
        for cell, rect in self.cells.items():
            if rect.contains(x, y):
                return cell
        return None

    def insertion_index(self, cell: Cell, y: float, exclude: frozenset[str] = frozenset()) -> int:
        """Where a card dropped at height ``y`` goes among the cell's cards not in ``exclude``."""
        index = 0
        for card_id in self.cell_cards.get(cell, []):
            if card_id in exclude:
                continue
            if y < self.cards[card_id].center[1]:
                break
            index += 1
        return index


def compute_layout(
    m: JourneyMap,
    metrics: GridMetrics | None = None,
    card_heights: Mapping[str, float] | None = None,
) -> GridLayout:
    """Lay out ``m``: linear in the number of cards (5,000 cards take a few milliseconds).

    ``card_heights`` gives cards their own height (a card not in it, and every card without
    it, is ``metrics.card_height`` tall); cards in one row of a cell share the row's height.
    A lane's cells are never shorter than one card of ``metrics.card_height``.
    """
    mt = metrics or GridMetrics()
    cell_cards: dict[Cell, list[tuple[int, str]]] = {}
    for t in m.touchpoints:
        cell_cards.setdefault((t.stage_id, t.persona_id), []).append((t.order, t.id))
    ordered: dict[Cell, list[str]] = {
        cell: [card_id for _order, card_id in sorted(cards)] for cell, cards in cell_cards.items()
    }

    col_w = mt.column_width
    stage_ids = [s.id for s in m.stages]
    persona_ids = [p.id for p in m.personas]
    grid_w = mt.lane_header_width + col_w * len(stage_ids)
    curve_h = mt.curve_band_height if mt.show_curves else 0.0

    layout = GridLayout(
        metrics=mt,
        width=grid_w,
        height=0.0,
        corner=Rect(0.0, 0.0, mt.lane_header_width, mt.header_height),
        stage_order=stage_ids,
        persona_order=persona_ids,
        cell_cards=ordered,
    )
    for i, stage_id in enumerate(stage_ids):
        layout.stage_headers[stage_id] = Rect(
            mt.lane_header_width + i * col_w, 0.0, col_w, mt.header_height
        )

    across = max(1, mt.cards_across)
    rows_of: dict[Cell, list[float]] = {}  # each cell's row heights, top to bottom
    least = mt.card_height
    for cell, card_ids in ordered.items():
        if card_heights:
            get = card_heights.get
            heights = [get(card_id, least) for card_id in card_ids]
        else:
            heights = [least] * len(card_ids)
        if across == 1:  # a row per card
            rows_of[cell] = heights
        else:
            rows_of[cell] = [max(heights[i : i + across]) for i in range(0, len(heights), across)]

    y = mt.header_height
    card_w, gap = mt.card_width, mt.card_gap
    step = card_w + gap  # from one card's left to the next one's in a row
    cards = layout.cards
    for persona_id in persona_ids:
        cells_h = [
            sum(rows) + (len(rows) - 1) * mt.card_gap
            for rows in (rows_of.get((s, persona_id)) for s in stage_ids)
            if rows
        ]
        cards_h = 2 * mt.cell_padding + max([mt.card_height, *cells_h])
        if curve_h:
            share = mt.curve_band_share
            grown = min(mt.curve_band_max, cards_h * share / (1.0 - share))
            curve_h = max(mt.curve_band_height, grown)
        lane_h = cards_h + curve_h
        layout.lane_headers[persona_id] = Rect(0.0, y, mt.lane_header_width, lane_h)
        layout.lanes[persona_id] = Rect(mt.lane_header_width, y, col_w * len(stage_ids), lane_h)
        if curve_h:
            layout.curve_bands[persona_id] = Rect(
                mt.lane_header_width, y + cards_h, col_w * len(stage_ids), curve_h
            )
        for i, stage_id in enumerate(stage_ids):
            x = mt.lane_header_width + i * col_w
            cell = (stage_id, persona_id)
            layout.cells[cell] = Rect(x, y, col_w, cards_h)
            row_heights = rows_of.get(cell, [])
            top = y + mt.cell_padding
            left = x + mt.cell_padding + mt.column_room / 2
            if across == 1:  # one card a row, each below the last: the usual case, written out
                for index, card_id in enumerate(ordered.get(cell, ())):
                    if index:
                        top += row_heights[index - 1] + gap
                    cards[card_id] = _rect(Rect, (left, top, card_w, row_heights[index]))
                continue
            for index, card_id in enumerate(ordered.get(cell, ())):
                row, place = divmod(index, across)
                if row and not place:
                    top += row_heights[row - 1] + gap
                cards[card_id] = _rect(Rect, (left + place * step, top, card_w, row_heights[row]))
        y += lane_h
    layout.height = y
    for i, stage_id in enumerate(stage_ids):
        x = mt.lane_header_width + i * col_w
        layout.columns[stage_id] = Rect(x, mt.header_height, col_w, y - mt.header_height)
    return layout
