"""Room for the map on a 1366×768 laptop, and each file's zoom and scroll remembered."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cjdesigner.editor.canvas.view import READABLE_ZOOM
from cjdesigner.editor.window import MainWindow, room

LAPTOP = QRect(0, 0, 1366, 768)


def _laptop_window(make_window: Callable[..., MainWindow], qtbot: QtBot) -> MainWindow:
    window = make_window()
    room.first_start_layout(window, LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    return window


def test_the_map_gets_over_half_of_a_laptop_screen_at_first_start(
    make_window: Callable[..., MainWindow], qtbot: QtBot, samples_dir: Path, tmp_path: Path
) -> None:
    window = _laptop_window(make_window, qtbot)
    path = tmp_path / "shop.cjm"
    shutil.copy(samples_dir / "online-shop-purchase.cjm", path)
    assert window.files.open_path(path, ask_to_save=False)
    qtbot.wait(20)
    assert window.width() <= LAPTOP.width() and window.height() <= LAPTOP.height()
    assert room.map_share(window.view.viewport(), LAPTOP) >= 0.55
    assert window.palette_dock.isVisible() and window.inspector_dock.isVisible()
    assert not window.insights_dock.isVisible()  # folded until asked for
    # the map opens at a readable zoom, its top-left corner in view
    assert window.view.zoom >= READABLE_ZOOM - 1e-9
    assert window.view.horizontalScrollBar().value() == window.view.horizontalScrollBar().minimum()
    assert window.view.verticalScrollBar().value() == window.view.verticalScrollBar().minimum()


def test_the_status_bar_count_unfolds_the_insights(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = _laptop_window(make_window, qtbot)
    qtbot.waitUntil(lambda: "insight" in window.insights_label.text(), timeout=5000)
    assert "<a " in window.insights_label.text()
    window.insights_label.linkActivated.emit("#insights")
    assert window.insights_dock.isVisible()


def test_a_large_screen_keeps_the_roomy_panels(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    assert room.dock_widths(1920) == room.ROOMY
    assert room.dock_widths(1366) == room.COMPACT
    window = make_window()
    room.first_start_layout(window, QRect(0, 0, 1920, 1050))
    assert (window.width(), window.height()) == (1728, 945)  # 90 % of a projector's screen
    assert room.first_start_size(QRect(0, 0, 1366, 768)) == (1366, 768)  # a laptop: all of it
    assert room.first_start_size(QRect(0, 0, 1024, 768)) == (1024, 768)
    assert room.first_start_size(QRect(0, 0, 1600, 1000)) == (1440, 900)  # the default fits
    assert room.first_start_size(QRect(0, 0, 2560, 1400)) == (2304, 1260)
    room.first_start_layout(window, None)  # no screen known: the default size
    assert (window.width(), window.height()) == room.DEFAULT_SIZE


def test_a_narrow_map_is_fitted_to_the_width_and_never_magnified(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = _laptop_window(make_window, qtbot)  # the blank template: five stages, one lane
    view = window.view
    view.set_zoom(0.3)
    view.fit_width()
    rect = view.sceneRect()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert view.zoom <= 1.0
    assert view.zoom >= READABLE_ZOOM or shown.width() >= rect.width() - 1


def test_zoom_and_scroll_are_remembered_per_file(
    make_window: Callable[..., MainWindow], qtbot: QtBot, samples_dir: Path, tmp_path: Path
) -> None:
    shop, bank = tmp_path / "shop.cjm", tmp_path / "bank.cjm"
    shutil.copy(samples_dir / "online-shop-purchase.cjm", shop)
    shutil.copy(samples_dir / "bank-account-opening-pl.cjm", bank)
    window = _laptop_window(make_window, qtbot)
    assert window.files.open_path(shop, ask_to_save=False)
    qtbot.wait(20)
    view = window.view
    view.set_zoom(1.2)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum() // 2)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    zoom, centre = view.zoom, view.centre()
    assert window.files.open_path(bank, ask_to_save=False)  # another file: its own view
    qtbot.wait(20)
    assert abs(view.zoom - 1.2) > 1e-6
    assert window.files.open_path(shop, ask_to_save=False)
    qtbot.wait(20)
    assert abs(view.zoom - zoom) < 1e-6
    back = view.centre()
    assert abs(back.x() - centre.x()) < 2 and abs(back.y() - centre.y()) < 2


def test_a_damaged_view_memory_entry_is_ignored(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from cjdesigner.editor.window.file_controller import settings

    path = tmp_path / "x.cjm"
    settings().setValue(room._key(path), ["big", "x", None])
    assert not room.recall_view(window.view, path)
    settings().setValue(room._key(path), "nonsense")
    assert not room.recall_view(window.view, path)
    assert not room.recall_view(window.view, None)


def test_on_a_1024_projector_the_panels_share_one_side_as_tabs(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    from PySide6.QtCore import Qt

    screen = QRect(0, 0, 1024, 768)
    window = make_window()
    room.first_start_layout(window, screen)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    assert window.inspector_dock in window.tabifiedDockWidgets(window.palette_dock)
    assert window.dockWidgetArea(window.palette_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert not window.palette_dock.visibleRegion().isEmpty()  # the palette's tab is in front
    assert room.map_share(window.view.viewport(), screen) >= 0.55


def test_a_card_ready_to_name_brings_the_inspector_tab_to_the_front(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    room.first_start_layout(window, QRect(0, 0, 1024, 768))
    window.show()
    qtbot.waitExposed(window)
    assert window.doc is not None
    from cjdesigner.editor.canvas import edits

    stage, persona = window.doc.map.stages[0].id, window.doc.map.personas[0].id
    card = edits.insert_from_palette(window.doc, "website", stage, persona, 0)
    assert card is not None
    window.reveal_and_name(card)
    qtbot.waitUntil(lambda: not window.inspector_dock.visibleRegion().isEmpty())
    assert window.palette_dock.visibleRegion().isEmpty()


def test_a_window_opened_from_another_fits_the_screen_a_step_down_and_right() -> None:
    """File > New Window opened at 1440×900 exactly on top of the first one: on a 1366×768
    laptop the Inspector and the status bar were off screen."""
    laptop = QRect(0, 0, 1366, 740)  # available area (a task bar below)
    second = QWidget()
    second.resize(1440, 900)
    room.place_beside(second, QRect(0, 0, 1366, 740), laptop)
    assert (second.x(), second.y()) == (room.CASCADE, room.CASCADE)
    assert laptop.contains(second.frameGeometry())
    third = QWidget()
    third.resize(900, 600)
    room.place_beside(third, QRect(200, 100, 900, 600), laptop)
    assert (third.x(), third.y(), third.width(), third.height()) == (
        232,
        132,
        900,
        560,
    )  # its title bar allowed for
    far = QWidget()
    far.resize(900, 600)
    room.place_beside(far, QRect(1300, 700, 900, 600), laptop)  # opener off at the corner
    assert (far.x(), far.y()) == (0, 0) and laptop.contains(far.frameGeometry())


def test_file_new_window_does_not_cover_the_first_one(window: MainWindow, qtbot: QtBot) -> None:
    from cjdesigner.editor.window import main_window

    window.resize(640, 480)
    window.move(40, 30)
    window.show()
    qtbot.waitExposed(window)
    before = list(main_window._open_windows)
    window.window_actions.new_window.trigger()
    other = next(w for w in main_window._open_windows if w not in before)
    try:
        free = window.screen().availableGeometry()
        assert other.pos() != window.pos()
        assert free.contains(other.frameGeometry())
    finally:
        other.doc.undo_stack.setClean()  # type: ignore[union-attr]
        other.close()
        other.deleteLater()
