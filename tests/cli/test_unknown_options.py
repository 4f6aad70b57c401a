"""An option the command does not have: its own usage, and the option meant.

argparse reported ``cjdesigner export … --tiles`` from the top-level parser, whose usage line
shows none of export's options.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

CliRunner = Callable[..., Any]


def test_a_mistyped_export_option_names_the_command_and_the_option(
    cli: CliRunner, map_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "mapa.pdf"
    result = cli("export", map_file, "-o", out, "--tiles")
    assert result.code == 2
    assert "usage: cjdesigner export" in result.err
    assert "cjdesigner export: error: unrecognized arguments: --tiles" in result.err
    assert "did you mean --tile?" in result.err
    assert not out.exists()


def test_an_option_with_no_near_name_gets_no_guess(cli: CliRunner, map_file: Path) -> None:
    result = cli("validate", "--zzzz", map_file)
    assert result.code == 2
    assert "usage: cjdesigner validate" in result.err
    assert "unrecognized arguments: --zzzz" in result.err and "did you mean" not in result.err


def test_an_extra_file_is_refused_by_the_command(cli: CliRunner, map_file: Path) -> None:
    result = cli("info", map_file, "other.cjm")
    assert result.code == 2
    assert "cjdesigner info: error: unrecognized arguments: other.cjm" in result.err


def test_an_unknown_top_level_option_keeps_the_top_level_usage(cli: CliRunner) -> None:
    result = cli("--bogus")
    assert result.code == 2
    assert "usage: cjdesigner [-h]" in result.err and "--bogus" in result.err
