"""A map fills its sheet: the columns grow to the printable width, the lanes to its height.

The fit (:mod:`cjdesigner.export.pdf.fit`) gives a map the largest text its sheet allows, up to
a cap; a map of few or no cards reaches the cap with the columns across the page but its lanes
as short as their cards, so the blank template printed a strip across the top quarter of an A3
sheet — useless as the sheet a workshop writes on. Here the lanes' least card height grows until
the map is as tall as the printable area, the emotion bands' least height in proportion: text
keeps its size, lanes with few cards get the room, lanes already full of cards keep theirs.
Maps that already fill the height are left exactly as they were.

A map of few stages and many personas is bound by the height: the fit
(:mod:`cjdesigner.export.pdf.fit`) widens its cards up to a line length that still reads, and
a map whose cards are that wide and still narrower than the sheet gets the rest as room in
every cell beside its cards (:func:`fill_width`), so it spans the sheet under its title block
instead of standing as a narrow block at the left. Text keeps its size in both.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from cjdesigner.export.pdf.cards import card_height
from cjdesigner.layout import GridLayout, compute_layout

if TYPE_CHECKING:
    from cjdesigner.export.pdf.fit import Fit
    from cjdesigner.export.pdf.scene import MapScene

FILLED_WIDTH = 0.995
"""A map at least this share of the area's width fills it (the fit's rounding)."""
FILLED = 0.97
"""A map at least this share of the area's height fills it already (the fit leaves a few
points to spare): it is not touched. (At 0.9 a map of 93 % stopped 50-60 pt above the legend
on A3; the samples' default exports fill 98.5 % or more and are not touched.)"""
_STEPS = 40


def fill_sheet(scene: MapScene, found: Fit, height: float) -> Fit:
    """``found`` with its lanes grown so that the map fills ``height`` points at its scale;
    ``found`` itself when it fills the height already or has no lanes."""
    layout = found.layout
    target = height / found.scale if found.scale > 0 else 0.0
    if not layout.persona_order or layout.height >= FILLED * target:
        return found
    heights = _heights(found)

    base = layout.metrics

    def grown(factor: float) -> GridLayout:
        """The layout with the lanes' least card height and curve band ``factor`` × theirs."""
        # the band no taller than its cap: a wide map on a tall sheet (one lane, the height
        # four times the map's) got a curve band two thirds of the page, its swings as tall
        cap = max(base.curve_band_max, base.curve_band_height)
        band = min(base.curve_band_height * factor, cap)
        metrics = replace(base, card_height=base.card_height * factor, curve_band_height=band)
        return compute_layout(scene.m, metrics, heights)

    low, high = 1.0, target / base.card_height  # too short at low, too tall at high
    best = layout
    for _ in range(_STEPS):
        middle = (low + high) / 2
        candidate = grown(middle)
        if candidate.height <= target:
            low, best = middle, candidate
        else:
            high = middle
    return replace(found, layout=best)


def fill_width(scene: MapScene, found: Fit, width: float) -> Fit:
    """``found`` with room in every cell beside its cards so that the map spans ``width``
    points at its scale; ``found`` itself when it spans the width already."""
    layout = found.layout
    stages = len(layout.stage_order)
    if not stages or found.scale <= 0 or layout.width * found.scale >= FILLED_WIDTH * width:
        return found
    room = (width / found.scale - layout.width) / stages
    heights = _heights(found)
    metrics = replace(layout.metrics, column_room=layout.metrics.column_room + room)
    return replace(found, layout=compute_layout(scene.m, metrics, heights))


def _heights(found: Fit) -> dict[str, float]:
    """Each card's height as the fit laid it out (from its text when the fit did not say)."""
    if found.heights is not None:
        return found.heights
    return {card_id: card_height(text) for card_id, text in found.texts.items()}
