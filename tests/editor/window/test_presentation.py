"""View > Presentation (F5): the map alone, full screen; keys step through it; Esc restores."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from cjdesigner.editor.canvas.view import READABLE_ZOOM
from cjdesigner.editor.window import MainWindow, room


def _shop_window(
    make_window: Callable[..., MainWindow], qtbot: QtBot, samples_dir: Path, tmp_path: Path
) -> MainWindow:
    window = make_window()
    room.first_start_layout(window, QRect(0, 0, 1366, 768))
    window.show()
    qtbot.waitExposed(window)
    path = tmp_path / "shop.cjm"
    shutil.copy(samples_dir / "online-shop-purchase.cjm", path)
    assert window.files.open_path(path, ask_to_save=False)
    qtbot.wait(20)
    return window


def _visible(window: MainWindow) -> QRectF:
    view = window.view
    return view.mapToScene(view.viewport().rect()).boundingRect()


def test_presentation_shows_the_map_alone_and_esc_restores_the_editor(
    make_window: Callable[..., MainWindow], qtbot: QtBot, samples_dir: Path, tmp_path: Path
) -> None:
    window = _shop_window(make_window, qtbot, samples_dir, tmp_path)
    view, scene = window.view, window.scene
    window.show_insights_panel()
    view.set_zoom(1.3)
    view.horizontalScrollBar().setValue(200)
    view.verticalScrollBar().setValue(150)
    card = next(iter(scene.cards))
    scene.select_ids([card])
    qtbot.wait(10)
    before = {
        "geometry": window.geometry(),
        "zoom": view.zoom,
        "scroll": (view.horizontalScrollBar().value(), view.verticalScrollBar().value()),
        "docks": [d.isVisible() for d in (window.palette_dock, window.inspector_dock)],
    }
    action = window.findChild(QAction, "action_presentation")
    assert action is not None and action.shortcut().toString() == "F5"
    assert action in window.findChild(QMenu, "menu_view").actions()
    action.trigger()
    qtbot.wait(30)
    assert window.presentation.active and window.isFullScreen()
    screen = window.screen().geometry()
    viewport = view.viewport()
    share = viewport.width() * viewport.height() / (screen.width() * screen.height())
    assert share >= 0.92
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not window.toolbar.isVisible()
    assert not any(
        d.isVisible() for d in (window.palette_dock, window.inspector_dock, window.insights_dock)
    )
    assert view.zoom >= READABLE_ZOOM - 1e-9  # readable
    # the map cannot be changed while presenting: Delete does nothing
    scene.select_ids([card])
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert card in scene.cards and window.doc is not None and not window.doc.modified
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.wait(30)
    assert not window.presentation.active and not window.isFullScreen()
    assert window.geometry() == before["geometry"]
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert window.toolbar.isVisible() and window.insights_dock.isVisible()
    assert [d.isVisible() for d in (window.palette_dock, window.inspector_dock)] == before["docks"]
    assert abs(view.zoom - before["zoom"]) < 1e-9
    scroll = (view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    assert abs(scroll[0] - before["scroll"][0]) <= 1 and abs(scroll[1] - before["scroll"][1]) <= 1
    assert scene.selected_touchpoint_ids() == [card]
    assert not scene.read_only


def test_keys_step_through_the_lanes_and_the_stages(
    make_window: Callable[..., MainWindow], qtbot: QtBot, samples_dir: Path, tmp_path: Path
) -> None:
    window = _shop_window(make_window, qtbot, samples_dir, tmp_path)
    view, layout = window.view, window.scene.grid_layout
    assert layout is not None
    presentation = window.presentation
    qtbot.keyClick(view, Qt.Key.Key_F5)
    qtbot.wait(30)
    assert presentation.active and presentation.step == 0
    for number, persona in enumerate(layout.persona_order, start=1):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
        assert presentation.step == number
        lane = layout.lanes[persona]
        assert _visible(window).contains(QRectF(lane.x, lane.y, lane.w, lane.h))
        # the lane presented is marked: its header framed (every lane may be in the picture)
        assert window.scene.selected_persona_id() == persona
    qtbot.keyClick(view, Qt.Key.Key_PageDown)  # at the last lane: stays
    assert presentation.step == len(layout.persona_order)
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert presentation.step == len(layout.persona_order) - 1
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert presentation.step == 0 and presentation.stage is None
    assert window.scene.selected_persona_id() is None  # the whole map: nothing marked
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert presentation.stage == 1
    assert window.scene.selected_stage_id() == layout.stage_order[1]
    column = layout.columns[layout.stage_order[1]]
    shown = _visible(window)
    assert shown.left() <= column.x and shown.right() >= column.right
    assert view.zoom > READABLE_ZOOM  # one stage is shown larger than the whole map
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert presentation.step == 1 and presentation.stage == 1
    qtbot.keyClick(view, Qt.Key.Key_F5)  # F5 again leaves too
    assert not presentation.active


def test_presentation_needs_a_map(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    window.presentation.leave()  # not presenting: nothing happens
    assert not window.presentation.active


def test_closing_while_presenting_remembers_the_editor_not_the_presentation(
    make_window: Callable[..., MainWindow], qtbot: QtBot, samples_dir: Path, tmp_path: Path
) -> None:
    from cjdesigner.editor.window.file_controller import settings

    window = _shop_window(make_window, qtbot, samples_dir, tmp_path)
    window.view.set_zoom(0.9)
    window.presentation.enter()
    qtbot.wait(20)
    window.save_layout()
    assert not window.presentation.active and window.toolbar.isVisible()
    assert window.palette_dock.isVisible()
    state = settings().value("window/state")
    other = make_window()
    other.palette_dock.hide()
    other.restoreState(state)
    assert not other.palette_dock.isHidden()  # the saved layout has the panels
    window.presentation.enter()
    qtbot.wait(20)
    assert window.doc is not None and window.doc.path is not None
    path = window.doc.path
    assert window.close()
    assert not window.presentation.active
    remembered = settings().value(room._key(path))  # the editor's zoom, not the presentation's
    assert abs(float(remembered[0]) - 0.9) < 1e-9
