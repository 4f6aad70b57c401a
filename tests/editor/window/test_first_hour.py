"""First-hour care: redo keys, help, read-only banner, failed saves, toolbar, export notice."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from cjdesigner.editor.commands import UpdateFields
from cjdesigner.editor.window import MainWindow
from cjdesigner.editor.window import file_controller as file_controller_module
from cjdesigner.editor.window.help_windows import QUICK_START_SHOWN_KEY
from cjdesigner.storage import MapFileError


def _keys(action: QAction) -> set[str]:
    return {k.toString(QKeySequence.SequenceFormat.PortableText) for k in action.shortcuts()}


def test_ctrl_y_redoes_as_well_as_ctrl_shift_z(window: MainWindow) -> None:
    keys = _keys(window.window_actions.redo)
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= keys
    assert window.doc is not None
    window.doc.push(UpdateFields(window.doc, "info", None, {"title": "Changed"}))
    window.window_actions.undo.trigger()
    window.window_actions.redo.trigger()
    assert window.doc.map.info.title == "Changed"


def test_help_lists_the_shortcuts_and_a_quick_start(window: MainWindow) -> None:
    help_menu = window.findChild(QMenu, "menu_help")
    names = [a.objectName() for a in help_menu.actions()]
    assert "action_shortcuts" in names and "action_quick_start" in names
    window.window_actions.shortcuts.trigger()
    dialog = window.help_windows.shortcuts
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    rows = dict(dialog.rows())
    assert "Ctrl+Y" in rows["Redo"] and "Ctrl+Shift+Z" in rows["Redo"]
    assert rows["Presentation"] == "F5"
    assert rows["Mark positive / neutral / negative"] == "1 / 2 / 3"
    assert any(keys == "Arrow keys" for keys in rows.values())
    window.window_actions.quick_start.trigger()
    quick = window.help_windows.quick_start
    assert quick is not None and quick.isVisible()


def test_the_quick_start_opens_once_on_the_blank_template(
    make_window: Callable[..., MainWindow],
) -> None:
    first = make_window()
    first.start(None)
    assert first.help_windows.quick_start is not None
    assert first.help_windows.quick_start.isVisible()
    second = make_window()
    second.start(None)  # remembered: not again
    assert second.help_windows.quick_start is None
    from cjdesigner.editor.window.file_controller import settings

    assert settings().value(QUICK_START_SHOWN_KEY, False, type=bool)


def test_the_quick_start_does_not_interrupt_opening_a_file(
    make_window: Callable[..., MainWindow], map_file: Path
) -> None:
    window = make_window()
    window.start(str(map_file))
    assert window.help_windows.quick_start is None


def test_a_read_only_map_says_so_in_a_banner(
    make_window: Callable[..., MainWindow], dialogs: Any, map_file: Path, tmp_path: Path
) -> None:
    first = make_window()
    assert first.files.open_path(map_file)
    assert first.read_only_bar.isHidden()
    second = make_window()
    dialogs.script("ask_locked", "read_only")
    assert second.files.open_path(map_file)
    bar = second.read_only_bar
    assert not bar.isHidden() and "Read-only" in bar.text()
    assert not bar.close_button.isVisible()  # it stays while the map is read-only
    (save_as,) = bar.findChildren(QPushButton)
    dialogs.script("save_path", str(tmp_path / "mine.cjm"))
    save_as.click()
    assert second.doc is not None and second.doc.path == tmp_path / "mine.cjm"
    assert bar.isHidden()


def test_a_failed_save_offers_save_as(
    make_window: Callable[..., MainWindow],
    dialogs: Any,
    map_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    assert window.files.open_path(map_file)
    assert window.doc is not None
    window.doc.push(UpdateFields(window.doc, "info", None, {"title": "Work"}))
    real_save = file_controller_module.save_map

    def failing(m: Any, path: Path, **kwargs: Any) -> Any:
        if path == map_file:
            raise MapFileError(f"“{path.name}”: the disk is full.")
        return real_save(m, path, **kwargs)

    monkeypatch.setattr(file_controller_module, "save_map", failing)
    dialogs.script("offer_save_as", False)
    assert not window.files.save()
    assert window.doc.modified and window.doc.path == map_file  # nothing lost
    name, args = dialogs.asked[-1]
    assert name == "offer_save_as" and "disk is full" in args[1]
    dialogs.script("offer_save_as", True)
    dialogs.script("save_path", str(tmp_path / "elsewhere.cjm"))
    assert window.files.save()
    assert window.doc.path == tmp_path / "elsewhere.cjm" and not window.doc.modified


def test_undo_and_redo_keep_their_place_in_the_toolbar(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitExposed(window)
    toolbar = window.toolbar
    undo_button = toolbar.widgetForAction(window.window_actions.undo)
    assert isinstance(undo_button, QToolButton)
    positions = [toolbar.widgetForAction(a).x() for a in toolbar.actions() if not a.isSeparator()]
    assert window.doc is not None
    long_title = "A much longer title than before " * 3
    window.doc.push(UpdateFields(window.doc, "info", None, {"title": long_title}, text="x" * 60))
    qtbot.wait(10)
    assert window.window_actions.undo.text().startswith("&Undo ")  # the menu says what
    assert undo_button.text() == "Undo"
    after = [toolbar.widgetForAction(a).x() for a in toolbar.actions() if not a.isSeparator()]
    assert after == positions


def test_fix_romanian_letters_shows_only_where_it_applies(
    make_window: Callable[..., MainWindow], journey_map: Any, tmp_path: Path
) -> None:
    from cjdesigner.storage import save_map

    window = make_window()
    action = window.window_actions.fix_cedillas
    window.window_actions.map_menu.aboutToShow.emit()
    assert not action.isVisible()  # the blank map has no ş/ţ
    journey_map.personas[1].name = "Ştefan Popescu"
    path = tmp_path / "ro.cjm"
    save_map(journey_map, path)
    assert window.files.open_path(path)
    window.window_actions.map_menu.aboutToShow.emit()
    assert action.isVisible() and action.isEnabled()
    action.trigger()
    window.window_actions.map_menu.aboutToShow.emit()
    assert not action.isVisible()  # fixed: nothing left to offer


def test_export_confirms_with_open_and_show_in_folder(
    window: MainWindow, dialogs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    written = tmp_path / "out" / "journey.pdf"
    dialogs.script("export_pdf", str(written))
    assert window.export_pdf() == str(written)
    bar = window.message_bar
    assert not bar.isHidden()
    assert "journey.pdf" in bar.text() and str(written.parent) in bar.text()
    buttons = {b.text(): b for b in bar.findChildren(QPushButton)}
    assert set(buttons) == {"Open", "Show in Folder"}
    buttons["Show in Folder"].click()
    assert opened == [str(written.parent)] and bar.isHidden()
    window.confirm_export(written)
    next(b for b in bar.findChildren(QPushButton) if b.text() == "Open").click()
    assert opened[-1] == str(written)


def test_a_cancelled_export_says_nothing(window: MainWindow, dialogs: Any) -> None:
    dialogs.script("export_pdf", None)
    assert window.export_pdf() is None
    assert window.message_bar.isHidden()


def test_a_new_card_has_no_evidence_level_and_a_plain_border(window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    from cjdesigner.editor.canvas import edits, style

    assert window.doc is not None
    card_id = edits.insert_from_palette(window.doc, "website", "s0", "p0", 0)
    assert card_id is not None
    assert window.doc.map.touchpoint(card_id).evidence is None
    assert style.evidence_pen_style(None) == Qt.PenStyle.SolidLine
    window.scene.select_ids([card_id])
    form = window.inspector.touchpoint_form
    assert form.evidence.currentData() is None and form.evidence.currentText() == "Not stated yet"


def test_the_shortcuts_list_names_only_keys_a_laptop_has(qtbot: QtBot) -> None:
    """Linux binds Undo to Ctrl+Z and F14 too: the list showed F14/F16/F18/F20 (QA s8 K8)."""
    from PySide6.QtGui import QAction, QKeySequence

    from cjdesigner.editor.window.shortcuts_dialog import action_keys

    undo = QAction("&Undo")
    undo.setShortcuts([QKeySequence("Ctrl+Z"), QKeySequence("F14")])
    present = QAction("&Presentation")
    present.setShortcut(QKeySequence("F5"))
    assert action_keys([undo, present]) == [("Undo", "Ctrl+Z"), ("Presentation", "F5")]
