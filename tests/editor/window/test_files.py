"""Open, save, the unsaved-changes prompt, bad files and files changed by another program."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction

from cjdesigner.editor.commands import UpdateFields
from cjdesigner.editor.window import MainWindow
from cjdesigner.editor.window.file_lock import lock_path_for
from cjdesigner.storage import load_map

SAMPLES = Path(__file__).parents[3] / "samples"


def trigger(window: MainWindow, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def edit_title(window: MainWindow, title: str) -> None:
    assert window.doc is not None
    window.doc.push(UpdateFields(window.doc, "info", None, {"title": title}))


def test_save_then_reopen_gives_the_same_map(
    make_window: Callable[..., MainWindow], dialogs: Any, map_file: Path, tmp_path: Path
) -> None:
    window = make_window()
    assert window.files.open_path(map_file)
    edit_title(window, "Ścieżka klienta — ăâîșț")
    target = tmp_path / "copy"
    dialogs.script("save_path", str(target))
    trigger(window, "action_save_as")
    saved = target.with_suffix(".cjm")
    assert saved.exists()
    assert window.doc is not None and not window.doc.modified
    expected = window.doc.map.model_dump(mode="json")
    assert window.close()  # releases the file for the next window

    other = make_window()
    dialogs.script("open_path", str(saved))
    trigger(other, "action_open")
    assert other.doc is not None and other.doc.path == saved
    assert other.doc.map.model_dump(mode="json") == expected
    assert other.doc.map.info.title == "Ścieżka klienta — ăâîșț"


def test_save_writes_to_the_open_file_and_clears_the_mark(
    make_window: Callable[..., MainWindow], map_file: Path
) -> None:
    window = make_window()
    window.files.open_path(map_file)
    edit_title(window, "Renamed")
    assert window.isWindowModified()
    assert "[*]" in window.windowTitle()
    trigger(window, "action_save")
    assert not window.isWindowModified()
    assert load_map(map_file).map.info.title == "Renamed"
    assert window.windowTitle() == "Renamed — journey.cjm[*] — cjdesigner"


def test_untitled_map_save_asks_for_a_name(
    window: MainWindow, dialogs: Any, tmp_path: Path
) -> None:
    assert "Untitled" in window.windowTitle()
    dialogs.script("save_path", None)  # the user cancels the file dialog
    trigger(window, "action_save")
    assert window.doc is not None and window.doc.path is None
    dialogs.script("save_path", str(tmp_path / "named.cjm"))
    trigger(window, "action_save")
    assert window.doc.path == tmp_path / "named.cjm"
    assert load_map(tmp_path / "named.cjm").map.info.title == "Test journey"


def test_unsaved_changes_prompt_cancel_keeps_the_window_open(
    window: MainWindow, dialogs: Any
) -> None:
    edit_title(window, "Changed")
    dialogs.script("ask_unsaved", "cancel")
    assert not window.close()
    assert dialogs.names() == ["ask_unsaved"]
    assert window.doc is not None and window.doc.map.info.title == "Changed"


def test_unsaved_changes_prompt_discard_closes_without_saving(
    make_window: Callable[..., MainWindow], dialogs: Any, map_file: Path
) -> None:
    window = make_window()
    window.files.open_path(map_file)
    edit_title(window, "Changed")
    dialogs.script("ask_unsaved", "discard")
    assert window.close()
    assert load_map(map_file).map.info.title == "Test journey"


def test_unsaved_changes_prompt_save_saves_then_closes(
    make_window: Callable[..., MainWindow], dialogs: Any, map_file: Path
) -> None:
    window = make_window()
    window.files.open_path(map_file)
    edit_title(window, "Changed")
    dialogs.script("ask_unsaved", "save")
    assert window.close()
    assert load_map(map_file).map.info.title == "Changed"


def test_open_with_unsaved_changes_asks_first(
    window: MainWindow, dialogs: Any, map_file: Path
) -> None:
    edit_title(window, "Mine")
    dialogs.script("open_path", str(map_file))
    dialogs.script("ask_unsaved", "cancel")
    trigger(window, "action_open")
    assert dialogs.names() == ["open_path", "ask_unsaved"]
    assert window.doc is not None and window.doc.map.info.title == "Mine"
    assert window.doc.path is None


def test_no_prompt_without_changes(window: MainWindow, dialogs: Any) -> None:
    assert window.close()
    assert dialogs.asked == []


def test_bad_file_shows_the_message_and_keeps_the_current_map(
    window: MainWindow, dialogs: Any, tmp_path: Path
) -> None:
    edit_title(window, "Work in progress")
    before = window.doc
    bad = tmp_path / "broken.cjm"
    bad.write_text('{"format": "cjdesigner.journey-map", "format_version": 1, "map": {', "utf-8")
    dialogs.script("ask_unsaved", "discard")  # opening asks about the current work first…
    assert not window.files.open_path(bad)
    (message,) = dialogs.messages()
    assert "broken.cjm" in message and "line" in message
    assert window.doc is before  # …and a failed open changes nothing
    assert window.doc is not None and window.doc.map.info.title == "Work in progress"
    assert window.doc.modified


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ("not a cjdesigner map",)),
        (b"", ("empty", "not a cjdesigner map")),
        (b'{"title": "notes"}', ("not a cjdesigner map",)),
        (None, ("too long", "a number of 4301 characters")),  # was a silently blank map
    ],
)
def test_files_that_are_not_maps_are_named_so_in_the_editor(
    window: MainWindow, dialogs: Any, tmp_path: Path, content: bytes | None, words: tuple[str, ...]
) -> None:
    bad = tmp_path / "from-a-client.cjm"
    if content is None:
        text = (SAMPLES / "online-shop-purchase.cjm").read_text(encoding="utf-8")
        content = text.replace('"emotion": -2', '"emotion": ' + "1" * 4301, 1).encode()
    bad.write_bytes(content)
    before = window.doc
    assert not window.files.open_path(bad)
    (message,) = dialogs.messages()
    assert "from-a-client.cjm" in message and "JSON" not in message
    for word in words:
        assert word in message, (word, message)
    assert window.doc is before


def test_file_changed_on_disk_asks_before_saving_over_it(
    make_window: Callable[..., MainWindow], dialogs: Any, map_file: Path
) -> None:
    window = make_window()
    window.files.open_path(map_file)
    other = load_map(map_file).map
    other.info.title = "Edited elsewhere"
    from cjdesigner.storage import save_map

    save_map(other, map_file)
    edit_title(window, "Edited here")

    dialogs.script("ask_changed_on_disk", "cancel")
    assert not window.files.save()
    assert load_map(map_file).map.info.title == "Edited elsewhere"
    assert window.doc is not None and window.doc.modified

    dialogs.script("ask_changed_on_disk", "overwrite")
    assert window.files.save()
    assert load_map(map_file).map.info.title == "Edited here"
    assert not window.doc.modified


def test_file_changed_on_disk_can_be_saved_under_another_name(
    make_window: Callable[..., MainWindow], dialogs: Any, map_file: Path, tmp_path: Path
) -> None:
    window = make_window()
    window.files.open_path(map_file)
    map_file.write_text(map_file.read_text("utf-8").replace("Test journey", "Theirs"), "utf-8")
    edit_title(window, "Mine")
    dialogs.script("ask_changed_on_disk", "save_as")
    dialogs.script("save_path", str(tmp_path / "mine.cjm"))
    assert window.files.save()
    assert load_map(map_file).map.info.title == "Theirs"
    assert load_map(tmp_path / "mine.cjm").map.info.title == "Mine"
    assert window.doc is not None and window.doc.path == tmp_path / "mine.cjm"


def test_external_change_is_noticed_and_can_be_reloaded(
    make_window: Callable[..., MainWindow], dialogs: Any, map_file: Path
) -> None:
    window = make_window()
    window.files.open_path(map_file)
    map_file.write_text(map_file.read_text("utf-8").replace("Test journey", "Theirs"), "utf-8")
    dialogs.script("ask_external_change", "reload")
    window.files.check_disk_now()
    assert dialogs.asked[-1] == ("ask_external_change", ("journey.cjm", True))
    assert window.doc is not None and window.doc.map.info.title == "Theirs"
    window.files.check_disk_now()  # the same change is told once
    assert dialogs.names().count("ask_external_change") == 1


def test_external_change_with_unsaved_work_only_warns(
    make_window: Callable[..., MainWindow], dialogs: Any, map_file: Path
) -> None:
    window = make_window()
    window.files.open_path(map_file)
    edit_title(window, "Mine")
    map_file.write_text(map_file.read_text("utf-8").replace("Test journey", "Theirs"), "utf-8")
    dialogs.script("ask_external_change", "reload")
    window.files.check_disk_now()
    assert dialogs.asked[-1] == ("ask_external_change", ("journey.cjm", False))
    assert window.doc is not None and window.doc.map.info.title == "Mine"


def test_own_save_is_not_reported_as_an_external_change(
    make_window: Callable[..., MainWindow], dialogs: Any, map_file: Path
) -> None:
    window = make_window()
    window.files.open_path(map_file)
    edit_title(window, "Mine")
    window.files.save()
    window.files.check_disk_now()
    assert "ask_external_change" not in dialogs.names()


def test_new_from_template_lists_blank_first_and_builds_in_the_language(
    window: MainWindow, dialogs: Any
) -> None:
    from cjdesigner.editor.window.template_dialog import TemplateDialog

    dialog = TemplateDialog("pl")
    assert dialog.list.item(0).text() == "Pusta mapa ścieżki klienta (5A)"
    assert dialog.choice() == ("blank-5a", "pl")
    dialog.deleteLater()

    dialogs.script("choose_template", ("decision", "ro"))
    trigger(window, "action_new")
    assert window.doc is not None
    m = window.doc.map
    assert m.info.language == "ro"
    assert len(m.stages) == 4 and m.touchpoints == []
    assert window.doc.path is None and not window.doc.modified


def test_recent_files_menu_reopens_a_map(
    make_window: Callable[..., MainWindow], map_file: Path
) -> None:
    window = make_window()
    window.files.open_path(map_file)
    assert window.files.recent_files()[0] == str(map_file)
    other = make_window()
    menu = other.window_actions.recent_menu
    menu.aboutToShow.emit()
    entry = next(a for a in menu.actions() if a.toolTip() == str(map_file))
    assert window.close()  # a refused close would keep the lock
    # released by the close itself, not by a later deleteLater: reopening never finds it
    assert not lock_path_for(map_file).exists()
    entry.trigger()
    assert other.doc is not None and other.doc.path == map_file


def test_recent_maps_with_one_name_say_their_folder(
    make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    """Ten entries called "mapa.cjm" (one per client folder) told nothing apart."""
    window = make_window()
    paths = [
        tmp_path / "Klient A" / "mapa.cjm",
        tmp_path / "Klient B" / "mapa.cjm",
        tmp_path / "R&D.cjm",
        tmp_path / "x" / "Klient A" / "mapa.cjm",
    ]
    for path in reversed(paths):
        window.files.add_recent(path)
    menu = window.window_actions.recent_menu
    menu.aboutToShow.emit()
    labels = [a.text() for a in menu.actions() if a.statusTip()]
    assert labels == [
        f"&1 mapa.cjm — {tmp_path / 'Klient A'}",
        "&2 mapa.cjm — Klient B",
        "&3 R&&D.cjm",  # shown as "R&D.cjm", no shortcut key
        f"&4 mapa.cjm — {tmp_path / 'x' / 'Klient A'}",
    ]


def test_missing_recent_file_is_reported_and_forgotten(
    window: MainWindow, dialogs: Any, tmp_path: Path
) -> None:
    gone = tmp_path / "gone.cjm"
    window.files.add_recent(gone)
    assert not window.files.open_recent(str(gone))
    assert "gone.cjm" in dialogs.messages()[0]
    assert str(gone) not in window.files.recent_files()


def test_the_file_watcher_notices_another_program_writing(
    make_window: Callable[..., MainWindow], dialogs: Any, map_file: Path, qtbot: Any
) -> None:
    window = make_window()
    window.files.open_path(map_file)
    dialogs.script("ask_external_change", "ignore")
    map_file.write_text(map_file.read_text("utf-8").replace("Test journey", "Theirs"), "utf-8")
    qtbot.waitUntil(lambda: "ask_external_change" in dialogs.names(), timeout=5000)
    assert window.doc is not None and window.doc.map.info.title == "Test journey"


def test_the_watcher_keeps_watching_after_an_atomic_replace(
    make_window: Callable[..., MainWindow], dialogs: Any, map_file: Path, qtbot: Any
) -> None:
    window = make_window()
    window.files.open_path(map_file)
    dialogs.script("ask_external_change", "ignore", "ignore")
    text = map_file.read_text("utf-8")
    for round_, title in enumerate(("First", "Second"), start=1):
        temp = map_file.with_name("incoming.tmp")
        temp.write_text(text.replace("Test journey", title), "utf-8")
        temp.replace(map_file)  # how sync clients and editors save
        qtbot.waitUntil(
            lambda n=round_: dialogs.names().count("ask_external_change") == n, timeout=5000
        )


def test_a_file_deleted_by_another_program_is_kept_as_unsaved_work(
    make_window: Callable[..., MainWindow], dialogs: Any, map_file: Path
) -> None:
    window = make_window()
    window.files.open_path(map_file)
    map_file.unlink()
    window.files.check_disk_now()
    assert window.doc is not None and window.doc.modified  # closing will ask
    assert "deleted or moved" in window.statusBar().currentMessage()
    assert window.files.save()
    assert load_map(map_file).map.info.title == "Test journey"
    assert not window.doc.modified


def test_saving_a_hard_linked_map_says_the_other_names_keep_the_old_version(
    make_window: Callable[..., MainWindow], dialogs: Any, map_file: Path, tmp_path: Path
) -> None:
    other = tmp_path / "shared-name.cjm"
    os.link(map_file, other)
    window = make_window()
    assert window.files.open_path(map_file)
    edit_title(window, "Renamed")
    trigger(window, "action_save")
    (message,) = dialogs.messages("info")
    assert "hard links" in message and map_file.name in message
    assert load_map(other).map.info.title != "Renamed"
    assert load_map(map_file).map.info.title == "Renamed"
    edit_title(window, "Again")
    trigger(window, "action_save")  # the link is split now: said once, not on every save
    assert len(dialogs.messages("info")) == 1
