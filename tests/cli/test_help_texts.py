"""Every ``--help`` text says what the command does now (export writes eight formats, not a PDF)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from cjdesigner.cli import export, export_flags, export_formats

CliRunner = Callable[..., Any]  # the ``cli`` fixture of conftest.py


def _help(cli: CliRunner, *command: str) -> str:
    result = cli(*command, "--help")
    assert result.code == 0
    return " ".join(result.out.split())  # argparse wraps lines: compare words


def test_the_command_list_names_every_export_format(cli: CliRunner) -> None:
    text = _help(cli)
    line = text[text.index("export ") :]
    assert "printable PDF" not in line.split(" import ")[0]
    for name in ("PDF", "PNG", "SVG", "CSV", "XLSX", "PowerPoint", "Mermaid"):
        assert name in line


def test_export_help_describes_every_format_and_the_format_option(cli: CliRunner) -> None:
    text = _help(cli, "export")
    assert "export a map as a printable PDF" not in text
    for kind in export.FORMATS:
        assert f".{kind}" in text  # in the description and in -o's help
    fmt = text[text.rindex("--format {") :]
    fmt = fmt[fmt.index("} ") : fmt.index("--dpi")]
    assert "pdf (default), or png/svg" not in fmt
    for kind in export.FORMATS:
        assert re.search(rf"\b{kind}\b", fmt), kind
    assert "OUT.pdf" not in text  # -o writes any of the formats


@pytest.mark.parametrize("flag", sorted(export_flags.FLAG_FORMATS))
def test_each_format_specific_flag_says_which_formats_it_is_for(flag: str) -> None:
    from cjdesigner.cli.main import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices["export"]
    action = next(a for a in sub._actions if flag in a.option_strings)
    assert action.help is not None
    assert action.help.startswith(export_flags.marker(flag) + " "), (flag, action.help)


def test_flags_for_every_format_carry_no_marker() -> None:
    from cjdesigner.cli.main import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices["export"]
    for action in sub._actions:
        long = [o for o in action.option_strings if o.startswith("--")]
        if long and long[0] not in export_flags.FLAG_FORMATS and action.help:
            assert not action.help.startswith("("), long


def test_the_slide_sizes_in_the_help_are_the_writers() -> None:
    from cjdesigner.export.pptx import SLIDE_NAMES

    assert export_formats.SLIDE_PAGES == SLIDE_NAMES


def test_new_and_import_help_promise_only_what_they_do(cli: CliRunner) -> None:
    assert "a .bak" in _help(cli, "new")  # save_map keeps the previous version
    assert "a .bak" in _help(cli, "import")
    analyze = _help(cli, "analyze")
    assert "--lang" in analyze
