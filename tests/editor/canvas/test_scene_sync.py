"""The scene follows the document: only the items concerned change, never a full rebuild."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from cjdesigner.editor import commands as cmd
from cjdesigner.editor.canvas import MapScene
from cjdesigner.editor.canvas.items.card import CardItem
from cjdesigner.editor.document import MapDocument
from cjdesigner.model import Connection, Persona, Sentiment, Stage, Touchpoint

Check = Callable[[MapScene], None]


class CountingFactory:
    """Wraps the scene's card factory to count the card items it creates."""

    def __init__(self) -> None:
        self.created: list[str] = []

    def __call__(self, tp: Touchpoint, *args: object) -> CardItem:
        self.created.append(tp.id)
        return CardItem(tp, *args)  # type: ignore[arg-type]


def test_field_change_updates_only_that_card(
    doc: MapDocument, scene: MapScene, monkeypatch, layout_check: Check
) -> None:
    factory = CountingFactory()
    scene.card_factory = factory  # type: ignore[assignment]
    items = dict(scene.cards)
    positions = {i: item.pos() for i, item in items.items()}
    refreshed: list[str] = []
    original = CardItem.set_touchpoint

    def spy(self: CardItem, *args: object) -> None:
        refreshed.append(self.item_id)
        original(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(CardItem, "set_touchpoint", spy)
    doc.push(cmd.UpdateFields(doc, "touchpoint", "t2", {"title": "A much longer title now"}))
    doc.push(cmd.UpdateFields(doc, "touchpoint", "t2", {"sentiment": Sentiment.NEGATIVE}))
    assert factory.created == []
    assert refreshed == ["t2", "t2"]
    assert scene.cards == items  # same item objects
    assert {i: item.pos() for i, item in scene.cards.items()} == positions
    assert scene.cards["t2"].tp.title == "A much longer title now"
    assert "A much longer title now" in scene.cards["t2"].tooltip_text()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert factory.created == [] and scene.cards["t2"].tp.title == "T2"
    layout_check(scene)


def test_emotion_change_redraws_that_lane_curve(doc: MapDocument, scene: MapScene) -> None:
    curve = scene.curves["p0"]
    assert curve.runs == []  # no score in the lane: no curve of guesses alone
    doc.push(cmd.UpdateFields(doc, "touchpoint", "t0", {"emotion": 2}))
    # one point per card of the lane, the unscored ones estimated from their sentiment
    assert len(curve.runs) == 1 and len(curve.runs[0]) == 4
    assert curve.estimated == [False, True, True, True]
    assert scene.curves["p1"].runs == []


def test_insert_creates_one_item_and_moves_only_what_moved(
    doc: MapDocument, scene: MapScene, layout_check: Check
) -> None:
    factory = CountingFactory()
    scene.card_factory = factory  # type: ignore[assignment]
    positions = {i: item.pos() for i, item in scene.cards.items()}
    card = Touchpoint(
        id="new", stage_id="s0", persona_id="p0", order=1, title="New", channel="chat"
    )
    doc.push(cmd.InsertTouchpoints(doc, [card]))
    assert factory.created == ["new"]
    moved = {i for i, item in scene.cards.items() if i in positions and item.pos() != positions[i]}
    assert moved == {"t1", "t2", "t3", "t4"}  # t4: lane p0 grew, so lane p1 moved down
    layout_check(scene)


def test_delete_stage_with_cards_and_undo(
    doc: MapDocument, scene: MapScene, layout_check: Check
) -> None:
    before = doc.map.model_dump_json()
    doc.push(cmd.RemoveStage(doc, "s0"))
    assert set(scene.stage_headers) == {"s1", "s2"}
    assert set(scene.cards) == {"t4"} and scene.connections == {}
    layout_check(scene)
    # the remaining columns moved left: the first stage now starts after the lane headers
    assert scene.stage_headers["s1"].rect().x() == scene.metrics.lane_header_width
    doc.undo_stack.undo()
    assert doc.map.model_dump_json() == before
    assert set(scene.cards) == {"t0", "t1", "t2", "t3", "t4"} and set(scene.connections) == {"c0"}
    layout_check(scene)
    doc.undo_stack.redo()
    layout_check(scene)


def test_structure_changes_follow(doc: MapDocument, scene: MapScene, layout_check: Check) -> None:
    doc.push(cmd.InsertStage(doc, Stage(id="s9", name="New stage"), 0))
    doc.push(cmd.InsertPersona(doc, Persona(id="p9", name="Zofia"), 1))
    doc.push(cmd.MoveStage(doc, "s2", 0))
    doc.push(cmd.MovePersona(doc, "p1", 0))
    layout_check(scene)
    assert scene.curves.keys() == {"p0", "p1", "p9"}
    doc.push(cmd.RemovePersona(doc, "p1"))
    assert "p1" not in scene.persona_headers and "t4" not in scene.cards
    layout_check(scene)
    for _ in range(5):
        doc.undo_stack.undo()
    layout_check(scene)


def test_header_and_info_edits_update_in_place(doc: MapDocument, scene: MapScene) -> None:
    header = scene.persona_headers["p0"]
    doc.push(cmd.UpdateFields(doc, "persona", "p0", {"name": "Ana Popescu", "role": "Student"}))
    assert scene.persona_headers["p0"] is header
    assert header.persona.name == "Ana Popescu" and "Student" in header.toolTip()
    doc.push(cmd.UpdateFields(doc, "stage", "s2", {"goal": "Convert"}))
    assert "Convert" in scene.stage_headers["s2"].toolTip()
    doc.push(cmd.UpdateFields(doc, "info", None, {"title": "Bank account"}))
    assert scene._title is not None and scene._title._title == "Bank account"


def test_channel_rename_updates_cards(doc: MapDocument, scene: MapScene) -> None:
    doc.push(cmd.UpdateFields(doc, "channel", "website", {"name": "Web shop"}))
    assert "Web shop" in scene.cards["t0"].tooltip_text()


def test_connections_added_and_removed(doc: MapDocument, scene: MapScene) -> None:
    doc.push(cmd.InsertConnection(doc, Connection(id="c1", source="t4", target="t2")))
    assert "c1" in scene.connections
    backward = scene.connections["c1"].scene_path()
    assert backward.elementCount() > 4  # goes around: two cubic segments
    doc.push(cmd.RemoveConnections(doc, ["c0", "c1"]))
    assert scene.connections == {}
    doc.undo_stack.undo()
    assert set(scene.connections) == {"c0", "c1"}


@pytest.mark.parametrize("seed", [20261123, 7, 1234])
def test_random_edits_undo_redo_scene_matches_model(
    doc: MapDocument, scene: MapScene, layout_check: Check, qtbot: QtBot, seed: int
) -> None:
    rng = random.Random(seed)
    for step in range(120):
        ids = [t.id for t in doc.map.touchpoints]
        stages = [s.id for s in doc.map.stages]
        personas = [p.id for p in doc.map.personas]
        action = rng.choice(
            ["insert", "move", "remove", "field", "connect", "stage", "undo", "undo", "redo"]
        )
        if action == "insert" or not ids:
            cell = (rng.choice(stages), rng.choice(personas))
            card = Touchpoint(
                stage_id=cell[0],
                persona_id=cell[1],
                order=rng.randint(0, 5),
                title=f"Card {step}",
                channel="email",
            )
            doc.push(cmd.InsertTouchpoints(doc, [card]))
        elif action == "move":
            chosen = rng.sample(ids, k=min(len(ids), rng.randint(1, 3)))
            doc.push(
                cmd.MoveTouchpoints(
                    doc, chosen, rng.choice(stages), rng.choice(personas), rng.randint(0, 4)
                )
            )
        elif action == "remove":
            doc.push(cmd.RemoveTouchpoints(doc, [rng.choice(ids)]))
        elif action == "field":
            emotion = rng.choice([-2, -1, 0, 1, 2, None])
            doc.push(cmd.UpdateFields(doc, "touchpoint", rng.choice(ids), {"emotion": emotion}))
        elif action == "connect" and len(ids) > 1:
            source, target = rng.sample(ids, 2)
            flows = {(c.source, c.target) for c in doc.map.connections}
            if (source, target) not in flows:
                doc.push(cmd.InsertConnection(doc, Connection(source=source, target=target)))
        elif action == "stage":
            doc.push(cmd.MoveStage(doc, rng.choice(stages), rng.randint(0, len(stages) - 1)))
        elif action == "undo":
            doc.undo_stack.undo()
        else:
            doc.undo_stack.redo()
        layout_check(scene)
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    layout_check(scene)
    assert set(scene.cards) == {"t0", "t1", "t2", "t3", "t4"}


def test_set_document_none_and_another(doc: MapDocument, scene: MapScene) -> None:
    scene.set_document(None)
    assert scene.cards == {} and scene.items() == []
    other = MapDocument(doc.map.model_copy(deep=True))
    scene.set_document(other)
    assert set(scene.cards) == {"t0", "t1", "t2", "t3", "t4"}
    doc.push(cmd.RemoveTouchpoints(doc, ["t0"]))  # the old document no longer drives the scene
    assert "t0" in scene.cards
