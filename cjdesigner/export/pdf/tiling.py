"""Poster mode: the map at a readable scale across several sheets, with an overview page.

Neighbouring tiles share an overlap strip (``overlap_mm``): the left and top strip of every
tile repeats its neighbour's right and bottom strip, so the sheets can be trimmed along the
dashed line and glued. Crop marks sit in the margin at the corners of the printed area; each
tile names its place ("row 2 / col 3") and shows it on a small locator grid.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.options import Orientation
from cjdesigner.export.pdf.chrome import Legend, draw_title_block
from cjdesigner.export.pdf.fonts import BOLD, REGULAR
from cjdesigner.export.pdf.links import link, link_cards
from cjdesigner.export.pdf.map_page import paint_map
from cjdesigner.export.pdf.paper import footer_line, margin, page_size
from cjdesigner.export.pdf.scene import MapScene
from cjdesigner.export.pdf.text import elide, wrap
from cjdesigner.export.pdf.theme import (
    FAINT,
    INK,
    MUTED,
    PAPER,
    SMALLEST_CARD_PT,
    hex_colour,
)
from cjdesigner.layout import Rect
from cjdesigner.map_language import POSTER_NOTE, label

TILE_CARD_TEXT_PT = 9.0
"""The smallest card text on a poster tile: readable from a step back at the workshop wall."""
TILE_SCALE = TILE_CARD_TEXT_PT / SMALLEST_CARD_PT
MIN_TILE_CARD_TEXT_PT = 8.0
"""A poster may shrink to this (cards' titles still 10 pt) when that saves a row or column of
sheets: a map 5 % wider than one sheet should not take two."""
MIN_TILE_SCALE = MIN_TILE_CARD_TEXT_PT / SMALLEST_CARD_PT
ACCENT = hex_colour("#0072B2")
CROP_GAP = 3.0
CROP_LENGTH = 12.0


@dataclass(frozen=True)
class TileGrid:
    """Where each tile's window onto the scaled map lies, and where it prints on its sheet."""

    scale: float
    rows: int
    cols: int
    content: Rect
    """The printed area of every tile sheet, in PDF points (x, y = bottom-left)."""
    overlap: float
    """Overlap in PDF points (on paper)."""

    @property
    def step_w(self) -> float:
        return self.content.w - self.overlap

    @property
    def step_h(self) -> float:
        return self.content.h - self.overlap

    @property
    def count(self) -> int:
        return self.rows * self.cols

    def home(self, row: int, col: int) -> Rect:
        """The part of the map (layout units) that is tile (row, col)'s own: its view less the
        overlap it shares with the next tiles (the last row and column reach to the end)."""
        far = 1e12
        return Rect(
            col * self.step_w / self.scale,
            row * self.step_h / self.scale,
            self.step_w / self.scale if col < self.cols - 1 else far,
            self.step_h / self.scale if row < self.rows - 1 else far,
        )

    def view(self, row: int, col: int) -> Rect:
        """The part of the map (layout units) that tile (row, col) shows."""
        return Rect(
            col * self.step_w / self.scale,
            row * self.step_h / self.scale,
            self.content.w / self.scale,
            self.content.h / self.scale,
        )


def tile_grid(
    layout_w: float, layout_h: float, page: tuple[float, float], margin: float, overlap_mm: float
) -> TileGrid:
    """The fewest sheets that print the map at a readable scale on this paper.

    The scale is :data:`TILE_SCALE` (9 pt smallest card text), or down to
    :data:`MIN_TILE_SCALE` (8 pt) when that saves a whole row or column of sheets.
    """
    content = Rect(margin, margin, page[0] - 2 * margin, page[1] - 2 * margin)
    overlap = min(overlap_mm * mm, content.w / 3, content.h / 3)

    def count(length: float, window: float) -> int:
        if length <= window + 1e-6:
            return 1
        return math.ceil((length - window) / (window - overlap) - 1e-9) + 1

    def filling(length: float, window: float, sheets: int) -> float:
        """The scale at which ``length`` exactly fills ``sheets`` sheets."""
        return (window + (sheets - 1) * (window - overlap)) / length if length else TILE_SCALE

    def grid(scale: float) -> TileGrid:
        rows = count(layout_h * scale, content.h)
        cols = count(layout_w * scale, content.w)
        return TileGrid(scale, rows, cols, content, overlap)

    best = grid(TILE_SCALE)
    candidates = [
        filling(layout_w, content.w, best.cols - 1) if best.cols > 1 else TILE_SCALE,
        filling(layout_h, content.h, best.rows - 1) if best.rows > 1 else TILE_SCALE,
    ]
    candidates.append(min(candidates))
    for scale in candidates:
        if MIN_TILE_SCALE <= scale < TILE_SCALE:
            option = grid(scale)
            if option.count < best.count or (
                option.count == best.count and option.scale > best.scale
            ):
                best = option
    return best


def fewest_sheets(
    layout_w: float, layout_h: float, paper: str, overlap_mm: float, preferred: Orientation
) -> Orientation:
    """The orientation whose poster needs fewer sheets (on a tie, the larger print, then
    ``preferred``): a tall map on landscape A4 can take twice the paper it needs."""

    def cost(orientation: Orientation) -> tuple[int, float, bool]:
        size = page_size(paper, orientation)
        grid = tile_grid(layout_w, layout_h, size, margin(size), overlap_mm)
        return grid.count, -grid.scale, orientation != preferred

    return min(Orientation, key=cost)


def draw_tile(
    canv: Canvas,
    scene: MapScene,
    grid: TileGrid,
    row: int,
    col: int,
    page: tuple[float, float],
    chrome: float,
    *,
    links: bool = False,
) -> None:
    """One poster sheet: its window of the map, crop and overlap marks, and its label;
    ``links``: its cards link to their detail rows (:mod:`cjdesigner.export.pdf.links`)."""
    c = grid.content
    canv.saveState()
    clip = canv.beginPath()
    clip.rect(c.x, c.y, c.w, c.h)
    canv.clipPath(clip, stroke=0, fill=0)
    paint_map(
        canv,
        scene,
        c.x - col * grid.step_w,
        c.y + c.h + row * grid.step_h,
        grid.scale,
        grid.view(row, col),
    )
    canv.restoreState()
    if links:
        link_cards(
            canv,
            scene,
            c.x - col * grid.step_w,
            c.y + c.h + row * grid.step_h,
            grid.scale,
            grid.view(row, col),
            grid.home(row, col),
        )
    baseline, size = footer_line(page)
    _crop_marks(canv, c, baseline + size * 0.75 + 2)  # clear of the footer's letters
    _overlap_marks(canv, grid, row, col)

    label_y = c.y + c.h + 10 * chrome
    canv.setFillColor(INK)
    canv.setFont(BOLD, 10 * chrome)
    label_text = label("row {row} / col {col}", scene.language).format(row=row + 1, col=col + 1)
    label_x = c.x + max(CROP_LENGTH, grid.overlap if col else 0.0) + 10
    canv.drawString(label_x, label_y, label_text)
    label_w = canv.stringWidth(label_text, BOLD, 10 * chrome)
    canv.setFillColor(MUTED)
    canv.setFont(REGULAR, 8 * chrome)
    locator_w = _locator_width(grid, chrome)
    info = label("{title} · tile {n} of {count}", scene.language).format(
        title=scene.m.info.title, n=row * grid.cols + col + 1, count=grid.count
    )
    room = c.w - label_w - locator_w - 2 * CROP_LENGTH - 40
    canv.drawString(label_x + label_w + 12, label_y, elide(info, REGULAR, 8 * chrome, room))
    _locator(canv, grid, row, col, c.x + c.w - CROP_LENGTH - 6 - locator_w, label_y, chrome)


def _crop_marks(canv: Canvas, c: Rect, lowest: float = 0.0) -> None:
    """The four corners' marks; the bottom ones' upright strokes end above ``lowest`` (the
    footer's letters: on A4 the mark ran into the footer's first letter)."""
    canv.setStrokeColor(INK)
    canv.setLineWidth(0.4)
    for x, y, sx, sy in (
        (c.x, c.y, -1, -1),
        (c.x + c.w, c.y, 1, -1),
        (c.x, c.y + c.h, -1, 1),
        (c.x + c.w, c.y + c.h, 1, 1),
    ):
        canv.line(x + sx * CROP_GAP, y, x + sx * (CROP_GAP + CROP_LENGTH), y)
        end = y + sy * (CROP_GAP + CROP_LENGTH)
        if sy < 0:
            end = min(max(end, lowest), y - CROP_GAP)
        canv.line(x, y + sy * CROP_GAP, x, end)


def _overlap_marks(canv: Canvas, grid: TileGrid, row: int, col: int) -> None:
    """Dashed lines where the neighbour's sheet is laid over this one (left and top strips)."""
    c = grid.content
    canv.setStrokeColor(ACCENT)
    canv.setFillColor(ACCENT)
    canv.setLineWidth(0.5)
    if col > 0:
        x = c.x + grid.overlap
        canv.setDash([4, 3])
        canv.line(x, c.y, x, c.y + c.h)
        canv.setDash([])
        for y, d in ((c.y - CROP_GAP, -1), (c.y + c.h + CROP_GAP, 1)):
            _triangle(canv, x, y, d)
    if row > 0:
        y = c.y + c.h - grid.overlap
        canv.setDash([4, 3])
        canv.line(c.x, y, c.x + c.w, y)
        canv.setDash([])
        for x, d in ((c.x - CROP_GAP, -1), (c.x + c.w + CROP_GAP, 1)):
            _triangle(canv, x, y, d, horizontal=True)


def _triangle(canv: Canvas, x: float, y: float, d: int, *, horizontal: bool = False) -> None:
    """A small arrowhead in the margin pointing at the overlap line."""
    path = canv.beginPath()
    if horizontal:
        path.moveTo(x, y)
        path.lineTo(x + d * 7, y + 3.5)
        path.lineTo(x + d * 7, y - 3.5)
    else:
        path.moveTo(x, y)
        path.lineTo(x - 3.5, y + d * 7)
        path.lineTo(x + 3.5, y + d * 7)
    path.close()
    canv.drawPath(path, stroke=0, fill=1)


def _locator_width(grid: TileGrid, chrome: float) -> float:
    return grid.cols * _cell(grid, chrome)


def _cell(grid: TileGrid, chrome: float) -> float:
    return max(2.5, min(9 * chrome, 160 / max(grid.cols, grid.rows)))


def _locator(
    canv: Canvas, grid: TileGrid, row: int, col: int, x: float, y: float, chrome: float
) -> None:
    """The poster's grid in small, this tile filled: where the sheet goes at a glance."""
    cell = _cell(grid, chrome)
    aspect = grid.content.h / grid.content.w
    cell_h = cell * aspect
    top = y + 8 * chrome
    canv.setLineWidth(0.3)
    canv.setStrokeColor(FAINT)
    for r in range(grid.rows):
        for c in range(grid.cols):
            canv.setFillColor(ACCENT if (r, c) == (row, col) else PAPER)
            canv.rect(x + c * cell, top - (r + 1) * cell_h, cell, cell_h, stroke=1, fill=1)


def draw_overview(
    canv: Canvas,
    scene: MapScene,
    grid: TileGrid,
    page: tuple[float, float],
    margin: float,
    chrome: float,
    page_label: str,
    *,
    links: bool = False,
) -> None:
    """The first page of a poster: the whole map in miniature with the tiles laid over it;
    ``links``: each tile of the miniature links to its sheet (destination ``tile-<r>-<c>``)."""
    width = page[0] - 2 * margin
    top = page[1] - margin
    used = draw_title_block(canv, scene.m, margin, top, width, chrome)
    note_pt = 9 * chrome
    note = label(POSTER_NOTE, scene.language).format(
        rows=grid.rows, cols=grid.cols, paper=page_label, overlap=round(grid.overlap / mm, 1)
    )
    lines = wrap(note, REGULAR, note_pt, width, 3, scene.language)
    canv.setFillColor(MUTED)
    canv.setFont(REGULAR, note_pt)
    y = top - used - note_pt
    for line in lines:
        canv.drawString(margin, y, line)
        y -= note_pt * 1.3
    legend = Legend(scene, chrome)
    legend_h = legend.height(width)
    legend.draw(canv, margin, margin + legend_h, width)
    area_top = y - 6 * chrome
    area_h = area_top - (margin + legend_h + 10 * chrome)
    # the miniature shows the whole poster area, tiles included, at one scale
    full_w = grid.cols * grid.step_w + grid.overlap
    full_h = grid.rows * grid.step_h + grid.overlap
    mini = min(width / full_w, area_h / full_h)
    ox = margin + (width - full_w * mini) / 2
    oy = area_top
    paint_map(canv, scene, ox, oy, grid.scale * mini, mini=True)
    label_pt = 9.0 * chrome
    strip = grid.overlap * mini
    w = grid.content.w * mini
    h = grid.content.h * mini
    canv.saveState()
    canv.setFillColor(ACCENT)
    canv.setFillAlpha(0.14)
    for r in range(grid.rows):  # the overlap strips, where two sheets lie on each other
        for c in range(grid.cols):
            x = ox + c * grid.step_w * mini
            y_top = oy - r * grid.step_h * mini
            if c:
                canv.rect(x, y_top - h, strip, h, stroke=0, fill=1)
            if r:
                canv.rect(
                    x + (strip if c else 0),
                    y_top - strip,
                    w - (strip if c else 0),
                    strip,
                    stroke=0,
                    fill=1,
                )
    canv.restoreState()
    canv.setStrokeColor(ACCENT)
    canv.setLineWidth(0.9 if min(w, h) > 40 else 0.35)
    # Tags shrink with the tiles; on a poster of very many small tiles they become "r·c",
    # and vanish where even that would cover the tile.
    label_pt = min(label_pt, (h - strip) * 0.45)
    compact = w - strip < 110 * label_pt / 9
    if compact:
        label_pt = min(label_pt, (w - strip) / 4)
    for r in range(grid.rows):
        for c in range(grid.cols):
            x = ox + c * grid.step_w * mini
            y_top = oy - r * grid.step_h * mini
            canv.rect(x, y_top - h, w, h, stroke=1, fill=0)
            if label_pt < 4.0:
                continue
            text = (
                f"{r + 1}·{c + 1}"
                if compact
                else label("row {row} / col {col}", scene.language).format(row=r + 1, col=c + 1)
            )
            tw = canv.stringWidth(text, BOLD, label_pt)
            pad = label_pt * 0.45
            lx = x + (strip if c else 0) + pad
            ly = y_top - (strip if r else 0) - pad - label_pt * 1.3
            canv.setFillColor(ACCENT)
            canv.roundRect(lx, ly, tw + 2 * pad, label_pt * 1.3, label_pt * 0.28, stroke=0, fill=1)
            canv.setFillColor(PAPER)
            canv.setFont(BOLD, label_pt)
            canv.drawString(lx + pad, ly + label_pt * 0.38, text)
    if links:
        for r in range(grid.rows):
            for c in range(grid.cols):
                x = ox + c * grid.step_w * mini
                y_top = oy - r * grid.step_h * mini
                right = x + (grid.step_w * mini if c < grid.cols - 1 else w)
                bottom = y_top - (grid.step_h * mini if r < grid.rows - 1 else h)
                link(canv, f"tile-{r}-{c}", (x, bottom, right, y_top))
