"""Edit > Find: typing finds cards by their words, Enter steps through them, Esc returns.

A 300- or 5,000-card map had no search ("where is the 'cancel subscription' card?" meant
scrolling); the palette's filter filters channels only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from cjdesigner.editor.canvas.view import READABLE_ZOOM
from cjdesigner.editor.commands import UpdateFields
from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window import MainWindow
from tests.editor.window.conftest import sample_map


def _shown(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)


def _action(window: MainWindow, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def test_ctrl_f_opens_the_bar_and_typing_selects_the_first_card_found(
    window: MainWindow, qtbot: QtBot
) -> None:
    _shown(window, qtbot)
    window.view.set_zoom(0.2)  # a big map seen whole
    _action(window, "action_find").trigger()
    bar = window.find_bar
    assert bar.isVisible()
    qtbot.waitUntil(bar.field.hasFocus)
    qtbot.keyClicks(bar.field, "s")  # Sees, Visits, Reads, Calls support, "Slow" pain point…
    assert bar.matches == ["t0", "t1", "t2", "t4", "t3"]  # lane by lane, stage by stage
    assert window.scene.selected_touchpoint_ids() == ["t0"]
    assert bar.count.text() == "1 of 5"
    assert window.view.zoom == READABLE_ZOOM  # the card found can be read
    assert bar.field.hasFocus()  # typing goes on in the field
    qtbot.keyClicks(bar.field, "low")  # "slow" is t2's pain point
    assert bar.matches == ["t2"]
    assert window.scene.selected_touchpoint_ids() == ["t2"]
    assert window.inspector.isVisible()


def test_enter_steps_on_shift_enter_back_round_the_ends(window: MainWindow, qtbot: QtBot) -> None:
    _shown(window, qtbot)
    _action(window, "action_find").trigger()
    bar = window.find_bar
    qtbot.keyClicks(bar.field, "zazolc")  # "Zażółć gęślą" typed without Polish keys
    assert bar.matches == ["t2"]
    bar.field.clear()
    qtbot.keyClicks(bar.field, "s")
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert window.scene.selected_touchpoint_ids() == ["t1"]
    assert bar.count.text() == "2 of 5"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.scene.selected_touchpoint_ids() == ["t3"]  # round to the last
    assert bar.count.text() == "5 of 5"
    _action(window, "action_find_next").trigger()  # F3
    assert window.scene.selected_touchpoint_ids() == ["t0"]


def test_no_match_says_so_and_changes_nothing(window: MainWindow, qtbot: QtBot) -> None:
    _shown(window, qtbot)
    window.scene.select_ids(["t4"])
    _action(window, "action_find").trigger()
    bar = window.find_bar
    qtbot.keyClicks(bar.field, "xq")  # no card holds an x
    assert bar.matches == []
    assert bar.count.text() == "Not found"
    assert not bar.next_button.isEnabled() and not bar.select_all_button.isEnabled()
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert window.scene.selected_touchpoint_ids() == ["t4"]
    assert window.doc is not None and not window.doc.modified


def test_esc_closes_the_bar_and_the_arrows_go_on_from_the_card_found(
    window: MainWindow, qtbot: QtBot
) -> None:
    _shown(window, qtbot)
    _action(window, "action_find").trigger()
    bar = window.find_bar
    qtbot.keyClicks(bar.field, "visits")
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    qtbot.waitUntil(window.view.hasFocus)
    assert window.scene.selected_touchpoint_ids() == ["t1"]
    qtbot.keyClick(window.view, Qt.Key.Key_Up)  # t0 sits above it in the same cell
    assert window.scene.selected_touchpoint_ids() == ["t0"]
    _action(window, "action_find").trigger()  # the last words are back, ready to retype
    assert bar.field.text() == "visits" and bar.field.selectedText() == "visits"


def test_select_all_selects_every_card_found(window: MainWindow, qtbot: QtBot) -> None:
    _shown(window, qtbot)
    _action(window, "action_find").trigger()
    qtbot.keyClicks(window.find_bar.field, "s")
    qtbot.mouseClick(window.find_bar.select_all_button, Qt.MouseButton.LeftButton)
    assert sorted(window.scene.selected_touchpoint_ids()) == ["t0", "t1", "t2", "t3", "t4"]


def test_an_edit_or_an_undo_is_found_at_once(window: MainWindow, qtbot: QtBot) -> None:
    _shown(window, qtbot)
    doc = window.doc
    assert doc is not None
    _action(window, "action_find").trigger()
    bar = window.find_bar
    qtbot.keyClicks(bar.field, "cancel")
    assert bar.matches == []
    doc.push(UpdateFields(doc, "touchpoint", "t3", {"title": "Cancels the subscription"}))
    qtbot.waitUntil(lambda: bar.matches == ["t3"])
    assert bar.count.text() == "1 of 1"
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: bar.matches == [])
    assert bar.count.text() == "Not found"


def test_another_map_in_the_window_is_searched(
    window: MainWindow, qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    _shown(window, qtbot)
    _action(window, "action_find").trigger()
    qtbot.keyClicks(window.find_bar.field, "reviews")
    assert window.find_bar.matches == ["t4"]
    other = sample_map()
    other.touchpoints = [t for t in other.touchpoints if t.id != "t4"]
    window.set_document(MapDocument(other))
    assert window.find_bar.matches == []
    assert window.find_bar.count.text() == "Not found"


def test_find_works_on_a_read_only_map(window: MainWindow, qtbot: QtBot) -> None:
    _shown(window, qtbot)
    window.set_read_only(True)
    _action(window, "action_find").trigger()
    qtbot.keyClicks(window.find_bar.field, "calls")
    assert window.scene.selected_touchpoint_ids() == ["t3"]


def test_file_new_window_opens_a_second_window_on_a_blank_map(
    window: MainWindow, qtbot: QtBot
) -> None:
    from cjdesigner.editor.window import main_window

    _shown(window, qtbot)
    before = list(main_window._open_windows)
    _action(window, "action_new_window").trigger()
    added = [w for w in main_window._open_windows if w not in before]
    assert len(added) == 1
    other = added[0]
    try:
        assert other.isVisible() and other is not window
        assert other.doc is not None and other.doc is not window.doc
        assert window.doc is not None and len(window.doc.map.touchpoints) == 5  # untouched
    finally:
        other.doc.undo_stack.setClean()  # type: ignore[union-attr]
        other.close()
        other.deleteLater()
