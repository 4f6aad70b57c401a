"""Add Stage / Add Persona with a card selected add it right after that card's stage or lane.

Before, only a selected header placed the new one; with a card selected (what a workshop
looks at when it notices a missing step) the stage went to the far right end of the map.
"""

from __future__ import annotations

from cjdesigner.editor.window import MainWindow


def test_add_stage_with_a_card_selected_goes_after_its_stage(window: MainWindow) -> None:
    assert window.doc is not None
    window.scene.select_ids(["t2"])  # Stage 1
    window.window_actions.add_stage.trigger()
    names = [s.name for s in window.doc.map.stages]
    assert names == ["Stage 0", "Stage 1", "New stage", "Stage 2"]
    window.window_actions.undo.trigger()
    assert [s.name for s in window.doc.map.stages] == ["Stage 0", "Stage 1", "Stage 2"]


def test_add_persona_with_a_card_selected_goes_after_its_lane(window: MainWindow) -> None:
    assert window.doc is not None
    window.scene.select_ids(["t0"])  # Anna's lane
    window.window_actions.add_persona.trigger()
    names = [p.name for p in window.doc.map.personas]
    assert names == ["Anna Kowalska", "Persona 3", "Ștefan Popescu"]


def test_with_nothing_selected_they_go_at_the_end(window: MainWindow) -> None:
    assert window.doc is not None
    window.scene.select_ids([])
    window.window_actions.add_stage.trigger()
    assert window.doc.map.stages[-1].name == "New stage"
