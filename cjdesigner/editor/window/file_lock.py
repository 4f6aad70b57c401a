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

from PySide6.QtCore import QCoreApplication, QLockFile


def lock_path_for(map_path: Path) -> Path:
    """``/maps/shop.cjm`` → ``/maps/.shop.cjm.lock``: beside the map, hidden on Unix."""
    return map_path.with_name(f".{map_path.name}.lock")


@dataclass(frozen=True)
class LockHolder:
    """Who holds a map's lock."""

    pid: int
    host: str
    app: str

    def describe(self) -> str:
        """'by cjdesigner (process 4242) on laptop-anna' — for the "already open" prompt."""
        return (
            QCoreApplication.translate("file_lock", "by %1 (process %2) on %3")
            .replace("%1", self.app or QCoreApplication.translate("file_lock", "another program"))
            .replace("%2", str(self.pid))
            .replace(
                "%3", self.host or QCoreApplication.translate("file_lock", "an unknown computer")
            )
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
        return LockHolder(pid, str(host), str(app))

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
