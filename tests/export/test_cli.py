"""``cjdesigner export``: exit codes, messages, and never a partial or clobbered file."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjdesigner.cli import main
from cjdesigner.storage import dumps_map


@pytest.fixture
def map_file(tmp_path: Path, diacritics_map) -> Path:
    path = tmp_path / "mapa.cjm"
    path.write_text(dumps_map(diacritics_map), encoding="utf-8")
    return path


def test_export_writes_the_pdf_and_says_so(map_file: Path, tmp_path: Path, pdf, capsys) -> None:
    out = tmp_path / "mapa.pdf"
    assert main(["export", str(map_file), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    pages = len(pdf.sizes(out.read_bytes()))
    assert str(out) in printed and f"{pages} pages" in printed
    assert out.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mapa.cjm", "mapa.pdf"]  # no temp


def test_options_reach_the_pdf(map_file: Path, tmp_path: Path, pdf) -> None:
    out = tmp_path / "poster.pdf"
    args = ["export", str(map_file), "-o", str(out), "--page", "a4", "--portrait", "--tile"]
    assert main([*args, "--overlap", "5", "--no-details", "--reproducible"]) == 0
    sizes = pdf.sizes(out.read_bytes())
    assert len(sizes) > 2 and all(w < h and round(w) == 595 for w, h in sizes)
    assert "wiersz 1 / kolumna 1" in pdf.texts(out.read_bytes())[1]  # a Polish map


def test_existing_output_is_replaced_only_with_force(
    map_file: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "mapa.pdf"
    out.write_bytes(b"keep me")
    assert main(["export", str(map_file), "-o", str(out)]) == 1
    assert "--force" in capsys.readouterr().err
    assert out.read_bytes() == b"keep me"
    assert main(["export", str(map_file), "-o", str(out), "--force"]) == 0
    assert out.read_bytes().startswith(b"%PDF-")


def test_a_bad_map_file_gives_a_clear_message_and_no_pdf(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "zepsuta.cjm"
    bad.write_text('{"format": "cjdesigner.journey-map", "format_version": 1, "map": {', "utf-8")
    out = tmp_path / "out.pdf"
    assert main(["export", str(bad), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "zepsuta.cjm" in err and "Traceback" not in err
    assert not out.exists()
    missing = tmp_path / "brak.cjm"
    assert main(["export", str(missing), "-o", str(out)]) == 1
    assert "brak.cjm" in capsys.readouterr().err
    assert not out.exists()


def test_an_unwritable_output_leaves_nothing_behind(map_file: Path, tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "plik.txt"
    blocker.write_text("not a folder", "utf-8")
    out = blocker / "mapa.pdf"  # its "folder" is a file: fails even for root
    assert main(["export", str(map_file), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "mapa.pdf" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mapa.cjm", "plik.txt"]
    assert main(["export", str(map_file), "-o", str(tmp_path)]) == 1  # a folder
    assert "folder" in capsys.readouterr().err


def test_a_failed_export_keeps_the_previous_pdf(
    map_file: Path, tmp_path: Path, diacritics_map, capsys
) -> None:
    out = tmp_path / "mapa.pdf"
    out.write_bytes(b"previous export")
    diacritics_map.touchpoints[0].title = "Emoji 🙂"
    map_file.write_text(dumps_map(diacritics_map), encoding="utf-8")
    assert main(["export", str(map_file), "-o", str(out), "--force"]) == 1
    err = capsys.readouterr().err
    assert "touchpoints[0].title" in err and "U+1F642" in err
    assert out.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mapa.cjm", "mapa.pdf"]
    args = ["export", str(map_file), "-o", str(out), "--force", "--allow-missing-glyphs"]
    assert main(args) == 0
    assert "U+1F642" in capsys.readouterr().err  # still warned


def test_the_map_file_itself_is_never_the_output(map_file: Path, capsys) -> None:
    before = map_file.read_bytes()
    assert main(["export", str(map_file), "-o", str(map_file), "--force"]) == 1
    assert "map file itself" in capsys.readouterr().err
    assert map_file.read_bytes() == before


def test_small_text_warns_but_exports(tmp_path: Path, map_factory, capsys) -> None:
    path = tmp_path / "duza.cjm"
    path.write_text(dumps_map(map_factory(120, stages=12, personas=6)), encoding="utf-8")
    out = tmp_path / "duza.pdf"
    assert main(["export", str(path), "-o", str(out), "--no-details"]) == 0
    err = capsys.readouterr().err
    assert "warning" in err and "--tile" in err
    assert out.exists()


def test_wrong_usage_exits_2(map_file: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "x.pdf")
    assert main(["export", str(map_file), "-o", out, "--page", "B5"]) == 2
    assert main(["export", str(map_file), "-o", out, "--fit", "--tile"]) == 2
    assert main(["export", str(map_file)]) == 2
    assert main(["export", str(map_file), "-o", out, "--overlap", "99"]) == 1
    # a slide size for a PDF (QA s4 F25: it exited 1), for the map or its details
    assert main(["export", str(map_file), "-o", out, "--page", "16:9"]) == 2
    assert main(["export", str(map_file), "-o", out, "--details-page", "16:9"]) == 2
