"""What a file was when we read it, so a save can tell whether someone else changed it since.

A sync client or a second program may rewrite the map while it is open; the content hash is what
decides (a ``touch`` or a copy that keeps the bytes is not a change), size and mtime are kept for
display and for a cheap first look.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class FileFingerprint:
    """Size, modification time (ns) and SHA-256 of a file's bytes."""

    size: int
    mtime_ns: int
    sha256: str

    def same_content(self, other: FileFingerprint | None) -> bool:
        """Whether ``other`` describes the same bytes (the modification time may differ)."""
        return other is not None and self.size == other.size and self.sha256 == other.sha256


def fingerprint_of_bytes(data: bytes, st: os.stat_result) -> FileFingerprint:
    """The fingerprint of ``data`` read from a file whose ``stat`` is ``st``."""
    return FileFingerprint(len(data), st.st_mtime_ns, hashlib.sha256(data).hexdigest())


def file_fingerprint(path: str | os.PathLike[str]) -> FileFingerprint | None:
    """The fingerprint of the file at ``path`` now, or ``None`` when there is no such file.

    Raises ``OSError`` when the file exists but cannot be read (the caller decides what that
    means for the user).
    """
    try:
        st = Path(path).stat()
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(st.st_mode):
        raise IsADirectoryError(f"{os.fspath(path)} is not a regular file")
    digest = hashlib.sha256()
    size = 0
    with Path(path).open("rb") as f:
        st = os.fstat(f.fileno())
        while chunk := f.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return FileFingerprint(size, st.st_mtime_ns, digest.hexdigest())
