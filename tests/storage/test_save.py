"""Saving: atomic replace, backup, change detection, and clean failure on full disk or no access."""

from __future__ import annotations

import errno
import os
import stat
import time
from pathlib import Path

import pytest

from cjdesigner.model import JourneyMap
from cjdesigner.storage import (
    FileChangedOnDiskError,
    MapWriteError,
    atomic_write_bytes,
    atomic_write_text,
    backup_path_for,
    cleanup_temp_files,
    dumps_map,
    file_fingerprint,
    load_map,
    save_map,
)
from cjdesigner.storage.atomic import temp_path_for

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _temps(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.endswith(".tmp"))


def _two_versions(rich_map: JourneyMap) -> tuple[JourneyMap, JourneyMap]:
    newer = rich_map.model_copy(deep=True)
    newer.info.title = "Second version"
    return rich_map, newer


def test_new_file_has_no_backup_and_a_matching_fingerprint(
    tmp_path: Path, rich_map: JourneyMap
) -> None:
    path = tmp_path / "m.cjm"
    fingerprint = save_map(rich_map, path)
    assert path.read_text(encoding="utf-8") == dumps_map(rich_map)
    assert fingerprint == file_fingerprint(path)
    assert fingerprint == load_map(path).fingerprint
    assert not backup_path_for(path).exists()
    assert _temps(tmp_path) == []


def test_previous_version_is_kept_as_bak(tmp_path: Path, rich_map: JourneyMap) -> None:
    old, new = _two_versions(rich_map)
    path = tmp_path / "m.cjm"
    save_map(old, path)
    save_map(new, path)
    assert backup_path_for(path) == tmp_path / "m.cjm.bak"
    assert load_map(tmp_path / "m.cjm.bak").map.info.title == old.info.title
    assert load_map(path).map.info.title == "Second version"
    save_map(old, path)
    assert load_map(tmp_path / "m.cjm.bak").map.info.title == "Second version"
    assert _temps(tmp_path) == []


def test_saving_does_not_change_the_model(tmp_path: Path, rich_map: JourneyMap) -> None:
    before = rich_map.model_dump()
    order = [t.id for t in rich_map.touchpoints]
    save_map(rich_map, tmp_path / "m.cjm")
    assert rich_map.model_dump() == before
    assert [t.id for t in rich_map.touchpoints] == order


def test_changed_on_disk_needs_an_explicit_choice(tmp_path: Path, rich_map: JourneyMap) -> None:
    old, new = _two_versions(rich_map)
    path = tmp_path / "m.cjm"
    save_map(old, path)
    loaded = load_map(path)
    other = old.model_copy(deep=True)
    other.info.author = "A sync client"
    path.write_text(dumps_map(other), encoding="utf-8")  # someone else saves meanwhile
    theirs = path.read_bytes()
    with pytest.raises(FileChangedOnDiskError) as info:
        save_map(new, path, expected=loaded.fingerprint)
    assert "changed on disk" in str(info.value) and str(path) in str(info.value)
    assert info.value.path == path
    assert path.read_bytes() == theirs  # nothing written
    assert not backup_path_for(path).exists()
    assert _temps(tmp_path) == []
    fingerprint = save_map(new, path, expected=loaded.fingerprint, overwrite_changed=True)
    assert load_map(path).map.info.title == "Second version"
    assert backup_path_for(path).read_bytes() == theirs
    # the returned fingerprint is what the next save expects
    save_map(old, path, expected=fingerprint)


def test_touch_without_new_content_is_not_a_change(tmp_path: Path, rich_map: JourneyMap) -> None:
    path = tmp_path / "m.cjm"
    fingerprint = save_map(rich_map, path)
    os.utime(path, ns=(fingerprint.mtime_ns + 5_000_000_000,) * 2)
    save_map(rich_map, path, expected=fingerprint)


def test_file_deleted_since_loading_is_written_again(tmp_path: Path, rich_map: JourneyMap) -> None:
    path = tmp_path / "m.cjm"
    fingerprint = save_map(rich_map, path)
    path.unlink()
    save_map(rich_map, path, expected=fingerprint)
    assert dumps_map(load_map(path).map) == dumps_map(rich_map)


def _fail_midway(monkeypatch: pytest.MonkeyPatch, name: str, error: OSError) -> None:
    """Make ``os.<name>`` fail like a full disk: ``write`` after writing half of its data."""
    real = getattr(os, name)

    if name == "write":

        def fake(fd: int, data: bytes) -> int:
            real(fd, bytes(data[: len(data) // 2]))
            raise error

    else:

        def fake(*args: object) -> None:
            raise error

    monkeypatch.setattr(os, name, fake)


@pytest.mark.parametrize("call", ["write", "fsync"])
@pytest.mark.parametrize("existing", [True, False])
def test_full_disk(
    tmp_path: Path,
    rich_map: JourneyMap,
    monkeypatch: pytest.MonkeyPatch,
    call: str,
    existing: bool,
) -> None:
    old, new = _two_versions(rich_map)
    path = tmp_path / "m.cjm"
    if existing:
        save_map(old, path)
    before = path.read_bytes() if existing else None
    with monkeypatch.context() as patch:
        _fail_midway(patch, call, OSError(errno.ENOSPC, "No space left on device"))
        with pytest.raises(MapWriteError) as info:
            save_map(new, path)
    assert str(info.value) == (
        f"Cannot save “{path}”: the disk is full. The file on disk was not changed."
    )
    assert info.value.path == path
    if existing:
        assert path.read_bytes() == before
    else:
        assert not path.exists()
    assert _temps(tmp_path) == []
    assert not backup_path_for(path).exists()


def test_permission_denied_simulated(
    tmp_path: Path, rich_map: JourneyMap, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "m.cjm"
    save_map(rich_map, path)
    before = path.read_bytes()
    real_open = os.open

    def denied(file: object, flags: int, *args: object, **kwargs: object) -> int:
        if flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(MapWriteError) as caught:
        save_map(rich_map, path)
    message = str(caught.value)
    assert f"permission denied in the folder “{tmp_path}”" in message, message
    assert "temporary file" in message and message.endswith("The file on disk was not changed.")
    assert path.read_bytes() == before
    assert _temps(tmp_path) == []


def test_read_only_folder_for_real(tmp_path: Path, rich_map: JourneyMap) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "m.cjm"
    save_map(rich_map, path)
    before = path.read_bytes()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        if not IS_ROOT:
            with pytest.raises(MapWriteError, match="permission denied"):
                save_map(rich_map, path)
            assert path.read_bytes() == before
        else:  # root may write anyway: the save must still be complete and clean
            save_map(rich_map, path)
            assert dumps_map(load_map(path).map) == dumps_map(rich_map)
        assert _temps(folder) == []
    finally:
        folder.chmod(stat.S_IRWXU)


def test_read_only_file_is_not_replaced(tmp_path: Path, rich_map: JourneyMap) -> None:
    path = tmp_path / "m.cjm"
    save_map(rich_map, path)
    path.chmod(stat.S_IRUSR)
    try:
        if not IS_ROOT:
            with pytest.raises(MapWriteError, match="permission denied"):
                save_map(rich_map, path)
        else:  # root can write any file; the mode survives the replace
            save_map(rich_map, path)
            assert stat.S_IMODE(path.stat().st_mode) == stat.S_IRUSR
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_permission_bits_are_kept(tmp_path: Path, rich_map: JourneyMap) -> None:
    path = tmp_path / "m.cjm"
    save_map(rich_map, path)
    path.chmod(0o640)
    save_map(rich_map, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_failed_rename_leaves_the_original(
    tmp_path: Path, rich_map: JourneyMap, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new = _two_versions(rich_map)
    path = tmp_path / "m.cjm"
    save_map(old, path)
    before = path.read_bytes()
    real_replace = Path.replace

    def failing(self: Path, target: Path) -> Path:
        if Path(target) == path:
            raise OSError(errno.EIO, "Input/output error")
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", failing)
    with pytest.raises(MapWriteError, match="Input/output error"):
        save_map(new, path)
    assert path.read_bytes() == before
    assert _temps(tmp_path) == []


def test_map_that_does_not_read_back_is_not_written(tmp_path: Path, rich_map: JourneyMap) -> None:
    path = tmp_path / "m.cjm"
    save_map(rich_map, path)
    before = path.read_bytes()
    broken = rich_map.model_copy(deep=True)
    broken.touchpoints[0].stage_id = "no-such-stage"  # field is valid, the map is not
    with pytest.raises(MapWriteError) as info:
        save_map(broken, path)
    assert "did not read back" in str(info.value)
    assert "there is no stage with id 'no-such-stage'" in str(info.value)
    assert path.read_bytes() == before
    assert _temps(tmp_path) == []


def test_missing_folder_and_folder_target(tmp_path: Path, rich_map: JourneyMap) -> None:
    with pytest.raises(MapWriteError, match="folder does not exist"):
        save_map(rich_map, tmp_path / "nowhere" / "m.cjm")
    (tmp_path / "d.cjm").mkdir()
    with pytest.raises(MapWriteError, match="is a folder"):
        save_map(rich_map, tmp_path / "d.cjm")


def test_saving_through_a_symlink_updates_its_target(tmp_path: Path, rich_map: JourneyMap) -> None:
    old, new = _two_versions(rich_map)
    real = tmp_path / "real.cjm"
    link = tmp_path / "link.cjm"
    save_map(old, real)
    link.symlink_to(real)
    save_map(new, link)
    assert link.is_symlink()
    assert load_map(real).map.info.title == "Second version"
    assert load_map(tmp_path / "real.cjm.bak").map.info.title == old.info.title


def test_leftover_temp_files_are_cleaned_by_save_and_load(
    tmp_path: Path, rich_map: JourneyMap
) -> None:
    path = tmp_path / "m.cjm"
    save_map(rich_map, path)
    dead = tmp_path / ".m.cjm.999999999-0badc0de.tmp"  # no process has such an id
    alive = tmp_path / f".m.cjm.{os.getppid()}-00c0ffee.tmp"  # a running process's save
    unrelated = [tmp_path / ".other.cjm.999999999-0badc0de.tmp", tmp_path / "m.cjm.tmp"]
    for p in [dead, alive, *unrelated]:
        p.write_bytes(b"{half a map")
    load_map(path)
    assert not dead.exists()
    assert alive.exists() and all(p.exists() for p in unrelated)
    dead.write_bytes(b"{")
    save_map(rich_map, path)
    assert not dead.exists()
    assert alive.exists() and all(p.exists() for p in unrelated)
    assert cleanup_temp_files(path) == []


def test_temp_names_are_hidden_and_unique(tmp_path: Path) -> None:
    path = tmp_path / "m.cjm"
    first, second = temp_path_for(path), temp_path_for(path)
    assert first != second
    assert first.parent == tmp_path and first.name.startswith(".m.cjm.")
    assert first.name.endswith(".tmp")


def test_atomic_write_for_other_files(tmp_path: Path) -> None:
    target = tmp_path / "export.pdf"
    atomic_write_bytes(target, b"%PDF-1.7 first")
    atomic_write_bytes(target, b"%PDF-1.7 second")
    assert target.read_bytes() == b"%PDF-1.7 second"
    assert not backup_path_for(target).exists()  # backups only when asked
    atomic_write_text(tmp_path / "note.txt", "zażółć\n", backup=True)
    atomic_write_text(tmp_path / "note.txt", "gęślą\n", backup=True)
    assert (tmp_path / "note.txt").read_text(encoding="utf-8") == "gęślą\n"
    assert (tmp_path / "note.txt.bak").read_text(encoding="utf-8") == "zażółć\n"
    assert _temps(tmp_path) == []


def test_backup_by_copy_where_links_are_not_supported(
    tmp_path: Path, rich_map: JourneyMap, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new = _two_versions(rich_map)
    path = tmp_path / "m.cjm"
    save_map(old, path)
    before = path.read_bytes()

    def no_links(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    save_map(new, path)
    assert backup_path_for(path).read_bytes() == before
    assert _temps(tmp_path) == []


def test_file_fingerprint(tmp_path: Path) -> None:
    assert file_fingerprint(tmp_path / "none.cjm") is None
    (tmp_path / "a").write_bytes(b"abc")
    fingerprint = file_fingerprint(tmp_path / "a")
    assert fingerprint is not None and fingerprint.size == 3
    assert fingerprint.sha256.startswith("ba7816bf")
    with pytest.raises(OSError):
        file_fingerprint(tmp_path)


def test_backup_that_cannot_be_written_stops_the_save(tmp_path: Path, rich_map: JourneyMap) -> None:
    old, new = _two_versions(rich_map)
    path = tmp_path / "m.cjm"
    save_map(old, path)
    before = path.read_bytes()
    (tmp_path / "m.cjm.bak").mkdir()  # something in the way of the backup
    with pytest.raises(MapWriteError, match=r"backup copy “.*m\.cjm\.bak” cannot be written"):
        save_map(new, path)
    assert path.read_bytes() == before
    assert _temps(tmp_path) == []


def test_day_old_temp_files_go_even_if_their_pid_runs(tmp_path: Path) -> None:
    path = tmp_path / "m.cjm"
    old = tmp_path / f".m.cjm.{os.getppid()}-0badc0de.tmp"
    old.write_bytes(b"{")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(old, (two_days_ago, two_days_ago))
    assert cleanup_temp_files(path) == [old]
    assert not old.exists()


def test_change_during_the_save_is_still_caught(
    tmp_path: Path, rich_map: JourneyMap, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sync client writing while we serialise and check: the rename is not done."""
    from cjdesigner.storage import reader

    old, new = _two_versions(rich_map)
    path = tmp_path / "m.cjm"
    fingerprint = save_map(old, path)
    theirs = dumps_map(old).replace("Ewa", "Sync client").encode("utf-8")
    real_loads = reader.loads_map

    def loads_then_someone_writes(data: bytes, source: str = "<text>") -> JourneyMap:
        result = real_loads(data, source)
        path.write_bytes(theirs)  # lands after the first check, before the rename
        return result

    monkeypatch.setattr("cjdesigner.storage.writer.loads_map", loads_then_someone_writes)
    with pytest.raises(FileChangedOnDiskError):
        save_map(new, path, expected=fingerprint)
    assert path.read_bytes() == theirs
    assert _temps(tmp_path) == []


def test_read_back_that_differs_is_a_write_error(
    tmp_path: Path, rich_map: JourneyMap, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new = _two_versions(rich_map)
    path = tmp_path / "m.cjm"
    save_map(old, path)
    before = path.read_bytes()
    real_read = Path.read_bytes

    def flipped(self: Path) -> bytes:
        data = real_read(self)
        return data[:-2] + b"X\n" if self.name.endswith(".tmp") else data

    monkeypatch.setattr(Path, "read_bytes", flipped)
    with pytest.raises(MapWriteError, match="read back differs"):
        save_map(new, path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert _temps(tmp_path) == []
