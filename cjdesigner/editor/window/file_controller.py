"""New, Open, Save, Save As, recent files, the file lock and watching the file on disk.

The controller owns everything about the file behind the window's document: its path, what the
file was when loaded or last saved (the fingerprint that lets a save notice another program's
change), the lock that tells a second window who has it open, and a file-system watcher that
tells the user when the file changes underneath them. It never loses work: a failed open leaves
the current map as it was, a failed save leaves the file on disk as it was.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLocale, QObject, QSettings, QTimer

from cjdesigner.editor import translations
from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.map_freeze import freeze_open_map, unfreeze_maps
from cjdesigner.editor.window.autosave import Autosaver
from cjdesigner.editor.window.controller_inputs import CurrentDocument, ShowMessage
from cjdesigner.editor.window.dialogs import Dialogs
from cjdesigner.editor.window.file_lock import MapLock
from cjdesigner.model import JourneyMap, utc_now
from cjdesigner.storage import (
    DEFAULT_SUFFIX,
    FileChangedOnDiskError,
    FileFingerprint,
    MapFileError,
    file_fingerprint,
    load_map,
    save_map,
)
from cjdesigner.storage.atomic import other_hard_links
from cjdesigner.templates import DEFAULT_TEMPLATE, LANGUAGES, build_map

SHEET_SUFFIXES = (".csv", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods", ".numbers")
"""Spreadsheets: opening one offers the import preview (which explains what it cannot read,
such as .xls) instead of failing as "not a cjdesigner map"."""
EXPORT_SUFFIXES = (".pdf", ".png", ".svg", ".pptx", ".mmd", ".md")
"""What Save As refuses: a map saved as "mapa.pdf" is a JSON file no PDF reader opens
(a sheet's suffixes, SHEET_SUFFIXES, are refused too)."""
RECENT_KEY = "recent_files"
RECENT_MAX = 10


def default_language() -> str:
    """The map language a new map starts in: the editor's (Preferences, else the system's),
    when a template speaks it."""
    code = translations.current_language() or QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def settings() -> QSettings:
    return QSettings("cjdesigner", "cjdesigner")


class FileController(QObject):
    """The file side of one window.

    It takes the window's document and what it does with a new one (show it, make it read-only,
    point out what to fix after opening), the window's autosave and dialogs, and a status-bar
    message — not the window itself.
    """

    def __init__(
        self,
        document: CurrentDocument,
        dialogs: Dialogs,
        autosave: Autosaver,
        show_message: ShowMessage,
        *,
        show_document: Callable[[MapDocument], None],
        set_read_only: Callable[[bool], None],
        opened: Callable[[], None],
        open_sheet: Callable[[Path], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._dialogs = dialogs
        self._autosave = autosave
        self._show_message = show_message
        self._show_document = show_document
        self._set_read_only = set_read_only
        self._opened = opened
        self._open_sheet = open_sheet
        self.fingerprint: FileFingerprint | None = None
        self.lock: MapLock | None = None
        self.read_only = False
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._file_changed_soon)
        self._change_timer = QTimer(self, singleShot=True, interval=300)
        self._change_timer.timeout.connect(self._check_disk)
        self._notified_sha: str | None = None
        self._checking = False

    @property
    def doc(self) -> MapDocument | None:
        return self._document()

    @property
    def path(self) -> Path | None:
        return self.doc.path if self.doc is not None else None

    def display_name(self) -> str:
        path = self.path
        return path.name if path is not None else self.tr("Untitled")

    # -- replacing the document ----------------------------------------------------------------

    def _install(
        self,
        journey_map: JourneyMap,
        path: Path | None,
        fingerprint: FileFingerprint | None,
        lock: MapLock | None,
        read_only: bool = False,
    ) -> MapDocument:
        self._release()
        self.fingerprint = fingerprint
        self.lock = lock
        self.read_only = read_only
        self._notified_sha = None
        doc = MapDocument(journey_map, path)
        self._show_document(doc)
        # once the map shows: no 40-180 ms full collections of it during edits (see there)
        QTimer.singleShot(0, freeze_open_map)
        self._watch(path)
        self._autosave.set_source(path, fingerprint)
        self._set_read_only(read_only)
        return doc

    def _release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        files = self._watcher.files()
        if files:
            self._watcher.removePaths(files)

    def close_file(self) -> None:
        """The window closes: let go of the lock and stop watching."""
        self._release()
        unfreeze_maps()

    def new_blank(self, language: str | None = None) -> MapDocument:
        """A new untitled map from the free blank template."""
        journey_map = build_map(DEFAULT_TEMPLATE, language or default_language())
        return self._install(journey_map, None, None, None)

    def new_from_template(self) -> bool:
        if not self.maybe_save():
            return False
        choice = self._dialogs.choose_template(default_language())
        if choice is None:
            return False
        name, language = choice
        try:
            journey_map = build_map(name, language)
        except KeyError as exc:
            self._dialogs.error(self.tr("New map"), str(exc))
            return False
        self._install(journey_map, None, None, None)
        return True

    # -- open ----------------------------------------------------------------------------------

    def open(self) -> bool:
        """File > Open…: choose a file, then Save/Discard/Cancel for unsaved changes."""
        folder = str(self.path.parent) if self.path else self.last_folder()
        chosen = self._dialogs.open_path(folder)
        if not chosen:
            return False
        return self.open_path(Path(chosen))

    def open_path(self, path: Path, *, ask_to_save: bool = True) -> bool:
        """Open ``path`` in this window. On any problem the current map stays as it was."""
        dialogs = self._dialogs
        path = Path(path).absolute()
        if self._open_sheet is not None and path.suffix.lower() in SHEET_SUFFIXES:
            return self._open_sheet(path)  # the import preview; it never replaces open work
        if self.path is not None and self._same_file(path, self.path):
            return True  # already open in this window, with whatever changes it has
        if ask_to_save and not self.maybe_save():
            return False
        lock = MapLock(path)
        read_only = False
        as_copy = False
        holder = lock.acquire() if path.exists() else None
        if holder is not None:
            answer = dialogs.ask_locked(path.name, holder.describe())
            if answer == "cancel":
                return False
            read_only, as_copy = answer == "read_only", answer == "copy"
            lock = None
        try:
            loaded = load_map(path)
        except MapFileError as exc:
            if lock is not None:
                lock.release()
            dialogs.error(self.tr("Cannot open map"), str(exc))
            return False
        if as_copy:
            title = self.tr("Copy of %1").replace("%1", loaded.map.info.title)
            journey_map = loaded.map
            journey_map.info.title = title[:200]
            doc = self._install(journey_map, None, None, None)
            doc.undo_stack.resetClean()  # unsaved: closing the copy asks before losing it
            return True
        self._install(loaded.map, path, loaded.fingerprint, lock, read_only)
        self.add_recent(path)
        self._opened()
        return True

    def reload(self) -> bool:
        """Load the file again (after another program changed it and we had no changes)."""
        path = self.path
        if path is None:
            return False
        try:
            loaded = load_map(path)
        except MapFileError as exc:
            self._dialogs.error(self.tr("Cannot reload map"), str(exc))
            return False
        lock, self.lock = self.lock, None  # keep holding the same lock
        self._install(loaded.map, path, loaded.fingerprint, lock, self.read_only)
        return True

    @staticmethod
    def _same_file(a: Path, b: Path) -> bool:
        try:
            return a.exists() and b.exists() and a.samefile(b)
        except OSError:
            return a == b

    # -- save ----------------------------------------------------------------------------------

    def save(self) -> bool:
        """File > Save: to the map's file, or Save As for a new or read-only map."""
        if self.doc is None:
            return False
        if self.path is None or self.read_only:
            return self.save_as()
        return self._save_to(self.path, self.fingerprint)

    def save_as(self) -> bool:
        doc = self.doc
        if doc is None:
            return False
        dialogs = self._dialogs
        suggested = self.path or Path(self.last_folder()) / (
            safe_file_name(doc.map.info.title) + DEFAULT_SUFFIX
        )
        chosen = dialogs.save_path(str(suggested))
        if not chosen:
            return False
        target = Path(chosen).absolute()
        if not target.suffix:
            target = target.with_suffix(DEFAULT_SUFFIX)
        if target.suffix.lower() in EXPORT_SUFFIXES + SHEET_SUFFIXES:
            kind = target.suffix[1:].upper()
            dialogs.error(
                self.tr("Cannot save"),
                self.tr(
                    "“%1” would be a map file named like a %2 file, which no other program "
                    "opens. Save the map under a name ending in .cjm; the File menu's Export "
                    "commands write PDF files, pictures, sheets and slides."
                )
                .replace("%1", target.name)
                .replace("%2", kind),
            )
            return False
        same = self.path is not None and self._same_file(target, self.path)
        if same and not self.read_only:
            return self._save_to(target, self.fingerprint)
        lock = MapLock(target)
        holder = lock.acquire()
        if holder is not None:
            dialogs.error(
                self.tr("Cannot save"),
                self.tr("“%1” is open %2. Close it there first, or choose another name.")
                .replace("%1", target.name)
                .replace("%2", holder.describe()),
            )
            return False
        if not self._save_to(target, None):
            lock.release()
            return False
        self._release()
        self.lock = lock
        self._watch(target)
        self.read_only = False
        self._set_read_only(False)
        return True

    def _save_to(self, path: Path, expected: FileFingerprint | None) -> bool:
        doc = self.doc
        assert doc is not None
        dialogs = self._dialogs
        overwrite = False
        linked = other_hard_links(path)
        stamped = doc.map.info.modified
        # The save time is a fact about the file, not an edit: it is not an undo step.
        doc.map.info.modified = utc_now()
        while True:
            try:
                fingerprint = save_map(
                    doc.map, path, expected=expected, overwrite_changed=overwrite
                )
                break
            except FileChangedOnDiskError:
                answer = dialogs.ask_changed_on_disk(path.name)
                if answer == "overwrite":
                    overwrite = True
                    continue
                doc.map.info.modified = stamped
                if answer == "save_as":
                    return self.save_as()
                return False
            except MapFileError as exc:
                doc.map.info.modified = stamped
                # nothing is lost: the work is still open, and another place may well take it
                if dialogs.offer_save_as(self.tr("Cannot save map"), str(exc)):
                    return self.save_as()
                return False
        self.fingerprint = fingerprint
        self._notified_sha = None
        doc.set_path(path)
        doc.mark_saved()
        self._autosave.set_source(path, fingerprint)
        self._autosave.discard()
        self.add_recent(path)
        self._show_message(self.tr("Saved %1").replace("%1", str(path)), 4000)
        if linked:
            # A safe save writes a new file: the file's other names keep the previous version.
            dialogs.info(
                self.tr("Map saved"),
                self.tr(
                    "“%1” also had other names on the disk (hard links). They still show the "
                    "previous version; the saved map is only under this name."
                ).replace("%1", path.name),
            )
        return True

    def maybe_save(self) -> bool:
        """Unsaved changes? Ask Save / Discard / Cancel. True when it is fine to go on."""
        doc = self.doc
        if doc is None or not doc.modified:
            return True
        answer = self._dialogs.ask_unsaved(self.display_name())
        if answer == "save":
            return self.save()
        if answer == "discard":
            self._autosave.discard()
            return True
        return False

    # -- restoring after a crash ---------------------------------------------------------------

    def adopt_recovered(
        self, journey_map: JourneyMap, source: Path | None, fingerprint: FileFingerprint | None
    ) -> MapDocument:
        """Show recovered work: back on its own file when that is free, else untitled."""
        lock: MapLock | None = None
        if source is not None:
            lock = MapLock(source)
            if lock.acquire() is not None:
                lock, source, fingerprint = None, None, None
        doc = self._install(journey_map, source, fingerprint, lock)
        doc.undo_stack.resetClean()
        self._autosave.schedule_now()
        return doc

    # -- the file on disk changes --------------------------------------------------------------

    def _watch(self, path: Path | None) -> None:
        if path is not None and path.exists() and os.fspath(path) not in self._watcher.files():
            self._watcher.addPath(os.fspath(path))

    def _file_changed_soon(self, _path: str) -> None:
        self._change_timer.start()  # programs write in steps; look once they are done

    def _check_disk(self) -> None:
        path = self.path
        if path is None or self._checking:
            return
        self._watch(path)  # an atomic replace drops the watch; watch the new file
        try:
            now = file_fingerprint(path)
        except OSError:
            return
        known = self.fingerprint
        if now is None:
            self._file_gone(path)
            return
        if known is not None and known.same_content(now):
            return
        if now.sha256 == self._notified_sha:
            return
        self._notified_sha = now.sha256
        doc = self.doc
        self._checking = True
        try:
            can_reload = doc is not None and not doc.modified
            answer = self._dialogs.ask_external_change(path.name, can_reload)
            if answer == "reload" and can_reload:
                self.reload()
        finally:
            self._checking = False

    def _file_gone(self, path: Path) -> None:
        """Deleted or moved by another program: the map lives on here, unsaved until saved."""
        doc = self.doc
        if doc is None or self._notified_sha == "gone":
            return
        self._notified_sha = "gone"
        doc.undo_stack.resetClean()  # closing now asks, so the map is not lost with the file
        self._show_message(
            self.tr("“%1” was deleted or moved by another program; Save writes it again.").replace(
                "%1", path.name
            ),
            15_000,
        )

    def check_disk_now(self) -> None:
        """Look at the file now (tests, and after the window regains focus)."""
        self._change_timer.stop()
        self._check_disk()

    # -- recent files --------------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = settings().value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def add_recent(self, path: Path) -> None:
        entry = os.fspath(path)
        files = [entry, *(f for f in self.recent_files() if f != entry)][:RECENT_MAX]
        store = settings()
        store.setValue(RECENT_KEY, files)
        store.setValue("last_folder", os.fspath(path.parent))

    def forget_recent(self, entry: str) -> None:
        settings().setValue(RECENT_KEY, [f for f in self.recent_files() if f != entry])

    def clear_recent(self) -> None:
        settings().setValue(RECENT_KEY, [])

    def open_recent(self, entry: str) -> bool:
        if not Path(entry).exists():
            if not self.maybe_save():
                return False
            self._dialogs.error(
                self.tr("Cannot open map"),
                self.tr("“%1” no longer exists; it was removed from the recent files.").replace(
                    "%1", entry
                ),
            )
            self.forget_recent(entry)
            return False
        return self.open_path(Path(entry))

    def last_folder(self) -> str:
        value = settings().value("last_folder", "")
        folder = str(value) if value else ""
        return folder if folder and Path(folder).is_dir() else str(Path.home())


def safe_file_name(title: str) -> str:
    """A file name from a map title: no path separators or characters Windows refuses."""
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in title).strip(" .")
    return cleaned[:120] or "journey-map"
