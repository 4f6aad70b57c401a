"""Cards pasted into another map keep their columns and lanes there.

Before, every card copied from one map and pasted into another (whose stages and personas have
other ids) landed in the first cell: a journey copied across five stages became a pile in the
first column. The clipboard now names the copied map's stage and persona order, and a card
goes to the stage and lane at the same place in the other map.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtGui import QGuiApplication

from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window import MainWindow
from cjdesigner.model import JourneyMap, Persona, Stage


def _places(doc: MapDocument | None) -> dict[str, tuple[int, int]]:
    """Each card's (stage, persona) position in the map's order, by title."""
    assert doc is not None
    m = doc.map
    stages = [s.id for s in m.stages]
    personas = [p.id for p in m.personas]
    return {
        t.title: (stages.index(t.stage_id), personas.index(t.persona_id)) for t in m.touchpoints
    }


def _other(make_window: Callable[..., MainWindow], stages: int, personas: int) -> MainWindow:
    m = JourneyMap(
        stages=[Stage(id=f"x{i}", name=f"X{i}") for i in range(stages)],
        personas=[Persona(id=f"q{i}", name=f"Q{i}") for i in range(personas)],
    )
    other = make_window()
    other.set_document(MapDocument(m))
    return other


def test_cards_land_in_the_same_columns_and_lanes_of_another_map(
    make_window: Callable[..., MainWindow], window: MainWindow
) -> None:
    window.scene.select_ids(["t1", "t2", "t3", "t4"])
    window.window_actions.copy.trigger()
    other = _other(make_window, stages=5, personas=2)
    other.window_actions.paste.trigger()
    assert _places(other.doc) == {
        "Visits the site": (0, 0),
        "Zażółć gęślą": (1, 0),
        "Calls support": (2, 1),
        "Reads reviews": (1, 1),
    }
    other.window_actions.undo.trigger()
    assert other.doc is not None and other.doc.map.touchpoints == []


def test_a_smaller_map_takes_the_cards_into_its_last_stage_and_lane(
    make_window: Callable[..., MainWindow], window: MainWindow
) -> None:
    window.scene.select_ids(["t0", "t2", "t3"])
    window.window_actions.copy.trigger()
    other = _other(make_window, stages=2, personas=1)
    other.window_actions.paste.trigger()
    assert _places(other.doc) == {
        "Sees an ad": (0, 0),
        "Zażółć gęślą": (1, 0),
        "Calls support": (1, 0),
    }


def test_cards_from_text_without_an_order_go_to_the_first_cell(
    make_window: Callable[..., MainWindow], window: MainWindow
) -> None:
    window.scene.select_ids(["t2", "t3"])
    window.window_actions.copy.trigger()
    data = json.loads(QGuiApplication.clipboard().mimeData().text())
    data["stages"] = "not a list"  # hand-edited or from an older copy
    data.pop("personas", None)
    # setText, not a QMimeData made here: the clipboard deleted that one a second time at
    # the process's exit (a crash after every test had passed)
    QGuiApplication.clipboard().setText(json.dumps(data))
    other = _other(make_window, stages=3, personas=2)
    other.window_actions.paste.trigger()
    assert set(_places(other.doc).values()) == {(0, 0)}
