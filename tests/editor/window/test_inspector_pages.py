"""The inspector builds only the map's page with the window; every other page on first use.

Each page, built when the canvas first selects its kind of item, shows that item's fields and
the window's buttons for it (move, delete), exactly as a page built up front did.
"""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from cjdesigner.editor.window import MainWindow
from cjdesigner.editor.window.inspector.map_form import MapForm
from cjdesigner.editor.window.inspector.multi_form import MultiForm
from cjdesigner.editor.window.inspector.persona_form import PersonaForm
from cjdesigner.editor.window.inspector.stage_form import StageForm
from cjdesigner.editor.window.inspector.touchpoint_form import TouchpointForm
from cjdesigner.model import Sentiment


def built(window: MainWindow) -> list[type]:
    return [type(form) for form in window.inspector.forms()]


def page_buttons(form: object) -> list[str]:
    buttons = form.findChildren(QToolButton)  # type: ignore[attr-defined]
    return [b.defaultAction().objectName() for b in buttons if b.defaultAction() is not None]


def test_a_new_window_builds_only_the_map_page(window: MainWindow) -> None:
    assert built(window) == [MapForm]
    assert window.inspector.current_form() is window.inspector.map_form
    assert window.inspector.stack.count() == 1


def test_selecting_a_card_first_builds_its_page_with_the_cards_fields(
    window: MainWindow,
) -> None:
    window.scene.select_ids(["t2"])
    assert TouchpointForm in built(window)
    form = window.inspector.current_form()
    assert isinstance(form, TouchpointForm)
    assert form.isVisibleTo(window.inspector)
    assert form.title.text() == "Zażółć gęślą"
    assert form.channel.currentData() == "email"
    assert form.sentiment.buttons[Sentiment.NEGATIVE].isChecked()
    assert form.pain_points.values() == ["Slow"]
    window.scene.select_ids(["t0"])  # the same page again, not a second one
    assert built(window).count(TouchpointForm) == 1
    assert window.inspector.current_form() is form


def test_the_stage_and_persona_pages_come_with_their_buttons(window: MainWindow) -> None:
    window.scene.select_ids(["s1"])
    stage = window.inspector.current_form()
    assert isinstance(stage, StageForm)
    assert stage.name.text() == "Stage 1"
    assert page_buttons(stage) == [
        "action_move_stage_left",
        "action_move_stage_right",
        "action_delete_stage",
    ]
    window.scene.select_ids(["p1"])
    persona = window.inspector.current_form()
    assert isinstance(persona, PersonaForm)
    assert persona.name.text() == "Ștefan Popescu"
    assert page_buttons(persona) == [
        "action_move_persona_up",
        "action_move_persona_down",
        "action_delete_persona",
    ]


def test_several_cards_first_build_the_shared_page(window: MainWindow) -> None:
    window.scene.select_ids(["t0", "t1"])
    form = window.inspector.current_form()
    assert isinstance(form, MultiForm)
    assert "2" in form.heading.text()


def test_a_page_built_late_edits_through_undo(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.doc
    assert doc is not None
    window.scene.select_ids(["s1"])
    stage = window.inspector.stage_form
    stage.name.setText("Discover")
    stage.name.editingFinished.emit()
    assert doc.map.stage("s1").name == "Discover"
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: stage.name.text() == "Stage 1")


def test_a_read_only_window_disables_pages_built_later(window: MainWindow) -> None:
    window.set_read_only(True)
    window.scene.select_ids(["t2"])
    assert not window.inspector.touchpoint_form.isEnabled()
