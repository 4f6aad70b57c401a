"""How a map uses its slides' room: the persona column's width for the names it holds, and how
much a map that leaves its slides part empty grows (QA s7 J14: one lane on a 16:9 slide ended
118 mm down its 190 mm with 8.5 pt titles).

The slides are planned at the sizes a full slide needs (:func:`.plan.plan_slides`: as many lane
pieces a slide as fit, so two lanes share a slide wherever they fit at those sizes); then, one
zoom for the whole deck so the cards read alike across a split map, the cards and the curve
band grow to fill the fullest slide's height (:func:`.plan.room_zoom`), the stage headers grow a
little with them, and the cards' type grows as far as every card still shows at least as much
of its channel and title as at the full slide's size (:func:`readable_zoom`) — a long title
gets the taller card's extra lines instead of stopping the growth.
"""

from __future__ import annotations

import math
from dataclasses import replace

from cjdesigner.export.pptx.plan import Geometry, SlidePlan, plan_slides, room_zoom, zoomed
from cjdesigner.export.pptx.slides import NAME_INSETS, NAME_PT, _card_texts, card_title_lines
from cjdesigner.export.pptx.symbols import BOLD_STAND_IN, longest_piece, text_width, wrapped_lines
from cjdesigner.model import JourneyMap
from cjdesigner.model.no_channel import printed_channel_names

ZOOM_STEP = 0.1
WIDER = 16.0
"""How much wider than its size's the persona column may get for a long word of a name (mm):
"(przedsiębiorca)" then prints at 11 pt on 16:9, in 50 of the slide's 338 mm."""
READABLE_PT = {"A4": 11.0, "16:9": 11.0}
"""The card titles' size a slide of this size should reach where its room allows (read from
the back of a meeting room); below it, lanes that share a slide get a slide each when that
makes the titles :data:`BETTER_PT` larger. A3 (printed large, 10 pt titles at full size) keeps
its lanes together."""
BETTER_PT = 2.0
SQUEEZE = 0.92
"""How much narrower than their size's least width the stage columns may get to widen the
persona column for a long name (A4's 40 mm: 36.8 mm)."""
HEADER_GROWTH = 0.4
"""The stage headers grow by this share of the cards' zoom (a 1.75 zoom: 1.3)."""


def with_names(geo: Geometry, m: JourneyMap) -> Geometry:
    """``geo`` with a persona column wide enough for the longest word of each persona's name
    (after a hyphen a line may break) at :data:`.slides.NAME_PT`, up to :data:`WIDER` more
    than the size's: "Marek Żółkiewski (przedsiębiorca)" then prints near the other names'
    size, not shrunk to 7.5 pt (QA s7 J5). The stage columns give the room, down to
    :data:`SQUEEZE` of their least width, never so much that the map splits into more slides
    (six stages on A4)."""
    words = [longest_piece(p.name) for p in m.personas]
    needed = max((text_width(w, NAME_PT) / BOLD_STAND_IN for w in words), default=0)
    size = geo.size
    base = size.persona_column
    stages = max(1, len(m.stages))
    per_slide = max(1, int(geo.grid_width // size.min_column))
    columns = math.ceil(stages / math.ceil(stages / per_slide))  # as plan_slides splits
    spare = geo.grid_width - columns * size.min_column * SQUEEZE
    width = min(base + WIDER, base + max(0.0, spare), max(base, math.ceil(needed + NAME_INSETS)))
    if width <= base:
        return geo
    least = min(size.min_column, (geo.grid_width - (width - base)) / columns - 1e-6)
    return replace(geo, size=replace(size, persona_column=width, min_column=least))


def laid_out(m: JourneyMap, geo: Geometry) -> tuple[Geometry, list[SlidePlan]]:
    """The map slides' plans and their grown geometry (:func:`fitted`): lanes together as far
    as they fit, or one lane piece a slide where together the titles stay below
    :data:`READABLE_PT` and alone they get :data:`BETTER_PT` larger (the bank sample on 16:9:
    two lanes with 8.5 pt titles and a half-empty slide, or three slides at 14 pt)."""
    plans = plan_slides(m, geo)
    grown = fitted(m, geo, plans)
    readable = READABLE_PT.get(geo.size.name)
    if readable is None or grown.size.title_pt >= readable or not m.touchpoints:
        return grown, plans
    if not any(len(plan.pieces) > 1 for plan in plans):
        return grown, plans
    alone = plan_slides(m, geo, alone=True)
    apart = fitted(m, geo, alone)
    if apart.size.title_pt >= grown.size.title_pt + BETTER_PT:
        return apart, alone
    return grown, plans


def fitted(m: JourneyMap, geo: Geometry, plans: list[SlidePlan]) -> Geometry:
    """``geo`` grown for ``plans``: the cards, the curve band and the stage headers as far as
    the fullest slide's height allows (:func:`.plan.room_zoom`), the cards' titles and their
    channels as far as no card loses text (:func:`readable_zoom`)."""
    room = room_zoom(geo, plans)
    if room <= 1.0 + 1e-9:
        return geo
    headed = replace(geo, header_zoom=1.0 + (room - 1.0) * HEADER_GROWTH)
    grown = room_zoom(headed, plans)  # the taller headers' room comes off the cards'
    if grown < 1.0 + 1e-9:
        headed, grown = geo, room
    titles, channels = readable_zoom(m, headed, plans, grown)
    return zoomed(headed, grown, titles, channels)


def readable_zoom(
    m: JourneyMap, geo: Geometry, plans: list[SlidePlan], top: float
) -> tuple[float, float]:
    """The largest zooms of the cards' titles and of their channels up to ``top`` (steps of
    0.1) at which, on cards ``top`` times as tall, every card shows at least as much of its
    title (its words wrapped in the card's lines, its longest word on a line, by the width
    estimate with room for a bold stand-in font: "Recomandare|a" otherwise), and of its
    channel (one line), as a full slide's card: bigger type only where it costs no text
    (six columns on A3 at 2×: "Porównywar-ka", "Telefon /…"). A channel shortened at a
    larger size holds back only the channels' type, not the titles'."""
    if top < 1.0 + ZOOM_STEP or not plans:
        return 1.0, 1.0
    width = plans[0].column_width - 2 * 2.0
    names = printed_channel_names(m.channels)  # "": a card with no channel has no line
    cards = [(t, names.get(t.channel, t.channel)) for t in m.touchpoints]
    base = [_shown(_card_texts(t, name, geo.size, width)) for t, name in cards]
    words = [max(t.title.split() or [""], key=len) for t, _ in cards]
    bold_line = (width - 3) * BOLD_STAND_IN  # a title is bold: DejaVu Sans Bold is wider
    steps = [round(z * ZOOM_STEP, 2) for z in range(math.floor(top / ZOOM_STEP + 1e-9), 10, -1)]

    def fits(zoom: float, part: int, channels: float | None) -> bool:
        size = zoomed(geo, top, zoom, channels).size  # the sizes the slides would be drawn with
        if part == 1 and any(text_width(w, size.title_pt) > bold_line for w in words):
            return False
        lines = card_title_lines(size)
        for (t, name), shown in zip(cards, base, strict=True):
            texts = _card_texts(t, name, size, width)
            if _shown(texts)[part] < shown[part]:
                return False
            # wrapped at spaces a title takes more lines than its letters fill: it must end
            # above the card's edge even in a wider stand-in font (LibreOffice: DejaVu Sans)
            if part == 1 and wrapped_lines(texts[1], bold_line, size.title_pt) > lines:
                return False
        return True

    titles = next((z for z in steps if fits(z, 1, None)), 1.0)
    channels = next((z for z in steps if z <= titles and fits(titles, 0, z)), 1.0)
    return titles, channels


def _shown(texts: tuple[str, str]) -> tuple[int, int]:
    """How much of its channel and of its title a card shows (characters before the "…")."""
    channel, title = texts
    return len(channel.rstrip("…")), len(title.rstrip("…"))
