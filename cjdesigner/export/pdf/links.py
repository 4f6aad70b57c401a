"""Links between a card on the map page and its row in the detail tables, both ways.

The map page makes each card a destination (``card-<id>``) and a link to its detail row
(``tp-<id>``, made by :class:`cjdesigner.export.pdf.rows.RowTable`, whose first cell links
back). On a poster a card is the destination on the tile that holds its top-left corner, and
a link on every tile that shows it. Only our own destinations are linked: never a URI.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf.scene import MapScene
from cjdesigner.layout import Rect


def link_cards(
    canv: Canvas,
    scene: MapScene,
    x: float,
    y_top: float,
    scale: float,
    view: Rect | None = None,
    home: Rect | None = None,
) -> None:
    """Destinations and links for the cards drawn with their map's top-left at (x, y_top).

    ``view`` (layout units): only cards it shows get a link, clipped to it; ``home``: only
    cards whose top-left corner lies in it are destinations here (a poster tile's own part).
    """
    for card_id, r in scene.layout.cards.items():
        if view is not None and not r.intersects(view):
            continue
        if home is None or (home.x <= r.x < home.x + home.w and home.y <= r.y < home.y + home.h):
            canv.bookmarkHorizontalAbsolute(
                f"card-{card_id}", y_top - r.y * scale + 4, left=x + r.x * scale - 4
            )
        left, top, right, bottom = r.x, r.y, r.x + r.w, r.y + r.h
        if view is not None:
            left, top = max(left, view.x), max(top, view.y)
            right, bottom = min(right, view.x + view.w), min(bottom, view.y + view.h)
        canv.linkAbsolute(
            "",
            f"tp-{card_id}",
            (x + left * scale, y_top - bottom * scale, x + right * scale, y_top - top * scale),
            thickness=0,
        )
