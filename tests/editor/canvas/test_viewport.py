"""The canvas's viewport, made in Python, is set up as the one QGraphicsView makes itself."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QGraphicsView
from pytestqt.qtbot import QtBot

from cjdesigner.editor.canvas import MapScene, MapView
from cjdesigner.editor.canvas import viewport as canvas_viewport
from cjdesigner.editor.document import MapDocument


@pytest.fixture
def shown_views(qtbot: QtBot) -> Iterator[Callable[[MapDocument], MapView]]:
    """Shown views, each on its own scene; unhooked from their maps and deleted at the end."""
    views: list[MapView] = []

    def show(doc: MapDocument) -> MapView:
        scene = MapScene()
        scene.set_document(doc)
        view = MapView(scene)
        view.resize(900, 600)
        view.show()
        qtbot.waitExposed(view)
        views.append(view)
        return view

    yield show
    for view in filter(shiboken6.isValid, views):
        view.map_scene().set_document(None)
        view.close()
        view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _setup(view: QGraphicsView) -> dict[str, object]:
    port = view.viewport()
    return {
        "attributes": {a.name: port.testAttribute(a) for a in Qt.WidgetAttribute},
        "object name": port.objectName(),
        "accepts drops": port.acceptDrops(),
        "fills background": port.autoFillBackground(),
        "background role": port.backgroundRole(),
        "focus policy": port.focusPolicy(),
        "focus proxy is the view": port.focusProxy() is view,
        "parent is the view": port.parentWidget() is view,
        "mouse tracking": port.hasMouseTracking(),
        "input method hints": port.inputMethodHints(),
        "window flags": port.windowFlags(),
        "geometry": port.geometry(),
        "visible": port.isVisible(),
        "cursor": port.cursor().shape(),
        "context menu policy": port.contextMenuPolicy(),
        "children": sorted(type(child).__name__ for child in port.children()),
        "background": port.palette().color(port.backgroundRole()).name(),
    }


def test_the_viewport_is_set_up_as_qt_sets_up_its_own(
    doc: MapDocument,
    shown_views: Callable[[MapDocument], MapView],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ours = shown_views(doc)
    with monkeypatch.context() as patch:
        patch.setattr(canvas_viewport, "replace_viewport", lambda view: None)
        qts = shown_views(MapDocument(doc.map.model_copy(deep=True)))

    assert shiboken6.createdByPython(ours.viewport())  # PySide6 knows it: no search
    assert not shiboken6.createdByPython(qts.viewport())
    assert not shiboken6.ownedByPython(ours.viewport())  # the view owns and deletes it
    assert _setup(ours) == _setup(qts)
    assert ours.viewport().testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert ours.grab().toImage() == qts.grab().toImage()


def test_the_viewport_goes_with_its_view(
    doc: MapDocument, shown_views: Callable[[MapDocument], MapView], qtbot: QtBot
) -> None:
    view = shown_views(doc)
    port = view.viewport()
    view.viewport().update()  # the view's, and it paints
    qtbot.wait(1)
    view.map_scene().set_document(None)
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(port)
