"""Where everything goes on the slides: pure geometry in millimetres, no python-pptx.

A slide shows a block of stage columns and a block of lane pieces. Columns never get narrower
than a card can be read at, so a map with many stages is split by stage columns over several
slides (the persona column and the stage headers repeated on each); a lane taller than a slide
(a cell with many cards) is split into pieces by card rows, each piece with its persona name.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from cjdesigner.model import JourneyMap, Touchpoint


@dataclass(frozen=True)
class SlideSize:
    """A slide size and the type and card sizes that read well on it."""

    name: str
    width: float
    height: float
    persona_column: float
    min_column: float
    card_height: float
    title_pt: float
    channel_pt: float


SIZES: dict[str, SlideSize] = {
    "A3": SlideSize("A3", 420.0, 297.0, 40.0, 48.0, 17.0, 10.0, 7.5),
    "A4": SlideSize("A4", 297.0, 210.0, 32.0, 40.0, 14.0, 8.5, 7.0),
    "16:9": SlideSize("16:9", 338.667, 190.5, 34.0, 42.0, 14.0, 8.5, 7.0),
}
SLIDE_NAMES: tuple[str, ...] = tuple(SIZES)

MARGIN = 8.0
TITLE_H = 11.0
HEADER_H = 11.0
BAND_H = 20.0
"""The emotion curve's band under a lane's cards, at least (mm): -2…+2 four millimetres apart."""
BAND_SHARE = 0.15
"""...and at least this share of the lane piece, as in the PDF, so a tall lane's curve is no
sparkline."""
BAND_GROWTH = 0.5
"""How much of the cards' zoom the curve band takes (:attr:`Geometry.band_zoom`)."""
GAP = 2.0
ZOOM_MAX = 2.5
"""How much a map that leaves its slides half empty grows: its cards 2.5 times as tall (the
curve band half as much, :attr:`Geometry.band_zoom`), their type as far as every card keeps its
text (:mod:`.room`): a lane alone on a 16:9 slide reaches 11-14 pt titles."""


@dataclass(frozen=True)
class LanePiece:
    """Card rows ``first``…``last - 1`` of one persona's lane (all of it when it fits)."""

    persona_id: str
    first: int
    last: int
    continued: bool

    @property
    def rows(self) -> int:
        return self.last - self.first


@dataclass(frozen=True)
class SlidePlan:
    """One map slide: its stage columns and its lane pieces, with their positions."""

    stage_ids: list[str]
    pieces: list[LanePiece]
    column_width: float
    part: int
    parts: int


@dataclass(frozen=True)
class Geometry:
    """The slide's measures for one size (and orientation)."""

    size: SlideSize
    width: float
    height: float
    zoom: float = 1.0
    """The map's growth on slides it would leave half empty (:mod:`.room`): the cards and the
    curve band are this much taller than :attr:`size` says at 1."""
    text_zoom: float = 1.0
    """...and the cards' type this much larger (as far as every card keeps its text: no more
    than :attr:`zoom`); the persona names and the curve's scale grow with it, less."""
    header_zoom: float = 1.0
    """The stage headers' height and type on a grown map."""

    @property
    def type_scale(self) -> float:
        """Text on the title and persona slides grows with the slide (A4 landscape: 1)."""
        return min(self.width, self.height) / 210.0

    @property
    def grid_left(self) -> float:
        return MARGIN + self.size.persona_column + GAP

    @property
    def grid_top(self) -> float:
        return MARGIN + TITLE_H + self.header_height + GAP

    @property
    def header_height(self) -> float:
        return HEADER_H * self.header_zoom

    @property
    def grid_width(self) -> float:
        return self.width - MARGIN - self.grid_left

    @property
    def grid_height(self) -> float:
        return self.height - MARGIN - self.grid_top

    @property
    def row_height(self) -> float:
        return self.size.card_height + GAP

    def band_height(self, rows: int) -> float:
        """The curve band of a lane piece of ``rows`` card rows: :data:`BAND_H`, or
        :data:`BAND_SHARE` of the piece where that is more."""
        cards = max(rows, 1) * self.row_height + GAP
        return max(BAND_H * self.band_zoom, cards * BAND_SHARE / (1 - BAND_SHARE))

    @property
    def band_zoom(self) -> float:
        """The curve band grows half as much as the cards: its five levels read at 5 mm apart,
        and the cards' type needs the room more (QA s7 J14)."""
        return 1.0 + (self.zoom - 1.0) * BAND_GROWTH

    def piece_height(self, rows: int) -> float:
        return self.band_height(rows) + max(rows, 1) * self.row_height + GAP

    def max_rows(self) -> int:
        """The most card rows a lane piece holds on one slide (one at least)."""
        rows = max(1, int((self.grid_height - BAND_H * self.band_zoom - GAP) // self.row_height))
        while rows > 1 and self.piece_height(rows) > self.grid_height + 0.01:
            rows -= 1
        return rows


def geometry(page: str, portrait: bool = False) -> Geometry:
    size = SIZES[page]
    width, height = (size.height, size.width) if portrait else (size.width, size.height)
    return Geometry(size, width, height)


def room_zoom(geo: Geometry, plans: list[SlidePlan]) -> float:
    """How much the cards of ``plans`` may grow (the curve band with them, by
    :attr:`Geometry.band_zoom`) so that the fullest slide fills its height, up to
    :data:`ZOOM_MAX` (1 when that slide is full): a small map drew its cards at the size a
    5,000-card map needs and left the slide's lower half empty. The plans stay true at any
    zoom up to this one (found by halving: the band's share of a piece makes the heights
    not quite proportional)."""

    def used(zoom: float) -> float:
        grown = replace(geo, size=replace(geo.size, card_height=geo.size.card_height * zoom))
        grown = replace(grown, zoom=zoom)
        return max(sum(grown.piece_height(p.rows) for p in plan.pieces) for plan in plans)

    if not plans or not any(plan.pieces for plan in plans) or used(1.0) >= geo.grid_height:
        return 1.0
    if used(ZOOM_MAX) <= geo.grid_height:
        return ZOOM_MAX
    low, high = 1.0, ZOOM_MAX
    for _ in range(30):
        middle = (low + high) / 2
        low, high = (middle, high) if used(middle) <= geo.grid_height else (low, middle)
    return low


def zoomed(
    geo: Geometry, zoom: float, text_zoom: float | None = None, channel_zoom: float | None = None
) -> Geometry:
    """``geo`` (at zoom 1) with its cards and the curve band ``zoom`` times as tall, the cards'
    titles ``text_zoom`` (default: ``zoom``) and their channels ``channel_zoom`` (default: the
    titles') times as large; one zoom for every slide so the cards read alike across a split
    map; type in half points, never past the zoom."""
    if zoom <= 1.0:
        return geo
    text = max(1.0, min(zoom, zoom if text_zoom is None else text_zoom))
    channel = max(1.0, min(text, text if channel_zoom is None else channel_zoom))
    size = geo.size
    grown = replace(
        size,
        card_height=size.card_height * zoom,
        title_pt=max(size.title_pt, math.floor(size.title_pt * text * 2) / 2),
        channel_pt=max(size.channel_pt, math.floor(size.channel_pt * channel * 2) / 2),
    )
    return replace(geo, size=grown, zoom=zoom, text_zoom=text)


def plan_slides(m: JourneyMap, geo: Geometry, alone: bool = False) -> list[SlidePlan]:
    """The map slides: stage-column blocks × lane-piece blocks, left to right then down; as
    many lane pieces a slide as fit, or with ``alone`` one a slide (:mod:`.room` chooses)."""
    stage_ids = [s.id for s in m.stages]
    per_slide = max(1, int(geo.grid_width // geo.size.min_column))
    blocks = max(1, math.ceil(len(stage_ids) / per_slide)) if stage_ids else 1
    columns = max(1, math.ceil(len(stage_ids) / blocks)) if stage_ids else 1
    column_width = geo.grid_width / columns
    rows = _lane_rows(m)
    max_rows = geo.max_rows()
    pieces: list[LanePiece] = []
    for persona in m.personas:
        count = rows.get(persona.id, 0)
        first = 0
        while True:
            last = min(count, first + max_rows)
            pieces.append(LanePiece(persona.id, first, last, first > 0))
            first = last
            if first >= count:
                break
    pages: list[list[LanePiece]] = [[]]
    used = 0.0
    for piece in pieces:
        height = geo.piece_height(piece.rows)
        if pages[-1] and (alone or used + height > geo.grid_height + 0.01):
            pages.append([])
            used = 0.0
        pages[-1].append(piece)
        used += height
    plans = []
    chunks = [stage_ids[i : i + columns] for i in range(0, len(stage_ids), columns)] or [[]]
    total = len(chunks) * len(pages)
    for chunk in chunks:
        for page in pages:
            plans.append(SlidePlan(chunk, page, column_width, len(plans) + 1, total))
    return plans


def _lane_rows(m: JourneyMap) -> dict[str, int]:
    """Each persona's tallest cell, in cards."""
    rows: dict[str, int] = {}
    for (_, persona_id), cards in m.cells().items():
        rows[persona_id] = max(rows.get(persona_id, 0), len(cards))
    return rows


def cards_of(
    cells: dict[tuple[str, str], list[Touchpoint]], stage_id: str, piece: LanePiece
) -> list[Touchpoint]:
    """The cards of one cell that fall in the lane piece."""
    return cells.get((stage_id, piece.persona_id), [])[piece.first : piece.last]
