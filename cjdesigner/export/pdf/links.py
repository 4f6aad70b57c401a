"""Links between a card on the map page and its row in the detail tables, both ways.

The map page makes each card a destination (``card-<id>``) and a link to its detail row
(``tp-<id>``, made by :class:`cjdesigner.export.pdf.rows.RowTable`, whose first cell links
back). On a poster a card is the destination on the tile that holds its top-left corner, and
a link on every tile that shows it. Only our own destinations are linked: never a URI.

A 5,000-card map has 10,000 links: reportlab's own link annotations (a dictionary, a
destination object and its page look-up each, formatted value by value) took a third of the
whole export, so :class:`_Link` writes each annotation as one formatted string, its target
looked up from :func:`destination` records when the file is written. A link whose target was
never drawn points nowhere rather than stopping the export. :func:`links` places many at once
(the page transform read once, each annotation registered straight with the document), and
:class:`AnnotationRefs` writes a page's list of them in one join.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reportlab.pdfbase.pdfdoc import PDFObject, PDFObjectReference
from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf.pdffile import WHOLE
from cjdesigner.export.pdf.scene import MapScene
from cjdesigner.export.pdf.textops import _NUMBERS, num
from cjdesigner.layout import Rect

_Destinations = dict[str, tuple[str, str]]
"""Each target: the name of its page's object and its "/XYZ left top 0]" end."""


def _destinations(doc: Any) -> _Destinations:
    found: _Destinations | None = getattr(doc, "_cj_destinations", None)
    if found is None:
        found = doc._cj_destinations = {}
    return found


def destination(canv: Canvas, key: str, x: float, y: float) -> None:
    """Make (x, y) of the current page (in the current user space) the target ``key``."""
    destinations(canv, ((key, x, y),))


def destinations(canv: Canvas, targets: Iterable[tuple[str, float, float]]) -> None:
    """:func:`destination` for each (key, x, y) (a table's rows), the page transform read once."""
    a, b, c, d, e, f = canv._currentMatrix
    page = f"Page{canv._doc.pageCounter}"
    found = _destinations(canv._doc)
    known = _NUMBERS.get  # num()'s table, looked up inline (10,000 targets)
    for key, x, y in targets:
        px, py = a * x + c * y + e, b * x + d * y + f
        found[key] = (page, f"/XYZ {known(px) or num(px)} {known(py) or num(py)} 0]")


def link(canv: Canvas, key: str, rect: tuple[float, float, float, float]) -> None:
    """A borderless link on ``rect`` (x1, y1, x2, y2 in the current user space) to ``key``."""
    links(canv, ((key, *rect),))


def links(canv: Canvas, rects: Iterable[tuple[str, float, float, float, float]]) -> None:
    """:func:`link` for each (key, x1, y1, x2, y2), in the current user space (a table's rows,
    a map page's cards)."""
    a, b, c, d, e, f = canv._currentMatrix
    annotations = []
    known = _NUMBERS.get  # num()'s table, looked up inline (10,000 links)
    for key, x1, y1, x2, y2 in rects:
        ax1, ay1 = a * x1 + c * y1 + e, b * x1 + d * y1 + f
        ax2, ay2 = a * x2 + c * y2 + e, b * x2 + d * y2 + f
        if ax1 > ax2:
            ax1, ax2 = ax2, ax1
        if ay1 > ay2:
            ay1, ay2 = ay2, ay1
        rect = (
            f"{known(ax1) or num(ax1)} {known(ay1) or num(ay1)} "
            f"{known(ax2) or num(ax2)} {known(ay2) or num(ay2)}]"
        )
        annotations.append(_Link(key, _HEAD + rect))
    canv._annotationrefs += _register(canv._doc, annotations)


def _register(doc: Any, objects: list[PDFObject]) -> list[PDFObjectReference]:
    """References to ``objects`` (new, unnamed) registered with ``doc`` as its ``Reference``
    registers each (the next object numbers, named "R<number>"), without its checks per object
    for objects known to be new; a name already taken goes through ``Reference`` itself."""
    counter = doc.objectcounter
    numbers, ids, by_id = doc.idToObjectNumberAndVersion, doc.numberToId, doc.idToObject
    refs = []
    for obj in objects:
        name = f"R{counter + 1}"
        if name in by_id:  # only if something was given such a name: reportlab decides
            doc.objectcounter = counter
            refs.append(doc.Reference(obj))
            counter = doc.objectcounter
            continue
        counter += 1
        obj.__InternalName__ = name  # type: ignore[attr-defined]
        numbers[name] = (counter, 0)
        ids[counter] = name
        by_id[name] = obj
        refs.append(PDFObjectReference(name))
    doc.objectcounter = counter
    return refs


class AnnotationRefs(PDFObject):
    """A page's ``/Annots`` array written in one join (reportlab formats each reference of
    its own array value by value: 5,000 on a map page)."""

    def __init__(self, refs: list[PDFObjectReference]) -> None:
        self.refs = refs

    def __len__(self) -> int:
        return len(self.refs)

    def format(self, document: Any) -> bytes:
        """As reportlab writes an array: a line break after every ten values."""
        numbers = document.idToObjectNumberAndVersion
        parts = [f"{n} {v} R" for n, v in (numbers[ref.name] for ref in self.refs)]
        for i in reversed(range(10, len(parts), 10)):
            parts.insert(i, "\n ")
        return f"[ {' '.join(parts)} ]".encode("ascii")


_HEAD = "<< /Type /Annot /Subtype /Link /Border [0 0 0] /Rect ["


class _Link(PDFObject):
    """A link annotation, written as one string when the document is formatted."""

    __slots__ = ("head", "key")

    def __init__(self, key: str, head: str) -> None:
        self.key = key
        self.head = head
        """The annotation up to its rectangle: ``<< /Type /Annot … /Rect [x1 y1 x2 y2]``."""

    def format(self, document: Any) -> bytes:
        target = _destinations(document).get(self.key)
        if target is None:
            return f"{self.head} >>".encode("ascii")
        page, xyz = target
        number, version = document.idToObjectNumberAndVersion[page]
        return f"{self.head} /Dest [{number} {version} R {xyz} >>".encode("ascii")

    def whole(self, number: int, version: int, document: Any) -> bytes:
        """The object as the document writes it (``n v obj``, :meth:`format`'s body, a line
        break, ``endobj``), made in one string (see :data:`pdffile.WHOLE`)."""
        target = _destinations(document).get(self.key)
        if target is None:
            return f"{number} {version} obj\n{self.head} >>\nendobj\n".encode("ascii")
        page, xyz = target
        to, tv = document.idToObjectNumberAndVersion[page]
        return (
            f"{number} {version} obj\n{self.head} /Dest [{to} {tv} R {xyz} >>\nendobj\n"
        ).encode("ascii")


WHOLE.add(_Link)


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
    targets: list[tuple[str, float, float]] = []
    rects: list[tuple[str, float, float, float, float]] = []
    for card_id, r in scene.layout.cards.items():
        if view is not None and not r.intersects(view):
            continue
        if home is None or (home.x <= r.x < home.x + home.w and home.y <= r.y < home.y + home.h):
            targets.append((f"card-{card_id}", x + r.x * scale - 4, y_top - r.y * scale + 4))
        left, top, right, bottom = r.x, r.y, r.x + r.w, r.y + r.h
        if view is not None:
            left, top = max(left, view.x), max(top, view.y)
            right, bottom = min(right, view.x + view.w), min(bottom, view.y + view.h)
        rects.append(
            (
                f"tp-{card_id}",
                x + left * scale,
                y_top - bottom * scale,
                x + right * scale,
                y_top - top * scale,
            )
        )
    destinations(canv, targets)
    links(canv, rects)
