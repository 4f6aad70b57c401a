"""Putting the pages together: the map page(s), then the detail pages, into one PDF.

One platypus document holds everything so page numbering ("Page n of m") covers the whole
file: map pages are full-page flowables drawn straight on the canvas, detail pages flow in a
framed template. The footer is drawn when the document is saved, once the page count is known.
"""

from __future__ import annotations

import gc
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC
from typing import Any

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from cjdesigner import __version__
from cjdesigner.export.options import ExportOptions, FitMode
from cjdesigner.export.pdf.chrome import Legend, draw_title_block, title_block_height
from cjdesigner.export.pdf.details import detail_story
from cjdesigner.export.pdf.flow_labels import flows_table_story
from cjdesigner.export.pdf.fonts import BOLD, REGULAR, register_fonts, string_width
from cjdesigner.export.pdf.map_page import paint_map
from cjdesigner.export.pdf.paper import chrome_scale, margin, page_size
from cjdesigner.export.pdf.scene import MapScene
from cjdesigner.export.pdf.text import elide, forget_wrapped
from cjdesigner.export.pdf.textops import TextWriter, num, stroke_operator
from cjdesigner.export.pdf.theme import FAINT, RULE, SMALLEST_CARD_PT
from cjdesigner.export.pdf.tiling import TileGrid, draw_overview, draw_tile, tile_grid
from cjdesigner.map_language import label
from cjdesigner.model import JourneyMap

MAX_FIT_SCALE = 1.5
"""A small map is enlarged to fill an A3 sheet, but not beyond 1.5× (cards stay card-sized);
posters allow proportionally more (A0: 3.6×), so a small map still fills the wall sheet."""
DETAIL_HEADER = 26.0


@dataclass(frozen=True)
class PageSetup:
    """The sheet every page uses, with its margin and the scale of titles and legend."""

    size: tuple[float, float]
    margin: float
    chrome: float
    label: str

    @classmethod
    def of(cls, options: ExportOptions, language: str = "en") -> PageSetup:
        size = page_size(options.page, options.orientation)
        paper = f"{options.page} {label(str(options.orientation), language)}"
        return cls(size, margin(size), chrome_scale(size), paper)

    @property
    def inner_width(self) -> float:
        return self.size[0] - 2 * self.margin


@dataclass(frozen=True)
class MapPlacement:
    """Where the map goes: one scaled placement (fit) or a tile grid (poster)."""

    scale: float
    pages: int
    x: float = 0.0
    y_top: float = 0.0
    tiles: TileGrid | None = None

    @property
    def smallest_card_pt(self) -> float:
        return SMALLEST_CARD_PT * self.scale


def place_map(scene: MapScene, setup: PageSetup, options: ExportOptions) -> MapPlacement:
    """Compute the fit scale or the poster's tile grid (no drawing)."""
    layout = scene.layout
    if options.mode == FitMode.TILE:
        grid = tile_grid(layout.width, layout.height, setup.size, setup.margin, options.overlap_mm)
        return MapPlacement(grid.scale, 1 + grid.count, tiles=grid)
    width = setup.inner_width
    top = setup.size[1] - setup.margin - title_block_height(setup.chrome)
    legend_h = Legend(scene, setup.chrome).height(width)
    bottom = setup.margin + legend_h + 8 * setup.chrome
    height = top - bottom
    scale = min(width / layout.width, height / layout.height, MAX_FIT_SCALE * setup.chrome)
    x = setup.margin + (width - layout.width * scale) / 2
    return MapPlacement(scale, 1, x=x, y_top=top)


class _FullPage(Flowable):
    """A whole page drawn directly on the canvas (map, overview or poster tile)."""

    def __init__(self, draw: Callable[[Canvas], None]) -> None:
        super().__init__()
        self._draw = draw

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, avail_height

    def draw(self) -> None:
        self._draw(self.canv)


def _map_pages(scene: MapScene, setup: PageSetup, placement: MapPlacement) -> list[Flowable]:
    m = scene.m
    if placement.tiles is None:

        def fit_page(canv: Canvas) -> None:
            width = setup.inner_width
            draw_title_block(
                canv, m, setup.margin, setup.size[1] - setup.margin, width, setup.chrome
            )
            legend = Legend(scene, setup.chrome)
            legend.draw(canv, setup.margin, setup.margin + legend.height(width), width)
            paint_map(canv, scene, placement.x, placement.y_top, placement.scale)

        return [_FullPage(fit_page)]
    grid = placement.tiles
    pages: list[Flowable] = [
        _FullPage(
            lambda canv: draw_overview(
                canv, scene, grid, setup.size, setup.margin, setup.chrome, setup.label
            )
        )
    ]
    for row in range(grid.rows):
        for col in range(grid.cols):
            pages.append(
                _FullPage(
                    lambda canv, r=row, c=col: draw_tile(
                        canv, scene, grid, r, c, setup.size, setup.chrome
                    )
                )
            )
    return pages


def _canvas_class(m: JourneyMap, setup: PageSetup, options: ExportOptions) -> type[Canvas]:
    """A canvas that writes "Page n of m" on every page once the count is known.

    It also starts in Noto Sans (reportlab's canvas would start in Helvetica) and, for
    reproducible output, stamps the map's last-modified time as the creation date.
    """
    modified = m.info.modified.astimezone(UTC)
    footer_left = " · ".join(p for p in (m.info.title, m.info.version_label) if p)
    page_of = label("Page {n} of {total}", str(m.info.language))

    class PagedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = REGULAR
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            if options.reproducible:
                stamp = modified.strftime("D:%Y%m%d%H%M%S+00'00'")
                self.setDateFormatter(lambda *_parts: stamp)

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _footer(self, number: int, total: int) -> None:
            size = 7.5 * setup.chrome
            y = setup.margin * 0.45
            right = setup.size[0] - setup.margin - 16
            text = page_of.format(n=number, total=total) + " · cjdesigner"
            text_w = string_width(text, REGULAR, size)
            width = right - setup.margin - 16 - text_w - 24
            self.addLiteral("q")
            writer = TextWriter(self)
            left = elide(footer_left, REGULAR, size, width)
            writer.line(setup.margin + 16, y, left, REGULAR, size, FAINT)
            writer.line(right - text_w, y, text, REGULAR, size, FAINT)
            writer.finish()
            self.addLiteral("Q")

    return PagedCanvas


def _detail_header(m: JourneyMap, setup: PageSetup) -> Callable[[Canvas, Any], None]:
    """The running head of detail pages: map title left, client right, a rule under them
    (measured once, written on every page as a few operators)."""
    y = setup.size[1] - setup.margin - 10
    width = setup.inner_width
    title = elide(m.info.title, BOLD, 8, width * 0.6)
    client = elide(m.info.client, REGULAR, 8, width * 0.35)
    client_x = setup.margin + width - string_width(client, REGULAR, 8)
    rule = f"{num(setup.margin)} {num(y - 6)} m {num(setup.margin + width)} {num(y - 6)} l S"

    def draw(canv: Canvas, _doc: Any) -> None:
        canv.addLiteral("q")
        writer = TextWriter(canv)
        writer.line(setup.margin, y, title, BOLD, 8, FAINT)
        writer.line(client_x, y, client, REGULAR, 8, FAINT)
        writer.finish()
        canv.addLiteral(f"{stroke_operator(canv, RULE)} 0.5 w {rule} Q")

    return draw


def build_pdf(
    m: JourneyMap,
    options: ExportOptions,
    scene: MapScene | None = None,
    setup: PageSetup | None = None,
    placement: MapPlacement | None = None,
) -> tuple[bytes, int]:
    """Render the whole export into memory; returns the PDF bytes and its page count."""
    try:
        with _no_cyclic_gc():
            return _build_pdf(m, options, scene, setup, placement)
    finally:
        forget_wrapped()


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause Python's cycle collector while the PDF is built, then put it back as it was.

    An export allocates millions of short-lived objects, which keeps triggering full
    collections that re-scan every object of the process (the map, its layout, the growing
    PDF): about a tenth of a 5,000-card export. Reference counting still frees everything
    as usual; the few cycles reportlab makes are collected once the collector is back on.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build_pdf(
    m: JourneyMap,
    options: ExportOptions,
    scene: MapScene | None,
    setup: PageSetup | None,
    placement: MapPlacement | None,
) -> tuple[bytes, int]:
    register_fonts()
    scene = scene or MapScene.build(m)
    setup = setup or PageSetup.of(options, str(m.info.language))
    placement = placement or place_map(scene, setup, options)
    buffer = io.BytesIO()
    w, h = setup.size
    doc = BaseDocTemplate(
        buffer,
        pagesize=setup.size,
        leftMargin=setup.margin,
        rightMargin=setup.margin,
        topMargin=setup.margin,
        bottomMargin=setup.margin,
        title=m.info.title,
        author=m.info.author,
        subject=_subject(m),
        creator=f"cjdesigner {__version__}",
        invariant=1 if options.reproducible else 0,
        initialFontName=REGULAR,
        lang=str(m.info.language),
    )
    full = Frame(
        0, 0, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="full"
    )
    detail_frame = _detail_frame(setup)
    doc.addPageTemplates(
        [
            PageTemplate(id="map", frames=[full]),
            PageTemplate(id="details", frames=[detail_frame], onPage=_detail_header(m, setup)),
        ]
    )
    story: list[Flowable] = _map_pages(scene, setup, placement)
    story += _flows_table(scene, options, detail_frame)
    if options.details:
        story.append(NextPageTemplate("details"))
        story += detail_story(
            m,
            detail_frame._width,
            detail_frame._height,
            scene.icons,
            insights=options.insights,
        )
    with _binary_streams():
        doc.build(story, canvasmaker=_canvas_class(m, setup, options))
    return buffer.getvalue(), doc.page


class _Discarding(Canvas):
    """A canvas that lays pages out but writes no file: for counting pages."""

    def save(self) -> None:
        return None


def count_detail_pages(
    m: JourneyMap, options: ExportOptions, setup: PageSetup, scene: MapScene | None = None
) -> int:
    """How many detail pages the export has: the detail story laid out alone, in the frame
    :func:`build_pdf` gives it, without the map pages or a file (about a third of an export's
    time for an ordinary map). Exact: the detail pages always start on a page of their own.
    The flows table after the map counts as detail pages."""
    register_fonts()
    scene = scene or MapScene.build(m)
    icons = scene.icons
    frame = _detail_frame(setup)
    doc = BaseDocTemplate(
        io.BytesIO(),
        pagesize=setup.size,
        leftMargin=setup.margin,
        rightMargin=setup.margin,
        topMargin=setup.margin,
        bottomMargin=setup.margin,
        initialFontName=REGULAR,
    )
    doc.addPageTemplates([PageTemplate(id="details", frames=[frame])])
    story = _flows_table(scene, options, frame)
    if options.details:
        story += detail_story(m, frame._width, frame._height, icons, insights=options.insights)
    if not story:
        return 0
    try:
        with _no_cyclic_gc():
            doc.build(story, canvasmaker=_Discarding)
    finally:
        forget_wrapped()
    return int(doc.page)


def _flows_table(scene: MapScene, options: ExportOptions, frame: Frame) -> list[Flowable]:
    """The flows table, on detail pages right after the map, when a flow label is a numbered
    marker on the map (even without the detail pages: it holds those labels' text); a page
    break follows when the details come next."""
    table = flows_table_story(scene, scene.label_plan(), frame._width, frame._height)
    if not table:
        return []
    return [NextPageTemplate("details"), *table, *([PageBreak()] if options.details else [])]


def _detail_frame(setup: PageSetup) -> Frame:
    """The frame the detail pages flow in: the margins, less the running header."""
    w, h = setup.size
    return Frame(
        setup.margin,
        setup.margin,
        w - 2 * setup.margin,
        h - 2 * setup.margin - DETAIL_HEADER,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="details",
    )


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Write compressed streams without reportlab's ASCII-85 layer (on by default).

    ASCII-85 makes every stream a quarter bigger and costs a second pass over it; binary
    streams are plain PDF that every viewer and printer reads. reportlab reads the setting
    from its global configuration when saving, so it is set for the build and put back.
    """
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous


def _subject(m: JourneyMap) -> str:
    state = "as-is" if str(m.info.state) == "as_is" else "to-be"
    parts = [label("Customer journey map ({state})", str(m.info.language)).format(state=state)]
    if m.info.client:
        parts.append(m.info.client)
    return " · ".join(parts)
