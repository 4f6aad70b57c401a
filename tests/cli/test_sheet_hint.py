"""A workshop sheet given where a map is expected: the answer names ``cjdesigner import``.

Before, ``validate``/``export`` of a Windows-1250 CSV said the file was "not even a text file".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

CliRunner = Callable[..., Any]

POLISH_SHEET = "Etap;Persona;Punkt styku;Kanał\r\nRozważenie;Kasia Wójcik;Ranking kont;strona\r\n"


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    """A CSV as Excel saves it in Poland: Windows-1250, fields separated by ';'."""
    path = tmp_path / "warsztat 2026.csv"
    path.write_bytes(POLISH_SHEET.encode("cp1250"))
    return path


@pytest.mark.parametrize(
    "command",
    [("validate",), ("info",), ("analyze",), ("export", "-o", "mapa.pdf")],
)
def test_a_spreadsheet_is_answered_with_the_import_command(
    cli: CliRunner, sheet: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: tuple
) -> None:
    monkeypatch.chdir(tmp_path)
    name, *rest = command
    result = cli(name, sheet.name, *rest)
    assert result.code == 1
    assert "is a spreadsheet, not a cjdesigner map" in result.err
    assert "cjdesigner import 'warsztat 2026.csv' -o 'warsztat 2026.cjm'" in result.err
    assert "not even a text file" not in result.err
    assert sorted(p.name for p in tmp_path.iterdir()) == [sheet.name]  # nothing written


def test_validate_goes_on_to_the_next_file(cli: CliRunner, sheet: Path, map_file: Path) -> None:
    result = cli("validate", sheet, map_file)
    assert result.code == 1
    assert "is a spreadsheet" in result.err
    assert "valid (4 touchpoints" in result.out


def test_a_missing_sheet_is_still_a_missing_file(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("info", tmp_path / "nothere.xlsx")
    assert result.code == 1
    assert "does not exist" in result.err and "spreadsheet" not in result.err


def test_without_a_screen_a_sheet_is_pointed_at_import_not_export() -> None:
    from cjdesigner.cli.screen import no_screen_message

    message = no_screen_message("DISPLAY is not set", "warsztat 2026.xlsx")
    assert "cjdesigner import 'warsztat 2026.xlsx' -o 'warsztat 2026.cjm'" in message
    assert "export" not in message
    assert "cjdesigner export m.cjm -o m.pdf" in no_screen_message("DISPLAY is not set", "m.cjm")
