"""Connections: quiet grey arrows between cards that darken when either end is selected.

Routes come from :mod:`cjdesigner.layout.routing` (the PDF's too): a straight drop to the card
below, else orthogonal runs from the source's right edge to the target's left edge through the
gutters and gaps, clear of every other card; backward flows and loops go around. A flow's label sits
whole (wrapped, never cut) on a small white chip touching its route where it covers no card,
header, curve band or other label; with no such spot the flow shows a circled number instead
(its label in the tooltip), by the rule the PDF follows (:mod:`cjdesigner.layout.labels`).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QRegion,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from cjdesigner.editor.canvas import style
from cjdesigner.editor.canvas.items import Z_CARD, Z_CONNECTION
from cjdesigner.layout import Rect
from cjdesigner.layout.labels import (
    FRACTIONS,
    MARKER_FRACTIONS,
    MAX_LABEL_LINES,
    Box,
    Space,
    chip_boxes,
    marker_boxes,
    points_along,
    wrap_words,
)
from cjdesigner.layout.routing import (
    ARROW_HALF_WIDTH,
    ARROW_LENGTH,
    DROP_ARROW_LENGTH,
    Point,
    Router,
)
from cjdesigner.layout.routing import route_points as layout_route

LONG_RUN_PIXELS = 400.0
CUT_BAND = 512.0
"""Long flows are cut to the bands of this height that a repaint touches."""
HULL_MARGIN = 3
"""Scene units around a route's pieces for the pen (the view grows repainted areas too)."""
LABEL_MAX_WIDTH = 150.0
"""A longer label wraps (up to :data:`MAX_LABEL_LINES` lines; longer ones become a marker)."""
LABEL_PAD = 4.0
LABEL_REACH = (
    -LABEL_MAX_WIDTH - 2 * LABEL_PAD - 8,
    -60.0,
    LABEL_MAX_WIDTH + 2 * LABEL_PAD + 8,
    60.0,
)
"""How far beyond the route a chip may go (left, top, right, bottom), for the item's bounds."""
MARKER_RADIUS = 6.0
CHIP_ANCHORS_MANY = 9
"""Points along the route (middle first) where a chip is tried on a map with many labels:
labels are placed while painting, so fewer spots than the PDF's (the marker still gets them
all); a map with few labels tries every point, as the PDF does."""
MARKER_TOUCH = 2.0
"""A marker may touch a card's edge (the chips keep 2 units off): it then fits the padding
above a cell's first card."""
TEXT_INSET = 7.0
"""A card's text lies at least this far inside its edge: a marker with no free spot may cover
that much of a card, never its text."""
Z_COVERED_LABELS = Z_CARD + 0.6
"""Above the cards (and their moment outlines), below headers and anything dragged: the
markers with no free spot, over a card's edge."""
LABEL_MIN_SCALE = 0.45
"""Below this zoom labels are not drawn (too small to read), nor placed."""


def route_points(
    source: QRectF,
    target: QRectF,
    clearance: float = 6.0,
    router: Router | None = None,
    ends: tuple[str, ...] = (),
) -> list[Point]:
    """The flow's route (see :mod:`cjdesigner.layout.routing`, shared with the PDF); the
    layout's ``router`` keeps it clear of the cards other than its ``ends``."""
    return layout_route(
        Rect(source.x(), source.y(), source.width(), source.height()),
        Rect(target.x(), target.y(), target.width(), target.height()),
        clearance,
        router,
        ends,
    )


def path_of(points: list[Point]) -> QPainterPath:
    """The cubic path through ``route_points`` output."""
    path = QPainterPath(QPointF(*points[0]))
    for i in range(1, len(points) - 2, 3):
        path.cubicTo(QPointF(*points[i]), QPointF(*points[i + 1]), QPointF(*points[i + 2]))
    return path


def _inverse_smoothstep(u: float) -> float:
    """The t in [0, 1] with 3t² − 2t³ = u (the height profile of every cubic we route)."""
    u = min(1.0, max(0.0, u))
    return 0.5 - math.sin(math.asin(1.0 - 2.0 * u) / 3.0)


def _split(pts: list[Point], t: float) -> tuple[list[Point], list[Point]]:
    """De Casteljau: the cubic ``pts`` cut at ``t`` into two cubics."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = pts

    def lerp(a: Point, b: Point) -> Point:
        return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)

    a, b, c = lerp((x0, y0), (x1, y1)), lerp((x1, y1), (x2, y2)), lerp((x2, y2), (x3, y3))
    d, e = lerp(a, b), lerp(b, c)
    f = lerp(d, e)
    return [(x0, y0), a, d, f], [f, e, c, (x3, y3)]


PIECE_LENGTH = 200.0
"""A piece of a route spans at most about this much in x or y (scene units)."""
MAX_PIECES = 24
"""Per cubic of a route (a flow across the whole map still makes a bounded number of pieces)."""


def sub_cubic(cubic: list[Point], a: float, b: float) -> list[Point]:
    """The part of a cubic Bézier between parameters ``a`` < ``b`` (de Casteljau twice)."""
    part = cubic
    if a > 0.0:
        part = _split(part, a)[1]
    if b < 1.0:
        part = _split(part, (b - a) / (1.0 - a))[0]
    return part


def pieces(points: list[Point]) -> list[list[Point]]:
    """A route (``route_points`` output) cut into short cubics that together draw the same.

    Short pieces have small boxes: a repaint can tell cheaply whether a flow shows in it, and
    the flows of dragged cards, drawn piece by piece, dirty only small rectangles. Pieces of
    ``PIECE_LENGTH`` measured best (Qt's repaint slows down with the number of rectangles).
    """
    result: list[list[Point]] = []
    for i in range(0, len(points) - 3, 3):
        cubic = points[i : i + 4]
        xs = [p[0] for p in cubic]
        ys = [p[1] for p in cubic]
        span = max(max(xs) - min(xs), max(ys) - min(ys))
        count = min(MAX_PIECES, max(1, math.ceil(span / PIECE_LENGTH)))
        for k in range(count):
            result.append(sub_cubic(cubic, k / count, (k + 1) / count))
    return result


def visible_path(points: list[Point], top: float, bottom: float) -> QPainterPath:
    """Only the part of the flow between heights ``top`` and ``bottom``.

    A flow across a big map can be tens of thousands of units long; stroking all of it to
    show a window's worth costs far more than cutting it first. Each cubic we route keeps its
    control points at its end heights, so its height is y0 + (y3 − y0)(3t² − 2t³), which we
    invert in closed form to find the visible span and cut it out exactly.
    """
    path = QPainterPath()
    for i in range(0, len(points) - 3, 3):
        cubic = points[i : i + 4]
        y0, y3 = cubic[0][1], cubic[3][1]
        if max(y0, y3) < top or min(y0, y3) > bottom:
            continue
        if y3 == y0:
            t0, t1 = 0.0, 1.0
        else:
            ta = _inverse_smoothstep((top - y0) / (y3 - y0))
            tb = _inverse_smoothstep((bottom - y0) / (y3 - y0))
            t0, t1 = min(ta, tb), max(ta, tb)
        if t1 - t0 <= 1e-9:
            continue
        part = cubic
        if t0 > 0.0:
            part = _split(part, t0)[1]
        if t1 < 1.0:
            part = _split(part, (t1 - t0) / (1.0 - t0))[0]
        path.moveTo(QPointF(*part[0]))
        path.cubicTo(QPointF(*part[1]), QPointF(*part[2]), QPointF(*part[3]))
    return path


def point_at(points: list[Point], t: float) -> Point:
    """The point at ``t`` (0…1) along a route, each cubic taking an equal share of ``t``."""
    count = max(1, (len(points) - 1) // 3)
    segment = min(int(t * count), count - 1)
    u = t * count - segment
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points[3 * segment : 3 * segment + 4]
    a, b, c, d = (1 - u) ** 3, 3 * u * (1 - u) ** 2, 3 * u * u * (1 - u), u**3
    return (a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3)


def label_anchor(points: list[Point]) -> Point:
    """The middle of a route: where its label goes when nothing is in the way."""
    return point_at(points, 0.5)


@cache
def _label_font() -> QFont:
    return style.font(style.SMALL_PX)


@cache
def _label_metrics() -> QFontMetricsF:
    return QFontMetricsF(_label_font())


@cache
def _marker_font() -> QFont:
    return style.font(style.SMALL_PX - 2, bold=True)


def route(source: QRectF, target: QRectF, clearance: float = 6.0) -> QPainterPath:
    """The path of a flow from ``source`` to ``target`` (card rectangles in scene units)."""
    return path_of(route_points(source, target, clearance))


class ConnectionItem(QGraphicsRectItem):
    """A flow between two cards; ``update_route`` follows the cards, also while dragging."""

    kind = "connection"

    def __init__(self, connection_id: str, source_id: str, target_id: str, label: str = "") -> None:
        super().__init__()
        self.setPen(_NO_PEN)  # the rectangle is only the bounds, answered in C++
        self.item_id = connection_id
        self.source_id = source_id
        self.target_id = target_id
        self.label = label
        self._points: list[Point] = []
        self._path: QPainterPath | None = None
        self._cut: tuple[tuple[int, int], QPainterPath, float] | None = None
        self._arrow_polygon: QPolygonF | None = None
        self._top = self._bottom = 0.0
        self._region: QRegion | None = None
        """The route's pieces' control-point boxes (each piece stays inside its box), grown by
        the pen; made on the first paint that needs them."""
        self._shape: QPainterPath | None = None
        self._active = False
        self._label_text = ""
        """The label as drawn on its chip (wrapped lines joined by newlines), or ""."""
        self._chip: QRectF | None = None
        """The label's chip, or its marker's square, in item coordinates; None until placed
        (on first paint)."""
        self._taken: Box | None = None
        """The chip or marker box held in ``label_space`` (scene coordinates)."""
        self.marker = False
        """The label had no free spot: the flow shows its number in a circle instead."""
        self.number = 0
        """The flow's place among the map's labelled flows (``layout.labels.label_numbers``)."""
        self.chip_anchors = len(FRACTIONS)
        """How many points along the route a chip is tried at (the scene lowers it on a map
        with many labels)."""
        self._route_rect = QRectF()
        self.label_blocked: Callable[..., bool] | None = None
        """``(box, inset=0)``: whether a chip at ``box`` (left, top, right, bottom, scene
        coordinates) would cover a card (shrunk by ``inset``), a header or a curve band (the
        scene sets it); None: never."""
        self.label_space: Space | None = None
        """The chips and markers placed so far (shared by the scene's flows)."""
        self.chip_on_top = False
        """The marker has no free spot either (a drop between two stacked cards): it is drawn
        above the cards by the scene's :class:`CoveredLabelsItem` (over a card's edge, never
        its text), not here."""
        self.on_chip_on_top: Callable[[ConnectionItem], None] | None = None
        """Told when the marker needs drawing above the cards (the scene sets it)."""
        # paint() needs the exposed part (not the whole bounds) to cut long flows short
        self.setFlags(_FLAGS)
        self.setZValue(Z_CONNECTION)
        if label:
            self.setToolTip(label)

    def set_label(self, label: str) -> None:
        self.update()  # where the old chip was
        self.label = label
        self.setToolTip(label)
        self._shape = None
        self.forget_label()
        self._set_bounds()
        self.update()

    def forget_label(self) -> None:
        """Place the label again on the next paint (the flow, its label or the cards moved)."""
        if self._taken is not None and self.label_space is not None:
            self.label_space.release(self._taken)
        self._taken = None
        self._chip = None
        self.chip_on_top = False
        self.marker = False

    def label_rect(self) -> QRectF:
        """The label's chip (or marker) in scene coordinates (a small area at the middle when
        unlabelled)."""
        chip = self._placed_chip()
        if not chip.isEmpty():
            return chip.translated(self.pos())
        x, y = label_anchor(self._points) if self._points else (0.0, 0.0)
        return QRectF(x - 40, y - 9, 80, 18).translated(self.pos())

    def label_lines(self) -> list[str]:
        """The label's lines as drawn on its chip ([] for a marker or no label)."""
        self._placed_chip()
        return self._label_text.split("\n") if self._label_text and not self.marker else []

    def _set_bounds(self) -> None:
        """The route's bounds, grown by wherever a label chip may go.

        The chip is placed lazily, on the first paint that shows it: placing the labels of
        thousands of flows on open would cost seconds, for labels mostly off screen.
        """
        if self.label.strip():
            self.setRect(self._route_rect.adjusted(*LABEL_REACH))
        else:
            self.setRect(self._route_rect)

    def _placed_chip(self) -> QRectF:
        if self._chip is None:
            self._place_label()
        assert self._chip is not None
        return self._chip

    def _place_label(self) -> None:
        """Put the label whole on a free spot touching the route, else a numbered marker on a
        free spot, else the marker where it covers no card text (drawn above the cards)."""
        self.forget_label()
        text = " ".join(self.label.split())
        self._label_text = ""
        if not text or not self._points:
            self._chip = QRectF()
            return
        ox, oy = self.x(), self.y()
        route = [(x + ox, y + oy) for x, y in self._points]
        blocked = self.label_blocked
        space = self.label_space
        if space is None:
            space = self.label_space = Space()

        def rect_of(box: Box) -> QRectF:
            return QRectF(box[0], box[1], box[2] - box[0], box[3] - box[1])

        def free(box: Box) -> bool:
            return space.is_free(box) and (blocked is None or not blocked(box))

        def take(box: Box) -> None:
            space.place(box)
            self._taken = box
            self._chip = rect_of(box).translated(-ox, -oy)

        metrics = _label_metrics()
        lines = wrap_words(text, metrics.horizontalAdvance, LABEL_MAX_WIDTH)
        if len(lines) <= MAX_LABEL_LINES:
            width = max(metrics.horizontalAdvance(line) for line in lines) + 2 * LABEL_PAD
            height = len(lines) * metrics.lineSpacing() + 4
            anchors = points_along(route, FRACTIONS[: self.chip_anchors])
            for box in chip_boxes(anchors, width, height):
                if free(box):
                    take(box)
                    self._label_text = "\n".join(lines)
                    return
        self.marker = True
        self._label_text = str(self.number)
        boxes = list(marker_boxes(points_along(route, MARKER_FRACTIONS), MARKER_RADIUS))
        for box in boxes:
            if space.is_free(box) and (blocked is None or not blocked(box, MARKER_TOUCH)):
                take(box)
                return
        clear = [b for b in boxes if blocked is None or not blocked(b, TEXT_INSET)]
        take(next((b for b in clear if space.is_free(b)), clear[0] if clear else boxes[0]))
        self.chip_on_top = True
        if self.on_chip_on_top is not None:
            self.on_chip_on_top(self)

    @property
    def active(self) -> bool:
        """Drawn dark: either end (or the connection itself) is selected."""
        return self._active

    def set_active(self, active: bool) -> None:
        if active != self._active:
            self._active = active
            self.setZValue(Z_CONNECTION + (0.5 if active else 0.0))
            self.update()

    def update_route(self, source: QRectF, target: QRectF, router: Router | None = None) -> None:
        """Re-route between the cards' current scene rectangles, clear of the layout's other
        cards (``router``)."""
        points = route_points(source, target, router=router, ends=(self.source_id, self.target_id))
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        ex = points[-1][0]
        if not self.pos().isNull():
            self.setPos(0.0, 0.0)  # points are in scene coordinates again
        self._points = points
        self._path = None
        self._cut = None
        self._arrow_polygon = None
        self._shape = None
        # generous enough for the arrowhead pointing right or down
        left, right = min(xs) - ARROW_HALF_WIDTH - 3, max(max(xs), ex + ARROW_LENGTH) + 3
        top = min(ys) - ARROW_HALF_WIDTH - 3
        bottom = max(ys) + max(ARROW_HALF_WIDTH, DROP_ARROW_LENGTH) + 3
        self._route_rect = QRectF(left, top, right - left, bottom - top)
        self._top, self._bottom = top, bottom
        self._region = None
        self.forget_label()
        self._set_bounds()

    def route(self) -> list[Point]:
        """The route's cubic control points in item coordinates (``route_points`` output)."""
        return self._points

    def arrow(self) -> QPolygonF:
        """The arrowhead in item coordinates."""
        if self._arrow_polygon is None:
            self._arrow_polygon = self._arrow()
        return self._arrow_polygon

    def scene_path(self) -> QPainterPath:
        """The flow in scene coordinates (the item may have been shifted with its lane)."""
        return self.path().translated(self.pos())

    def path(self) -> QPainterPath:
        """The flow in item coordinates."""
        if self._path is None:
            self._path = path_of(self._points) if self._points else QPainterPath()
        return self._path

    def _arrow(self) -> QPolygonF:
        ex, ey = self._points[-1] if self._points else (0.0, 0.0)
        if self._is_drop():
            tip = ey + DROP_ARROW_LENGTH * 0.8
            base = tip - DROP_ARROW_LENGTH
            half = ARROW_HALF_WIDTH - 0.5
            return QPolygonF([QPointF(ex, tip), QPointF(ex - half, base), QPointF(ex + half, base)])
        tip = ex + ARROW_LENGTH * 0.6
        base = tip - ARROW_LENGTH
        return QPolygonF(
            [
                QPointF(tip, ey),
                QPointF(base, ey - ARROW_HALF_WIDTH),
                QPointF(base, ey + ARROW_HALF_WIDTH),
            ]
        )

    def _is_drop(self) -> bool:
        """A straight drop to the card below (the arrow points down, not right)."""
        return len(self._points) == 4 and self._points[0][0] == self._points[-1][0]

    def shape(self) -> QPainterPath:
        if self._shape is None:  # only hit tests and rubber bands need it: made on demand
            stroker = QPainterPathStroker()
            stroker.setWidth(8.0)
            self._shape = stroker.createStroke(self.path())
            self._shape.addPolygon(self._arrow())
            chip = self._placed_chip()
            if not chip.isEmpty():
                self._shape.addRect(chip)
        return self._shape

    def _meets(self, exposed: QRectF) -> bool:
        """Whether the route may show in the repaint (the item's bounds are far bigger than
        its thin route: most repaints under a long flow do not touch it).

        ``exposed`` is the bounding box of what is repainted; while a view paints, the scene
        also holds the exact area (``exposed_region``), tested here in one C++ call.
        """
        if exposed.contains(self._route_rect):
            return True
        own = self._region
        if own is None:
            own = self._region = _region_of(self._points)
        area = getattr(self.scene(), "exposed_region", None)
        if area is None:
            area = QRegion(exposed.toAlignedRect())
        elif not self.pos().isNull():
            own = own.translated(round(self.x()), round(self.y()))
        return own.intersects(area)

    def _paint_route(self, painter: QPainter, exposed: QRectF, pen: QPen, scale: float) -> None:
        top, bottom = exposed.top(), exposed.bottom()
        if top <= self._top and bottom >= self._bottom:
            path, height = self.path(), self._bottom - self._top
        else:
            # cut to whole bands of the map, so repaints of the same area reuse the cut
            key = (math.floor(top / CUT_BAND), math.ceil(bottom / CUT_BAND))
            if self._cut is None or self._cut[0] != key:
                band_top, band_bottom = key[0] * CUT_BAND - 4.0, key[1] * CUT_BAND + 4.0
                cut = visible_path(self._points, band_top, band_bottom)
                self._cut = (key, cut, cut.boundingRect().height())
            _key, path, height = self._cut
        if not path.isEmpty():
            # A flow that runs a long way through the window is a near-vertical line:
            # antialiasing adds nothing visible there but costs a lot per scanline.
            smooth = height * scale < LONG_RUN_PIXELS
            painter.setRenderHint(_ANTIALIAS, smooth)
            painter.setPen(pen)
            painter.setBrush(_NO_BRUSH)
            painter.drawPath(path)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        points = self._points
        if not points:
            return
        # Most calls during a drag come from repaints that cross the flow's big bounds without
        # touching it: find out what shows (route, arrowhead, label chip) before anything else.
        exposed = option.exposedRect  # type: ignore[attr-defined]
        route = self._meets(exposed)
        ex, ey = points[-1]
        arrow = exposed.contains(ex, ey)
        scale = 0.0  # asked of the painter only when needed
        chip: QRectF | None = None
        if self.label:
            scale = abs(painter.worldTransform().m22()) or 1.0
            if scale >= LABEL_MIN_SCALE:  # too small to read below: not even placed
                chip = self._placed_chip()
        label = (
            chip is not None
            and bool(self._label_text)
            and not self.chip_on_top
            and exposed.intersects(chip)
        )
        if not (route or arrow or label):
            return
        state = 2 if self.isSelected() else (1 if self._active else 0)
        pen, brush = connection_pens()[state]
        scale = scale or abs(painter.worldTransform().m22()) or 1.0
        if route:
            self._paint_route(painter, exposed, pen, scale)
        if arrow:
            painter.setRenderHint(_ANTIALIAS)
            painter.setPen(_NO_PEN)
            painter.setBrush(brush)
            painter.drawPolygon(self.arrow())
        if label and chip is not None:
            self.paint_chip(painter, chip)

    def paint_chip(self, painter: QPainter, chip: QRectF) -> None:
        """The label on its white chip (or the marker: the flow's number in a circle) at
        ``chip`` (in the painter's coordinates)."""
        state = 2 if self.isSelected() else (1 if self._active else 0)
        pen = connection_pens()[state][0]
        painter.setRenderHint(_ANTIALIAS)
        painter.setPen(QPen(pen.color(), 1.0 if state == 0 else 1.4))
        painter.setBrush(style.CARD_BACKGROUND)
        if self.marker:
            painter.drawEllipse(chip)
            painter.setFont(_marker_font())
        else:
            painter.drawRoundedRect(chip, 3.0, 3.0)
            painter.setFont(_label_font())
        painter.setPen(style.TEXT)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, self._label_text)

    def covered_chip(self) -> QRectF | None:
        """The marker in scene coordinates when it is drawn above the cards, else None."""
        if not self.chip_on_top or self._chip is None or not self._label_text:
            return None
        return self._chip.translated(self.pos())


class CoveredLabelsItem(QGraphicsItem):
    """The markers of flows with no card-free spot even for a marker, drawn above the cards.

    A flow between two cards stacked in one cell runs through a gap narrower than its marker:
    below the cards (where flows are drawn) it would be hidden. The few such markers are drawn
    here instead, over the cards' edges (never their text). The item spans the map so that it is
    painted wherever a flow is; it only draws the chips the repaint touches.
    """

    kind = "covered-labels"

    def __init__(self) -> None:
        super().__init__()
        self.item_id = ""
        self.setZValue(Z_COVERED_LABELS)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(_EXTENDED_OPTION)
        self._bounds = QRectF()
        self._flows: dict[str, ConnectionItem] = {}
        self._rects: list[tuple[str, QRectF]] | None = None
        """Where the chips were at the last look: each repaint (a drag step is one) tests
        these plain rectangles and asks the flow only about the chips it touches."""

    def add(self, flow: ConnectionItem) -> None:
        self._flows[flow.item_id] = flow
        self._rects = None

    def invalidate(self) -> None:
        """Flows moved (a re-layout): look at every chip again on the next paint."""
        self._rects = None

    def chips(self) -> dict[str, QRectF]:
        """The chips drawn here now (by connection id), in scene coordinates."""
        result = {}
        for conn_id, flow in list(self._flows.items()):
            chip = flow.covered_chip() if flow.scene() is self.scene() else None
            if chip is None:
                del self._flows[conn_id]  # re-placed, removed, or its label went
            elif flow.isVisible():
                result[conn_id] = chip
        return result

    def set_bounds(self, rect: QRectF) -> None:
        if rect != self._bounds:
            self.prepareGeometryChange()
            self._bounds = QRectF(rect)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self._flows or abs(painter.worldTransform().m22()) < LABEL_MIN_SCALE:
            return
        exposed = option.exposedRect  # type: ignore[attr-defined]
        if self._rects is None:
            self._rects = list(self.chips().items())
        for conn_id, rect in self._rects:
            if not rect.intersects(exposed):
                continue
            flow = self._flows.get(conn_id)
            if flow is not None and not flow.isVisible():
                continue  # a dragged card's flow: hidden until the drop
            chip = flow.covered_chip() if flow is not None else None
            if chip is None or chip != rect:
                self._rects = None  # re-placed or moved since: looked at again next time
            if flow is not None and chip is not None:
                flow.paint_chip(painter, chip)


def _region_of(points: list[Point]) -> QRegion:
    """The area the route's short pieces may cover (their control-point boxes, grown by the
    pen's half width plus rounding)."""
    region = QRegion()
    for piece in pieces(points):
        xs = [p[0] for p in piece]
        ys = [p[1] for p in piece]
        left, top = math.floor(min(xs)) - HULL_MARGIN, math.floor(min(ys)) - HULL_MARGIN
        right, bottom = math.ceil(max(xs)) + HULL_MARGIN, math.ceil(max(ys)) + HULL_MARGIN
        region += QRect(left, top, right - left, bottom - top)
    return region


_ANTIALIAS = QPainter.RenderHint.Antialiasing
_NO_PEN = Qt.PenStyle.NoPen
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_EXTENDED_OPTION = QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption
_FLAGS = _SELECTABLE | _EXTENDED_OPTION
_NO_BRUSH = Qt.BrushStyle.NoBrush


@cache
def connection_pens() -> tuple[tuple[QPen, QBrush], ...]:
    """Pens and arrow brushes for the quiet, active (an end selected) and selected states."""
    result = []
    for colour, width in (
        (style.CONNECTION, 1.4),
        (style.CONNECTION_ACTIVE, 1.8),
        (style.CONNECTION_ACTIVE, 2.2),
    ):
        pen = QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setCosmetic(True)
        result.append((pen, QBrush(colour)))
    return tuple(result)
