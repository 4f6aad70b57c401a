"""Fixtures for flows & insights: a hand-built map with known findings → scene/view → window.

The map (4 stages, 2 personas), with the answers the tests rely on:

    Anna:  a0 (Stage 0, +1) → a1 (Stage 1, −1) → a2 (Stage 2, −2)   a2 is a dead end
                              a1 → a3 (Stage 3, 0) → a1              a loop (a3 goes back)
    Marek: b0 (Stage 0, −1) → b1 (Stage 1, −1)                        gaps in Stages 2 and 3

Moments of truth: a2 (Anna's lowest, −2) and b0, b1 (Marek's lowest, −1, a tie).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cjdesigner.editor.canvas import MapScene, MapView
from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window import MainWindow
from cjdesigner.editor.window.file_controller import settings
from cjdesigner.editor.window.view_options import SHOW_CURVES_KEY
from cjdesigner.model import Connection, JourneyMap, Persona, Sentiment, Stage, Touchpoint


def insights_map() -> JourneyMap:
    stages = [Stage(id=f"s{i}", name=f"Stage {i}") for i in range(4)]
    personas = [Persona(id="p0", name="Anna"), Persona(id="p1", name="Marek")]

    def card(card_id: str, stage: int, persona: str, emotion: int, title: str) -> Touchpoint:
        return Touchpoint(
            id=card_id,
            stage_id=f"s{stage}",
            persona_id=persona,
            order=0,
            title=title,
            channel="website",
            emotion=emotion,
            sentiment=Sentiment.NEGATIVE if emotion < 0 else Sentiment.NEUTRAL,
        )

    cards = [
        card("a0", 0, "p0", 1, "Sees an ad"),
        card("a1", 1, "p0", -1, "Compares prices"),
        card("a2", 2, "p0", -2, "Gives up at checkout"),
        card("a3", 3, "p0", 0, "Asks a friend"),
        card("b0", 0, "p1", -1, "Hears from a colleague"),
        card("b1", 1, "p1", -1, "Reads reviews"),
    ]
    flows = [
        Connection(id="f0", source="a0", target="a1"),
        Connection(id="f1", source="a1", target="a2"),
        Connection(id="f2", source="a1", target="a3"),
        Connection(id="f3", source="a3", target="a1"),
        Connection(id="f4", source="b0", target="b1"),
    ]
    m = JourneyMap(stages=stages, personas=personas, touchpoints=cards, connections=flows)
    m.info.title = "Insights test"
    m.check()
    return m


@pytest.fixture
def doc(qtbot: QtBot) -> MapDocument:
    return MapDocument(insights_map())


@pytest.fixture
def scene(doc: MapDocument, qtbot: QtBot) -> Iterator[MapScene]:
    s = MapScene()
    s.set_document(doc)
    yield s
    s.set_document(None)


@pytest.fixture
def view(scene: MapScene, qtbot: QtBot) -> MapView:
    v = MapView(scene)
    qtbot.addWidget(v)
    v.resize(1000, 700)
    v.show()
    qtbot.waitExposed(v)
    return v


@pytest.fixture
def clean_view_settings(qtbot: QtBot) -> Iterator[None]:
    """Tests that toggle view options leave the (test-mode) settings as they found them."""
    settings().remove(SHOW_CURVES_KEY)
    yield
    settings().remove(SHOW_CURVES_KEY)


@pytest.fixture
def make_window(
    qtbot: QtBot, tmp_path: Path, clean_view_settings: None
) -> Iterator[Callable[[], MainWindow]]:
    made: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(recovery_directory=tmp_path)
        made.append(window)
        return window

    yield make
    for window in made:
        if window.doc is not None:
            window.doc.undo_stack.setClean()  # never ask to save
        window.close()
        window.deleteLater()
    qtbot.wait(1)


@pytest.fixture
def window(make_window: Callable[[], MainWindow], doc: MapDocument) -> MainWindow:
    w = make_window()
    w.set_document(doc)
    return w
