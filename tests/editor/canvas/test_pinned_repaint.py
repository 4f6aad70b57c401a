"""Scrolling repaints the pinned headers and the strip they were moved over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QRegion

from cjdesigner.editor.canvas import MapView


def test_a_scroll_repaints_the_pinned_headers_and_the_strip_it_moved(
    view: MapView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A scroll moves the viewport's pixels: the pinned lane headers' old pixels moved with the
    map and stayed as slices over the first stages on a real display (QA s8 K5). After each
    scroll the headers' area, widened by the scroll, is repainted."""
    view.set_zoom(2.0)
    bar = view.horizontalScrollBar()
    bar.setValue(bar.minimum() + 400)  # the lane headers are pinned over the map now
    asked: list[QRegion] = []
    viewport = view.viewport()
    monkeypatch.setattr(viewport, "update", lambda *args: asked.append(QRegion(*args)))
    bar.setValue(bar.value() - 30)
    assert asked, "nothing repainted after the scroll"
    region = asked[-1]
    checked = 0
    for header in view.map_scene().persona_headers.values():
        shown = view.mapFromScene(header.sceneBoundingRect()).boundingRect()
        moved = shown.adjusted(0, 0, 30, 0).intersected(QRect(viewport.rect()))
        if not moved.isEmpty():  # (a lane below the window is not drawn)
            assert region.contains(moved)  # where its old pixels went
            checked += 1
    assert checked
