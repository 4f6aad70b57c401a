"""Export a journey map as a printable PDF (reportlab; embedded Noto Sans; vector icons).

``plan_export(m, options)`` says what an export will produce — page count, scale, the smallest
card text in points, warnings, characters the font cannot draw — so the editor's dialog can
show it before anything is written. ``export_pdf(m, out_path, options)`` renders the PDF in
memory and writes it atomically (no partial file, ever).

PNG/SVG image export (``--format png|svg``) renders the editor's Qt scene and lives with the
editor, not here: this package never imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cjdesigner.export.options import PAGE_NAMES, ExportOptions, FitMode, Orientation
from cjdesigner.i18n import tr
from cjdesigner.model import JourneyMap

# reportlab, svglib and pyphen load with the first export, not with this package: the editor
# and the CLI import it for its options and errors, and must start fast.
if TYPE_CHECKING:
    from cjdesigner.export.pdf.document import PageSetup
    from cjdesigner.export.pdf.missing_glyphs import MissingGlyphs
    from cjdesigner.export.pdf.scene import MapScene

READABLE_CARD_PT = 7.0
"""Below this, card text (descriptions; titles are larger) is hard to read on paper: fit mode
warns and names the sheet, or ``--tile``, that prints it readably."""

__all__ = [
    "PAGE_NAMES",
    "READABLE_CARD_PT",
    "ExportError",
    "ExportOptions",
    "ExportPlan",
    "ExportResult",
    "FitMode",
    "MissingGlyphs",
    "MissingGlyphsError",
    "Orientation",
    "describe_missing_glyphs",
    "export_pdf",
    "export_pdf_bytes",
    "plan_export",
]


class ExportError(Exception):
    """The export cannot be made as asked; ``str(err)`` is one clear message for the user."""


class MissingGlyphsError(ExportError):
    """Some text holds characters the embedded font cannot draw (emoji, CJK…)."""

    def __init__(self, problems: list[MissingGlyphs]) -> None:
        self.problems = problems
        super().__init__(describe_missing_glyphs(problems))


def describe_missing_glyphs(
    problems: list[MissingGlyphs],
    limit: int = 10,
    *,
    replaced: bool = False,
    header: str | None = None,
) -> str:
    """One message naming each field and its characters, e.g. ``touchpoints[3].title``;
    ``replaced``: the export went ahead and printed each as the mark �; ``header``: another
    first line (the PNG/SVG export's)."""
    from cjdesigner.export.pdf.fonts import REPLACEMENT

    if header is not None:
        first = header
    elif replaced:
        first = tr(
            "the PDF fonts cannot draw some characters of the map; each is printed as {mark}:"
        ).format(mark=REPLACEMENT)
    else:
        first = tr(
            "the PDF fonts cannot draw some characters of the map (use --allow-missing-glyphs "
            "to print each as {mark}):"
        ).format(mark=REPLACEMENT)
    lines = [first]
    for problem in problems[:limit]:
        shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in problem.characters)
        lines.append(
            tr("  {field} (“{label}”): {chars}").format(
                field=problem.field, label=problem.label, chars=shown
            )
        )
    if len(problems) > limit:
        lines.append(tr("  … and {n} more fields").format(n=len(problems) - limit))
    return "\n".join(lines)


@dataclass(frozen=True)
class ExportPlan:
    """What an export will produce, known before rendering."""

    options: ExportOptions
    page_size: tuple[float, float]
    """Width × height of the map's pages (and the cover), in points."""
    map_pages: int
    """Map pages: 1 in fit mode; the overview plus one per tile in tile mode."""
    tiles: tuple[int, int] | None
    """(rows, columns) of the poster in tile mode."""
    scale: float
    """Map scale on paper (1.0: a card is 176 × 76 pt, about 62 × 27 mm)."""
    smallest_card_text_pt: float
    warnings: list[str] = field(default_factory=list)
    missing_glyphs: list[MissingGlyphs] = field(default_factory=list)

    details_page_size: tuple[float, float] | None = None
    """Width × height of the detail pages (``--details-page``; else the same as the map's)."""
    detail_pages_estimate: int = 0
    exact_pages: int | None = None
    """The exact page count: from laying the detail pages out (maps up to
    :data:`EXACT_PLAN_TOUCHPOINTS` cards) or a trial render (``exact=True``); else None."""

    @property
    def estimated_pages(self) -> int:
        """The exact count when known, else map pages plus a rough count of detail pages."""
        if self.exact_pages is not None:
            return self.exact_pages
        return self.cover_pages + self.map_pages + self.detail_pages_estimate

    @property
    def cover_pages(self) -> int:
        return 1 if self.options.cover else 0


@dataclass(frozen=True)
class ExportResult:
    """What :func:`export_pdf` wrote."""

    path: Path | None
    page_count: int
    size_bytes: int
    plan: ExportPlan


def plan_export(
    m: JourneyMap, options: ExportOptions | None = None, *, exact: bool = False
) -> ExportPlan:
    """Page count, scale and warnings of an export, without writing anything.

    Without ``exact`` nothing is drawn: up to :data:`EXACT_PLAN_TOUCHPOINTS` cards the detail
    pages are laid out alone to count them (``exact_pages`` is then set), bigger maps get a
    quick estimate (milliseconds, even for 5,000 cards); with ``exact`` the whole PDF is
    rendered in memory to count its pages (run it off the UI thread for big maps).
    """
    from cjdesigner.export.pdf.document import PageSetup, build_pdf, place_map
    from cjdesigner.export.pdf.fonts import register_fonts
    from cjdesigner.export.pdf.scene import MapScene

    register_fonts()
    scene = MapScene.build(m)
    options = settle_orientation(options or ExportOptions(), scene)
    setup = PageSetup.of(options, str(m.info.language))
    plan = _plan(m, options, scene, setup)
    if not exact:
        if len(m.touchpoints) <= EXACT_PLAN_TOUCHPOINTS:
            details_setup = PageSetup.of(options, str(m.info.language), details=True)
            details = _detail_pages(m, options, details_setup, scene)
            return replace(plan, exact_pages=plan.map_pages + plan.cover_pages + details)
        return plan
    _data, pages = build_pdf(m, options, scene, setup, place_map(scene, setup, options))
    return replace(plan, exact_pages=pages)


EXACT_PLAN_TOUCHPOINTS = 500
"""Up to this many cards, :func:`plan_export` counts the detail pages exactly by laying them
out (≲ 0.1 s, and remembered while the map and sheet stay the same, so switching between fit
and poster or changing the overlap costs nothing); bigger maps get the quick estimate."""

_DETAIL_PAGES: dict[tuple[str, tuple[float, float], float, bool, bool], int] = {}
"""Detail page counts by (map as JSON, sheet, margin, details, insights): a dialog asks again
for every change of an option, and most options do not change the detail pages."""


def settle_orientation(options: ExportOptions, scene: MapScene) -> ExportOptions:
    """``options`` with the poster's orientation chosen when it was left to us: the one that
    needs fewer sheets; the detail pages keep the orientation they had."""
    if options.mode != FitMode.TILE or not options.auto_orientation:
        return options
    from cjdesigner.export.pdf.tiling import fewest_sheets

    layout = scene.layout
    chosen = fewest_sheets(
        layout.width, layout.height, options.page, options.overlap_mm, options.orientation
    )
    return replace(
        options,
        orientation=chosen,
        auto_orientation=False,
        details_orientation=options.details_orientation or options.orientation,
    )


def _detail_pages(m: JourneyMap, options: ExportOptions, setup: PageSetup, scene: MapScene) -> int:
    from cjdesigner.export.pdf.document import count_detail_pages

    key = (m.model_dump_json(), setup.size, setup.margin, options.details, options.insights)
    count = _DETAIL_PAGES.get(key)
    if count is None:
        if len(_DETAIL_PAGES) >= 8:
            _DETAIL_PAGES.pop(next(iter(_DETAIL_PAGES)))
        count = _DETAIL_PAGES[key] = count_detail_pages(m, options, setup, scene)
    return count


def _plan(m: JourneyMap, options: ExportOptions, scene: MapScene, setup: PageSetup) -> ExportPlan:
    from cjdesigner.export.pdf.document import PageSetup, place_map
    from cjdesigner.export.pdf.missing_glyphs import missing_glyphs
    from cjdesigner.export.pdf.readability import too_small_warning

    placement = place_map(scene, setup, options)
    language = str(m.info.language)
    warnings: list[str] = []
    smallest = placement.smallest_card_pt
    if options.mode == FitMode.FIT and m.touchpoints and smallest < READABLE_CARD_PT:
        warnings.append(too_small_warning(scene, options, smallest))
    problems = missing_glyphs(m)
    if problems:
        warnings.append(describe_missing_glyphs(problems, replaced=options.allow_missing_glyphs))
    tiles = (placement.tiles.rows, placement.tiles.cols) if placement.tiles else None
    return ExportPlan(
        options=options,
        page_size=setup.size,
        map_pages=placement.pages,
        tiles=tiles,
        scale=placement.scale,
        smallest_card_text_pt=smallest,
        warnings=warnings,
        missing_glyphs=problems,
        detail_pages_estimate=(
            _estimate_detail_pages(m, PageSetup.of(options, language, details=True), options)
            if options.details
            else 0
        ),
        details_page_size=PageSetup.of(options, language, details=True).size,
    )


def _estimate_detail_pages(m: JourneyMap, setup: PageSetup, options: ExportOptions) -> int:
    """A quick guess from item counts (the real count is only known after layout)."""
    height = setup.size[1] - 2 * setup.margin - 26
    width_factor = max(0.5, setup.inner_width / 1120.0)
    persona_h = 230.0
    row_h = 62.0 / width_factor
    stage_h = 90.0
    profiles = max(1, round(len(m.personas) * persona_h / height + 0.49)) if m.personas else 0
    tables = (len(m.stages) * stage_h + len(m.touchpoints) * row_h) / height
    # the insights page: bounded messages per kind plus a row per stage (one to three pages)
    insights = 0
    if options.insights and m.touchpoints:
        insights = 1 + (len(m.connections) > 0) + (len(m.stages) * 18 > height)
    return profiles + insights + (max(1, round(tables + 0.49)) if m.stages else 0)


def export_pdf_bytes(
    m: JourneyMap, options: ExportOptions | None = None
) -> tuple[bytes, ExportResult]:
    """Render the PDF in memory (raises :class:`MissingGlyphsError` unless allowed)."""
    from cjdesigner.gc_pause import cycle_collection_paused

    # the collector off for the whole export: what the export makes and drops (the layout,
    # the routes, the document) goes by reference counting, and the collection that comes
    # once it is back on walks only what the export leaves alive
    with cycle_collection_paused():
        return _export_pdf_bytes(m, options)


def _export_pdf_bytes(m: JourneyMap, options: ExportOptions | None) -> tuple[bytes, ExportResult]:
    from cjdesigner.export.pdf.document import PageSetup, build_pdf, place_map
    from cjdesigner.export.pdf.fonts import register_fonts
    from cjdesigner.export.pdf.missing_glyphs import replace_missing
    from cjdesigner.export.pdf.scene import MapScene

    register_fonts()
    scene = MapScene.build(m)
    options = settle_orientation(options or ExportOptions(), scene)
    setup = PageSetup.of(options, str(m.info.language))
    plan = _plan(m, options, scene, setup)
    if plan.missing_glyphs:
        if not options.allow_missing_glyphs:
            raise MissingGlyphsError(plan.missing_glyphs)
        m = replace_missing(m)
        scene = MapScene.build(m)
    data, pages = build_pdf(m, options, scene, setup, place_map(scene, setup, options))
    return data, ExportResult(None, pages, len(data), plan)


def export_pdf(
    m: JourneyMap, out_path: str | Path, options: ExportOptions | None = None
) -> ExportResult:
    """Write the PDF of ``m`` to ``out_path`` atomically; returns pages, size and the plan.

    Raises :class:`MissingGlyphsError` before writing anything when text cannot be drawn (unless
    ``options.allow_missing_glyphs``), and ``cjdesigner.storage.MapWriteError`` when the file
    cannot be written (the previous file, if any, is left as it was).
    """
    from cjdesigner.storage import atomic_write_bytes

    data, result = export_pdf_bytes(m, options)
    path = Path(out_path)
    atomic_write_bytes(path, data)
    return ExportResult(path, result.page_count, result.size_bytes, result.plan)


_LAZY = {
    "MissingGlyphs": "cjdesigner.export.pdf.missing_glyphs",
    "missing_glyphs": "cjdesigner.export.pdf.missing_glyphs",
    "register_fonts": "cjdesigner.export.pdf.fonts",
    "REPLACEMENT": "cjdesigner.export.pdf.fonts",
    "MapScene": "cjdesigner.export.pdf.scene",
    "PageSetup": "cjdesigner.export.pdf.document",
    "build_pdf": "cjdesigner.export.pdf.document",
    "count_detail_pages": "cjdesigner.export.pdf.document",
    "place_map": "cjdesigner.export.pdf.document",
    "replace_missing": "cjdesigner.export.pdf.missing_glyphs",
    "too_small_warning": "cjdesigner.export.pdf.readability",
    "fewest_sheets": "cjdesigner.export.pdf.tiling",
}
"""Names this package imported from its PDF modules before they became lazy: still importable
from here, each loading its module (and reportlab) only when asked for."""


def __getattr__(name: str) -> Any:
    """The names of :data:`_LAZY`, loaded on first use (PEP 562)."""
    home = _LAZY.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
