"""Older files are migrated on load by ordered functions on the raw dict; newer ones refused.

Version 1 is the first published format, so there is no real older file yet. These tests prove
the mechanism with a synthetic version 0 in which touchpoints called their sentiment ``mood``
and connections used ``from``/``to`` — the kind of rename a future version will need.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cjdesigner.model import JourneyMap, Sentiment
from cjdesigner.storage import (
    FORMAT_MARKER,
    FORMAT_VERSION,
    InvalidFormatError,
    UnsupportedFormatVersionError,
    dumps_map,
    load_map,
    loads_map,
    migrations,
)
from cjdesigner.storage.migrations import (
    Migration,
    MissingMigrationError,
    migrate,
    oldest_readable_version,
)


def _v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    """The synthetic step: ``mood`` → ``sentiment``, ``from``/``to`` → ``source``/``target``."""
    data = dict(data)
    data["touchpoints"] = [
        {("sentiment" if k == "mood" else k): v for k, v in t.items()}
        for t in data.get("touchpoints", [])
    ]
    data["connections"] = [
        {{"from": "source", "to": "target"}.get(k, k): v for k, v in c.items()}
        for c in data.get("connections", [])
    ]
    return data


def _as_version_0(m: JourneyMap) -> str:
    doc = json.loads(dumps_map(m))
    doc["format_version"] = 0
    for t in doc["map"]["touchpoints"]:
        t["mood"] = t.pop("sentiment")
    for c in doc["map"]["connections"]:
        c["from"] = c.pop("source")
        c["to"] = c.pop("target")
    return json.dumps(doc, ensure_ascii=False, indent=2)


def test_the_current_version_needs_no_migration() -> None:
    assert oldest_readable_version() == FORMAT_VERSION
    assert migrate({"a": 1}, FORMAT_VERSION) == {"a": 1}


def test_version_0_file_is_migrated_on_load(
    rich_map: JourneyMap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_text = _as_version_0(rich_map)
    # Without the migration, the old file is refused clearly…
    with pytest.raises(UnsupportedFormatVersionError, match="version 0 is older"):
        loads_map(old_text, source="old.cjm")
    # …with it registered, it loads as the same map, and saves in the current version.
    monkeypatch.setitem(migrations.MIGRATIONS, 0, _v0_to_v1)
    assert oldest_readable_version() == 0
    m = loads_map(old_text, source="old.cjm")
    assert m == loads_map(dumps_map(rich_map))
    assert m.touchpoint("t-call").sentiment is Sentiment.NEGATIVE
    path = tmp_path / "old.cjm"
    path.write_text(old_text, encoding="utf-8")
    loaded = load_map(path)
    assert loaded.map == m
    assert json.loads(dumps_map(loaded.map))["format_version"] == FORMAT_VERSION


def test_migrations_run_in_order() -> None:
    calls: list[int] = []

    def step(n: int) -> Migration:
        def run(data: dict[str, Any]) -> dict[str, Any]:
            calls.append(n)
            return {**data, "trail": [*data.get("trail", []), n]}

        return run

    table = {2: step(2), 0: step(0), 1: step(1)}
    assert migrate({}, 0, target=3, migrations=table) == {"trail": [0, 1, 2]}
    assert calls == [0, 1, 2]
    assert migrate({}, 1, target=3, migrations=table) == {"trail": [1, 2]}
    assert oldest_readable_version({0: step(0)}) == FORMAT_VERSION - 1
    with pytest.raises(MissingMigrationError) as info:
        migrate({}, 0, target=3, migrations={1: step(1)})
    assert info.value.version == 0


def test_migration_that_breaks_gives_a_clear_error(
    rich_map: JourneyMap, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(data: dict[str, Any]) -> dict[str, Any]:
        raise KeyError("touchpoints")

    monkeypatch.setitem(migrations.MIGRATIONS, 0, broken)
    with pytest.raises(InvalidFormatError, match="could not be upgraded"):
        loads_map(_as_version_0(rich_map), source="old.cjm")


def test_migrated_data_is_validated(rich_map: JourneyMap, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(migrations.MIGRATIONS, 0, lambda data: data)  # forgets the renames
    with pytest.raises(InvalidFormatError) as info:
        loads_map(_as_version_0(rich_map), source="old.cjm")
    assert "map.touchpoints[0].mood: is not a known field" in str(info.value)


def test_newer_version_is_refused_even_if_the_map_looks_fine(rich_map: JourneyMap) -> None:
    doc = json.loads(dumps_map(rich_map))
    doc["format_version"] = FORMAT_VERSION + 1
    with pytest.raises(UnsupportedFormatVersionError) as info:
        loads_map(json.dumps(doc), source="new.cjm")
    assert "newer cjdesigner" in str(info.value)
    assert str(info.value).startswith("“new.cjm”: ")
    assert doc["format"] == FORMAT_MARKER


def test_negative_and_boolean_versions(rich_map: JourneyMap) -> None:
    doc = json.loads(dumps_map(rich_map))
    doc["format_version"] = -3
    with pytest.raises(UnsupportedFormatVersionError):
        loads_map(json.dumps(doc))
    doc["format_version"] = True
    with pytest.raises(InvalidFormatError, match="whole number"):
        loads_map(json.dumps(doc))
