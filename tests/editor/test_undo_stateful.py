"""Random edit sequences: undo always restores the map before the edit, redo the map after it."""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtWidgets import QApplication

from cjdesigner.editor import commands as cmd
from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window.clipboard import decode, encode, paste_command
from cjdesigner.model import Connection, JourneyMap, Persona, Sentiment, Stage, Touchpoint

CHANNELS = ["website", "email", "store", "phone"]


class UndoMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        QApplication.instance() or QApplication([])
        m = JourneyMap(
            stages=[Stage(id=f"s{i}", name=f"Stage {i}") for i in range(3)],
            personas=[Persona(id="p0", name="Anna"), Persona(id="p1", name="Marek")],
        )
        self.doc = MapDocument(m)
        self.counter = 0

    # -- helpers --
    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def push_and_check(self, command: cmd.MapCommand) -> None:
        before = self.doc.map.model_dump_json()
        self.doc.push(command)
        after = self.doc.map.model_dump_json()
        self.doc.undo_stack.undo()
        assert self.doc.map.model_dump_json() == before
        self.doc.undo_stack.redo()
        assert self.doc.map.model_dump_json() == after

    # -- rules --
    @rule(data=st.data())
    def add_card(self, data: st.DataObject) -> None:
        m = self.doc.map
        stage = data.draw(st.sampled_from([s.id for s in m.stages]))
        persona = data.draw(st.sampled_from([p.id for p in m.personas]))
        index = data.draw(st.integers(0, 5))
        card = Touchpoint(
            id=self.fresh("nt"),
            stage_id=stage,
            persona_id=persona,
            order=index,
            title="Card",
            channel=data.draw(st.sampled_from(CHANNELS)),
        )
        self.push_and_check(cmd.InsertTouchpoints(self.doc, [card]))

    @rule(data=st.data())
    def add_cards_to_one_cell(self, data: st.DataObject) -> None:
        # Several cards into one (often non-empty) cell, orders drawn freely: equal ones too.
        m = self.doc.map
        stage = data.draw(st.sampled_from([s.id for s in m.stages]))
        persona = data.draw(st.sampled_from([p.id for p in m.personas]))
        orders = data.draw(st.lists(st.integers(0, 4), min_size=2, max_size=4))
        cards = [
            Touchpoint(
                id=self.fresh("nt"),
                stage_id=stage,
                persona_id=persona,
                order=order,
                title="Card",
                channel=data.draw(st.sampled_from(CHANNELS)),
            )
            for order in orders
        ]
        self.push_and_check(cmd.InsertTouchpoints(self.doc, cards))

    @precondition(lambda self: self.doc.map.touchpoints)
    @rule(data=st.data())
    def paste(self, data: st.DataObject) -> None:
        m = self.doc.map
        ids = data.draw(
            st.lists(
                st.sampled_from([t.id for t in m.touchpoints]), min_size=1, max_size=4, unique=True
            )
        )
        clip = decode(encode(m, ids))
        assert clip is not None
        target = data.draw(
            st.none()
            | st.tuples(
                st.sampled_from([s.id for s in m.stages]),
                st.sampled_from([p.id for p in m.personas]),
                st.integers(0, 5),
            )
        )
        made = paste_command(self.doc, clip, target, "Paste")
        assert made is not None
        self.push_and_check(made[0])

    @precondition(lambda self: self.doc.map.touchpoints)
    @rule(data=st.data())
    def move_cards(self, data: st.DataObject) -> None:
        m = self.doc.map
        ids = data.draw(
            st.lists(
                st.sampled_from([t.id for t in m.touchpoints]), min_size=1, max_size=3, unique=True
            )
        )
        stage = data.draw(st.sampled_from([s.id for s in m.stages]))
        persona = data.draw(st.sampled_from([p.id for p in m.personas]))
        index = data.draw(st.none() | st.integers(0, 6))
        self.push_and_check(cmd.MoveTouchpoints(self.doc, ids, stage, persona, index))

    @precondition(lambda self: self.doc.map.touchpoints)
    @rule(data=st.data())
    def remove_cards(self, data: st.DataObject) -> None:
        ids = data.draw(
            st.lists(
                st.sampled_from([t.id for t in self.doc.map.touchpoints]),
                min_size=1,
                max_size=2,
                unique=True,
            )
        )
        self.push_and_check(cmd.RemoveTouchpoints(self.doc, ids))

    @precondition(lambda self: self.doc.map.touchpoints)
    @rule(data=st.data())
    def edit_card(self, data: st.DataObject) -> None:
        card = data.draw(st.sampled_from([t.id for t in self.doc.map.touchpoints]))
        changes = data.draw(
            st.sampled_from(
                [
                    {"sentiment": Sentiment.NEGATIVE},
                    {"emotion": -2},
                    {"title": "Zażółć gęślą jaźń"},
                    {"pain_points": ["Długie formularze", "Brak ofertei"]},
                    {"milestone": True},
                ]
            )
        )
        self.push_and_check(cmd.UpdateFields(self.doc, "touchpoint", card, changes))

    @precondition(lambda self: len(self.doc.map.touchpoints) >= 2)
    @rule(data=st.data())
    def connect(self, data: st.DataObject) -> None:
        m = self.doc.map
        a, b = data.draw(
            st.lists(
                st.sampled_from([t.id for t in m.touchpoints]), min_size=2, max_size=2, unique=True
            )
        )
        if any(c.source == a and c.target == b for c in m.connections):
            return
        self.push_and_check(
            cmd.InsertConnection(self.doc, Connection(id=self.fresh("nc"), source=a, target=b))
        )

    @rule(index=st.integers(0, 4))
    def add_stage(self, index: int) -> None:
        self.push_and_check(
            cmd.InsertStage(self.doc, Stage(id=self.fresh("ns"), name="New"), index)
        )

    @precondition(lambda self: len(self.doc.map.stages) > 1)
    @rule(data=st.data())
    def remove_stage(self, data: st.DataObject) -> None:
        stage = data.draw(st.sampled_from([s.id for s in self.doc.map.stages]))
        self.push_and_check(cmd.RemoveStage(self.doc, stage))

    @precondition(lambda self: len(self.doc.map.personas) > 1)
    @rule(data=st.data())
    def remove_persona(self, data: st.DataObject) -> None:
        persona = data.draw(st.sampled_from([p.id for p in self.doc.map.personas]))
        self.push_and_check(cmd.RemovePersona(self.doc, persona))

    @rule(data=st.data())
    def move_stage(self, data: st.DataObject) -> None:
        stage = data.draw(st.sampled_from([s.id for s in self.doc.map.stages]))
        self.push_and_check(cmd.MoveStage(self.doc, stage, data.draw(st.integers(0, 5))))

    @precondition(lambda self: self.doc.map.touchpoints)
    @rule(data=st.data())
    def delete_selection(self, data: st.DataObject) -> None:
        m = self.doc.map
        cards = data.draw(
            st.lists(st.sampled_from([t.id for t in m.touchpoints]), max_size=2, unique=True)
        )
        flows = [c.id for c in m.connections][:2]
        if cards or flows:
            self.push_and_check(cmd.delete_selection(self.doc, cards, flows))

    @rule()
    def undo_all_and_redo_all(self) -> None:
        stack = self.doc.undo_stack
        final = self.doc.map.model_dump_json()
        index = stack.index()
        while stack.canUndo():
            stack.undo()
        while stack.index() < index:
            stack.redo()
        assert self.doc.map.model_dump_json() == final

    @invariant()
    def map_is_valid(self) -> None:
        self.doc.map.check()
        for cell, cards in self.doc.map.cells().items():
            assert [t.order for t in cards] == list(range(len(cards))), cell


TestUndoRedo = UndoMachine.TestCase
TestUndoRedo.settings = settings(
    max_examples=40,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
