"""A small map fills its sheet: the lanes grow to the printable height.

The fit (:mod:`cjdesigner.export.pdf.fit`) gives a map the largest text its sheet allows, up to
a cap; a map of few or no cards reaches the cap with the columns across the page but its lanes
as short as their cards, so the blank template printed a strip across the top quarter of an A3
sheet — useless as the sheet a workshop writes on. Here the lanes' least card height grows until
the map is as tall as the printable area, the emotion bands' least height in proportion: text
keeps its size, lanes with few cards get the room, lanes already full of cards keep theirs.
Maps that already fill the height are left exactly as they were.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from cjdesigner.export.pdf.cards import card_height
from cjdesigner.layout import GridLayout, compute_layout

if TYPE_CHECKING:
    from cjdesigner.export.pdf.fit import Fit
    from cjdesigner.export.pdf.scene import MapScene

FILLED = 0.9
"""A map at least this share of the area's height fills it already (the fit leaves a few
points to spare): it is not touched."""
_STEPS = 40


def fill_sheet(scene: MapScene, found: Fit, height: float) -> Fit:
    """``found`` with its lanes grown so that the map fills ``height`` points at its scale;
    ``found`` itself when it fills the height already or has no lanes."""
    layout = found.layout
    target = height / found.scale if found.scale > 0 else 0.0
    if not layout.persona_order or layout.height >= FILLED * target:
        return found
    heights = {card_id: card_height(text) for card_id, text in found.texts.items()}

    base = layout.metrics

    def grown(factor: float) -> GridLayout:
        """The layout with the lanes' least card height and curve band ``factor`` × theirs."""
        band = base.curve_band_height * factor
        metrics = replace(
            base,
            card_height=base.card_height * factor,
            curve_band_height=band,
            curve_band_max=max(base.curve_band_max, band),
        )
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
