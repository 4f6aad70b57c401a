"""Connection routes: the same plain-number route for the canvas and the PDF."""

from __future__ import annotations

from cjdesigner.layout import Rect
from cjdesigner.layout.routing import ARROW_LENGTH, BEND, is_drop, route_points

CARD = (176.0, 76.0)


def card(x: float, y: float) -> Rect:
    return Rect(x, y, *CARD)


def test_forward_flow_leaves_right_edge_and_enters_left_edge() -> None:
    a, b = card(0, 0), card(400, 200)
    points = route_points(a, b)
    assert len(points) == 4
    assert points[0] == (a.right, a.center[1])
    assert points[-1] == (b.x - ARROW_LENGTH * 0.6, b.center[1])
    # control points sit at their ends' heights: the curve leaves and enters horizontally
    assert points[1][1] == points[0][1] and points[2][1] == points[3][1]


def test_drop_to_the_card_below_is_straight() -> None:
    a, b = card(0, 0), card(0, 86)
    assert is_drop(a, b)
    points = route_points(a, b)
    assert {p[0] for p in points} == {a.center[0]}
    assert points[0][1] == a.bottom and points[-1][1] < b.y


def test_backward_flow_goes_around_below_both_cards() -> None:
    a, b = card(400, 0), card(0, 100)
    points = route_points(a, b, clearance=6.0)
    assert len(points) == 7
    lowest = max(p[1] for p in points)
    assert lowest == max(a.bottom, b.bottom) + 6.0
    assert points[1][0] == a.right + BEND
    assert not is_drop(a, b)
