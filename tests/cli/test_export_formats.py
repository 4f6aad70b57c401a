"""``export`` to CSV, XLSX, Mermaid: written atomically, --force respected, bad input refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjdesigner.interchange.sheet_import import import_sheet


@pytest.mark.parametrize("kind", ["csv", "xlsx", "pptx", "mmd", "md"])
def test_export_formats_by_extension(cli, map_file: Path, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"rower.{kind}"
    result = cli("export", map_file, "-o", out)
    assert result.code == 0, result.err
    assert out.stat().st_size > 0
    again = cli("export", map_file, "-o", out)
    assert again.code == 1 and "--force" in again.err
    assert cli("export", map_file, "-o", out, "--force").code == 0


def test_exported_csv_imports_back(cli, map_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "rower.csv"
    assert cli("export", map_file, "-o", out).code == 0
    back = cli("import", out, "-o", tmp_path / "back.cjm")
    assert back.code == 0, back.err
    result = import_sheet(out)
    assert result.map is not None
    assert [t.title for t in result.map.touchpoints] == [
        "Reklama na Instagramie",
        "Porównywarka cen",
        "Długie oczekiwanie na infolinii",
        "Zakup w sklepie",
    ]


def test_mermaid_notes_go_to_stderr(cli, map_file: Path, tmp_path: Path) -> None:
    result = cli("export", map_file, "-o", tmp_path / "m.mmd")
    assert "flows left out" in result.err
    assert "journey" in (tmp_path / "m.mmd").read_text(encoding="utf-8")


def test_broken_map_writes_nothing(cli, tmp_path: Path) -> None:
    broken = tmp_path / "broken.cjm"
    broken.write_text("{not json")
    out = tmp_path / "x.xlsx"
    result = cli("export", broken, "-o", out)
    assert result.code == 1
    assert not out.exists()


def test_pptx_slide_sizes(cli, map_file: Path, tmp_path: Path) -> None:
    result = cli("export", map_file, "-o", tmp_path / "a.pptx", "--page", "16:9")
    assert result.code == 0 and "16:9" in result.out
    wrong = cli("export", map_file, "-o", tmp_path / "b.pptx", "--page", "A2")
    # a paper size for slides, a slide size for paper: wrong command lines (exit 2)
    assert wrong.code == 2 and "slides are A3 or A4 or 16:9" in wrong.err
    assert not (tmp_path / "b.pptx").exists()
    pdf = cli("export", map_file, "-o", tmp_path / "c.pdf", "--page", "16:9")
    assert pdf.code == 2 and "16:9 is a slide size (for .pptx)" in pdf.err
    assert not (tmp_path / "c.pdf").exists()


def test_mermaid_of_a_map_without_touchpoints_is_refused(cli, tmp_path: Path) -> None:
    empty = tmp_path / "empty.cjm"
    assert cli("new", "-o", empty).code == 0
    result = cli("export", empty, "-o", tmp_path / "e.mmd")
    assert result.code == 1 and "no journey to write" in result.err
    assert not (tmp_path / "e.mmd").exists()


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_sheet_export_says_what_a_sheet_leaves_out(cli, tmp_path: Path, kind: str) -> None:
    """A round trip through a sheet loses the flows: the export says so (QA s7 J9), and says
    nothing for a map that has nothing a sheet leaves out."""
    from cjdesigner.storage import load_map, save_map

    sample = Path(__file__).parents[2] / "samples" / "bank-account-opening-pl.cjm"
    result = cli("export", sample, "-o", tmp_path / f"bank.{kind}")
    assert result.code == 0, result.err
    flows = len(load_map(sample).map.connections)
    assert f"it does not hold the {flows} flows between them" in result.err
    assert "persona profiles" in result.err
    bare = load_map(sample).map
    bare.connections.clear()
    for persona in bare.personas:
        persona.role, persona.quote, persona.demographics = "", "", ""
        persona.goals, persona.frustrations = [], []
    for stage in bare.stages:
        stage.description, stage.goal = "", ""
    save_map(bare, tmp_path / "bare.cjm")
    quiet = cli("export", tmp_path / "bare.cjm", "-o", tmp_path / f"bare.{kind}")
    assert quiet.code == 0 and "note:" not in quiet.err
