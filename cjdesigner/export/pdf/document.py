"""Putting the pages together: the map page(s), then the detail pages, into one PDF.

One platypus document holds everything so page numbering ("Page n of m") covers the whole
file: map pages are full-page flowables drawn straight on the canvas, detail pages flow in a
framed template. The footer is drawn when the document is saved, once the page count is known.
"""

from __future__ import annotations

import importlib
import io
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
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
from cjdesigner.export.pdf.chrome import Legend, draw_title_block
from cjdesigner.export.pdf.cover import draw_cover
from cjdesigner.export.pdf.details import description_width, detail_story
from cjdesigner.export.pdf.fallback import FallbackCanvas
from cjdesigner.export.pdf.fit import fit_area, fit_map, poster_layout
from cjdesigner.export.pdf.flows_table import flows_table_story
from cjdesigner.export.pdf.fonts import BOLD, REGULAR, register_fonts, string_width
from cjdesigner.export.pdf.links import AnnotationRefs, destination, link_cards
from cjdesigner.export.pdf.map_page import paint_map
from cjdesigner.export.pdf.outline import bookmark_here
from cjdesigner.export.pdf.paper import MAX_FIT_SCALE, PageSetup, footer_line, margin
from cjdesigner.export.pdf.pdffile import FastDocument, FastForm, FastPage, fp_numbers
from cjdesigner.export.pdf.scene import MapScene
from cjdesigner.export.pdf.text import elide, forget_wrapped
from cjdesigner.export.pdf.textops import TextWriter, num, stroke_operator
from cjdesigner.export.pdf.theme import FAINT, RULE, SMALLEST_CARD_PT
from cjdesigner.export.pdf.tiling import TileGrid, draw_overview, draw_tile, tile_grid
from cjdesigner.export.pdf.xmp import attach_xmp, xmp_packet
from cjdesigner.gc_pause import cycle_collection_paused
from cjdesigner.map_language import label
from cjdesigner.model import JourneyMap

try:
    from deflate import zlib_compress as _libdeflate_compress
except ImportError:  # an install without it writes the same pages with zlib, a little slower
    _libdeflate_compress = None

DETAIL_HEADER = 26.0


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
    """Lay the map out for the sheet and compute its scale or the poster's tile grid (no
    drawing): fit mode fills the area under the title block, left-aligned with it."""
    if options.mode == FitMode.TILE:
        _note_detail_width(scene, options)
        poster_layout(scene)
        layout = scene.layout
        grid = tile_grid(layout.width, layout.height, setup.size, setup.margin, options.overlap_mm)
        return MapPlacement(grid.scale, 1 + grid.count, tiles=grid)
    _note_detail_width(scene, options)
    width, top, height = fit_area(scene, setup)
    scale = fit_map(scene, width, height, MAX_FIT_SCALE * setup.chrome)
    return MapPlacement(scale, 1, x=setup.margin, y_top=top)


def _note_detail_width(scene: MapScene, options: ExportOptions) -> None:
    """Tell the scene the width the detail rows wrap descriptions to (when the export has
    detail pages), before its cards are wrapped: each description is then measured once for
    its card and its row."""
    if options.details and scene.detail_text_width is None:
        frame = _detail_frame(PageSetup.of(options, scene.language, details=True))
        scene.detail_text_width = description_width(frame._width)


class _FullPage(Flowable):
    """A whole page drawn directly on the canvas (map, overview or poster tile)."""

    def __init__(self, draw: Callable[[Canvas], None]) -> None:
        super().__init__()
        self._draw = draw

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, avail_height

    def draw(self) -> None:
        self._draw(self.canv)


def _map_pages(
    scene: MapScene, setup: PageSetup, placement: MapPlacement, *, links: bool = False
) -> list[Flowable]:
    """The map page (fit) or the overview and tiles (poster); ``links``: cards link to their
    detail rows."""
    m = scene.m
    if placement.tiles is None:

        def fit_page(canv: Canvas) -> None:
            bookmark_here(canv, "map", m.info.title)
            width = setup.inner_width
            draw_title_block(
                canv, m, setup.margin, setup.size[1] - setup.margin, width, setup.chrome
            )
            legend = Legend(scene, setup.chrome)
            legend.draw(canv, setup.margin, setup.margin + legend.height(width), width)
            paint_map(canv, scene, placement.x, placement.y_top, placement.scale)
            if links:
                link_cards(canv, scene, placement.x, placement.y_top, placement.scale)

        return [_FullPage(fit_page)]
    grid = placement.tiles
    pages: list[Flowable] = [
        _FullPage(
            lambda canv: (
                bookmark_here(canv, "map", m.info.title),
                draw_overview(
                    canv,
                    scene,
                    grid,
                    setup.size,
                    setup.margin,
                    setup.chrome,
                    setup.label,
                    links=True,
                ),
            )
        )
    ]
    for row in range(grid.rows):
        for col in range(grid.cols):
            pages.append(
                _FullPage(
                    lambda canv, r=row, c=col: _tile_page(canv, scene, setup, grid, r, c, links)
                )
            )
    return pages


def _cover_page(canv: Canvas, m: JourneyMap, setup: PageSetup) -> None:
    bookmark_here(canv, "cover", label("Cover", str(m.info.language)))
    draw_cover(canv, m, setup.size, setup.margin)


def _tile_page(
    canv: Canvas,
    scene: MapScene,
    setup: PageSetup,
    grid: TileGrid,
    row: int,
    col: int,
    links: bool,
) -> None:
    title = label("row {row} / col {col}", scene.language).format(row=row + 1, col=col + 1)
    bookmark_here(canv, f"tile-{row}-{col}", title, level=1)
    destination(canv, f"tile-{row}-{col}", 0, setup.size[1])  # the overview's tiles link here
    draw_tile(canv, scene, grid, row, col, setup.size, setup.chrome, links=links)


def _canvas_class(m: JourneyMap, setup: PageSetup, options: ExportOptions) -> type[Canvas]:
    """A canvas that writes "Page n of m" on every page once the count is known.

    It also starts in Noto Sans (reportlab's canvas would start in Helvetica) and, for
    reproducible output, stamps the map's last-modified time as the creation date.
    """
    modified = m.info.modified.astimezone(UTC)
    footer_left = " · ".join(p for p in (m.info.title, m.info.version_label) if p)
    page_of = label("Page {n} of {total}", str(m.info.language))

    class PagedCanvas(FallbackCanvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = REGULAR
            super().__init__(*args, **kwargs)
            self._doc.__class__ = FastDocument  # the same file, written with less work
            self._pages: list[dict[str, Any]] = []
            if options.reproducible:
                stamp = modified.strftime("D:%Y%m%d%H%M%S+00'00'")
                self.setDateFormatter(lambda *_parts: stamp)
            when = modified if options.reproducible else datetime.now(UTC).replace(microsecond=0)
            producer = str(self._doc.info.producer)
            language = str(m.info.language)
            packet = xmp_packet(m.info.title, m.info.author, _subject(m), language, producer, when)
            attach_xmp(self._doc, packet)
            self.showOutline()  # the viewer opens with the bookmarks shown

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()
            # the next page's number, so that its bookmarks and link targets name it (the
            # pages themselves are only added to the document in save)
            self._doc.pageCounter += 1

        def save(self) -> None:
            total = len(self._pages)
            self._doc.pageCounter -= total
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if not (options.cover and number == 1):  # a cover carries no page number
                    self._footer(number, total)
                Canvas.showPage(self)
            Canvas.save(self)
            # Written: let reference counting free the document now. The pages' saved
            # states refer to their own list, so the whole document (some 60,000 objects for
            # a 5,000-card map) would otherwise wait for the cycle collector, which walks it
            # all (~0.04 s) to find it unreachable.
            self._pages.clear()
            self._doc.__dict__.clear()

        def _setXObjects(self, thing: Any) -> None:  # reportlab's hook: the forms used
            # each form once (the map page places its card forms 5,000 times; reportlab makes
            # a reference for every placement, and the page's dictionary keeps one of each)
            self._formsinuse = list(dict.fromkeys(self._formsinuse))
            super()._setXObjects(thing)

        def _setAnnotations(self, page: Any) -> None:  # reportlab's hook: the page's /Annots
            refs = self._annotationrefs
            page.Annots = AnnotationRefs(refs) if refs else None
            # the last hook before a page or form joins the document
            if type(page) is pdfdoc.PDFPage:
                page.__class__ = FastPage
            elif type(page) is pdfdoc.PDFFormXObject:
                page.__class__ = FastForm

        def _footer(self, number: int, total: int) -> None:
            sheet = tuple(self._pagesize)  # each page's own: the details may be on other paper
            edge = margin(sheet)
            y, size = footer_line(sheet)
            # aligned with the content: the margins the title block and tables start at
            right = sheet[0] - edge
            text = page_of.format(n=number, total=total) + " · cjdesigner"
            text_w = string_width(text, REGULAR, size)
            width = right - edge - text_w - 24
            self.addLiteral("q")
            writer = TextWriter(self)
            left = elide(footer_left, REGULAR, size, width)
            writer.line(edge, y, left, REGULAR, size, FAINT)
            writer.line(right - text_w, y, text, REGULAR, size, FAINT)
            writer.finish()
            self.addLiteral("Q")

    return PagedCanvas


def _detail_header(m: JourneyMap, setup: PageSetup) -> Callable[[Canvas, Any], None]:
    """The running head of detail pages: map title left, client right, a rule under them
    (measured and written once, its operators repeated on every page: a 5,000-card export
    has some 400 detail pages)."""
    y = setup.size[1] - setup.margin - 10
    width = setup.inner_width
    title = elide(m.info.title, BOLD, 8, width * 0.6)
    client = elide(m.info.client, REGULAR, 8, width * 0.35)
    client_x = setup.margin + width - string_width(client, REGULAR, 8)
    rule = f"{num(setup.margin)} {num(y - 6)} m {num(setup.margin + width)} {num(y - 6)} l S"
    written: list[Any] = [None, []]  # the document it was written for, and what it wrote

    def draw(canv: Canvas, _doc: Any) -> None:
        if written[0] is canv._doc:  # the same operators as before (its text's codes are set)
            canv._code.extend(written[1])
            return
        start = len(canv._code)
        canv.addLiteral("q")
        writer = TextWriter(canv)
        writer.line(setup.margin, y, title, BOLD, 8, FAINT)
        writer.line(client_x, y, client, REGULAR, 8, FAINT)
        writer.finish()
        canv.addLiteral(f"{stroke_operator(canv, RULE)} 0.5 w {rule} Q")
        written[:] = [canv._doc, canv._code[start:]]

    return draw


def build_pdf(
    m: JourneyMap,
    options: ExportOptions,
    scene: MapScene | None = None,
    setup: PageSetup | None = None,
    placement: MapPlacement | None = None,
) -> tuple[bytes, int]:
    """Render the whole export into memory; returns the PDF bytes and its page count."""
    with cycle_collection_paused():
        try:
            return _build_pdf(m, options, scene, setup, placement)
        finally:
            # while the collector is still off: the wrapped texts go by reference counting,
            # not walked by the collection that comes when it is back on
            forget_wrapped()


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
        displayDocTitle=1,
    )
    full = Frame(
        0, 0, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="full"
    )
    details = PageSetup.of(options, str(m.info.language), details=True)
    detail_frame = _detail_frame(details)
    doc.addPageTemplates(
        [
            PageTemplate(id="map", frames=[full], pagesize=setup.size),
            PageTemplate(
                id="details",
                frames=[detail_frame],
                onPage=_detail_header(m, details),
                pagesize=details.size,
            ),
        ]
    )
    story: list[Flowable] = []
    if options.cover:
        story.append(_FullPage(lambda canv: _cover_page(canv, m, setup)))
    story += _map_pages(scene, setup, placement, links=options.details)
    story += _flows_table(scene, options, detail_frame)
    if options.details:
        story.append(NextPageTemplate("details"))
        story += detail_story(
            m,
            detail_frame._width,
            detail_frame._height,
            scene.icons,
            insights=options.insights,
            links=True,
            references=scene.references(),
        )
    with _binary_streams(), _remembered_numbers():
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
        with cycle_collection_paused():
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


FLATE_LEVEL = 1
"""zlib's fastest level for the page contents (reportlab uses its default, 6): a 5,000-card
export spent a tenth of its time compressing at 6, a third of that at 1, for streams about a
fifth bigger. Embedded font programs keep level 6: they are compressed once per export and
are most of a small map's file."""
LIBDEFLATE_LEVEL = 1
"""libdeflate's level for the page contents when :mod:`deflate` is installed (a dependency):
standard Flate (zlib) streams written in about half the time of zlib's level 1, and smaller
(a 5,000-card export's 9 MB of page contents: ~0.041 -> ~0.024 s CPU, 1.60 -> 1.48 MB). Its
output is deterministic, as ``--reproducible`` needs (ISA-L's, tried first, quicker still,
was not: a form compressed differently in 1 process of 30)."""
_FONT_PROGRAMS = (b"\x00\x01\x00\x00", b"true", b"OTTO")
"""How a TrueType or OpenType font program starts (its sfnt version)."""


def _compress(data: bytes) -> bytes:
    """Page contents and forms, Flate-compressed as quickly as the installed libraries can."""
    if _libdeflate_compress is not None:
        return bytes(_libdeflate_compress(data, LIBDEFLATE_LEVEL))  # it gives a bytearray
    return zlib.compress(data, FLATE_LEVEL)


class _Flate(pdfdoc.PDFStreamFilterZCompress):
    """reportlab's Flate filter, quick (:func:`_compress`); font programs at zlib's default
    level, as reportlab writes them."""

    def encode(self, text: str | bytes) -> bytes:
        data = text.encode("utf8") if isinstance(text, str) else text
        if data[:4] in _FONT_PROGRAMS:
            return zlib.compress(data, zlib.Z_DEFAULT_COMPRESSION)
        return _compress(data)


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Write streams Flate-compressed at :data:`FLATE_LEVEL`, without reportlab's ASCII-85
    layer (on by default).

    ASCII-85 makes every stream a quarter bigger and costs a second pass over it; binary
    streams are plain PDF that every viewer and printer reads. reportlab reads both settings
    from module globals when saving (``rl_config.useA85``, ``pdfdoc.PDFZCompress``), so they
    are set for the build and put back.
    """
    previous, flate = rl_config.useA85, pdfdoc.PDFZCompress
    rl_config.useA85 = 0
    pdfdoc.PDFZCompress = _Flate()
    try:
        yield
    finally:
        rl_config.useA85 = previous
        pdfdoc.PDFZCompress = flate


_NUMBER_WRITERS = (
    "reportlab.lib.colors",
    "reportlab.pdfbase.pdfdoc",
    "reportlab.pdfgen.canvas",
    "reportlab.pdfgen.pathobject",
    "reportlab.pdfgen.textobject",
    "reportlab.platypus.flowables",
    "reportlab.platypus.tables",
)
"""reportlab's modules that write numbers with ``fp_str`` while an export is drawn (colours,
paths, rectangles, paragraphs' text, platypus tables)."""


@contextmanager
def _remembered_numbers() -> Iterator[None]:
    """reportlab's drawing modules write numbers through :func:`fp_numbers` for the build:
    the same text, each number formatted once per process (reportlab's ``fp_str`` is pure
    Python, about 2 us a number, ~12 ms of a 5,000-card export: paragraphs, tables, colours
    and card paths); put back after, also after a failed build."""
    modules = [importlib.import_module(name) for name in _NUMBER_WRITERS]
    previous = [module.fp_str for module in modules]
    for module in modules:
        module.fp_str = fp_numbers
    try:
        yield
    finally:
        for module, original in zip(modules, previous, strict=True):
            module.fp_str = original


def _subject(m: JourneyMap) -> str:
    state = "as-is" if str(m.info.state) == "as_is" else "to-be"
    parts = [label("Customer journey map ({state})", str(m.info.language)).format(state=state)]
    if m.info.client:
        parts.append(m.info.client)
    return " · ".join(parts)
