"""The PDF draws every arrow along the canvas's route, with the canvas's head."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf.flows import Flow, paint_connection
from cjdesigner.layout import Rect
from cjdesigner.layout.routing import (
    ARROW_HALF_WIDTH,
    ARROW_LENGTH,
    DROP_ARROW_LENGTH,
    route_points,
)

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
    assert len(flow.points) > 7  # start + runs and rounded corners: out, around, back in
    box = flow.bounds()
    for x, y in [*flow.points, *flow.head()]:
        assert box.x <= x <= box.right and box.y <= y <= box.bottom
    assert box.x < target.x and box.right > source.right  # around both cards
    assert flow.point_at(0.0) == flow.points[0] and flow.point_at(1.0) == flow.points[-1]


def test_paint_writes_every_cubic() -> None:
    canv = Canvas("unused.pdf", pageCompression=0)
    paint_connection(canv, Flow(_card(300, 0), _card(0, 200)))
    stream = canv.getpdfdata().decode("latin-1")
    assert stream.count(" c\n") + stream.count(" c ") >= 2


def test_straight_runs_are_lines_and_the_path_keeps_every_end_point() -> None:
    """The arrow's operators write a straight run (a cubic with its controls at its ends) as
    a line and a rounded corner as a cubic: the path passes the route's every end point."""
    from cjdesigner.export.pdf.flows import connection_operators

    flow = Flow(_card(300, 0), _card(0, 200))
    route = connection_operators(flow).split(" S ")[0].split()
    ends: list[tuple[float, float]] = []
    operands: list[float] = []
    kinds = []
    for token in route:
        if token in ("m", "l", "c"):
            ends.append((operands[-2], -operands[-1]))
            kinds.append(token)
            operands = []
        else:
            operands.append(float(token))
    expected = [flow.points[0]] + [flow.points[i] for i in range(3, len(flow.points), 3)]
    assert len(ends) == len(expected)
    for (x, y), (ex, ey) in zip(ends, expected, strict=True):
        assert abs(x - ex) < 0.01 and abs(y - ey) < 0.01
    assert "l" in kinds and "c" in kinds  # runs between the corners, corners rounded
