"""Map > Add Stage / Add Persona on a map wider and taller than the window: the new header is
scrolled into view (it was added past the view's edge, and only the inspector changed)."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window import MainWindow
from cjdesigner.model import JourneyMap, Persona, Stage


def big_map() -> JourneyMap:
    """Twelve stages and eight personas: far more than a 900×600 window shows at 100 %."""
    m = JourneyMap(
        stages=[Stage(id=f"s{i}", name=f"Stage {i}") for i in range(12)],
        personas=[Persona(id=f"p{i}", name=f"Persona {i}") for i in range(8)],
    )
    m.info.title = "Wide journey"
    return m


def shown_window(make_window: Callable[..., MainWindow], qtbot: QtBot) -> MainWindow:
    window = make_window()
    window.set_document(MapDocument(big_map()))
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    window.view.set_zoom(1.0)
    window.view.horizontalScrollBar().setValue(0)
    window.view.verticalScrollBar().setValue(0)
    return window


def in_view(window: MainWindow, item_id: str) -> bool:
    item = window.scene.item_for_id(item_id)
    assert item is not None
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    return visible.contains(item.sceneBoundingRect())


def test_a_new_stage_at_the_end_is_scrolled_into_view(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = shown_window(make_window, qtbot)
    new_id = window.structure.add_stage()
    assert new_id is not None
    assert window.doc is not None and window.doc.map.stages[-1].id == new_id
    assert in_view(window, new_id)


def test_a_new_persona_at_the_bottom_is_scrolled_into_view(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = shown_window(make_window, qtbot)
    new_id = window.structure.add_persona()
    assert new_id is not None
    assert in_view(window, new_id)
