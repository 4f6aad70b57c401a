"""The errors of reading and writing map files: each one is a single message for the user.

The editor and the command line show ``str(err)`` as it is, so every message names the file
and, where it applies, the line/column of a JSON error or the field path
(``map.touchpoints[3].emotion``).
The attributes carry the same facts for code (tests, the editor jumping to a field).
"""

from __future__ import annotations

from pathlib import Path


class MapFileError(Exception):
    """A map file could not be read or written; ``str(err)`` is the whole user-facing message."""

    def __init__(
        self,
        message: str,
        *,
        path: Path | None = None,
        line: int | None = None,
        column: int | None = None,
        problems: list[str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.problems: list[str] = list(problems or [])
        """Each problem found (``map.touchpoints[3].emotion: …``), without the file name."""

    def __str__(self) -> str:
        return self.message

    @property
    def field(self) -> str | None:
        """The field path of the first problem (``map.touchpoints[3].emotion``), if any."""
        if not self.problems:
            return None
        head, sep, _ = self.problems[0].partition(": ")
        return head if sep and head.startswith("map") else None


class InvalidFormatError(MapFileError):
    """The data is not a valid map: not JSON, not our format, wrong fields or values."""


class UnsupportedFormatVersionError(MapFileError):
    """The file's format version is one this program cannot read (usually: a newer one)."""


class FileChangedOnDiskError(MapFileError):
    """The file changed on disk since it was loaded; overwriting it needs an explicit choice."""


class MapWriteError(MapFileError):
    """The file could not be written (permission, full disk…); the file on disk is unchanged."""
