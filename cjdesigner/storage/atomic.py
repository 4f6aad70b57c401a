"""Write a file so that it is always either the complete old or the complete new version.

The bytes go to a temporary file in the same folder (same file system, so the final rename is
atomic), are flushed and fsynced, optionally checked, and then renamed over the target; the
folder is fsynced so the rename itself survives a power cut. A crash or ``kill -9`` at any
moment leaves the target untouched or fully replaced, plus at most a temporary file, which the
next save or load of the same file removes.

Temporary files are named ``.<name>.<pid>-<random>.tmp``: hidden, next to the file, and tied
to the process that wrote them, so cleaning up never removes a file another live process is
still writing. A name too long for that (file names of 230+ bytes) uses a shortened, hashed
``<name>`` in its temporary and backup names, so every name the file system accepts can be saved.

Hard links: a save replaces the folder entry, so other hard links to the map keep the previous
version (they are never half-written); a ``.bak`` left hard-linked to the map by an interrupted
save is replaced by a proper backup. :func:`other_hard_links` lets a caller say so.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import secrets
import stat
import sys
import time
from collections.abc import Callable
from pathlib import Path

from cjdesigner.i18n import tr
from cjdesigner.storage.errors import MapWriteError

TEMP_SUFFIX = ".tmp"
BACKUP_SUFFIX = ".bak"
STALE_TEMP_SECONDS = 24 * 3600
"""A temp file this old is left over whatever its pid says (reused pid, other OS or machine)."""

_CREATE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
_TEMP_RE = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]{8}\.tmp$")


NAME_MAX_BYTES = 255
"""The longest file name (in bytes) of the usual file systems (ext4, NTFS, APFS…)."""

_TEMP_EXTRA = len(".") + len(".4294967295-") + 8 + len(TEMP_SUFFIX)


def _short_name(name: str, room: int) -> str:
    """``name`` if it fits in ``room`` bytes, else a prefix of it and a hash of the whole."""
    encoded = os.fsencode(name)
    if len(encoded) <= room:
        return name
    digest = hashlib.sha1(encoded).hexdigest()[:10]
    prefix = encoded[: room - len(digest) - 1].decode("utf-8", errors="ignore")
    return f"{prefix}~{digest}"


def _temp_stem(name: str) -> str:
    """The ``<name>`` part of the temporary files of the file called ``name``."""
    return _short_name(name, NAME_MAX_BYTES - _TEMP_EXTRA)


def temp_path_for(path: Path) -> Path:
    """A fresh temporary path next to ``path`` (the name says which file and process it is for)."""
    stem = _temp_stem(path.name)
    return path.with_name(f".{stem}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}")


def backup_path_for(path: Path) -> Path:
    """Where the previous version of ``path`` is kept: ``<file>.bak`` (shortened if too long)."""
    return path.with_name(
        _short_name(path.name, NAME_MAX_BYTES - len(BACKUP_SUFFIX)) + BACKUP_SUFFIX
    )


def other_hard_links(path: Path) -> int:
    """How many other names (hard links) the file at ``path`` has, not counting its backup.

    A save replaces ``path`` with a new file: those other names keep the previous version.
    """
    try:
        st = path.stat()
    except OSError:
        return 0
    others = st.st_nlink - 1
    with contextlib.suppress(OSError):
        if path.samefile(backup_path_for(path)):
            others -= 1
    return max(others, 0)


def _pid_alive(pid: int) -> bool | None:
    """Whether process ``pid`` runs (``None``: cannot tell on this platform)."""
    if sys.platform == "win32":  # os.kill(pid, 0) would send CTRL_C_EVENT there
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return None
    return True


def leftover_temp_files(path: Path) -> list[Path]:
    """Temporary files of earlier saves of ``path`` whose writer is gone (or that are stale)."""
    folder = path.parent
    prefix = f".{_temp_stem(path.name)}."
    found: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return found
    now = time.time()
    for entry in entries:
        if not entry.name.startswith(prefix) or not entry.name.endswith(TEMP_SUFFIX):
            continue
        match = _TEMP_RE.match(entry.name)
        if match is None or match.group("name") != _temp_stem(path.name):
            continue
        try:
            stale = now - entry.stat(follow_symlinks=False).st_mtime > STALE_TEMP_SECONDS
        except OSError:
            continue
        # A live writer is left alone, unless its file is a day old (the pid was reused).
        if stale or _pid_alive(int(match.group("pid"))) is False:
            found.append(Path(entry.path))
    return found


def cleanup_temp_files(path: str | os.PathLike[str]) -> list[Path]:
    """Remove leftover temporary files of ``path``; returns those removed. Never raises."""
    removed: list[Path] = []
    for leftover in leftover_temp_files(Path(path)):
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed.append(leftover)
    return removed


def _fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (no-op where folders cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):  # some file systems refuse fsync on folders
            os.fsync(fd)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _read_only_file_system(folder: Path) -> bool:
    """Whether ``folder`` is on a file system mounted read-only (a locked USB stick, a CD…)."""
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:
        return False
    try:
        return bool(statvfs(folder).f_flag & getattr(os, "ST_RDONLY", 1))
    except OSError:
        return False


def _write_error(path: Path, exc: OSError, *, creating_temp: bool = False) -> MapWriteError:
    """A user-facing message for why ``path`` could not be written.

    ``creating_temp``: the error came from creating the temporary file next to ``path``, so a
    permission problem is the folder's, and the message names the folder.
    """
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = tr("the disk is full")
    elif exc.errno == errno.EROFS or (
        exc.errno in (errno.EACCES, errno.EPERM) and _read_only_file_system(path.parent)
    ):
        reason = tr("the disk is read-only (its file system is mounted read-only)")
    elif creating_temp and (
        isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM)
    ):
        reason = tr(
            "permission denied in the folder “{folder}”: a safe save first writes a temporary "
            "file next to the map, and this folder does not allow new files"
        ).format(folder=path.parent)
    elif isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        reason = tr("permission denied")
    elif isinstance(exc, FileNotFoundError) and path.parent.is_dir():
        # the folder is there but takes no files (/proc, /sys): "does not exist" was untrue
        reason = tr(
            "the folder “{folder}” does not allow new files (a system folder, not one for "
            "documents)"
        ).format(folder=path.parent)
    elif isinstance(exc, FileNotFoundError):
        reason = tr("the folder does not exist")
    elif isinstance(exc, IsADirectoryError):
        reason = tr("it is a folder")
    elif exc.errno == errno.ENAMETOOLONG:
        reason = tr("the file name is too long for this disk")
    elif getattr(exc, "not_regular", False):
        reason = tr("it is not a regular file (a device, a pipe or a socket)")
    else:
        reason = exc.strerror or str(exc)
    message = tr("Cannot save “{file}”: {reason}. The file on disk was not changed.").format(
        file=path, reason=reason
    )
    return MapWriteError(message, path=path)


def _backup_error(path: Path, exc: OSError) -> MapWriteError:
    """Saving stops when the previous version cannot be kept: the backup is part of the promise."""
    message = tr(
        "Cannot save “{file}”: the backup copy “{backup}” cannot be written ({reason}). "
        "The file on disk was not changed."
    ).format(file=path, backup=backup_path_for(path), reason=exc.strerror or exc)
    return MapWriteError(message, path=path)


def resolve_target(path: str | os.PathLike[str]) -> Path:
    """The real file to replace: a symlinked map is saved through the link, not over it."""
    p = Path(path)
    return Path(os.path.realpath(p)) if p.is_symlink() else p


def atomic_write_bytes(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    backup: bool = False,
    check: Callable[[bytes], None] | None = None,
    before_replace: Callable[[], None] | None = None,
) -> None:
    """Replace ``path`` with ``data`` atomically, or raise :class:`MapWriteError`, changing nothing.

    The temporary file is read back and must hold exactly ``data``. ``backup`` keeps the
    previous version as ``<file>.bak``; ``check`` receives the bytes read back and may raise
    to stop the save (the map save runs its loader); ``before_replace`` runs last, right before
    the rename, so a "has someone else changed the file?" test leaves the smallest window. The
    new file keeps the old one's permission bits.
    """
    target = resolve_target(path)
    cleanup_temp_files(target)
    try:
        old_stat: os.stat_result | None = target.stat()
    except FileNotFoundError:
        old_stat = None
    except OSError as exc:
        raise _write_error(target, exc) from exc
    if old_stat is not None and stat.S_ISDIR(old_stat.st_mode):
        raise _write_error(target, IsADirectoryError(errno.EISDIR, "is a folder"))
    if old_stat is not None and not stat.S_ISREG(old_stat.st_mode):
        not_regular = OSError(errno.EINVAL, "not a regular file")
        not_regular.not_regular = True  # type: ignore[attr-defined]
        raise _write_error(target, not_regular)
    if old_stat is not None and not os.access(target, os.W_OK):
        raise _write_error(target, PermissionError(errno.EACCES, "read-only"))

    temp = temp_path_for(target)
    try:
        try:
            fd = os.open(temp, _CREATE_FLAGS, 0o666)
        except OSError as exc:
            raise _write_error(target, exc, creating_temp=True) from exc
        try:
            if old_stat is not None and hasattr(os, "fchmod"):
                with contextlib.suppress(OSError):
                    os.fchmod(fd, stat.S_IMODE(old_stat.st_mode))
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        written = temp.read_bytes()
        if written != data:
            raise _write_error(target, OSError(errno.EIO, tr("the file read back differs")))
        if check is not None:
            check(written)
        if before_replace is not None:
            before_replace()
        if backup and old_stat is not None:
            try:
                _keep_backup(target)
            except OSError as exc:
                raise _backup_error(target, exc) from exc
        temp.replace(target)
    except OSError as exc:
        _remove_quietly(temp)
        raise _write_error(target, exc) from exc
    except BaseException:
        _remove_quietly(temp)
        raise
    _fsync_folder(target.parent)


def atomic_write_text(
    path: str | os.PathLike[str],
    text: str,
    *,
    backup: bool = False,
    check: Callable[[bytes], None] | None = None,
    before_replace: Callable[[], None] | None = None,
) -> None:
    """:func:`atomic_write_bytes` of ``text`` encoded as UTF-8 (newlines written as given)."""
    atomic_write_bytes(
        path, text.encode("utf-8"), backup=backup, check=check, before_replace=before_replace
    )


def _keep_backup(target: Path) -> None:
    """Make ``<file>.bak`` the current version of ``target`` without ever removing ``target``.

    A hard link costs nothing; where links are not supported (FAT, some network shares) the
    bytes are copied. Either way the backup appears by an atomic rename.
    """
    backup = backup_path_for(target)
    with contextlib.suppress(OSError):
        # An interrupted save can leave the backup as a second name of the map itself; a
        # rename onto a name of the same file does nothing, so make way for a real backup.
        if target.samefile(backup):
            backup.unlink()
    link = temp_path_for(target)
    try:
        os.link(target, link)
    except OSError:
        data = target.read_bytes()
        fd = os.open(link, _CREATE_FLAGS, 0o666)
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
    try:
        link.replace(backup)
    except OSError:
        _remove_quietly(link)
        raise


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
