"""Canvas fixtures in layers: a document (3 stages × 2 personas) → a scene → a shown view.

``gestures`` drives real mouse, key and drag-and-drop events on the view's viewport.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cjdesigner.editor.canvas import MapScene, MapView
from cjdesigner.editor.canvas.scene import CHANNEL_MIME
from cjdesigner.editor.document import MapDocument
from cjdesigner.layout import Rect
from cjdesigner.model import Connection, JourneyMap, Persona, Stage, Touchpoint


@pytest.fixture
def doc(qtbot: QtBot) -> MapDocument:
    """Cards t0–t3 in (s0, p0), t4 in (s1, p1), a flow t0 → t1; the undo stack starts clean."""
    m = JourneyMap(
        stages=[Stage(id=f"s{i}", name=f"Stage {i}") for i in range(3)],
        personas=[Persona(id="p0", name="Anna Kowalska"), Persona(id="p1", name="Marek")],
    )
    cards = [
        Touchpoint(
            id=f"t{i}", stage_id="s0", persona_id="p0", order=i, title=f"T{i}", channel="website"
        )
        for i in range(4)
    ]
    cards.append(
        Touchpoint(id="t4", stage_id="s1", persona_id="p1", order=0, title="T4", channel="email")
    )
    m.touchpoints.extend(cards)
    m.connections.append(Connection(id="c0", source="t0", target="t1"))
    m.check()
    return MapDocument(m)


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
    v.resize(1100, 800)
    v.show()
    qtbot.waitExposed(v)
    v.centerOn(v.sceneRect().center())
    v.horizontalScrollBar().setValue(v.horizontalScrollBar().minimum())
    v.verticalScrollBar().setValue(v.verticalScrollBar().minimum())
    return v


def center(r: Rect) -> QPointF:
    return QPointF(r.x + r.w / 2, r.y + r.h / 2)


class Gestures:
    """Real input events on a view's viewport (scene points are mapped to the viewport)."""

    def __init__(self, view: MapView, qtbot: QtBot) -> None:
        self.view = view
        self.qtbot = qtbot

    @property
    def scene(self) -> MapScene:
        return self.view.map_scene()

    def to_view(self, p: QPointF) -> QPoint:
        return self.view.mapFromScene(p)

    def card_center(self, card_id: str) -> QPointF:
        lay = self.scene.grid_layout
        assert lay is not None
        return center(lay.cards[card_id])

    def cell_point(self, cell: tuple[str, str], dy: float = 0.0) -> QPointF:
        """A point in a cell, ``dy`` below the top of its card area."""
        lay = self.scene.grid_layout
        assert lay is not None
        r = lay.cells[cell]
        return QPointF(r.x + r.w / 2, r.y + lay.metrics.cell_padding + dy)

    def _mouse(
        self,
        kind: QMouseEvent.Type,
        pos: QPoint,
        button: Qt.MouseButton,
        buttons: Qt.MouseButton,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        viewport = self.view.viewport()
        event = QMouseEvent(
            kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button, buttons, modifiers
        )
        QApplication.sendEvent(viewport, event)

    def press(
        self, p: QPointF, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        left = Qt.MouseButton.LeftButton
        self._mouse(QMouseEvent.Type.MouseButtonPress, self.to_view(p), left, left, modifiers)

    def move(self, p: QPointF) -> None:
        left = Qt.MouseButton.LeftButton
        self._mouse(QMouseEvent.Type.MouseMove, self.to_view(p), Qt.MouseButton.NoButton, left)

    def release(self, p: QPointF) -> None:
        none = Qt.MouseButton.NoButton
        self._mouse(
            QMouseEvent.Type.MouseButtonRelease, self.to_view(p), Qt.MouseButton.LeftButton, none
        )

    def click(self, p: QPointF) -> None:
        self.press(p)
        self.release(p)

    def drag(self, start: QPointF, end: QPointF, steps: int = 6, release: bool = True) -> None:
        """Press at ``start``, move in steps to ``end`` (past the drag distance), release."""
        self.press(start)
        for i in range(1, steps + 1):
            t = i / steps
            self.move(start + (end - start) * t)
        if release:
            self.release(end)

    # -- palette drag and drop ---------------------------------------------------------------

    @staticmethod
    def channel_mime(channel_id: str) -> QMimeData:
        mime = QMimeData()
        mime.setData(CHANNEL_MIME, channel_id.encode("utf-8"))
        return mime

    def drag_enter(self, mime: QMimeData, p: QPointF) -> QDragEnterEvent:
        event = QDragEnterEvent(
            self.to_view(p),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(self.view.viewport(), event)
        return event

    def drag_move(self, mime: QMimeData, p: QPointF) -> QDragMoveEvent:
        event = QDragMoveEvent(
            self.to_view(p),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(self.view.viewport(), event)
        return event

    def drag_leave(self) -> None:
        QApplication.sendEvent(self.view.viewport(), QDragLeaveEvent())

    def drop(self, mime: QMimeData, p: QPointF) -> QDropEvent:
        event = QDropEvent(
            QPointF(self.to_view(p)),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(self.view.viewport(), event)
        return event


@pytest.fixture
def gestures(view: MapView, qtbot: QtBot) -> Gestures:
    return Gestures(view, qtbot)


@pytest.fixture
def layout_check() -> Callable[[MapScene], None]:
    """``layout_check(scene)``: cards match the model and sit on the fresh layout."""
    from cjdesigner.editor.canvas.items.connection import path_of, route_points
    from cjdesigner.editor.canvas.items.emotion_curve import curve_runs
    from cjdesigner.layout import compute_layout, emotion_curve, moments_of_truth
    from cjdesigner.layout.routing import Router

    def check(scene: MapScene) -> None:
        doc = scene.document
        assert doc is not None
        fresh = compute_layout(doc.map, scene.metrics)
        assert set(scene.cards) == {t.id for t in doc.map.touchpoints}
        model_cards = {t.id: t for t in doc.map.touchpoints}
        for card_id, item in scene.cards.items():
            rect = fresh.cards[card_id]
            assert (item.x(), item.y()) == (rect.x, rect.y), card_id
            assert item.tp is model_cards[card_id], card_id  # shows the model's card itself
        assert scene.moment_ids() == moments_of_truth(doc.map)
        assert set(scene.connections) == {c.id for c in doc.map.connections}
        router = Router.of_layout(fresh)
        for item in scene.connections.values():  # flows sit on their cards, clear of others
            expected = path_of(
                route_points(
                    scene.cards[item.source_id].card_rect(),
                    scene.cards[item.target_id].card_rect(),
                    router=router,
                    ends=(item.source_id, item.target_id),
                )
            )
            actual = item.scene_path()
            assert actual.elementCount() == expected.elementCount(), item.item_id
            for i in range(expected.elementCount()):
                a, e = actual.elementAt(i), expected.elementAt(i)
                assert (a.x, a.y) == pytest.approx((e.x, e.y)), item.item_id
        for persona_id, curve in scene.curves.items():  # curves show the model's emotions
            fresh_runs = curve_runs(emotion_curve(doc.map, fresh, persona_id))
            assert [[(p.x(), p.y()) for p in run] for run in curve.runs] == [
                [(p.x(), p.y()) for p in run] for run in fresh_runs
            ]
        assert set(scene.stage_headers) == {s.id for s in doc.map.stages}
        assert set(scene.persona_headers) == {p.id for p in doc.map.personas}

    return check
