"""Ordered migrations of older files, applied to the raw JSON dict before validation.

``MIGRATIONS[n]`` turns the ``map`` object of a version-``n`` file into version ``n + 1``. Loading
an older file runs every step from its version up to :data:`FORMAT_VERSION` in order, so each
step only ever knows two adjacent layouts (napari's settings migrations work the same way).

Version 1 is the first published layout, so the table is empty today. When the layout changes:
bump ``FORMAT_VERSION`` in ``format.py``, add ``MIGRATIONS[1] = _v1_to_v2`` here (a pure function
on dicts, with a test on a real version-1 file), and regenerate the JSON Schema.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cjdesigner.storage.format import FORMAT_VERSION

Migration = Callable[[dict[str, Any]], dict[str, Any]]

MIGRATIONS: dict[int, Migration] = {}
"""From-version → function that returns the map dict one version newer."""


class MissingMigrationError(LookupError):
    """No migration exists from a version that is older than the current one."""

    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


def oldest_readable_version(migrations: dict[int, Migration] | None = None) -> int:
    """The oldest format version that an unbroken chain of migrations brings up to date."""
    table = MIGRATIONS if migrations is None else migrations
    version = FORMAT_VERSION
    while version - 1 in table:
        version -= 1
    return version


def migrate(
    data: dict[str, Any],
    version: int,
    *,
    target: int = FORMAT_VERSION,
    migrations: dict[int, Migration] | None = None,
) -> dict[str, Any]:
    """Run the migrations that take a version-``version`` map dict to version ``target``."""
    table = MIGRATIONS if migrations is None else migrations
    while version < target:
        step = table.get(version)
        if step is None:
            raise MissingMigrationError(version)
        data = step(data)
        version += 1
    return data
