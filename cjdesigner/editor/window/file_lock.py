"""A lock file beside an open map, so a second window or program is told who has it open.

Qt's ``QLockFile`` writes the holder's process id, host name and application name into
``.<map file name>.lock`` in the map's folder and notices a lock left by a crashed process on
the same machine (the process is gone). Locks never go stale by age: a long editing session
must keep its lock, and a lock from another computer is shown to the user, not broken.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QSysInfo


def lock_path_for(map_path: Path) -> Path:
    """``/maps/shop.cjm`` → ``/maps/.shop.cjm.lock``: beside the map, hidden on Unix."""
    return map_path.with_name(f".{map_path.name}.lock")


def _current_user() -> str:
    """The user name of this session ("" if the system cannot say)."""
    try:
        import getpass  # a map file's lock: not in a blank start

        return getpass.getuser()
    except (ImportError, KeyError, OSError):
        return ""


def _owner_of(path: Path) -> str:
    """The user who owns ``path`` (the lock's writer), where the system says ("" if not)."""
    try:
        import pwd  # Unix only

        return pwd.getpwuid(path.stat().st_uid).pw_name
    except (ImportError, KeyError, OSError):
        return ""


@dataclass(frozen=True)
class LockHolder:
    """Who holds a map's lock: the process, the computer, the program and, if known, the user."""

    pid: int
    host: str
    app: str
    user: str = ""

    def describe(self) -> str:
        """Who has the map open, in words ("by anna on the computer “laptop-anna”").

        A process id means nothing to a consultant; a colleague's name and computer do.
        """
        here = self.host == QSysInfo.machineHostName()
        mine = not self.user or self.user == _current_user()
        if here and mine:  # only cjdesigner writes these locks, whatever it was started as
            return QCoreApplication.translate(
                "file_lock", "in another cjdesigner window on this computer"
            )
        if here:
            return QCoreApplication.translate("file_lock", "by %1 on this computer").replace(
                "%1", self.user
            )
        if not self.host:
            return QCoreApplication.translate("file_lock", "by another program")
        if self.user:
            return (
                QCoreApplication.translate("file_lock", "by %1 on the computer “%2”")
                .replace("%1", self.user)
                .replace("%2", self.host)
            )
        return QCoreApplication.translate("file_lock", "on the computer “%1”").replace(
            "%1", self.host
        )


class MapLock:
    """The lock of one map file, held while a window edits it."""

    def __init__(self, map_path: Path) -> None:
        self.map_path = map_path
        self._lock = QLockFile(os.fspath(lock_path_for(map_path)))
        self._lock.setStaleLockTime(0)

    def acquire(self) -> LockHolder | None:
        """Take the lock; returns ``None`` on success, else who holds it.

        A folder where no lock can be written (read-only media) counts as success: the lock
        only warns, and saving there will report its own clear error.
        """
        if self._lock.tryLock(0):
            return None
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            return self.holder() or LockHolder(0, "", "")
        return None

    def holder(self) -> LockHolder | None:
        info = self._lock.getLockInfo()
        if not info or len(info) < 3:
            return None
        pid, host, app = info[-3], info[-2], info[-1]
        if not isinstance(pid, int):
            return None
        return LockHolder(pid, str(host), str(app), _owner_of(lock_path_for(self.map_path)))

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
