"""The scene's parts take narrow inputs: each names, as a protocol, the few things it uses of
the scene. The real scene has them all, and a part works on any scene that has them — which is
what keeps the parts from importing the scene (no import circle; import-linter guards it)."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsScene

from cjdesigner.editor.canvas.accessibility import AccessibleScene, ViewedScene
from cjdesigner.editor.canvas.connect import ConnectScene
from cjdesigner.editor.canvas.document_sync import SyncScene
from cjdesigner.editor.canvas.flow_sync import FlowsScene
from cjdesigner.editor.canvas.header_sync import HeadersScene
from cjdesigner.editor.canvas.hover_handle import HoverScene
from cjdesigner.editor.canvas.interactions import CardDragScene, FeedbackScene, InteractionScene
from cjdesigner.editor.canvas.items.card import CardItem
from cjdesigner.editor.canvas.items.emotion_curve import EmotionCurveItem
from cjdesigner.editor.canvas.keyboard import KeyboardScene, RingScene
from cjdesigner.editor.canvas.lane_curves import CurvesScene, LaneCurves
from cjdesigner.editor.canvas.menus import MenuScene
from cjdesigner.editor.canvas.palette_drop import DropScene
from cjdesigner.editor.canvas.scene import MapScene
from cjdesigner.editor.canvas.selection import SelectionScene
from cjdesigner.editor.document import MapDocument
from cjdesigner.layout import GridMetrics, compute_layout
from cjdesigner.model import Persona

PART_INPUTS = [
    AccessibleScene,
    CardDragScene,
    ConnectScene,
    CurvesScene,
    DropScene,
    FeedbackScene,
    FlowsScene,
    HeadersScene,
    HoverScene,
    InteractionScene,
    KeyboardScene,
    MenuScene,
    RingScene,
    SelectionScene,
    SyncScene,
    ViewedScene,
]


def test_the_scene_has_what_each_part_asks_for(scene: MapScene) -> None:
    missing = [proto.__name__ for proto in PART_INPUTS if not isinstance(scene, proto)]
    assert missing == []


class BareCurvesScene(QGraphicsScene):
    """Only what the lane curves ask for: no MapScene."""

    def __init__(self, doc: MapDocument) -> None:
        super().__init__()
        self.document = doc
        self.cards: dict[str, CardItem] = {}
        self.curves: dict[str, EmotionCurveItem] = {}


def test_lane_curves_work_on_a_bare_graphics_scene(doc: MapDocument) -> None:
    bare = BareCurvesScene(doc)
    assert isinstance(bare, CurvesScene)
    curves = LaneCurves(bare)
    lay = compute_layout(doc.map, GridMetrics())
    curves.sync(lay, set(lay.lanes))
    assert sorted(bare.curves) == ["p0", "p1"]
    assert set(bare.curves.values()) <= set(bare.items())

    doc.map.personas.append(Persona(id="p2", name="Ioana"))
    doc.map.personas.remove(doc.map.persona("p0"))
    doc.map.touchpoints[:] = [t for t in doc.map.touchpoints if t.persona_id != "p0"]
    doc.map.connections.clear()
    lay = compute_layout(doc.map, GridMetrics())
    curves.sync(lay, {"p2"})
    assert sorted(bare.curves) == ["p1", "p2"]  # the gone lane's curve left the scene
    assert {i for i in bare.items() if isinstance(i, EmotionCurveItem)} == set(bare.curves.values())
