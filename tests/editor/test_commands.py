"""Undo commands: every edit is one step, and undo then redo gives back exactly the same map."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from cjdesigner.editor import commands as cmd
from cjdesigner.editor.document import MapDocument
from cjdesigner.model import Connection, JourneyMap, Persona, Sentiment, Stage, Touchpoint


@pytest.fixture
def doc(qtbot: QtBot) -> MapDocument:
    m = JourneyMap(
        stages=[Stage(id=f"s{i}", name=f"Stage {i}") for i in range(3)],
        personas=[Persona(id="p0", name="Anna"), Persona(id="p1", name="Marek")],
    )
    document = MapDocument(m)
    for i in range(4):
        card = Touchpoint(
            id=f"t{i}", stage_id="s0", persona_id="p0", order=i, title=f"T{i}", channel="website"
        )
        document.push(cmd.InsertTouchpoints(document, [card]))
    document.push(cmd.InsertConnection(document, Connection(id="c0", source="t0", target="t1")))
    return document


def dump(doc: MapDocument) -> str:
    return doc.map.model_dump_json()


def test_insert_places_card_at_position_and_undo_restores(doc: MapDocument) -> None:
    before = dump(doc)
    card = Touchpoint(
        id="new", stage_id="s0", persona_id="p0", order=1, title="New", channel="email"
    )
    doc.push(cmd.InsertTouchpoints(doc, [card]))
    assert [t.id for t in doc.map.cell("s0", "p0")] == ["t0", "new", "t1", "t2", "t3"]
    after = dump(doc)
    doc.undo_stack.undo()
    assert dump(doc) == before
    doc.undo_stack.redo()
    assert dump(doc) == after


def test_several_cards_with_equal_orders_redo_in_the_same_order(doc: MapDocument) -> None:
    # Issue 12: redo read the orders the first insert had renumbered: X and Y both at 0 into
    # [t0…t3] gave [Y, X, t0…] the first time and [Y, t0, X, …] after undo + redo.
    cards = [
        Touchpoint(id=i, stage_id="s0", persona_id="p0", order=0, title=i, channel="email")
        for i in ("X", "Y")
    ]
    doc.push(cmd.InsertTouchpoints(doc, cards))
    inserted = [t.id for t in doc.map.cell("s0", "p0")]
    assert inserted == ["Y", "X", "t0", "t1", "t2", "t3"]
    after = dump(doc)
    for _ in range(2):
        doc.undo_stack.undo()
        doc.undo_stack.redo()
        assert [t.id for t in doc.map.cell("s0", "p0")] == inserted
        assert dump(doc) == after


def test_move_between_cells_emits_and_undoes(doc: MapDocument, qtbot: QtBot) -> None:
    before = dump(doc)
    with qtbot.waitSignal(doc.touchpoints_moved) as blocker:
        doc.push(cmd.MoveTouchpoints(doc, ["t1", "t3"], "s2", "p1", 0))
    assert set(blocker.args[0]) == {"t0", "t1", "t2", "t3"}
    assert [t.id for t in doc.map.cell("s2", "p1")] == ["t1", "t3"]
    assert [(t.id, t.order) for t in doc.map.cell("s0", "p0")] == [("t0", 0), ("t2", 1)]
    doc.undo_stack.undo()
    assert dump(doc) == before


def test_remove_stage_with_cards_is_one_undo_step(doc: MapDocument) -> None:
    before = dump(doc)
    doc.push(cmd.RemoveStage(doc, "s0"))
    assert [s.id for s in doc.map.stages] == ["s1", "s2"]
    assert doc.map.touchpoints == [] and doc.map.connections == []
    doc.undo_stack.undo()
    assert dump(doc) == before


def test_typing_merges_into_one_step(doc: MapDocument) -> None:
    count = doc.undo_stack.count()
    for text in ("A", "Ab", "Abc"):
        doc.push(cmd.UpdateFields(doc, "touchpoint", "t0", {"title": text}, merge=True))
    assert doc.undo_stack.count() == count + 1
    assert doc.map.touchpoint("t0").title == "Abc"
    doc.undo_stack.undo()
    assert doc.map.touchpoint("t0").title == "T0"


def test_delete_selection_restores_connections(doc: MapDocument) -> None:
    before = dump(doc)
    doc.push(cmd.delete_selection(doc, ["t1"], ["c0"]))
    assert doc.map.connections == []
    doc.undo_stack.undo()
    assert dump(doc) == before


def test_sentiment_change_marks_modified(doc: MapDocument) -> None:
    doc.mark_saved()
    assert not doc.modified
    doc.push(cmd.UpdateFields(doc, "touchpoint", "t2", {"sentiment": Sentiment.NEGATIVE}))
    assert doc.modified and doc.map.touchpoint("t2").sentiment is Sentiment.NEGATIVE
    doc.undo_stack.undo()
    assert not doc.modified
