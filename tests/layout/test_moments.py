"""Moments of truth: each persona's lowest emotion, when it is below zero (ties: all)."""

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


def test_ties_mark_every_card_at_the_lowest() -> None:
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
