"""Clipboard between windows, duplicate, and the Map menu's stage and persona edits."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from cjdesigner.editor.commands import InsertChannel
from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window import MainWindow
from cjdesigner.editor.window.clipboard import CLIPBOARD_MIME
from cjdesigner.model import Channel, JourneyMap, Persona, Stage, Touchpoint


def cell_titles(doc: MapDocument | None, stage: str, persona: str) -> list[str]:
    assert doc is not None
    return [t.title for t in doc.map.cell(stage, persona)]


# -- clipboard --------------------------------------------------------------------------------


def test_copy_puts_json_in_the_contract_format(window: MainWindow) -> None:
    window.scene.select_ids(["t0", "t1"])
    window.window_actions.copy.trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasFormat(CLIPBOARD_MIME)
    data = json.loads(bytes(mime.data(CLIPBOARD_MIME).data()).decode("utf-8"))
    assert [t["id"] for t in data["touchpoints"]] == ["t0", "t1"]
    assert [(c["source"], c["target"]) for c in data["connections"]] == [("t0", "t1")]
    assert json.loads(mime.text()) == data


def test_copy_and_paste_between_two_windows(
    make_window: Callable[..., MainWindow], window: MainWindow
) -> None:
    window.scene.select_ids(["t0", "t1"])
    window.window_actions.copy.trigger()

    other = make_window()
    other_doc = other.doc
    assert other_doc is not None
    first_stage = other_doc.map.stages[0].id
    first_persona = other_doc.map.personas[0].id
    assert other.window_actions.paste.isEnabled()
    other.window_actions.paste.trigger()
    pasted = other_doc.map.touchpoints
    assert [t.title for t in pasted] == ["Sees an ad", "Visits the site"]
    assert {t.id for t in pasted}.isdisjoint({"t0", "t1"})  # fresh ids
    assert {t.cell for t in pasted} == {(first_stage, first_persona)}  # no such cell: first one
    (flow,) = other_doc.map.connections
    assert (flow.source, flow.target) == (pasted[0].id, pasted[1].id)
    assert sorted(other.scene.selected_touchpoint_ids()) == sorted(t.id for t in pasted)
    other.window_actions.undo.trigger()
    assert other_doc.map.touchpoints == [] and other_doc.map.connections == []


def test_paste_goes_after_the_selected_card(window: MainWindow) -> None:
    window.scene.select_ids(["t3"])
    window.window_actions.copy.trigger()
    window.scene.select_ids(["t0"])
    window.window_actions.paste.trigger()
    assert cell_titles(window.doc, "s0", "p0") == ["Sees an ad", "Calls support", "Visits the site"]


def test_paste_without_selection_goes_back_to_the_original_cells(window: MainWindow) -> None:
    window.scene.select_ids(["t2", "t3"])
    window.window_actions.copy.trigger()
    window.scene.select_ids([])
    window.window_actions.paste.trigger()
    assert cell_titles(window.doc, "s1", "p0") == ["Zażółć gęślą", "Zażółć gęślą"]
    assert cell_titles(window.doc, "s2", "p1") == ["Calls support", "Calls support"]


def test_paste_brings_a_custom_channel_along(
    make_window: Callable[..., MainWindow], window: MainWindow
) -> None:
    doc = window.doc
    assert doc is not None
    doc.push(InsertChannel(doc, Channel(id="kiosk", name="Kiosk", icon="store")))
    card = Touchpoint(
        id="k1", stage_id="s0", persona_id="p1", title="Uses the kiosk", channel="kiosk"
    )
    from cjdesigner.editor.commands import InsertTouchpoints

    doc.push(InsertTouchpoints(doc, [card]))
    window.scene.select_ids(["k1"])
    window.window_actions.copy.trigger()
    other = make_window()
    other.window_actions.paste.trigger()
    assert other.doc is not None
    assert other.doc.map.channel("kiosk").name == "Kiosk"
    assert other.doc.map.touchpoints[0].channel == "kiosk"
    other.window_actions.undo.trigger()
    assert "kiosk" not in {c.id for c in other.doc.map.channels}


def test_paste_of_foreign_text_does_nothing(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setText("just some notes")
    QGuiApplication.clipboard().setMimeData(mime)
    assert window.doc is not None
    count = len(window.doc.map.touchpoints)
    assert window.clipboard.paste() == []
    assert len(window.doc.map.touchpoints) == count
    assert "no touchpoints" in window.statusBar().currentMessage()


def test_cut_removes_and_paste_restores(window: MainWindow) -> None:
    doc = window.doc
    assert doc is not None
    window.scene.select_ids(["t4"])
    window.window_actions.cut.trigger()
    assert "t4" not in {t.id for t in doc.map.touchpoints}
    window.window_actions.paste.trigger()
    assert cell_titles(doc, "s1", "p1") == ["Reads reviews"]


def test_duplicate_puts_copies_right_after_the_originals(window: MainWindow) -> None:
    doc = window.doc
    assert doc is not None
    window.scene.select_ids(["t0", "t1"])
    window.window_actions.duplicate.trigger()
    assert cell_titles(doc, "s0", "p0") == [
        "Sees an ad",
        "Sees an ad",
        "Visits the site",
        "Visits the site",
    ]
    assert len(doc.map.connections) == 2
    assert len(window.scene.selected_touchpoint_ids()) == 2
    window.window_actions.undo.trigger()
    assert cell_titles(doc, "s0", "p0") == ["Sees an ad", "Visits the site"]


# -- stages and personas ----------------------------------------------------------------------


def test_add_stage_after_the_selected_one_and_undo(window: MainWindow) -> None:
    doc = window.doc
    assert doc is not None
    window.scene.select_ids(["s0"])
    window.window_actions.add_stage.trigger()
    names = [s.name for s in doc.map.stages]
    assert names == ["Stage 0", "New stage", "Stage 1", "Stage 2"]
    assert window.inspector.current_form() is window.inspector.stage_form
    assert window.counts_label.text() == "2 personas · 4 stages · 5 touchpoints"
    window.window_actions.undo.trigger()
    assert len(doc.map.stages) == 3
    assert window.counts_label.text() == "2 personas · 3 stages · 5 touchpoints"


def test_a_selected_card_never_makes_delete_or_move_act_on_its_stage(window: MainWindow) -> None:
    """Adding goes next to a selected card's stage (test_add_beside_card); deleting or moving
    a stage or lane needs its header selected, never just a card in it."""
    doc = window.doc
    assert doc is not None
    before = doc.map.model_dump_json()
    card = next(t for t in doc.map.touchpoints if t.stage_id == "s0")
    window.scene.select_ids([card.id])
    assert not window.structure.delete_stage()
    assert not window.structure.delete_persona()
    assert not window.structure.move_stage(1)
    assert not window.structure.move_persona(1)
    assert doc.map.model_dump_json() == before


def test_add_persona(window: MainWindow) -> None:
    doc = window.doc
    assert doc is not None
    window.window_actions.add_persona.trigger()
    assert [p.name for p in doc.map.personas] == ["Anna Kowalska", "Ștefan Popescu", "Persona 3"]


def test_delete_a_stage_with_cards_asks_first_and_is_undoable(
    window: MainWindow, dialogs: Any
) -> None:
    doc = window.doc
    assert doc is not None
    before = doc.map.model_dump_json()
    window.scene.select_ids(["s0"])
    dialogs.script("confirm", False)
    window.window_actions.delete_stage.trigger()
    assert len(doc.map.stages) == 3
    assert "2 touchpoints" in dialogs.asked[-1][1][1]
    dialogs.script("confirm", True)
    window.window_actions.delete.trigger()  # Edit > Delete on a selected stage header
    assert [s.id for s in doc.map.stages] == ["s1", "s2"]
    assert {"t0", "t1"}.isdisjoint(t.id for t in doc.map.touchpoints)
    window.window_actions.undo.trigger()
    assert doc.map.model_dump_json() == before


def test_delete_an_empty_persona_does_not_ask(
    make_window: Callable[..., MainWindow], dialogs: Any
) -> None:
    m = JourneyMap(
        stages=[Stage(id="s", name="S")],
        personas=[Persona(id="a", name="A"), Persona(id="b", name="B")],
    )
    window = make_window()
    window.set_document(MapDocument(m))
    window.scene.select_ids(["b"])
    window.window_actions.delete_persona.trigger()
    assert [p.id for p in m.personas] == ["a"]
    assert dialogs.asked == []
    window.scene.select_ids(["a"])
    window.window_actions.delete_persona.trigger()  # the last one stays
    assert [p.id for p in m.personas] == ["a"]
    assert dialogs.names() == ["info"]


def test_move_stage_and_persona(window: MainWindow) -> None:
    doc = window.doc
    assert doc is not None
    window.scene.select_ids(["s0"])
    window.window_actions.move_stage_left.trigger()  # already first: nothing
    window.window_actions.move_stage_right.trigger()
    assert [s.id for s in doc.map.stages] == ["s1", "s0", "s2"]
    assert window.scene.selected_stage_id() == "s0"
    window.scene.select_ids(["p1"])
    window.window_actions.move_persona_up.trigger()
    assert [p.id for p in doc.map.personas] == ["p1", "p0"]
    window.window_actions.undo.trigger()
    window.window_actions.undo.trigger()
    assert [s.id for s in doc.map.stages] == ["s0", "s1", "s2"]
    assert [p.id for p in doc.map.personas] == ["p0", "p1"]


def test_stage_actions_follow_the_selection(window: MainWindow) -> None:
    actions = window.window_actions
    window.scene.select_ids([])
    assert not actions.delete_stage.isEnabled() and not actions.copy.isEnabled()
    window.scene.select_ids(["s1"])
    assert actions.delete_stage.isEnabled() and actions.move_stage_left.isEnabled()
    assert not actions.delete_persona.isEnabled()
    window.scene.select_ids(["t0"])
    assert actions.copy.isEnabled() and actions.duplicate.isEnabled()


def test_delete_key_removes_cards_only_from_the_canvas(window: MainWindow, qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    doc = window.doc
    assert doc is not None
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.scene.select_ids(["t2"])
    pain_points = window.inspector.touchpoint_form.pain_points.list
    pain_points.setFocus()
    pain_points.setCurrentRow(0)
    qtbot.waitUntil(pain_points.hasFocus, timeout=2000)
    qtbot.keyClick(pain_points, Qt.Key.Key_Delete)
    assert "t2" in {t.id for t in doc.map.touchpoints}
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus, timeout=2000)
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Delete)
    assert "t2" not in {t.id for t in doc.map.touchpoints}


def test_deleting_several_cards_says_how_many_and_how_to_get_them_back(
    window: MainWindow,
) -> None:
    """Select All + Delete empties a whole map with one key and asks nothing (the cards are
    one undo away); the status bar says so, with the key that brings them back."""
    doc = window.doc
    assert doc is not None
    window.scene.select_ids(["t2"])
    window.window_actions.delete.trigger()
    assert window.statusBar().currentMessage() == ""  # one card: the map shows it
    window.window_actions.select_all.trigger()
    window.window_actions.delete.trigger()
    assert doc.map.touchpoints == []
    message = window.statusBar().currentMessage()
    assert message.startswith("4 touchpoint") and "deleted — Undo (" in message
    assert "Ctrl+Z" in message or "⌘Z" in message
    window.window_actions.undo.trigger()
    assert len(doc.map.touchpoints) == 4
    assert window.statusBar().currentMessage() == ""  # no longer true once undone
