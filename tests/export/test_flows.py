"""The PDF draws every arrow along the canvas's route, with the canvas's head."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export import export_pdf_bytes
from cjdesigner.export.options import ExportOptions
from cjdesigner.export.pdf.flows import (
    LABEL_PT,
    Flow,
    Obstacles,
    head_box,
    paint_connection,
    place_label,
)
from cjdesigner.export.pdf.fonts import REGULAR, register_fonts, string_width
from cjdesigner.export.pdf.scene import MapScene
from cjdesigner.layout import Rect
from cjdesigner.layout.routing import (
    ARROW_HALF_WIDTH,
    ARROW_LENGTH,
    DROP_ARROW_LENGTH,
    route_points,
)
from cjdesigner.storage import load_map

CARD = (150.0, 60.0)


def _card(x: float, y: float) -> Rect:
    return Rect(x, y, *CARD)


def test_forward_flow_follows_the_shared_route_and_points_right() -> None:
    source, target = _card(0, 0), _card(300, 100)
    flow = Flow(source, target)
    assert flow.points == route_points(source, target)
    tip, a, b = flow.head()
    assert tip == (flow.points[-1][0] + ARROW_LENGTH * 0.6, target.y + target.h / 2)
    assert tip[0] <= target.x + 0.01  # the tip touches the target's left edge
    assert a[0] == b[0] == tip[0] - ARROW_LENGTH
    assert abs(a[1] - b[1]) == 2 * ARROW_HALF_WIDTH


def test_drop_points_down_onto_the_card_top() -> None:
    source, target = _card(0, 0), _card(0, 70)
    flow = Flow(source, target)
    assert flow.drop
    tip, a, b = flow.head()
    assert tip[0] == source.x + source.w / 2
    assert abs(tip[1] - target.y) < 0.01
    assert a[1] == b[1] == tip[1] - DROP_ARROW_LENGTH


def test_backward_flow_is_several_cubics_and_bounds_hold_them_all() -> None:
    source, target = _card(300, 0), _card(0, 200)
    flow = Flow(source, target)
    assert len(flow.points) == 7  # start + two cubics: out, along below, back in
    box = flow.bounds()
    for x, y in [*flow.points, *flow.head()]:
        assert box.x <= x <= box.right and box.y <= y <= box.bottom
    assert box.bottom >= target.bottom  # it runs below the lower card
    assert flow.point_at(0.0) == flow.points[0] and flow.point_at(1.0) == flow.points[-1]


def test_paint_writes_every_cubic() -> None:
    canv = Canvas("unused.pdf", pageCompression=0)
    paint_connection(canv, Flow(_card(300, 0), _card(0, 200)))
    stream = canv.getpdfdata().decode("latin-1")
    assert stream.count(" c\n") + stream.count(" c ") >= 2


GRID = Rect(0.0, 0.0, 1000.0, 400.0)


def _place(flow: Flow, label: str, obstacles: Obstacles) -> tuple[str, float, float, bool]:
    register_fonts()
    return place_label(Canvas(io.BytesIO()), flow, label, GRID, obstacles)


def test_label_takes_a_free_spot_on_top_and_marks_it_taken() -> None:
    source, target = _card(0, 100), _card(500, 100)
    obstacles = Obstacles([source, target])
    text, left, y, on_top = _place(Flow(source, target), "Tak", obstacles)
    assert (text, on_top) == ("Tak", True)
    chip = Rect(left - 3, y - 6, 10, 10)
    assert not chip.intersects(source) and not chip.intersects(target)
    assert obstacles.hits(chip, labels_only=True)  # a second label must keep clear of it


def _overlap(a: Rect, b: Rect) -> float:
    w = min(a.right, b.right) - max(a.x, b.x)
    h = min(a.bottom, b.bottom) - max(a.y, b.y)
    return w * h if w > 0 and h > 0 else 0.0


def _label_chip(placed: tuple[str, float, float, bool]) -> Rect:
    text, left, y, _free = placed
    width = string_width(text, REGULAR, LABEL_PT)
    return Rect(left - 2.5, y - LABEL_PT * 0.95, width + 5, LABEL_PT * 1.5)


def test_label_with_no_free_spot_covers_the_least_card_and_not_its_arrow_head() -> None:
    # two cards stacked 10 units apart: the drop's label cannot fit in the gap
    source, target = _card(100, 100), _card(100, 170)
    obstacles = Obstacles([source, target])
    flow = Flow(source, target)
    assert flow.drop
    first = _place(flow, "Pierwsza", obstacles)
    second = _place(flow, "Druga", obstacles)
    assert not first[3] and not second[3]
    chips = [_label_chip(first), _label_chip(second)]
    (tx, ty), (ax, ay), (bx, by) = flow.head()
    head = Rect(min(ax, bx, tx), min(ay, by, ty), abs(bx - ax), max(ay, by, ty) - min(ay, ty))
    for chip in chips:
        assert _overlap(chip, head) < 0.25 * head.w * head.h  # the head still shows
    # it sits on the gap, over the cards' edges, never deep over a card's text
    for chip in chips:
        assert chip.y > source.bottom - LABEL_PT * 1.5 and chip.bottom < target.y + LABEL_PT * 1.5
        assert _overlap(chip, source) + _overlap(chip, target) < chip.w * chip.h
    # the second label of the same arrow keeps clear of the first
    assert not chips[0].intersects(chips[1])
    assert not obstacles.hits(Rect(-50, 500, 10, 10))


def test_label_placement_is_deterministic() -> None:
    source, target = _card(100, 100), _card(100, 170)
    places = []
    for _ in range(2):
        obstacles = Obstacles([source, target])
        places.append(_place(Flow(source, target), "Tak samo", obstacles))
    assert places[0] == places[1]


def test_labels_are_drawn_after_every_card(samples_dir) -> None:
    """A label with no free spot is drawn over the cards, outlines and badges, not hidden."""
    m = load_map(samples_dir / "online-shop-purchase.cjm").map
    data, _result = export_pdf_bytes(m, ExportOptions(details=False, reproducible=True))
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text() or ""
    flat = " ".join(text.split())
    label = flat.index("gives up online, orders by phone")
    for title in ("Password reset loop", "Orders by phone", "Checkout forces account"):
        assert flat.index(title) < label
    for connection_label in ("finds guest checkout", "won back by the sale", "opens the chat"):
        assert flat.index(connection_label) > flat.rindex("Recommends the shop")


@pytest.mark.parametrize(
    "sample", ["online-shop-purchase", "bank-account-opening-pl", "mobile-subscription-ro"]
)
def test_sample_labels_leave_arrow_heads_in_view(samples_dir, sample: str) -> None:
    """Every label of the samples leaves every arrow head (its own and others') in view: at
    most a corner of one's box is under a chip (a label beside a drop starts 1.5 units right of
    its line, over a base corner of the triangle)."""
    register_fonts()
    m = load_map(samples_dir / f"{sample}.cjm").map
    scene = MapScene.build(m)
    cards = scene.layout.cards
    flows = {c.id: Flow(cards[c.source], cards[c.target]) for c in m.connections}
    obstacles = scene.label_obstacles()
    grid = Rect(0.0, scene.layout.metrics.header_height, scene.layout.width, scene.layout.height)
    labelled = [c for c in m.connections if c.label]
    assert labelled
    for connection in labelled:
        flow = flows[connection.id]
        placed = place_label(Canvas(io.BytesIO()), flow, connection.label, grid, obstacles)
        chip = _label_chip(placed)
        for other in flows.values():
            left, top, right, bottom = head_box(other)
            head = Rect(left, top, right - left, bottom - top)
            assert _overlap(chip, head) < 0.3 * head.w * head.h, (connection.label, head)
