"""The map laid out for its sheet, not one layout scaled onto it.

The canvas's layout has fixed 176-unit cards; scaled onto an A3 sheet it is limited by the
page's height and its text shrinks to 5 pt. Here the same layout code
(:func:`cjdesigner.layout.compute_layout`) is given the sheet's shape: the columns get as wide
as the page allows, so text wraps into fewer lines and cards get shorter (each card is as tall
as its text: the title always whole); a wide cell can hold two cards side by side; a long
description keeps as many lines as the sheet allows and says where the whole text is. Of the
choices (description lines × cards side by side), the one that shows the most of the
descriptions at :data:`GOOD_SCALE` wins, else the one with the largest text.

Choosing costs a few cheap height estimates (words measured once, lines counted greedily —
never fewer than the real wrapping gives, so the estimate is safe); the real wrapping is done
once, for the choice. Maps of more than :data:`SEARCH_CARDS` cards are not searched: they are
laid out once at the canvas's card width.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from cjdesigner.export.pdf.cards import (
    CardText,
    card_height,
    card_height_for,
    card_inner_width,
    wrap_card,
)
from cjdesigner.export.pdf.fill import fill_sheet, fill_width
from cjdesigner.export.pdf.fonts import BOLD, REGULAR, string_width, string_widths
from cjdesigner.export.pdf.scene import MapScene, shows_curve_bands
from cjdesigner.export.pdf.text import clean
from cjdesigner.export.pdf.theme import CARD_BODY_PT, CARD_TITLE_PT
from cjdesigner.export.pdf.typeset import bind_words
from cjdesigner.gc_pause import cycle_collection_paused
from cjdesigner.layout import GridLayout, GridMetrics, compute_layout

if TYPE_CHECKING:
    from cjdesigner.export.options import ExportOptions
    from cjdesigner.export.pdf.paper import PageSetup

BODY_LINE_CHOICES: tuple[int | None, ...] = (8, 6, 4, 3, 2, 1)
"""Description lines a card may keep on the map page, most first (None: all; the map page
shows at most 8, the detail pages the whole text)."""
ACROSS_CHOICES = (1, 2)
READABLE_BODY_PT = 7.0
GOOD_SCALE = READABLE_BODY_PT / CARD_BODY_PT
"""Card text at 0.875× (descriptions 7 pt, titles 8.3 pt) reads well: beyond it, showing
more of the descriptions matters more than larger text."""
COMPACT_MIN_CARD_HEIGHT = 48.0
"""The least height of a lane's cards (a lane with no cards still shows its header)."""
CANVAS_CARD_WIDTH = GridMetrics().card_width
MIN_CARD_WIDTH = 140.0
MAX_CARD_WIDTH = 320.0
POSTER_BODY_LINES = 4
"""Description lines on a poster tile."""
BIG_MAP_BODY_LINES = 2
"""Description lines of a map too big to search (its text is too small to read on one sheet
anyway: the warning says so, and the poster shows more)."""
SEARCH_CARDS = 400
_SEARCH_STEPS = 16
_LOWEST_SCALE = 0.02


@dataclass(frozen=True)
class Fit:
    """A layout for one sheet: where everything goes, the cards' wrapped text, the scale."""

    layout: GridLayout
    texts: dict[str, CardText]
    scale: float
    heights: dict[str, float] | None = None
    """Each card's height from its text, as laid out (None: worked out from ``texts`` when
    needed): filling the sheet lays the map out again with them."""


def base_metrics(scene: MapScene) -> GridMetrics:
    """The canvas's metrics with compact chrome for paper: narrower gutters, a lower stage
    header, a narrower lane header and a lane only as tall as its cards need (the curve band
    only when :func:`~cjdesigner.export.pdf.scene.shows_curve_bands` says so)."""
    return GridMetrics(
        card_height=COMPACT_MIN_CARD_HEIGHT,
        card_gap=6.0,
        cell_padding=8.0,
        header_height=38.0,
        lane_header_width=160.0,
        curve_band_height=GridMetrics().curve_band_height * 0.75,
        show_curves=shows_curve_bands(scene.m),
    )


def lay_out(
    scene: MapScene, card_width: float, across: int, body_lines: int | None
) -> tuple[GridLayout, dict[str, CardText]]:
    """The layout with cards ``card_width`` wide, ``across`` per row, as tall as their text."""
    layout, texts, _heights = _lay_out(scene, card_width, across, body_lines)
    return layout, texts


def _lay_out(
    scene: MapScene, card_width: float, across: int, body_lines: int | None
) -> tuple[GridLayout, dict[str, CardText], dict[str, float]]:
    """:func:`lay_out`, and the cards' heights it used."""
    metrics = replace(base_metrics(scene), card_width=card_width, cards_across=across)
    texts = {t.id: wrap_card(scene, t, card_width, body_lines) for t in scene.m.touchpoints}
    heights = {card_id: card_height(text) for card_id, text in texts.items()}
    return compute_layout(scene.m, metrics, heights), texts, heights


def fit(scene: MapScene, width: float, height: float, max_scale: float) -> Fit:
    """The layout that prints the map's card text largest in ``width`` × ``height`` points."""
    m = scene.m
    base = base_metrics(scene)
    if len(m.touchpoints) > SEARCH_CARDS or not m.stages:
        layout, texts, heights = _lay_out(scene, CANVAS_CARD_WIDTH, 1, BIG_MAP_BODY_LINES)
        return Fit(layout, texts, _scale(layout, width, height, max_scale), heights)
    estimate = _Estimate(scene, base)
    chosen = _choose(estimate, width, height, max_scale)
    if chosen is None:  # not even the narrowest cards fit: the canvas's layout, scaled down
        layout, texts, heights = _lay_out(scene, CANVAS_CARD_WIDTH, 1, POSTER_BODY_LINES)
        return Fit(layout, texts, _scale(layout, width, height, max_scale), heights)
    scale, across, body_lines = chosen
    card_width = estimate.card_width(width / scale, across)
    layout, texts, heights = _lay_out(scene, card_width, across, body_lines)
    return Fit(layout, texts, _scale(layout, width, height, max_scale), heights)


def _choose(
    estimate: _Estimate, width: float, height: float, max_scale: float
) -> tuple[float, int, int | None] | None:
    """(scale, cards across, description lines): the most description lines that still print
    at :data:`GOOD_SCALE`, one card across before two; when even one line does not reach it,
    the largest scale (one line). Stops at the first choice that reaches it."""
    fewest = BODY_LINE_CHOICES[-1]
    largest: tuple[float, int, int | None] | None = None
    for across in ACROSS_CHOICES:
        scale = estimate.best_scale(width, height, max_scale, across, fewest)
        if scale is not None and (largest is None or scale > largest[0]):
            largest = (scale, across, fewest)
    if largest is None or largest[0] < GOOD_SCALE:
        return largest
    for body_lines in BODY_LINE_CHOICES[:-1]:
        for across in ACROSS_CHOICES:
            scale = estimate.best_scale(width, height, max_scale, across, body_lines)
            if scale is not None and scale >= GOOD_SCALE:
                return scale, across, body_lines
    return largest


def fit_map(scene: MapScene, width: float, height: float, max_scale: float) -> float:
    """Lay ``scene`` out for a ``width`` × ``height`` area (once per area) and return the
    scale it prints at."""
    key = ("fit", round(width, 3), round(height, 3), round(max_scale, 4))
    if scene.layout_key != key:
        with cycle_collection_paused():
            found = fit(scene, width, height, max_scale)
            found = fill_sheet(scene, fill_width(scene, found, width), height)
        scene.use_layout(found.layout, found.texts, key)
        scene.fit_scale = found.scale
    return scene.fit_scale


def poster_layout(scene: MapScene) -> None:
    """Lay ``scene`` out for poster tiles: the canvas's metrics, each card as tall as its text
    (titles whole, descriptions up to :data:`POSTER_BODY_LINES` lines) but never shorter than
    the canvas's card."""
    key = ("poster",)
    if scene.layout_key == key:
        return
    with cycle_collection_paused():
        metrics = GridMetrics(show_curves=shows_curve_bands(scene.m))
        texts = {
            t.id: wrap_card(scene, t, metrics.card_width, POSTER_BODY_LINES)
            for t in scene.m.touchpoints
        }
        heights = {i: max(metrics.card_height, card_height(text)) for i, text in texts.items()}
        scene.use_layout(compute_layout(scene.m, metrics, heights), texts, key)


def fit_area(scene: MapScene, setup: PageSetup) -> tuple[float, float, float]:
    """The map's area on a fit page: (width, top, height) in points, below the title block
    and above the legend."""
    from cjdesigner.export.pdf.chrome import Legend, title_block_height

    width = setup.inner_width
    top = setup.size[1] - setup.margin - title_block_height(setup.chrome)
    legend_h = Legend(scene, setup.chrome).height(width)
    bottom = setup.margin + legend_h + 8 * setup.chrome
    return width, top, top - bottom


def _scale(layout: GridLayout, width: float, height: float, max_scale: float) -> float:
    if layout.width <= 0 or layout.height <= 0:
        return max_scale
    # rounded: columns made to fill the width give back the scale they were made for only
    # to the last bit, and 7.0 pt must not come out as 6.9999999 (a warning)
    return round(min(width / layout.width, height / layout.height, max_scale), 9)


class _Estimate:
    """Card heights from words measured once, lines counted greedily (no hyphenation: never
    fewer lines than the real wrapping, which may hyphenate a loose line)."""

    def __init__(self, scene: MapScene, metrics: GridMetrics) -> None:
        self.scene = scene
        self.metrics = metrics
        language = scene.language
        self.title_space = string_width(" ", BOLD, CARD_TITLE_PT)
        self.body_space = string_width(" ", REGULAR, CARD_BODY_PT)
        self.cards: list[tuple[tuple[str, str], list[float], list[list[float]]]] = []
        for t in scene.m.touchpoints:
            title = string_widths(_words(t.title, language), BOLD, CARD_TITLE_PT)
            body = [
                string_widths(_words(paragraph, language), REGULAR, CARD_BODY_PT)
                for paragraph in clean(t.description).split("\n")
            ]
            self.cards.append(((t.stage_id, t.persona_id), title, body if t.description else []))
        self.orders: dict[tuple[str, str], int] = {}

    def card_width(self, layout_width: float, across: int) -> float:
        mt = self.metrics
        stages = max(1, len(self.scene.m.stages))
        column = (layout_width - mt.lane_header_width) / stages
        card = (column - 2 * mt.cell_padding - (across - 1) * mt.card_gap) / across
        return max(MIN_CARD_WIDTH, min(MAX_CARD_WIDTH, card))

    def size(self, card_width: float, across: int, body_lines: int | None) -> tuple[float, float]:
        """The layout's (width, height) in layout units."""
        mt = self.metrics
        inner = card_inner_width(card_width)
        cells: dict[tuple[str, str], list[float]] = {}
        for cell, title, body in self.cards:
            title_lines = _count_lines(title, self.title_space, inner)
            lines = sum(_count_lines(p, self.body_space, inner) for p in body) if body else 0
            if body_lines is not None:
                lines = min(lines, body_lines)
            cells.setdefault(cell, []).append(card_height_for(title_lines, lines))
        lanes: dict[str, float] = {}
        for (_stage, persona), heights in cells.items():
            rows = [max(heights[i : i + across]) for i in range(0, len(heights), across)]
            lanes[persona] = max(lanes.get(persona, 0.0), sum(rows) + (len(rows) - 1) * mt.card_gap)
        curve = mt.curve_band_height if mt.show_curves else 0.0
        height = mt.header_height + sum(
            2 * mt.cell_padding + max(mt.card_height, lanes.get(p.id, 0.0)) + curve
            for p in self.scene.m.personas
        )
        column = across * card_width + (across - 1) * mt.card_gap + 2 * mt.cell_padding
        return mt.lane_header_width + column * len(self.scene.m.stages), height

    def best_scale(
        self, width: float, height: float, max_scale: float, across: int, body_lines: int | None
    ) -> float | None:
        """The largest scale at which this choice fits the area (None: not even the lowest)."""

        def fits(scale: float) -> bool:
            card = self.card_width(width / scale, across)
            w, h = self.size(card, across, body_lines)
            return w * scale <= width + 0.01 and h * scale <= height + 0.01

        if fits(max_scale):
            return max_scale
        low, high = _LOWEST_SCALE, max_scale
        if not fits(low):
            return None
        for _ in range(_SEARCH_STEPS):
            middle = (low * high) ** 0.5
            if fits(middle):
                low = middle
            else:
                high = middle
        return low


def _words(text: str, language: str) -> list[str]:
    return [w for w in bind_words(clean(text).replace("\n", " "), language).split(" ") if w]


def _count_lines(widths: Sequence[float], space: float, width: float) -> int:
    """Lines a greedy wrap of words this wide takes (a word wider than a line is cut)."""
    if not widths:
        return 0
    lines = 1
    used = -space
    for w in widths:
        if used + space + w <= width:
            used += space + w
            continue
        if used > 0:
            lines += 1
        while w > width:
            lines += 1
            w -= width
        used = w
    return lines


def largest_scale(scene: MapScene, width: float, height: float, max_scale: float) -> float:
    """The largest scale any choice reaches in ``width`` × ``height`` (an estimate that never
    promises more than :func:`fit` gives): for advice on another sheet, nothing is laid out."""
    m = scene.m
    if len(m.touchpoints) > SEARCH_CARDS or not m.stages:
        if scene.layout_key is None:
            layout, _texts = lay_out(scene, CANVAS_CARD_WIDTH, 1, BIG_MAP_BODY_LINES)
        else:  # the same layout on every sheet: the one of this export (fit or poster)
            layout = scene.layout
        return _scale(layout, width, height, max_scale)
    estimate = _Estimate(scene, base_metrics(scene))
    found = (estimate.best_scale(width, height, max_scale, k, 1) for k in ACROSS_CHOICES)
    return max((s for s in found if s is not None), default=_LOWEST_SCALE)


def readable_paper(scene: MapScene, options: ExportOptions) -> tuple[str, float] | None:
    """The smallest sheet at least as large as ``options.page`` on which the fit prints card
    descriptions at :data:`READABLE_BODY_PT` or more, with that size; None if even the largest
    does not. The sheet as ``--page`` takes it, with ``--portrait``/``--landscape`` when it is
    turned: a map of few stages and many personas reads on its own sheet turned (A3 portrait,
    not A2 landscape), a wide map of one persona on a portrait page reads on a smaller sheet
    turned than upright."""
    from cjdesigner.export.options import PAGE_NAMES, Orientation
    from cjdesigner.export.pdf.paper import MAX_FIT_SCALE, PageSetup, page_size

    def area(name: str) -> float:
        w, h = page_size(name, options.orientation)
        return w * h

    current = area(options.page)
    iso = options.page.startswith("A")
    turned = (
        Orientation.PORTRAIT
        if options.orientation == Orientation.LANDSCAPE
        else Orientation.LANDSCAPE
    )
    # the smallest first; of one size, the orientation as it is before the page turned, the
    # same family (A4 → A3 → A2…; Letter → Legal → Tabloid) before the other
    sheets = [
        (name, orientation)
        for name in PAGE_NAMES
        for orientation in (options.orientation, turned)
        if area(name) > current or (name == options.page and orientation == turned)
    ]
    sheets.sort(
        key=lambda s: (area(s[0]), s[1] != options.orientation, s[0].startswith("A") != iso)
    )
    for name, orientation in sheets:
        setup = PageSetup.of(replace(options, page=name, orientation=orientation), scene.language)
        width, _top, height = fit_area(scene, setup)
        scale = largest_scale(scene, width, height, MAX_FIT_SCALE * setup.chrome)
        if scale >= GOOD_SCALE - 1e-9:
            if len(scene.m.touchpoints) <= SEARCH_CARDS:  # the size that export would print
                scale = fit(scene, width, height, MAX_FIT_SCALE * setup.chrome).scale
            sheet = name if orientation == options.orientation else f"{name} --{orientation}"
            return sheet, CARD_BODY_PT * scale
    return None
