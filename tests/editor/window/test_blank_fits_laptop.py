"""The blank five-stage template on a 1366×768 laptop opens whole across at the readable zoom.

It needs 0.69 to fit with the scene's empty margins, so it opened at the readable 0.75 scrolled
to the margin's corner, the last stage cut at the view's edge; the map itself fits at 0.75.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from cjdesigner.editor.canvas.document_sync import SCENE_MARGIN
from cjdesigner.editor.canvas.view import READABLE_ZOOM, MapView
from cjdesigner.editor.window import MainWindow, room


def _first_start(make_window: Callable[..., MainWindow], qtbot: QtBot, screen: QRect) -> MainWindow:
    """A window laid out for a first start on ``screen``, shown."""
    window = make_window()
    room.first_start_layout(window, screen)
    window.show()
    qtbot.waitExposed(window)
    return window


def _all_stages_shown(view: MapView) -> bool:
    content = view.sceneRect().adjusted(SCENE_MARGIN, 0, -SCENE_MARGIN, 0)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    return shown.left() <= content.left() and content.right() <= shown.right()


def test_the_blank_template_shows_every_stage_on_a_laptop(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = _first_start(make_window, qtbot, QRect(0, 0, 1366, 768))
    window.files.new_blank("ro")
    qtbot.wait(20)
    view = window.view
    view.fit_width()
    assert view.zoom >= READABLE_ZOOM - 1e-9
    assert _all_stages_shown(view)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.top() <= view.sceneRect().top() + 1  # the title in view


def test_the_blank_template_opens_whole_on_a_1440_screen_too(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """With the docks of a larger first-start layout the map needed ~0.7: it opened at 0.75
    with the last stage cut. A map with no card yet may open down to 0.65, whole."""
    window = _first_start(make_window, qtbot, QRect(0, 0, 1440, 900))
    window.files.new_blank("en")
    qtbot.wait(20)
    view = window.view
    room.open_view(view, None)
    assert room.EMPTY_MAP_MIN_ZOOM - 1e-9 <= view.zoom < READABLE_ZOOM
    assert _all_stages_shown(view)


def test_a_map_with_cards_keeps_the_readable_zoom(
    make_window: Callable[..., MainWindow], qtbot: QtBot, document
) -> None:
    window = _first_start(make_window, qtbot, QRect(0, 0, 1366, 768))
    window.set_document(document)
    qtbot.wait(20)
    room.open_view(window.view, None)
    assert window.view.zoom >= READABLE_ZOOM - 1e-9
