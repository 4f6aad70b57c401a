"""Command-line slips answered plainly: a map under a PDF's name, --lang PL, a missing file."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cjdesigner.storage import load_map

CliRunner = Callable[..., Any]


@pytest.mark.parametrize("name", ["x.pdf", "x.json", "x", "x.cjm.txt"])
def test_new_refuses_a_name_that_is_not_a_map_file(
    cli: CliRunner, tmp_path: Path, name: str
) -> None:
    result = cli("new", "-o", tmp_path / name)
    assert result.code == 2
    assert ".cjm" in result.err and "cjdesigner export" in result.err
    assert "Traceback" not in result.err
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_new_accepts_the_suffix_in_capitals(cli: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "MAPA.CJM"
    assert cli("new", "-o", path).code == 0
    assert path.is_file()


@pytest.mark.parametrize("lang", ["PL", "Pl", "pl"])
def test_lang_is_case_insensitive(cli: CliRunner, tmp_path: Path, lang: str) -> None:
    path = tmp_path / "mapa.cjm"
    result = cli("new", "-o", path, "--lang", lang)
    assert result.code == 0, result.err
    assert load_map(path).map.info.language.value == "pl"


def test_an_unknown_language_is_still_a_usage_error(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("new", "-o", tmp_path / "m.cjm", "--lang", "XX")
    assert result.code == 2 and "invalid choice" in result.err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the screen check is Linux's")
def test_a_missing_file_without_a_screen_says_it_does_not_exist(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    missing = tmp_path / "nosuchfile.cjm"
    result = subprocess.run(
        [sys.executable, "-m", "cjdesigner", str(missing)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "does not exist" in result.stderr
    assert "export" not in result.stderr and "no screen" not in result.stderr
