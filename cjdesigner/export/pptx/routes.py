"""How a flow's connector runs on a map slide: straight between neighbours, around the cards
otherwise.

A straight connector from one card to another passes under every card between them: a flow
back to an earlier stage, or one that skips a stage, vanished on the slide behind the cards it
crossed (QA s7 J4) while the PDF routes it around them. So only two kinds of flow stay
straight: a flow to a card in the next stage column (right side to left side, through the
gutter between the columns) and a drop to the card right below in the same cell (bottom to
top), both glued to their cards. Every other flow is an elbow, as the PDF routes it: out of
the source's right side into the gutter beside it, up or down that gutter to the free strip
above the target's card row, along that strip and down into the target's top, arrow first
(PowerPoint's elbow connector geometry, drawn as a shape: see ``fast_shapes._ELBOW``). It
crosses no card: the gutters and the strips between card rows are free, so it is drawn over
the cards and stays visible. Pure geometry in EMU; :class:`~.fast_shapes.ShapeStamper` draws
it.
"""

from __future__ import annotations

from dataclasses import dataclass

Box = tuple[int, int, int, int]
"""A card's left, top, width and height (EMU)."""

TOP, LEFT, BOTTOM, RIGHT = 0, 1, 2, 3
"""A rounded rectangle's connection sites."""


@dataclass(frozen=True)
class Route:
    """One flow's line: its two ends (EMU), the connection sites on the cards, and for an
    elbow the gutter's x and the free strip's y it runs along (None: straight)."""

    start: tuple[int, int]
    end: tuple[int, int]
    sites: tuple[int, int]
    bend: tuple[int, int] | None = None


def route(source: Box, target: Box, strip_y: int, gap: int) -> Route:
    """The line from ``source`` to ``target`` (cards ``gap`` from their column's edges and
    from each other's rows): straight to the next column or to the card right below, else an
    elbow along ``strip_y`` (the free strip above the target's row, see :func:`strip_above`)."""
    sx, sy, sw, sh = source
    tx, ty, tw, th = target
    right = sx + sw
    if right <= tx <= right + 2 * gap + gap // 4:  # the next column: through the gutter
        return Route((right, sy + sh // 2), (tx, ty + th // 2), (RIGHT, LEFT))
    if abs(tx - sx) <= gap // 4 and sy + sh <= ty <= sy + sh + gap + gap // 4:  # a drop
        return Route((sx + sw // 2, sy + sh), (tx + tw // 2, ty), (BOTTOM, TOP))
    return Route((right, sy + sh // 2), (tx + tw // 2, ty), (RIGHT, TOP), (right + gap, strip_y))


def strip_above(card_top: int, first_row: bool, gap: int) -> int:
    """The y of the free strip a flow runs along to enter a card from its top: the middle of
    the gap above the card's row, or a whole gap above a lane's first row (the lane's top
    edge, clear of a moment of truth's ring and badge)."""
    return card_top - (gap if first_row else gap // 2)
