"""Moments of truth: each persona's lowest emotion, when it is below zero; on a tie, at most
one per stage (the first of its cell)."""

from __future__ import annotations

from cjdesigner.layout.emotion import moments_of_truth
from cjdesigner.model import JourneyMap, Persona, Stage, Touchpoint


def _map(emotions: dict[str, list[int | None]]) -> JourneyMap:
    """One card per (persona, emotion), each in the next stage."""
    stages = [Stage(id=f"s{i}", name=f"S{i}") for i in range(4)]
    personas = [Persona(id=p, name=p) for p in emotions]
    touchpoints = [
        Touchpoint(
            id=f"{p}-{i}",
            stage_id=f"s{i}",
            persona_id=p,
            order=0,
            title="x",
            channel="email",
            emotion=emotion,
        )
        for p, values in emotions.items()
        for i, emotion in enumerate(values)
    ]
    return JourneyMap(stages=stages, personas=personas, touchpoints=touchpoints)


def test_the_lowest_negative_card_of_each_persona() -> None:
    m = _map({"anna": [1, -1, -2, 0], "marek": [-1, 2, None, 1]})
    assert moments_of_truth(m) == {"anna-2", "marek-0"}


def test_ties_in_different_stages_are_each_marked() -> None:
    m = _map({"anna": [-2, 1, -2, -1]})
    assert moments_of_truth(m) == {"anna-0", "anna-2"}


def test_a_journey_that_never_dips_below_zero_has_none() -> None:
    m = _map({"anna": [0, 1, 0, 2], "marek": [None, None, None, None], "ola": [0, -1, 0, 0]})
    assert moments_of_truth(m) == {"ola-1"}


def test_an_empty_map_has_none() -> None:
    assert moments_of_truth(JourneyMap()) == set()


def test_moments_are_per_persona_not_per_map() -> None:
    # marek's -1 is his lowest even though anna goes down to -2
    m = _map({"anna": [-2, 0, 0, 0], "marek": [0, -1, 1, 0]})
    assert moments_of_truth(m) == {"anna-0", "marek-1"}


def test_moments_of_some_personas_are_theirs_in_the_whole_map() -> None:
    """The canvas re-marks only the lanes whose cards changed: the answer must not differ."""
    m = _map({"anna": [-1, -2, -2], "marek": [-2, 1, None], "ola": [0, 1, 2]})
    everyone = moments_of_truth(m)
    assert everyone == {"anna-1", "anna-2", "marek-0"}
    assert moments_of_truth(m, {"anna"}) == {"anna-1", "anna-2"}
    assert moments_of_truth(m, {"marek", "ola"}) == {"marek-0"}
    assert moments_of_truth(m, set()) == set()


def _cell_map(cells: dict[str, list[tuple[str, str, int, int | None]]]) -> JourneyMap:
    """Cards given per persona as (id, stage, order, emotion); listed in any order."""
    stages = [Stage(id=f"s{i}", name=f"S{i}") for i in range(3)]
    return JourneyMap(
        stages=stages,
        personas=[Persona(id=p, name=p) for p in cells],
        touchpoints=[
            Touchpoint(
                id=card_id,
                stage_id=stage,
                persona_id=p,
                order=order,
                title=card_id,
                channel="email",
                emotion=emotion,
            )
            for p, cards in cells.items()
            for card_id, stage, order, emotion in cards
        ],
    )


def test_a_stage_with_several_cards_at_the_lowest_marks_the_first_of_its_cell() -> None:
    """QA J17: a workshop writes -2 for every frustration; one ring per stage and lane, the
    card highest in the cell (its order, not where it is in the file)."""
    m = _cell_map(
        {
            "anna": [
                ("a-late", "s0", 2, -2),
                ("a-first", "s0", 0, -2),
                ("a-mid", "s0", 1, -2),
                ("a-up", "s0", 3, 1),
                ("b-only", "s1", 0, -2),
                ("c-one", "s2", 0, -1),  # not the lowest
            ],
            "marek": [("m-0", "s0", 0, -2), ("m-1", "s0", 1, -2)],
        }
    )
    assert moments_of_truth(m) == {"a-first", "b-only", "m-0"}
    assert moments_of_truth(m, {"anna"}) == {"a-first", "b-only"}


def test_moving_a_card_up_its_cell_moves_the_ring() -> None:
    cards = [("x", "s1", 0, -2), ("y", "s1", 1, -2)]
    assert moments_of_truth(_cell_map({"anna": cards})) == {"x"}
    swapped = [("x", "s1", 1, -2), ("y", "s1", 0, -2)]
    assert moments_of_truth(_cell_map({"anna": swapped})) == {"y"}


def test_the_first_card_of_a_cell_not_at_the_lowest_does_not_take_the_ring() -> None:
    cards = [("x", "s1", 0, -1), ("y", "s1", 1, -2), ("z", "s1", 2, None)]
    assert moments_of_truth(_cell_map({"anna": cards})) == {"y"}
