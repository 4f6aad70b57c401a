"""Flow label placement shared by the canvas and the PDF: whole on a free spot of its own
flow, else a numbered marker that keeps clear of card text and other labels."""

from __future__ import annotations

from cjdesigner.layout import Rect
from cjdesigner.layout.labels import (
    Space,
    box_of,
    flatten,
    label_numbers,
    overlaps,
    place_chip,
    place_marker,
    points_along,
    wrap_words,
)
from cjdesigner.layout.routing import route_points
from cjdesigner.model import Connection, JourneyMap, MapInfo, Persona, Stage, Touchpoint


def _near_route(box: tuple[float, float, float, float], points, reach: float = 2.5) -> bool:
    """Whether the box touches the route (within ``reach``)."""
    grown = (box[0] - reach, box[1] - reach, box[2] + reach, box[3] + reach)
    return any(
        grown[0] <= x <= grown[2] and grown[1] <= y <= grown[3]
        for x, y in points_along(points, [i / 200 for i in range(201)])
    )


def test_a_label_with_room_sits_whole_on_its_own_flow_and_takes_the_spot() -> None:
    source, target = Rect(0, 100, 150, 60), Rect(500, 100, 150, 60)
    points = route_points(source, target)
    space = Space([box_of(source), box_of(target)])
    box = place_chip(points, 80, 12, space)
    assert box is not None
    assert not overlaps(box, box_of(source)) and not overlaps(box, box_of(target))
    assert _near_route(box, points)
    assert not space.is_free(box)  # a second label keeps clear of it
    second = place_chip(points, 80, 12, space)
    assert second is not None and not overlaps(box, second)


def test_no_room_gives_a_marker_clear_of_card_text_and_of_other_markers() -> None:
    # two cards stacked 10 units apart: a drop whose gap holds no chip
    source, target = Rect(100, 100, 150, 60), Rect(100, 170, 150, 60)
    points = route_points(source, target)
    text = [(r.x + 8, r.y + 8, r.right - 8, r.bottom - 8) for r in (source, target)]
    space = Space([box_of(source), box_of(target)], text, area=(0, 0, 400, 400))
    assert place_chip(points, 60, 10, space) is None
    first, _free = place_marker(points, 4.0, space)
    second, _free = place_marker(points, 4.0, space)
    boxes = [(x - 4, y - 4, x + 4, y + 4) for x, y in (first, second)]
    assert not overlaps(boxes[0], boxes[1])
    for box in boxes:
        assert not any(overlaps(box, t) for t in text)
        assert _near_route(box, points, 6.0)


def test_placement_is_deterministic() -> None:
    source, target = Rect(100, 100, 150, 60), Rect(100, 170, 150, 60)
    points = route_points(source, target)
    results = []
    for _ in range(2):
        space = Space([box_of(source), box_of(target)])
        results.append((place_chip(points, 60, 10, space), place_marker(points, 4.0, space)))
    assert results[0] == results[1]


def test_wrap_keeps_every_word_whole() -> None:
    text = "zakłada konto od razu z linku w reklamie bardzodługiesłowobezspacji"
    lines = wrap_words(text, lambda s: 5.0 * len(s), 60.0)
    assert " ".join(lines) == text
    assert "bardzodługiesłowobezspacji" in lines  # longer than a line: alone, not cut
    assert all(len(line) * 5.0 <= 60.0 for line in lines if " " in line)


def test_numbers_follow_the_labelled_flows_in_map_order() -> None:
    m = JourneyMap(
        info=MapInfo(title="t"),
        stages=[Stage(id="s", name="S")],
        personas=[Persona(id="p", name="P")],
        touchpoints=[
            Touchpoint(
                id=f"t{i}", stage_id="s", persona_id="p", channel="website", title=f"T{i}", order=i
            )
            for i in range(3)
        ],
        connections=[
            Connection(id="a", source="t0", target="t1", label="first"),
            Connection(id="b", source="t1", target="t2", label=""),
            Connection(id="c", source="t0", target="t2", label="second"),
        ],
    )
    assert label_numbers(m) == {"a": 1, "c": 2}


def test_flatten_keeps_the_route_ends() -> None:
    points = route_points(Rect(0, 0, 100, 50), Rect(300, 200, 100, 50))
    line = flatten(points)
    assert line[0] == points[0] and line[-1] == points[-1]


def test_polish_one_letter_words_never_end_a_label_line() -> None:
    """ "sprawdza warunki zwolnienia z opłat": the "z" goes down with "opłat" (chains too)."""
    from cjdesigner.layout.labels import wrap_words

    def measure(text: str) -> float:
        return float(len(text))

    lines = wrap_words("sprawdza warunki zwolnienia z opłat", measure, 29, "pl")
    assert lines == ["sprawdza warunki zwolnienia", "z opłat"]
    lines = wrap_words("jest i w domu", measure, 7, "pl")
    assert lines == ["jest", "i w domu"]
    # other languages wrap greedily as before
    assert wrap_words("sprawdza warunki zwolnienia z opłat", measure, 29, "en")[0].endswith(" z")


def test_first_free_spot_is_the_first_box_free_of_everything() -> None:
    """:meth:`Space.first_free` holds each box against what blocked the ones before it
    first: it must still find exactly the first free box (or none), as box-by-box checks."""
    import random

    rng = random.Random(7)
    for _ in range(40):
        space = Space(
            [_random_box(rng, 600, 80) for _ in range(rng.randint(0, 60))],
            area=(0.0, 0.0, 2000.0, 2000.0),
        )
        for _ in range(rng.randint(0, 20)):
            space.place(_random_box(rng, 120, 20))
        for _ in range(30):
            boxes = [_random_box(rng, 130, 30, edge=2100.0) for _ in range(rng.randint(1, 24))]
            expected = next((b for b in boxes if space.is_free(b)), None)
            assert space.first_free(boxes) == expected


def _random_box(
    rng, most_w: float, most_h: float, edge: float = 2000.0
) -> tuple[float, float, float, float]:
    x, y = rng.uniform(-50, edge), rng.uniform(-50, edge)
    return (x, y, x + rng.uniform(1, most_w), y + rng.uniform(1, most_h))
