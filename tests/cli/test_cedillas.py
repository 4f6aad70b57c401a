"""Romanian ş/ţ with a cedilla: one summary warning per file from ``validate`` and ``export``,
every field in ``validate --json``, and ``validate --fix-cedillas`` to rewrite them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cjdesigner import storage
from cjdesigner.cli.cedillas import cedilla_fields
from cjdesigner.model import JourneyMap, Touchpoint
from cjdesigner.storage import MapWriteError, load_map, save_map
from cjdesigner.templates import build_map

CliRunner = Callable[..., Any]  # the ``cli`` fixture of conftest.py

CARD_TITLES = [f"Întâlnire {i}: şedinţă la ţară" for i in range(12)]  # 3 cedilla letters each


@pytest.fixture
def cedilla_map(tmp_path: Path) -> Path:
    """A Romanian map whose persona and 12 cards are written with ş/ţ (cedilla): 37 letters."""
    m = build_map("blank-5a", "ro", title="Călătoria clientului")
    m.personas[0].name = "Ştefan"
    for number, title in enumerate(CARD_TITLES):
        m.touchpoints.append(
            Touchpoint(
                stage_id=m.stages[number % len(m.stages)].id,
                persona_id=m.personas[0].id,
                title=title,
                channel="phone",
                order=number // len(m.stages),
            )
        )
    m.check()
    path = tmp_path / "harta ro.cjm"
    save_map(m, path)
    return path


def test_validate_prints_one_summary_with_examples_and_the_fix(
    cli: CliRunner, cedilla_map: Path
) -> None:
    before = cedilla_map.read_bytes()
    result = cli("validate", cedilla_map)
    assert result.code == 0
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    line = lines[0]
    assert line.startswith(f"“{cedilla_map}”: warning: 37 ş/ţ written with a cedilla in 13 fields")
    assert "map.personas[0].name" in line and "map.touchpoints[" in line and "…" in line
    assert line.count("map.") == 3  # three examples, not all 13
    assert "Map > Fix Romanian Letters" in line
    assert f"`cjdesigner validate --fix-cedillas '{cedilla_map}'`" in line
    assert "valid (12 touchpoints" in result.out
    assert cedilla_map.read_bytes() == before  # pointed out, never changed


def test_one_field_is_named_in_the_singular(cli: CliRunner, tmp_path: Path) -> None:
    m = build_map("blank-5a", "ro")
    m.personas[0].name = "Ştefan"
    path = tmp_path / "ro.cjm"
    save_map(m, path)
    result = cli("validate", path)
    assert "1 ş/ţ written with a cedilla in 1 field (map.personas[0].name);" in result.err


def test_validate_json_lists_every_field(cli: CliRunner, cedilla_map: Path, map_file: Path) -> None:
    result = cli("validate", "--json", cedilla_map, map_file)
    assert result.code == 0
    assert result.err == ""
    files = json.loads(result.out)["files"]
    assert [f["file"] for f in files] == [str(cedilla_map), str(map_file)]
    found = files[0]["cedillas"]
    assert len(found) == 13
    assert {"field": "map.personas[0].name", "letters": 1} in found
    assert sum(f["letters"] for f in found) == 37
    assert files[0]["valid"] is True and files[0]["touchpoints"] == 12
    assert files[1]["cedillas"] == []


def test_validate_json_reports_a_bad_file(cli: CliRunner, tmp_path: Path) -> None:
    broken = tmp_path / "broken.cjm"
    broken.write_text("{", "utf-8")
    result = cli("validate", "--json", broken)
    assert result.code == 1
    files = json.loads(result.out)["files"]
    assert files[0]["valid"] is False and "broken.cjm" in files[0]["error"]


def test_fix_cedillas_rewrites_the_file_and_keeps_a_backup(
    cli: CliRunner, cedilla_map: Path
) -> None:
    before = cedilla_map.read_bytes()
    result = cli("validate", "--fix-cedillas", cedilla_map)
    assert result.code == 0, result.err
    assert "fixed 37 ş/ţ in 13 fields" in result.out and ".bak" in result.out
    assert result.err == ""
    m = load_map(cedilla_map).map
    assert cedilla_fields(m) == []
    assert m.personas[0].name == "Ștefan"
    assert sorted(t.title for t in m.touchpoints) == sorted(
        t.replace("ş", "ș").replace("ţ", "ț") for t in CARD_TITLES
    )
    assert cedilla_map.with_name(cedilla_map.name + ".bak").read_bytes() == before
    again = cli("validate", cedilla_map)
    assert again.code == 0 and again.err == ""


def test_fix_cedillas_leaves_a_clean_file_alone(cli: CliRunner, map_file: Path) -> None:
    before = map_file.read_bytes()
    result = cli("validate", "--fix-cedillas", map_file)
    assert result.code == 0
    assert map_file.read_bytes() == before
    assert not map_file.with_name(map_file.name + ".bak").exists()


def test_export_warns_once_and_still_writes(
    cli: CliRunner, cedilla_map: Path, tmp_path: Path
) -> None:
    out = tmp_path / "harta.pdf"
    result = cli("export", cedilla_map, "-o", out, "--no-details", "--no-insights")
    assert result.code == 0, result.err
    assert out.read_bytes().startswith(b"%PDF-")
    warnings = [line for line in result.err.splitlines() if "cedilla" in line]
    assert len(warnings) == 1
    assert warnings[0] == cli("validate", cedilla_map).err.strip()  # the same line


def test_fix_cedillas_with_json_says_what_was_fixed(cli: CliRunner, cedilla_map: Path) -> None:
    result = cli("validate", "--json", "--fix-cedillas", cedilla_map)
    assert result.code == 0
    entry = json.loads(result.out)["files"][0]
    assert entry["fixed"] is True and len(entry["cedillas"]) == 13
    assert cedilla_fields(load_map(cedilla_map).map) == []


def test_a_fix_that_cannot_be_written_fails_that_file_and_keeps_it(
    cli: CliRunner, cedilla_map: Path, map_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(m: JourneyMap, path: Path, **_: object) -> None:
        raise MapWriteError(f"“{path}” cannot be written (disk full).", path=path)

    monkeypatch.setattr(storage, "save_map", refuse)
    before = cedilla_map.read_bytes()
    result = cli("validate", "--fix-cedillas", cedilla_map, map_file)
    assert result.code == 1
    assert "disk full" in result.err
    assert str(map_file) in result.out  # the next file is still checked
    assert cedilla_map.read_bytes() == before
