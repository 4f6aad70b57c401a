"""The map page's flow labels: whole on their flow where there is room, else numbered markers
listed in a flows table.

Placement follows :mod:`cjdesigner.layout.labels` (the canvas's rule too): a label's chip
touches its own flow and covers no card, header, curve band, arrow head or other label; with
no such spot the flow gets a circled number and the whole label is printed in the flows table
after the map. Nothing is cut and nothing is printed over a card's text. Decided once per
export (:func:`plan_labels`) so every page and poster tile shows the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf.fonts import BOLD, REGULAR, string_width
from cjdesigner.export.pdf.textops import (
    TextWriter,
    fill_operator,
    num,
    placed_circles,
    stroke_operator,
)
from cjdesigner.export.pdf.theme import (
    CARD_CHANNEL_PT,
    CONNECTION,
    INK,
    PAPER,
    RULE,
)
from cjdesigner.layout.labels import (
    MAX_LABEL_LINES,
    Box,
    Point,
    Space,
    box_of,
    label_numbers,
    place_chip,
    place_marker,
    wrap_words,
)

if TYPE_CHECKING:
    from cjdesigner.export.pdf.scene import MapScene
    from cjdesigner.layout import Rect

LABEL_PT = CARD_CHANNEL_PT
"""Flow labels as large as a card's smallest text, so they read wherever the cards do."""
LABEL_LEADING = LABEL_PT * 1.2
LABEL_MAX_WIDTH = 120.0
PAD_X = 2.5
PAD_Y = 1.5
MARKER_PT = LABEL_PT
MARKER_RADIUS = LABEL_PT * 0.8
"""A marker's least radius; a number of three digits or more widens it."""


def marker_radius(number: int) -> float:
    """The circle that holds ``number`` with a little room."""
    return max(MARKER_RADIUS, string_width(str(number), BOLD, MARKER_PT) / 2 + 1.8)


PLACEMENT_BUDGET = 40_000
"""Spots tried over all labels of a map: a map with thousands of labels tries fewer each."""


@dataclass
class LabelPlan:
    """Where each labelled flow's label went: a chip (its lines and box) or a marker."""

    numbers: dict[str, int] = field(default_factory=dict)
    chips: dict[str, tuple[list[str], Box]] = field(default_factory=dict)
    markers: dict[str, Point] = field(default_factory=dict)
    """Connection id → the marker's centre (layout units); its radius: :func:`marker_radius`
    of its number."""


def plan_labels(scene: MapScene) -> LabelPlan:
    """Place every flow label of the map (see the module's docstring)."""
    m = scene.m
    plan = LabelPlan(numbers=label_numbers(m))
    if not plan.numbers:
        return plan
    # imported here: the cards module draws from the scene, which imports this module
    from cjdesigner.export.pdf.cards import card_text_boxes
    from cjdesigner.export.pdf.flows import head_box

    layout = scene.layout
    top = layout.metrics.header_height
    obstacles: list[Box] = [(r.x, r.y, r.x + r.w, r.y + r.h) for r in layout.cards.values()]
    obstacles += [box_of(r) for r in layout.lane_headers.values()]
    obstacles += [box_of(r) for r in layout.stage_headers.values()]
    obstacles += [box_of(r) for r in layout.curve_bands.values()]
    # in the cards' order, not the set's: the order obstacles are summed in decides ties
    # between spots, and a set of ids is ordered differently in every run (hash seeds), so a
    # --reproducible export of a big map could place a marker elsewhere from run to run
    moments = [i for i in layout.cards if i in scene.moments]
    obstacles += [box_of(scene.moment_outline(i)) for i in moments]
    obstacles += [box_of(scene.moment_badge(i)) for i in moments]
    flows = {c.id: scene.flow(c) for c in m.connections}
    obstacles += [head_box(f) for f in flows.values() if f is not None]
    space = Space(
        obstacles,
        card_text_boxes(layout.cards.values()),
        (0.0, top, layout.width, layout.height),
    )
    tries = max(9, PLACEMENT_BUDGET // len(plan.numbers))

    def measure(text: str) -> float:
        return string_width(text, REGULAR, LABEL_PT)

    for connection in m.connections:
        flow = flows.get(connection.id)
        if connection.id not in plan.numbers or flow is None:
            continue
        lines = wrap_words(connection.label, measure, LABEL_MAX_WIDTH, scene.language)
        box = None
        if len(lines) <= MAX_LABEL_LINES:
            w = max(measure(line) for line in lines) + 2 * PAD_X
            h = len(lines) * LABEL_LEADING + 2 * PAD_Y
            box = place_chip(flow.points, w, h, space, tries)
        if box is not None:
            plan.chips[connection.id] = (lines, box)
        else:
            radius = marker_radius(plan.numbers[connection.id])
            centre, _free = place_marker(flow.points, radius, space, max(5, tries // 2))
            plan.markers[connection.id] = centre
    return plan


def paint_labels(canv: Canvas, plan: LabelPlan, view: Rect | None = None) -> None:
    """Chips and markers in layout units (y negated), after the cards: all shapes, then all
    text in one text object. ``view``: only what a tile shows."""

    def shows(box: Box) -> bool:
        return view is None or (
            box[0] < view.right and view.x < box[2] and box[1] < view.bottom and view.y < box[3]
        )

    chips = [(lines, box) for lines, box in plan.chips.values() if shows(box)]
    markers = []
    for conn_id, (x, y) in plan.markers.items():
        number = plan.numbers[conn_id]
        r = marker_radius(number)
        if shows((x - r, y - r, x + r, y + r)):
            markers.append((number, (x, y), r))
    if not chips and not markers:
        return
    ops = ["q", fill_operator(canv, PAPER), stroke_operator(canv, RULE), "0.5 w"]
    for _lines, (left, top, right, bottom) in chips:
        ops.append(f"{num(left)} {num(-bottom)} {num(right - left)} {num(bottom - top)} re B")
    ops.append(stroke_operator(canv, CONNECTION))
    ops.append("0.8 w")
    for _number, (x, y), r in markers:  # in their order: a marker may cover another
        ops += placed_circles(canv, ((x, -y),), r, "B")
    ops.append("Q")
    canv.addLiteral("\n".join(ops))
    writer = TextWriter(canv)
    for lines, (left, top, _right, _bottom) in chips:
        baseline = top + PAD_Y + LABEL_PT * 0.95
        for line in lines:
            writer.line(left + PAD_X, -baseline, line, REGULAR, LABEL_PT, INK)
            baseline += LABEL_LEADING
    for number, (x, y), _r in markers:
        text = str(number)
        width = string_width(text, BOLD, MARKER_PT)
        writer.line(x - width / 2, -y - MARKER_PT * 0.36, text, BOLD, MARKER_PT, INK)
    writer.finish()
