"""Never lose work: the lock of an open map, autosave to a recovery file, restore after a crash."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile
from pytestqt.qtbot import QtBot

from cjdesigner.editor.commands import UpdateFields
from cjdesigner.editor.window import MainWindow
from cjdesigner.editor.window.autosave import Autosaver, find_leftovers
from cjdesigner.editor.window.file_lock import lock_path_for
from cjdesigner.storage import dumps_map, file_fingerprint, load_map


def edit_title(window: MainWindow, title: str) -> None:
    assert window.doc is not None
    window.doc.push(UpdateFields(window.doc, "info", None, {"title": title}))


# -- the same file opened twice ---------------------------------------------------------------


def test_second_window_is_told_who_holds_the_map_and_opens_read_only(
    make_window: Callable[..., MainWindow], dialogs: Any, map_file: Path, tmp_path: Path
) -> None:
    first = make_window()
    assert first.files.open_path(map_file)
    assert lock_path_for(map_file).exists()
    second = make_window()
    dialogs.script("ask_locked", "read_only")
    assert second.files.open_path(map_file)
    name, holder = dialogs.asked[-1][1]
    assert name == "journey.cjm"
    assert holder == "in another cjdesigner window on this computer"  # words, no process id
    assert second.read_only and second.scene.read_only
    assert "(read-only)" in second.windowTitle()
    assert not second.window_actions.add_stage.isEnabled()
    # Save of a read-only map goes to Save As, never over the other window's file.
    dialogs.script("save_path", str(tmp_path / "mine.cjm"))
    assert second.files.save()
    assert second.doc is not None and second.doc.path == tmp_path / "mine.cjm"
    assert not second.read_only
    assert first.doc is not None and first.doc.path == map_file


def test_second_window_can_open_a_copy(
    make_window: Callable[..., MainWindow], dialogs: Any, map_file: Path
) -> None:
    first = make_window()
    first.files.open_path(map_file)
    second = make_window()
    dialogs.script("ask_locked", "copy")
    assert second.files.open_path(map_file)
    assert second.doc is not None and second.doc.path is None
    assert second.doc.map.info.title == "Copy of Test journey"
    assert second.doc.modified  # closing the copy asks before losing it
    assert not second.read_only


def test_cancel_leaves_the_second_window_as_it_was(
    make_window: Callable[..., MainWindow], dialogs: Any, map_file: Path
) -> None:
    first = make_window()
    first.files.open_path(map_file)
    second = make_window()
    before = second.doc
    dialogs.script("ask_locked", "cancel")
    assert not second.files.open_path(map_file)
    assert second.doc is before


def test_closing_releases_the_lock(
    make_window: Callable[..., MainWindow], dialogs: Any, map_file: Path
) -> None:
    first = make_window()
    first.files.open_path(map_file)
    assert first.close()
    assert not lock_path_for(map_file).exists()
    second = make_window()
    assert second.files.open_path(map_file)
    assert "ask_locked" not in dialogs.names()


def test_lock_left_by_a_dead_process_does_not_block(
    make_window: Callable[..., MainWindow], dialogs: Any, map_file: Path
) -> None:
    lock_path_for(map_file).write_text("999999\ncjdesigner\nvm\n", "utf-8")
    window = make_window()
    assert window.files.open_path(map_file)
    assert "ask_locked" not in dialogs.names()


# -- autosave -------------------------------------------------------------------------------


def test_autosave_writes_a_recovery_file_never_the_users_file(
    make_window: Callable[..., MainWindow], map_file: Path, recovery_dir: Path, qtbot: QtBot
) -> None:
    window = make_window()
    window.files.open_path(map_file)
    original = map_file.read_bytes()
    window.autosave.set_delay(10)
    edit_title(window, "Autosaved ąęł")
    qtbot.waitUntil(lambda: window.autosave.map_file.exists(), timeout=2000)
    assert map_file.read_bytes() == original
    assert window.autosave.map_file.parent == recovery_dir
    assert load_map(window.autosave.map_file).map.info.title == "Autosaved ąęł"
    meta = json.loads(window.autosave.meta_file.read_text("utf-8"))
    assert meta["source"] == str(map_file)
    # Saving removes the recovery file: the work is safe in the user's file now.
    window.files.save()
    assert not window.autosave.map_file.exists()


def test_autosave_is_removed_when_changes_are_undone(window: MainWindow, qtbot: QtBot) -> None:
    window.autosave.set_delay(10)
    edit_title(window, "Changed")
    qtbot.waitUntil(lambda: window.autosave.map_file.exists(), timeout=2000)
    assert window.doc is not None
    window.doc.undo_stack.undo()
    qtbot.waitUntil(lambda: not window.autosave.map_file.exists(), timeout=2000)


def test_a_live_window_recovery_file_is_not_offered(window: MainWindow, recovery_dir: Path) -> None:
    edit_title(window, "Live")
    window.autosave.flush()
    assert window.autosave.map_file.exists()
    assert find_leftovers(recovery_dir) == []


def test_discard_on_close_removes_the_recovery_file(window: MainWindow, dialogs: Any) -> None:
    edit_title(window, "Throw away")
    window.autosave.flush()
    dialogs.script("ask_unsaved", "discard")
    assert window.close()
    assert not window.autosave.map_file.exists()


# -- crash recovery -------------------------------------------------------------------------


def write_leftover(recovery_dir: Path, journey_map: Any, source: Path | None) -> str:
    session = "0123456789abcdef0123456789abcdef"
    (recovery_dir / f"{session}.cjm").write_text(dumps_map(journey_map), "utf-8")
    fp = file_fingerprint(source) if source else None
    meta = {
        "source": str(source) if source else None,
        "fingerprint": (
            {"size": fp.size, "mtime_ns": fp.mtime_ns, "sha256": fp.sha256} if fp else None
        ),
        "saved_at": "2026-11-23T10:00:00+00:00",
    }
    (recovery_dir / f"{session}.json").write_text(json.dumps(meta), "utf-8")
    # The crashed process's lock: its pid no longer runs, so QLockFile sees it as stale.
    (recovery_dir / f"{session}.lock").write_text("999999\npython\nvm\n", "utf-8")
    return session


def test_start_offers_to_restore_a_crashed_session_and_restores_it(
    make_window: Callable[..., MainWindow],
    dialogs: Any,
    recovery_dir: Path,
    map_file: Path,
    journey_map: Any,
) -> None:
    journey_map.info.title = "Unsaved before the crash"
    session = write_leftover(recovery_dir, journey_map, map_file)
    window = make_window()
    dialogs.script("ask_restore", "restore")
    window.start(None)
    (description,) = dialogs.asked[-1][1]
    assert "Unsaved before the crash" in description and "journey.cjm" in description
    assert window.doc is not None
    assert window.doc.map.info.title == "Unsaved before the crash"
    assert window.doc.path == map_file  # back on its own file…
    assert window.doc.modified  # …with the recovered work still to be saved
    assert not (recovery_dir / f"{session}.cjm").exists()
    assert window.files.save()
    assert load_map(map_file).map.info.title == "Unsaved before the crash"


def test_restore_of_a_never_saved_map_is_untitled(
    make_window: Callable[..., MainWindow], dialogs: Any, recovery_dir: Path, journey_map: Any
) -> None:
    write_leftover(recovery_dir, journey_map, None)
    window = make_window()
    dialogs.script("ask_restore", "restore")
    window.start(None)
    assert window.doc is not None and window.doc.path is None
    assert sorted(t.id for t in window.doc.map.touchpoints) == [
        t.id for t in journey_map.touchpoints
    ]


def test_discarding_the_offer_removes_the_leftover(
    make_window: Callable[..., MainWindow], dialogs: Any, recovery_dir: Path, journey_map: Any
) -> None:
    session = write_leftover(recovery_dir, journey_map, None)
    window = make_window()
    dialogs.script("ask_restore", "discard")
    window.start(None)
    assert not (recovery_dir / f"{session}.cjm").exists()
    assert window.doc is not None and window.doc.map.info.title != journey_map.info.title


def test_decide_later_keeps_the_leftover_and_opens_the_file(
    make_window: Callable[..., MainWindow],
    dialogs: Any,
    recovery_dir: Path,
    journey_map: Any,
    map_file: Path,
) -> None:
    session = write_leftover(recovery_dir, journey_map, None)
    window = make_window()
    dialogs.script("ask_restore", "later")
    window.start(str(map_file))
    assert (recovery_dir / f"{session}.cjm").exists()
    assert window.doc is not None and window.doc.path == map_file


def test_an_unreadable_recovery_file_is_kept_aside_with_a_message(
    make_window: Callable[..., MainWindow], dialogs: Any, recovery_dir: Path
) -> None:
    (recovery_dir / "dead.cjm").write_text("{ not json", "utf-8")
    window = make_window()
    window.start(None)
    assert (recovery_dir / "dead.damaged").exists()
    assert "dead.damaged" in dialogs.messages("warning")[0]


def test_recovery_lock_is_released_when_the_window_closes_cleanly(
    recovery_dir: Path, qtbot: QtBot, document: Any
) -> None:
    saver = Autosaver(directory=recovery_dir)
    saver.set_document(document)
    document.push(UpdateFields(document, "info", None, {"title": "x"}))
    saver.flush()
    lock = QLockFile(str(recovery_dir / f"{saver.session}.lock"))
    assert not lock.tryLock(0)
    document.undo_stack.setClean()
    saver.close()
    assert lock.tryLock(0)
    lock.unlock()
    assert list(recovery_dir.iterdir()) == []


def test_restore_and_a_file_on_the_command_line_open_in_two_windows(
    make_window: Callable[..., MainWindow],
    dialogs: Any,
    recovery_dir: Path,
    journey_map: Any,
    map_file: Path,
) -> None:
    journey_map.info.title = "Recovered draft"
    write_leftover(recovery_dir, journey_map, None)
    window = make_window()
    dialogs.script("ask_restore", "restore")
    window.start(str(map_file))
    assert window.doc is not None and window.doc.map.info.title == "Recovered draft"
    from cjdesigner.editor.window.main_window import _open_windows

    (other,) = _open_windows
    assert other.doc is not None and other.doc.path == map_file
    assert other.close()


def test_opening_the_open_file_again_keeps_the_work(
    make_window: Callable[..., MainWindow], dialogs: Any, map_file: Path
) -> None:
    window = make_window()
    window.files.open_path(map_file)
    edit_title(window, "Unsaved")
    dialogs.script("open_path", str(map_file))
    window.window_actions.open.trigger()
    assert window.doc is not None and window.doc.map.info.title == "Unsaved"
    assert "ask_locked" not in dialogs.names()


def test_the_holder_of_a_lock_is_named_in_words(monkeypatch: Any) -> None:
    from PySide6.QtCore import QSysInfo

    from cjdesigner.editor.window.file_lock import LockHolder

    monkeypatch.setenv("LOGNAME", "anna")  # getpass looks here first
    here = QSysInfo.machineHostName()
    assert LockHolder(42, here, "cjdesigner", "anna").describe() == (
        "in another cjdesigner window on this computer"
    )
    assert LockHolder(42, here, "cjdesigner", "marek").describe() == "by marek on this computer"
    assert LockHolder(42, "laptop-marek", "cjdesigner", "marek").describe() == (
        "by marek on the computer “laptop-marek”"
    )
    assert LockHolder(42, "laptop-marek", "cjdesigner").describe() == (
        "on the computer “laptop-marek”"
    )
    assert LockHolder(0, "", "").describe() == "by another program"
    for holder in (LockHolder(4242, "pc", "x", "u"), LockHolder(4242, here, "x")):
        assert "4242" not in holder.describe() and "process" not in holder.describe()


def test_the_recovery_prompt_names_the_month(qapp) -> None:  # type: ignore[no-untyped-def]
    """The date with the month's name ("6 Dec 2026, 15:16"), not the English short form
    "12/6/26 3:16 PM" that a European reads as 12 June (QA s5 G8); in the UI language."""
    from datetime import UTC, datetime

    from PySide6.QtCore import QLocale

    from cjdesigner.editor.window.autosave import Recovered
    from cjdesigner.editor.window.recovery import describe
    from cjdesigner.model import JourneyMap

    m = JourneyMap()
    m.info.title = "Sklep"
    saved = datetime(2026, 12, 6, 15, 16, tzinfo=UTC).astimezone()
    item = Recovered("s", m, Path("shop.cjm"), None, saved, ())
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        local = saved.astimezone()
        assert describe(item) == (
            f"“Sklep” (shop.cjm), last autosaved {local.day} Dec 2026, {local:%H:%M}."
        )
        QLocale.setDefault(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
        assert f"{local.day} gru 2026, {local:%H:%M}" in describe(item)
    finally:
        QLocale.setDefault(before)
