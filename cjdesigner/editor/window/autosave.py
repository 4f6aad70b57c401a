"""Crash recovery: unsaved work is copied to a recovery file a few seconds after each change.

Recovery files live in the application's data folder (``AppDataLocation/recovery``), never in
a temp folder that the system may clear and never over the user's own file. Each window writes
``<session>.cjm`` (the map, in the normal file format, through the same atomic writer as Save)
and ``<session>.json`` (where the map came from), and holds ``<session>.lock`` while it lives.
After a crash the lock is left by a dead process, so the next start can tell these files from
those of another window that is still open, and offers to restore them.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer, Signal

from cjdesigner.editor.document import MapDocument
from cjdesigner.model import JourneyMap
from cjdesigner.storage import (
    FileFingerprint,
    MapFileError,
    atomic_write_text,
    dumps_map,
    load_map,
)

DEFAULT_DELAY_MS = 3000


def recovery_dir() -> Path:
    """Where recovery files go: the per-user application data folder, not a temp folder."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


@dataclass(frozen=True)
class Recovered:
    """A recovery file left by a window that did not close properly."""

    session: str
    map: JourneyMap
    source: Path | None
    """The user's file the map came from (None: it was never saved)."""
    fingerprint: FileFingerprint | None
    """What that file was when the crashed window last loaded or saved it."""
    saved_at: datetime | None
    files: tuple[Path, ...]


class Autosaver(QObject):
    """Writes one window's recovery file a short time after changes and removes it when clean."""

    failed = Signal(str)
    """The recovery file could not be written (the message says why); work goes on."""

    def __init__(
        self,
        parent: QObject | None = None,
        directory: Path | None = None,
        delay_ms: int = DEFAULT_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.directory = directory or recovery_dir()
        self.session = uuid.uuid4().hex
        self._doc: MapDocument | None = None
        self._source: Path | None = None
        self._fingerprint: FileFingerprint | None = None
        self._lock: QLockFile | None = None
        self.last_error: str | None = None
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def map_file(self) -> Path:
        return self.directory / f"{self.session}.cjm"

    @property
    def meta_file(self) -> Path:
        return self.directory / f"{self.session}.json"

    def set_delay(self, delay_ms: int) -> None:
        self._timer.setInterval(delay_ms)

    def set_document(self, doc: MapDocument | None) -> None:
        """Follow ``doc``; a new document starts with no recovery file."""
        if self._doc is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._doc.undo_stack.indexChanged.disconnect(self._changed)
        self.discard()
        self._doc = doc
        if doc is not None:
            doc.undo_stack.indexChanged.connect(self._changed)

    def set_source(self, path: Path | None, fingerprint: FileFingerprint | None) -> None:
        """Record which file the map belongs to, so a restore knows where it came from."""
        self._source, self._fingerprint = path, fingerprint

    def _changed(self, _index: int = 0) -> None:
        self._timer.start()

    def schedule_now(self) -> None:
        """Write soon (after a restore the recovered work is protected again at once)."""
        self._timer.start(0)

    def flush(self) -> None:
        """Write the recovery file now if there are unsaved changes, else remove it."""
        self._timer.stop()
        doc = self._doc
        if doc is None or not doc.modified:
            self.discard()
            return
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            self._hold_lock()
            atomic_write_text(self.map_file, dumps_map(doc.map))
            atomic_write_text(self.meta_file, json.dumps(self._meta(), ensure_ascii=False))
            self.last_error = None
        except (MapFileError, OSError) as exc:
            # Autosave must never interrupt work; the status bar shows that it failed.
            self.last_error = str(exc)
            self.failed.emit(self.last_error)

    def _meta(self) -> dict[str, object]:
        fp = self._fingerprint
        return {
            "source": os.fspath(self._source) if self._source else None,
            "fingerprint": (
                {"size": fp.size, "mtime_ns": fp.mtime_ns, "sha256": fp.sha256} if fp else None
            ),
            "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "title": self._doc.map.info.title if self._doc else "",
            "pid": os.getpid(),
        }

    def _hold_lock(self) -> None:
        if self._lock is None:
            self._lock = QLockFile(os.fspath(self.directory / f"{self.session}.lock"))
            self._lock.setStaleLockTime(0)
            self._lock.tryLock(0)

    def discard(self) -> None:
        """Remove this window's recovery files (after a save, a discard or a clean close)."""
        self._timer.stop()
        for path in (self.map_file, self.meta_file):
            with contextlib.suppress(FileNotFoundError, OSError):
                path.unlink()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def close(self) -> None:
        """The window closes without unsaved work to keep."""
        self.set_document(None)


def find_leftovers(directory: Path | None = None) -> list[Recovered]:
    """Recovery files whose window is gone (its lock is free or left by a dead process).

    Files that cannot be read are reported by :func:`unreadable_leftovers`, not returned here.
    """
    folder = directory or recovery_dir()
    found: list[Recovered] = []
    for map_file in sorted(folder.glob("*.cjm")):
        session = map_file.stem
        if _held_by_live_window(folder, session):
            continue
        meta = _read_meta(folder / f"{session}.json")
        try:
            loaded = load_map(map_file)
        except MapFileError:
            continue
        source = meta.get("source")
        found.append(
            Recovered(
                session=session,
                map=loaded.map,
                source=Path(source) if isinstance(source, str) and source else None,
                fingerprint=_fingerprint(meta.get("fingerprint")),
                saved_at=_when(meta.get("saved_at")),
                files=(map_file, folder / f"{session}.json", folder / f"{session}.lock"),
            )
        )
    return found


def unreadable_leftovers(directory: Path | None = None) -> list[Path]:
    """Recovery map files of dead windows that cannot be loaded (kept for the user to inspect)."""
    folder = directory or recovery_dir()
    bad: list[Path] = []
    for map_file in sorted(folder.glob("*.cjm")):
        if _held_by_live_window(folder, map_file.stem):
            continue
        try:
            load_map(map_file)
        except MapFileError:
            bad.append(map_file)
    return bad


def remove_recovered(item: Recovered) -> None:
    for path in item.files:
        with contextlib.suppress(OSError):
            path.unlink()


def _held_by_live_window(folder: Path, session: str) -> bool:
    lock = QLockFile(os.fspath(folder / f"{session}.lock"))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        lock.unlock()
        return False
    return lock.error() == QLockFile.LockError.LockFailedError


def _read_meta(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _fingerprint(value: object) -> FileFingerprint | None:
    if not isinstance(value, dict):
        return None
    try:
        return FileFingerprint(int(value["size"]), int(value["mtime_ns"]), str(value["sha256"]))
    except (KeyError, TypeError, ValueError):
        return None


def _when(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
