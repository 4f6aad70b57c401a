"""Writing map files: stable, diffable JSON, saved atomically with a backup and a change check."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from cjdesigner.i18n import tr
from cjdesigner.model import JourneyMap
from cjdesigner.storage.atomic import atomic_write_bytes, resolve_target
from cjdesigner.storage.errors import FileChangedOnDiskError, MapFileError, MapWriteError
from cjdesigner.storage.fingerprint import FileFingerprint, file_fingerprint, fingerprint_of_bytes
from cjdesigner.storage.format import FORMAT_MARKER, FORMAT_VERSION, MapFile, sorted_for_file
from cjdesigner.storage.reader import loads_map


def dumps_map(m: JourneyMap) -> str:
    """The file content for ``m``: UTF-8-ready JSON, indent 2, model field order, newline.

    Touchpoints are written sorted by (stage column, persona row, order); non-ASCII text is
    written as is (``ensure_ascii=False``), so Polish and Romanian stay readable in a diff.
    The model is not changed.
    """
    return dumps_map_bytes(m).decode("utf-8")


def dumps_map_bytes(m: JourneyMap) -> bytes:
    """:func:`dumps_map` already encoded as UTF-8: what :func:`save_map` writes (no extra copy)."""
    envelope = MapFile.model_construct(
        format=FORMAT_MARKER, format_version=FORMAT_VERSION, map=sorted_for_file(m)
    )
    # pydantic's Rust serializer straight to UTF-8 bytes: field order, non-ASCII kept as is,
    # about 3x faster than model_dump() + json.dumps(indent=2), which is pure Python.
    return MapFile.__pydantic_serializer__.to_json(envelope, indent=2) + b"\n"


def save_map(
    m: JourneyMap,
    path: str | os.PathLike[str],
    *,
    expected: FileFingerprint | None = None,
    overwrite_changed: bool = False,
) -> FileFingerprint:
    """Save ``m`` to ``path`` atomically and return the new file's fingerprint.

    ``expected`` is what the file was when loaded (or last saved): if the file on disk now has
    other content, :class:`FileChangedOnDiskError` is raised and nothing is written, unless
    ``overwrite_changed`` says the user chose to overwrite. The check runs before any work and
    again right before the final rename. A file that was deleted meanwhile is simply written
    again (nothing is lost). The previous version is kept as ``<file>.bak``.
    Errors: :class:`MapWriteError` (the file on disk is unchanged, no temporary file is left).
    """
    target = resolve_target(path)
    unchanged: Callable[[], None] | None = None
    if expected is not None and not overwrite_changed:
        unchanged = _unchanged_check(target, expected)
        unchanged()
    data = dumps_map_bytes(m)
    atomic_write_bytes(
        target, data, backup=True, check=_read_back_check(target), before_replace=unchanged
    )
    try:
        st = target.stat()
    except OSError as exc:  # written and renamed, but gone or unreadable right after
        raise MapWriteError(
            tr("“{file}” was saved but cannot be checked now ({reason}).").format(
                file=target, reason=exc.strerror or exc
            ),
            path=target,
        ) from None
    return fingerprint_of_bytes(data, st)


def _read_back_check(path: Path) -> Callable[[bytes], None]:
    """The check run on the temporary file's bytes: our own loader must accept them."""

    def check(data: bytes) -> None:
        try:
            loads_map(data, source=str(path))
        except MapFileError as exc:
            raise MapWriteError(
                tr(
                    "Cannot save “{file}”: the written file did not read back ({reason}). The "
                    "file on disk was not changed."
                ).format(file=path, reason=exc),
                path=path,
                problems=exc.problems,
            ) from None

    return check


def _unchanged_check(target: Path, expected: FileFingerprint) -> Callable[[], None]:
    """A check raising :class:`FileChangedOnDiskError` when ``target`` is no longer ``expected``."""

    def check() -> None:
        try:
            current = file_fingerprint(target)
        except OSError as exc:
            raise MapWriteError(
                tr(
                    "Cannot save “{file}”: it cannot be read to check for changes ({reason}). "
                    "The file on disk was not changed."
                ).format(file=target, reason=exc.strerror or exc),
                path=target,
            ) from None
        if current is not None and not expected.same_content(current):
            raise FileChangedOnDiskError(
                tr(
                    "“{file}” was changed on disk by another program since it was opened. "
                    "Saving now would overwrite those changes; choose to overwrite, or save "
                    "under another name."
                ).format(file=target),
                path=target,
            )

    return check
