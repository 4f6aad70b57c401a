"""``export`` chooses the format from the output's extension, and never writes one under another's
name: ``-o a.docx`` used to write a PDF called ``a.docx`` and exit 0."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cjdesigner.cli.export import output_format

CliRunner = Callable[..., Any]  # the ``cli`` fixture of conftest.py


@pytest.mark.parametrize("name", ["a.docx", "mapa.cjm", "out.txt"])
def test_an_unknown_extension_without_format_is_refused(
    cli: CliRunner, map_file: Path, tmp_path: Path, name: str
) -> None:
    out = tmp_path / name
    result = cli("export", map_file, "-o", out)
    assert result.code == 2
    extension = name.rsplit(".", 1)[1]
    assert f"“.{extension}”" in result.err
    assert ".pdf, .png, .svg" in result.err and "--format" in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert not out.exists()
    assert result.out == ""


def test_a_name_without_extension_is_refused(
    cli: CliRunner, map_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "mapa"
    result = cli("export", map_file, "-o", out)
    assert result.code == 2
    assert "has no extension" in result.err and ".pdf, .png, .svg" in result.err
    assert not out.exists()


@pytest.mark.parametrize(
    ("name", "requested"), [("x.pdf", "png"), ("x.png", "svg"), ("x.SVG", "pdf")]
)
def test_a_format_that_contradicts_the_extension_is_refused(
    cli: CliRunner, map_file: Path, tmp_path: Path, name: str, requested: str
) -> None:
    out = tmp_path / name
    out.write_bytes(b"old")
    result = cli("export", map_file, "-o", out, "--format", requested, "--force")
    assert result.code == 2
    assert f"--format {requested}" in result.err and f"“{out.suffix}”" in result.err
    assert out.read_bytes() == b"old"  # untouched, even with --force


def test_the_refusal_comes_before_reading_the_map(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("export", tmp_path / "missing.cjm", "-o", tmp_path / "a.docx")
    assert result.code == 2
    assert "“.docx”" in result.err


def test_an_upper_case_pdf_extension_writes_a_pdf(
    cli: CliRunner, map_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "MAPA.PDF"
    result = cli("export", map_file, "-o", out, "--no-details", "--no-insights")
    assert result.code == 0, result.err
    assert out.read_bytes().startswith(b"%PDF-")


def test_an_explicit_format_may_name_any_other_file(
    cli: CliRunner, map_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "for-the-client.bin"
    result = cli("export", map_file, "-o", out, "--format", "pdf", "--no-details")
    assert result.code == 0, result.err
    assert out.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("name", "requested", "kind"),
    [
        ("a.pdf", None, "pdf"),
        ("a.Png", None, "png"),
        ("a.svg", None, "svg"),
        ("a.pdf", "pdf", "pdf"),
        ("a.svg", "svg", "svg"),
        ("a.img", "png", "png"),
        ("a", "svg", "svg"),
    ],
)
def test_output_format_for_valid_names(name: str, requested: str | None, kind: str) -> None:
    assert output_format(Path(name), requested) == kind
