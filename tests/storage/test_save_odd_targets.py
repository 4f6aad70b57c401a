"""Crash leftovers and odd save targets: hard-linked backups, hard links, very long names,
read-only file systems, FIFOs (issue 12). The map on disk is always whole, old or new."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from cjdesigner.model import JourneyMap, MapInfo
from cjdesigner.storage import MapFileError, MapWriteError, backup_path_for, load_map, save_map
from cjdesigner.storage.atomic import NAME_MAX_BYTES, other_hard_links, temp_path_for


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def _titled(title: str) -> JourneyMap:
    return JourneyMap(info=MapInfo(title=title))


def test_backup_left_hard_linked_to_the_map_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "m.cjm"
    save_map(_titled("one"), path)
    backup = backup_path_for(path)
    os.link(path, backup)  # what a save killed between link and rename leaves
    save_map(_titled("two"), path)
    assert load_map(path).map.info.title == "two"
    assert load_map(backup).map.info.title == "one"
    assert not path.samefile(backup)
    assert _leftovers(tmp_path) == []
    save_map(_titled("three"), path)  # and the save after that is an ordinary one
    assert load_map(backup).map.info.title == "two"
    assert _leftovers(tmp_path) == []


def test_other_hard_link_keeps_the_previous_whole_version(tmp_path: Path) -> None:
    path = tmp_path / "m.cjm"
    save_map(_titled("one"), path)
    other = tmp_path / "shared-copy.cjm"
    os.link(path, other)
    assert other_hard_links(path) == 1
    save_map(_titled("two"), path)
    # The documented choice: the save replaces this name atomically; the other name keeps
    # the version it had (never a half-written mix), and other_hard_links() lets callers say so.
    assert load_map(path).map.info.title == "two"
    assert load_map(other).map.info.title == "one"
    assert other_hard_links(path) == 0  # the .bak link made by the save is not counted


@pytest.mark.parametrize("length", [236, 245, 251, NAME_MAX_BYTES])
def test_longest_file_names_can_be_saved_with_backup_and_cleanup(
    tmp_path: Path, length: int
) -> None:
    path = tmp_path / ("m" * (length - 4) + ".cjm")
    save_map(_titled("one"), path)
    save_map(_titled("two"), path)
    assert load_map(path).map.info.title == "two"
    backup = backup_path_for(path)
    assert len(os.fsencode(backup.name)) <= NAME_MAX_BYTES
    assert load_map(backup).map.info.title == "one"
    temp = temp_path_for(path)
    assert len(os.fsencode(temp.name)) <= NAME_MAX_BYTES
    stale = temp.with_name(temp.name.replace(f".{os.getpid()}-", ".999999999-"))
    stale.write_bytes(b"{half")
    load_map(path)
    assert not stale.exists()


def test_long_polish_names_are_cut_on_a_character_boundary(tmp_path: Path) -> None:
    path = tmp_path / ("ż" * 125 + ".cjm")  # 254 bytes
    save_map(_titled("one"), path)
    save_map(_titled("two"), path)
    assert load_map(backup_path_for(path)).map.info.title == "one"
    assert _leftovers(tmp_path) == []


def test_only_our_own_stale_temp_files_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "m.cjm"
    save_map(_titled("one"), path)
    ours = tmp_path / ".m.cjm.999999999-0badc0de.tmp"
    others = [
        tmp_path / ".m.cjm.999999999-NOTHEX00.tmp",
        tmp_path / ".m.cjm.x.999999999-0badc0de.tmp",
        tmp_path / ".n.cjm.999999999-0badc0de.tmp",
        tmp_path / "m.cjm.999999999-0badc0de.tmp",
        tmp_path / ".m.cjm.999999999-0badc0de.tmp.keep",
    ]
    for p in [ours, *others]:
        p.write_bytes(b"{")
    save_map(_titled("two"), path)
    assert not ours.exists()
    assert all(p.exists() for p in others)


def test_read_only_file_system_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "m.cjm"
    save_map(_titled("one"), path)
    real_open = os.open

    def read_only(file: object, flags: int, *args: object, **kwargs: object) -> int:
        if flags & os.O_CREAT:
            raise OSError(errno.EROFS, "Read-only file system", str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", read_only)
    with pytest.raises(MapWriteError, match="read-only") as caught:
        save_map(_titled("two"), path)
    assert "permission denied" not in str(caught.value)


@pytest.mark.skipif(not hasattr(os, "statvfs"), reason="statvfs is POSIX only")
def test_read_only_mount_seen_through_access_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "m.cjm"
    save_map(_titled("one"), path)
    real_statvfs = os.statvfs

    class ReadOnly:
        def __init__(self, real: os.statvfs_result) -> None:
            self.f_flag = real.f_flag | os.ST_RDONLY

    monkeypatch.setattr(os, "statvfs", lambda p: ReadOnly(real_statvfs(p)))
    monkeypatch.setattr(os, "access", lambda *a, **k: False)
    with pytest.raises(MapWriteError, match="read-only"):
        save_map(_titled("two"), path)
    assert load_map(path).map.info.title == "one"


@pytest.mark.skipif(sys.platform == "win32", reason="no FIFOs on Windows")
def test_fifo_is_not_a_regular_file(tmp_path: Path) -> None:
    path = tmp_path / "m.cjm"
    os.mkfifo(path)
    with pytest.raises(MapWriteError) as caught:
        save_map(_titled("one"), path)
    assert "not a regular file" in str(caught.value)
    assert "folder" not in str(caught.value)
    with pytest.raises(MapFileError, match="not a regular file"):
        load_map(path)
