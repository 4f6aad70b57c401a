"""Links between a card on the map page and its row in the detail tables, both ways.

The map page makes each card a destination (``card-<id>``) and a link to its detail row
(``tp-<id>``, made by :class:`cjdesigner.export.pdf.rows.RowTable`, whose first cell links
back). On a poster a card is the destination on the tile that holds its top-left corner, and
a link on every tile that shows it. Only our own destinations are linked: never a URI.

A 5,000-card map has 10,000 links: reportlab's own link annotations (a dictionary, a
destination object and its page look-up each, formatted value by value) took a third of the
whole export, so :class:`_Link` writes each annotation as one formatted string, its target
looked up from :func:`destination` records when the file is written. A link whose target was
never drawn points nowhere rather than stopping the export.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfdoc import PDFObject
from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf.scene import MapScene
from cjdesigner.export.pdf.textops import num
from cjdesigner.layout import Rect

_Destinations = dict[str, tuple[int, float, float]]


def _destinations(doc: Any) -> _Destinations:
    found: _Destinations | None = getattr(doc, "_cj_destinations", None)
    if found is None:
        found = doc._cj_destinations = {}
    return found


def destination(canv: Canvas, key: str, x: float, y: float) -> None:
    """Make (x, y) of the current page (in the current user space) the target ``key``."""
    left, top = canv.absolutePosition(x, y)
    _destinations(canv._doc)[key] = (canv._doc.pageCounter, left, top)


def link(canv: Canvas, key: str, rect: tuple[float, float, float, float]) -> None:
    """A borderless link on ``rect`` (x1, y1, x2, y2 in the current user space) to ``key``."""
    x1, y1 = canv.absolutePosition(rect[0], rect[1])
    x2, y2 = canv.absolutePosition(rect[2], rect[3])
    box = f"{num(min(x1, x2))} {num(min(y1, y2))} {num(max(x1, x2))} {num(max(y1, y2))}"
    canv._addAnnotation(_Link(key, box))


class _Link(PDFObject):
    """A link annotation, written as one string when the document is formatted."""

    __slots__ = ("box", "key")

    def __init__(self, key: str, box: str) -> None:
        self.key = key
        self.box = box

    def format(self, document: Any) -> bytes:
        target = _destinations(document).get(self.key)
        dest = ""
        if target is not None:
            page, x, y = target
            number, version = document.idToObjectNumberAndVersion[f"Page{page}"]
            dest = f" /Dest [{number} {version} R /XYZ {num(x)} {num(y)} 0]"
        return (
            f"<< /Type /Annot /Subtype /Link /Border [0 0 0] /Rect [{self.box}]{dest} >>"
        ).encode("ascii")


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
            destination(canv, f"card-{card_id}", x + r.x * scale - 4, y_top - r.y * scale + 4)
        left, top, right, bottom = r.x, r.y, r.x + r.w, r.y + r.h
        if view is not None:
            left, top = max(left, view.x), max(top, view.y)
            right, bottom = min(right, view.x + view.w), min(bottom, view.y + view.h)
        link(
            canv,
            f"tp-{card_id}",
            (x + left * scale, y_top - bottom * scale, x + right * scale, y_top - top * scale),
        )
