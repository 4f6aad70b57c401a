"""Cards, sentiment markers and flow connectors stamped from prepared XML, thousands a second.

python-pptx builds each shape through many small XML look-ups (and scans the slide for a free
shape id every time), about 5 ms a card with its text and marker: a 5,000-card map took half a
minute. The shapes here are the same DrawingML python-pptx writes — a ``roundRect`` with two
Calibri runs, a triangle or ellipse, a straight connector glued to both cards (``stCxn`` /
``endCxn``) or an elbow around the cards, with a ``tailEnd`` arrowhead — copied from one
parsed prototype and filled in.
No theme style is referenced, so no theme shadow or text colour leaks in (PowerPoint and
LibreOffice alike); python-pptx reads them back as ordinary auto shapes and connectors.
"""

from __future__ import annotations

import copy
import functools
import itertools
import re
from typing import Any
from xml.sax.saxutils import escape

from lxml import etree

_NS = (
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
)
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"

_CARD = f"""<p:sp {_NS}><p:nvSpPr><p:cNvPr id="0" name=""/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>
<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm>
<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val 12000"/></a:avLst></a:prstGeom>
<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>
<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln><a:effectLst/></p:spPr>
<p:txBody><a:bodyPr wrap="square" lIns="54000" tIns="28800" rIns="54000" bIns="28800" anchor="t"
rtlCol="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>
<a:p><a:pPr algn="l"/><a:r><a:rPr lang="en-US" sz="700" b="0" dirty="0"><a:solidFill>
<a:srgbClr val="595959"/></a:solidFill><a:latin typeface="Calibri"/><a:cs typeface="Calibri"/>
</a:rPr><a:t></a:t></a:r></a:p>
<a:p><a:pPr algn="l"/><a:r><a:rPr lang="en-US" sz="900" b="1" dirty="0"><a:solidFill>
<a:srgbClr val="222222"/></a:solidFill><a:latin typeface="Calibri"/><a:cs typeface="Calibri"/>
</a:rPr><a:t></a:t></a:r></a:p></p:txBody></p:sp>"""

_MARK = f"""<p:sp {_NS}><p:nvSpPr><p:cNvPr id="0" name=""/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>
<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm>
<a:prstGeom prst="triangle"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:ln><a:noFill/></a:ln><a:effectLst/>
</p:spPr></p:sp>"""

_FLOW = f"""<p:cxnSp {_NS}><p:nvCxnSpPr><p:cNvPr id="0" name="Flow"/><p:cNvCxnSpPr>
<a:stCxn id="0" idx="0"/><a:endCxn id="0" idx="0"/></p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr>
<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm>
<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="12700"><a:solidFill>
<a:srgbClr val="595959"/></a:solidFill><a:tailEnd type="triangle" w="med" len="med"/></a:ln>
</p:spPr></p:cxnSp>"""

_ELBOW = f"""<p:sp {_NS}><p:nvSpPr><p:cNvPr id="0" name="Flow"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>
<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm>
<a:prstGeom prst="bentConnector4"><a:avLst><a:gd name="adj1" fmla="val 50000"/>
<a:gd name="adj2" fmla="val 50000"/></a:avLst></a:prstGeom><a:noFill/><a:ln w="12700">
<a:solidFill><a:srgbClr val="595959"/></a:solidFill><a:tailEnd type="triangle" w="med" len="med"/>
</a:ln></p:spPr></p:sp>"""
"""A flow routed around the cards (:mod:`.routes`): PowerPoint's elbow connector geometry
(``bentConnector4``: across, along, across, into; its two adjustments are the bends, dragged
with its handles) with an arrowhead, as a shape and not a glued ``p:cxnSp``: LibreOffice
(7.4, Debian 12's) routes every glued connector itself, hugging the cards' edges and through
the cards' text, whatever the file says; a shape is drawn as stored by PowerPoint and every
LibreOffice. It does not follow a card moved in PowerPoint, as the straight flows do."""

_HEADING = f"""<p:sp {_NS}><p:nvSpPr><p:cNvPr id="0" name="Title 1"/><p:cNvSpPr>
<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>
<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm></p:spPr>
<p:txBody><a:bodyPr wrap="square" anchor="ctr" lIns="28800" rIns="28800" tIns="28800"
bIns="28800"><a:spAutoFit/></a:bodyPr><a:lstStyle/><a:p><a:pPr algn="l"/><a:r><a:rPr sz="1400"
b="1"><a:solidFill><a:srgbClr val="222222"/></a:solidFill><a:latin typeface="Calibri"/></a:rPr>
<a:t></a:t></a:r></a:p></p:txBody></p:sp>"""
"""A map slide's heading in its title placeholder, as ``slides.text_box(..., title=True)``
makes it through python-pptx (which took a millisecond a slide for it)."""

_SHAPE = f"""<p:sp {_NS}><p:nvSpPr><p:cNvPr id="0" name=""/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>
<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm>
<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/>
<a:pathLst>{{geometry}}</a:pathLst></a:custGeom>
{{fill}}<a:ln w="{{width}}" cap="{{cap}}"><a:solidFill><a:srgbClr val="{{colour}}"/></a:solidFill>
<a:round/></a:ln><a:effectLst/></p:spPr></p:sp>"""
"""A freeform (``geometry``: its ``a:path`` elements): the emotion curve, its points."""
_SHAPE = re.sub(r">\s+<", "><", _SHAPE.replace("\n", " "))

_TAG = f"""<p:sp {_NS}><p:nvSpPr><p:cNvPr id="0" name=""/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>
<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm>
<a:prstGeom prst="{{shape}}"><a:avLst/></a:prstGeom>{{fill}}<a:ln w="{{width}}">{{line}}</a:ln>
<a:effectLst/></p:spPr>
<p:txBody><a:bodyPr wrap="{{wrap}}" lIns="{{inset}}" tIns="{{inset}}" rIns="{{inset}}"
bIns="{{inset}}" anchor="ctr" rtlCol="0">
<a:noAutofit/></a:bodyPr><a:lstStyle/>
<a:p><a:pPr algn="{{align}}"/><a:r><a:rPr lang="en-US" sz="700" b="{{bold}}" dirty="0"><a:solidFill>
<a:srgbClr val="{{ink}}"/></a:solidFill><a:latin typeface="Calibri"/><a:cs typeface="Calibri"/>
</a:rPr><a:t></a:t></a:r></a:p></p:txBody></p:sp>"""

_OUTLINE = f"""<p:sp {_NS}><p:nvSpPr><p:cNvPr id="0" name=""/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>
<p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm>
<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val 14000"/></a:avLst></a:prstGeom>
<a:noFill/><a:ln w="22225"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln><a:effectLst/>
</p:spPr></p:sp>"""


def _parse(xml: str) -> Any:
    return etree.fromstring(re.sub(r">\s+<", "><", xml.replace("\n", " ")))


PATH_UNIT = 360
"""The freeforms' path coordinates in hundredths of a millimetre (not EMU): shorter numbers
in the file for the thousands of points of a big map's curves."""


def _path_unit(x: int, y: int) -> tuple[int, int]:
    """EMU as :data:`PATH_UNIT`."""
    return round(x / PATH_UNIT), round(y / PATH_UNIT)


def _solid(colour: str | None) -> str:
    return f'<a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>' if colour else "<a:noFill/>"


@functools.cache
def _tag_prototype(shape: str, fill: str | None, line: str | None, style: str) -> Any:
    """A shape holding one run of text (``style``: ink colour, bold, alignment, wrapping,
    inset in EMU)."""
    ink, bold, align, wrap, inset = style.split(":")
    return _parse(
        _TAG.format(
            shape=shape,
            fill=_solid(fill),
            line=_solid(line),
            width=12700 if line else 0,
            ink=ink,
            bold=bold,
            align=align,
            wrap=wrap,
            inset=inset,
        )
    )


_PROTOTYPES = {
    "card": _parse(_CARD),
    "mark": _parse(_MARK),
    "flow": _parse(_FLOW),
    "elbow": _parse(_ELBOW),
    "outline": _parse(_OUTLINE),
    "heading": _parse(_HEADING),
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Text an XML run can hold: no control characters, line breaks as spaces."""
    return _CONTROL.sub("", text.replace("\r", " ").replace("\n", " "))


class ShapeStamper:
    """Appends stamped shapes to one slide, numbering them after the slide's own shapes."""

    def __init__(self, slide: Any) -> None:
        self.tree = slide.shapes._spTree
        self.flows: list[Any] = []
        self.resync()

    def resync(self) -> None:
        """Number the next shapes after every shape on the slide (python-pptx's too): call it
        after adding shapes through python-pptx, which numbers its own after the highest."""
        ids = [int(v) for v in self.tree.xpath("//@id") if str(v).isdigit()]
        self.next_id = max(ids, default=1) + 1

    def _stamp(
        self, kind: str | Any, name: str, x: int, y: int, cx: int, cy: int, *, fresh: bool = False
    ) -> Any:
        """Append a copy of the prototype ``kind`` (a name or an element), or the element
        itself when it was made for this shape (``fresh``: a freeform, which can be big)."""
        if fresh:
            element = kind
        else:
            element = copy.deepcopy(_PROTOTYPES[kind] if isinstance(kind, str) else kind)
        c_nv_pr = element[0][0]
        c_nv_pr.set("id", str(self.next_id))
        c_nv_pr.set("name", name)
        self.next_id += 1
        xfrm = element[1][0]
        off, ext = xfrm[0], xfrm[1]
        off.set("x", str(x))
        off.set("y", str(y))
        ext.set("cx", str(cx))
        ext.set("cy", str(cy))
        self.tree.append(element)
        return element

    def card(
        self,
        name: str,
        box: tuple[int, int, int, int],
        line: str,
        texts: tuple[str, str],
        sizes: tuple[float, float],
    ) -> int:
        """A rounded card with a channel line and a bold title; returns its shape id."""
        element = self._stamp("card", xml_text(name)[:250], *box)
        sp_pr = element[1]
        sp_pr[3][0][0].set("val", line)
        paragraphs = element[2][2:]
        for paragraph, text, size in zip(paragraphs, texts, sizes, strict=True):
            run = paragraph[1]
            run[0].set("sz", str(round(size * 100)))
            run[1].text = xml_text(text)
        return int(element[0][0].get("id"))

    def mark(
        self,
        name: str,
        box: tuple[int, int, int, int],
        shape: str,
        fill: str,
        flip: bool,
        *,
        rotation: int = 0,
    ) -> None:
        """A filled preset shape without text: a sentiment marker (``triangle``, upside down
        with ``flip``, or ``ellipse``), a flag's pole and pennant (``rotation`` in degrees)."""
        element = self._stamp("mark", name, *box)
        sp_pr = element[1]
        sp_pr[1].set("prst", shape)
        sp_pr[2][0].set("val", fill)
        if flip or rotation:
            sp_pr[0].set("rot", str((180 * flip + rotation) % 360 * 60000))

    def _freeform(
        self,
        name: str,
        box: tuple[int, int, int, int],
        paths: str,
        fill: str | None,
        line: str,
        width: int,
        cap: str = "flat",
    ) -> None:
        """A freeform over ``box`` (EMU) drawn by ``paths`` (``a:path`` elements in
        :data:`PATH_UNIT` units from the box's corner, see :func:`_path_unit`)."""
        element = etree.fromstring(  # the template is compact already: no _parse
            _SHAPE.format(geometry=paths, fill=_solid(fill), colour=line, width=width, cap=cap)
        )
        self._stamp(element, xml_text(name)[:250], *box, fresh=True)

    def curve(self, name: str, points: list[tuple[int, int]], colour: str, width: int) -> None:
        """A smooth line through ``points`` (EMU, left to right; two at least) as a freeform:
        a cubic per step with horizontal tangents at the points, as the canvas and the PDF
        draw the emotion curve, so it never overshoots a level. Written here, not with
        python-pptx's freeform builder, which takes quadratic time in the points (a 500-card
        lane: seconds)."""
        xs = [x for x, _ in points]
        ys = [y for _, y in points]
        left, top = min(xs), min(ys)
        w, h = max(1, max(xs) - left), max(1, max(ys) - top)
        u = PATH_UNIT
        local = [(round((x - left) / u), round((y - top) / u)) for x, y in points]
        path = [f'<a:moveTo><a:pt x="{local[0][0]}" y="{local[0][1]}"/></a:moveTo>']
        for (ax, ay), (bx, by) in itertools.pairwise(local):
            half = (bx - ax) // 2
            path.append(
                f'<a:cubicBezTo><a:pt x="{ax + half}" y="{ay}"/><a:pt x="{bx - half}" y="{by}"/>'
                f'<a:pt x="{bx}" y="{by}"/></a:cubicBezTo>'
            )
        pw, ph = (max(1, v) for v in _path_unit(w, h))
        paths = f'<a:path w="{pw}" h="{ph}" fill="none">{"".join(path)}</a:path>'
        self._freeform(name, (left, top, w, h), paths, None, colour, width, "rnd")

    def dots(
        self,
        name: str,
        centres: list[tuple[int, int]],
        radius: int,
        fill: str | None,
        line: str,
        width: int,
    ) -> None:
        """Circles of ``radius`` at ``centres`` (EMU) as one freeform: the points of a lane's
        curve or the rings of its moments of truth (one shape, not hundreds: a 5,000-card map
        has 5,000 points)."""
        xs = [x for x, _ in centres]
        ys = [y for _, y in centres]
        left, top = min(xs) - radius, min(ys) - radius
        w, h = max(xs) + radius - left, max(ys) + radius - top
        r = _path_unit(radius, 0)[0]
        arc = f'<a:arcTo wR="{r}" hR="{r}" stAng="0" swAng="21600000"/>'
        u = PATH_UNIT
        circles = "".join(
            f'<a:moveTo><a:pt x="{round((x - left) / u) + r}" y="{round((y - top) / u)}"/>'
            f"</a:moveTo>{arc}<a:close/>"
            for x, y in centres
        )
        pw, ph = (max(1, v) for v in _path_unit(w, h))
        self._freeform(
            name,
            (left, top, w, h),
            f'<a:path w="{pw}" h="{ph}">{circles}</a:path>',
            fill,
            line,
            width,
        )

    def lines(
        self, name: str, segments: list[tuple[int, int, int]], colour: str, width: int
    ) -> None:
        """Horizontal lines ``(x1, x2, y)`` (EMU) as one freeform: levels of a curve's scale."""
        left = min(x1 for x1, _, _ in segments)
        right = max(x2 for _, x2, _ in segments)
        top = min(y for _, _, y in segments)
        bottom = max(y for _, _, y in segments)
        w, h = max(1, right - left), max(1, bottom - top)
        strokes = []
        for x1, x2, y in segments:
            (a, level), (b, _) = _path_unit(x1 - left, y - top), _path_unit(x2 - left, 0)
            strokes.append(
                f'<a:moveTo><a:pt x="{a}" y="{level}"/></a:moveTo>'
                f'<a:lnTo><a:pt x="{b}" y="{level}"/></a:lnTo>'
            )
        pw, ph = (max(1, v) for v in _path_unit(w, h))
        paths = f'<a:path w="{pw}" h="{ph}" fill="none">{"".join(strokes)}</a:path>'
        self._freeform(name, (left, top, w, h), paths, None, colour, width)

    def outline(self, name: str, box: tuple[int, int, int, int], colour: str) -> None:
        """A rounded outline without fill (a moment of truth's ring around its card)."""
        element = self._stamp("outline", name, *box)
        element[1][3][0][0].set("val", colour)

    def tag(
        self,
        name: str,
        box: tuple[int, int, int, int],
        text: str,
        size: float,
        *,
        shape: str = "rect",
        fill: str | None = None,
        line: str | None = None,
        ink: str = "222222",
        bold: bool = False,
        align: str = "l",
        wrap: bool = False,
        inset: int = 0,
    ) -> None:
        """A shape with one paragraph of text, centred vertically (a badge, a legend's words,
        a stage header: ``wrap`` with ``inset`` EMU around the text)."""
        style = f"{ink}:{int(bold)}:{align}:{'square' if wrap else 'none'}:{inset}"
        prototype = _tag_prototype(shape, fill, line, style)
        element = self._stamp(prototype, xml_text(name)[:250], *box)
        run = element[2][2][1]
        run[0].set("sz", str(round(size * 100)))
        run[1].text = xml_text(text)

    def heading(self, box: tuple[int, int, int, int], text: str, size: float) -> None:
        """The slide's heading, bold and centred vertically in ``box``, in a title placeholder
        (the slide's layout has one: "Title Only"; see :func:`untitled_slide`)."""
        element = self._stamp("heading", "Title 1", *box)
        run = element[2][2][1]
        run[0].set("sz", str(round(size * 100)))
        run[1].text = xml_text(text)

    def flow(
        self,
        start: tuple[int, int],
        end: tuple[int, int],
        source: tuple[int, int],
        target: tuple[int, int],
        bend: tuple[int, int] | None = None,
        descr: str = "",
    ) -> Any:
        """A flow from ``start`` to ``end`` (EMU) with an arrowhead: a straight connector glued
        to ``source`` and ``target`` (shape id, connection site: 0 top, 1 left, 2 bottom,
        3 right), or with ``bend`` (x, y) an elbow that leaves ``start`` across to x, runs
        along y and goes into ``end`` from above or below (:data:`_ELBOW`, its two adjustments
        the bend's place as shares of its box, which the bend may lie outside); ``descr``: its
        alternative text (which cards it joins). Returns the flow's element."""
        (x1, y1), (x2, y2) = start, end
        if bend is not None and (x1 == x2 or y1 == y2):
            bend = None  # no box to measure the bend by: cannot happen between grid cards
        box = (min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1))
        element = self._stamp("flow" if bend is None else "elbow", "Flow", *box)
        if descr:
            element[0][0].set("descr", xml_text(descr))
        sp_pr = element[1]
        xfrm = sp_pr[0]
        if x2 < x1:
            xfrm.set("flipH", "1")
        if y2 < y1:
            xfrm.set("flipV", "1")
        if bend is not None:
            adj1, adj2 = sp_pr[1][0]
            adj1.set("fmla", f"val {round((bend[0] - x1) * 100000 / (x2 - x1))}")
            adj2.set("fmla", f"val {round((bend[1] - y1) * 100000 / (y2 - y1))}")
        if bend is not None:
            return element
        self.flows.append(element)  # straight: moved behind the cards (flows_behind)
        glue = element[0][1]
        for site, (shape_id, index) in zip(glue, (source, target), strict=True):
            site.set("id", str(shape_id))
            site.set("idx", str(index))
        return element


def untitled_slide(presentation: Any, layout: Any) -> Any:
    """A new slide of ``layout`` without the copies of its placeholders python-pptx would
    make (``Slides.add_slide`` less its ``clone_layout_placeholders``): the map slides stamp
    their title placeholder (:meth:`ShapeStamper.heading`)."""
    slides = presentation.slides
    r_id, slide = slides.part.add_slide(layout)
    slides._sldIdLst.add_sldId(r_id)
    return slide


def fill_text(frame: Any, lines: list[str]) -> None:
    """Replace a text frame's paragraphs by ``lines`` (a paragraph each), built directly.

    Speaker notes hold every card's details: python-pptx's ``frame.text = …`` takes about 20 ms
    a slide for them, this a fraction of it.
    """
    body = frame._txBody
    for paragraph in body.findall(f"{_A}p"):
        body.remove(paragraph)
    paragraphs = []  # as one string parsed once: half the time of an element at a time
    for line in lines:
        text = xml_text(line)
        paragraphs.append(
            f'<a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>{escape(text)}</a:t></a:r></a:p>'
            if text
            else "<a:p/>"
        )
    body.extend(etree.fromstring(f'<a:x xmlns:a="{_A[1:-1]}">{"".join(paragraphs)}</a:x>'))


def flows_behind(stamper: ShapeStamper, first: Any) -> None:
    """Move the straight flows behind ``first`` (the first card), so their lines pass under
    the cards' edges; elbows (which run between the cards) stay where they were stamped."""
    for element in stamper.flows:
        first.addprevious(element)
