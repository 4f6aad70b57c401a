"""A flag the chosen export format does not use is refused (exit 2), never silently ignored."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cjdesigner.cli import export, export_flags
from cjdesigner.storage import save_map
from cjdesigner.templates import build_map

CliRunner = Callable[..., Any]  # the ``cli`` fixture of conftest.py

#: One command-line form of each flag.
FLAG_ARGS: dict[str, list[str]] = {
    "--page": ["--page", "A4"],
    "--details-page": ["--details-page", "A4"],
    "--cover": ["--cover"],
    "--landscape": ["--landscape"],
    "--portrait": ["--portrait"],
    "--fit": ["--fit"],
    "--tile": ["--tile"],
    "--overlap": ["--overlap", "5"],
    "--no-details": ["--no-details"],
    "--no-insights": ["--no-insights"],
    "--reproducible": ["--reproducible"],
    "--allow-missing-glyphs": ["--allow-missing-glyphs"],
    "--dpi": ["--dpi", "72"],
}


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "m.cjm"
    m = build_map("blank-5a", "en", title="Flags")
    save_map(m, path)
    return path


def test_every_format_specific_flag_is_listed() -> None:
    assert set(FLAG_ARGS) == set(export_flags.FLAG_FORMATS)
    for formats in export_flags.FLAG_FORMATS.values():
        assert set(formats) <= set(export.FORMATS)


@pytest.mark.parametrize("flag", ["--tile", "--cover", "--page", "--dpi", "--reproducible"])
def test_a_pdf_or_png_flag_on_a_csv_export_is_refused_and_nothing_is_written(
    cli: CliRunner, map_file: Path, tmp_path: Path, flag: str
) -> None:
    out = tmp_path / "m.csv"
    result = cli("export", map_file, "-o", out, *FLAG_ARGS[flag])
    assert result.code == 2
    assert not out.exists()
    lines = result.err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("cjdesigner export: error: the CSV export has no use for ")
    assert flag in lines[0]
    assert "only" in lines[0]


def test_several_unused_flags_are_named_together(
    cli: CliRunner, map_file: Path, tmp_path: Path
) -> None:
    result = cli(
        "export", map_file, "-o", tmp_path / "m.mmd", "--tile", "--page", "A4", "--dpi", "90"
    )
    assert result.code == 2
    assert "--page (PDF and PowerPoint only)" in result.err
    assert "--tile (PDF only)" in result.err
    assert "--dpi (PNG only)" in result.err
    assert "Mermaid export" in result.err


@pytest.mark.parametrize(
    ("name", "flags"),
    [
        ("m.pdf", ["--tile", "--cover", "--page", "A4", "--portrait", "--reproducible"]),
        ("m.pptx", ["--page", "16:9", "--portrait"]),
        ("m.png", ["--dpi", "72"]),
        ("m.svg", []),
        ("m.csv", ["--force"]),
        ("m.md", []),
    ],
)
def test_flags_the_format_uses_are_accepted(
    cli: CliRunner, map_file: Path, tmp_path: Path, name: str, flags: list[str]
) -> None:
    out = tmp_path / name
    result = cli("export", map_file, "-o", out, *flags)
    if name == "m.md":  # a blank map has no journey: a bad-input message, not a usage error
        assert result.code == 1
        assert "no touchpoints" in result.err
        return
    assert result.code == 0, result.err
    assert out.exists()
    assert "has no use for" not in result.err


def test_the_defaults_of_the_pdf_flags_still_apply(
    cli: CliRunner, map_file: Path, tmp_path: Path
) -> None:
    result = cli("export", map_file, "-o", tmp_path / "m.pdf", "--no-details", "--no-insights")
    assert result.code == 0, result.err
    assert "A3 landscape" in result.out
    assert "fit" in result.out


@pytest.mark.parametrize("flag", sorted(export_flags.FLAG_FORMATS))
def test_each_flag_is_refused_by_every_format_it_is_not_for(flag: str) -> None:
    from cjdesigner.cli.main import build_parser

    for kind in export.FORMATS:
        args = build_parser().parse_args(["export", "m.cjm", "-o", f"m.{kind}", *FLAG_ARGS[flag]])
        assert (flag in export_flags.unused_flags(args, kind)) == (
            kind not in export_flags.FLAG_FORMATS[flag]
        ), (flag, kind)
