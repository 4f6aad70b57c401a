"""``cjdesigner import``: a sheet to a map file, every bad row listed, nothing half-written."""

from __future__ import annotations

import json
from pathlib import Path

from cjdesigner.storage import load_map

HEADER = "Etap;Persona;Punkt styku;Kanał;Sentyment;Emocje;Opis\r\n"
GOOD = (
    'Świadomość;Anna;Reklama;social media;pozytywny;1;"Długi\r\nopis; z średnikiem"\r\n'
    "Zakup;Anna;Infolinia;infolinia;negatywny;-2;Czeka 20 minut\r\n"
)
BAD = "Zakup;Jan;Sklep;sklep;super;5;\r\n"


def write(tmp_path: Path, text: str, name: str = "warsztat.csv", encoding: str = "cp1250") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_import_writes_a_valid_map(cli, tmp_path: Path) -> None:
    sheet = write(tmp_path, HEADER + GOOD)
    out = tmp_path / "mapa.cjm"
    result = cli("import", sheet, "-o", out)
    assert result.code == 0, result.err
    assert "Windows-1250" in result.out and "2 touchpoints," in result.out
    m = load_map(out).map
    assert [t.title for t in m.touchpoints] == ["Reklama", "Infolinia"]
    assert m.touchpoints[0].description == "Długi\nopis; z średnikiem"
    assert m.info.language == "pl"


def test_bad_rows_are_listed_and_nothing_is_written(cli, tmp_path: Path) -> None:
    sheet = write(tmp_path, HEADER + GOOD + BAD)
    out = tmp_path / "mapa.cjm"
    result = cli("import", sheet, "-o", out)
    assert result.code == 1
    assert "row 4, column E (Sentyment): unknown sentiment “super”" in result.err
    assert "row 4, column F (Emocje): emotion 5 is outside −2…+2" in result.err
    assert "nothing was written" in result.err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [sheet]


def test_skip_bad_rows(cli, tmp_path: Path) -> None:
    sheet = write(tmp_path, HEADER + GOOD + BAD)
    out = tmp_path / "mapa.cjm"
    result = cli("import", sheet, "-o", out, "--skip-bad-rows")
    assert result.code == 0
    assert "skipped 1 row: 4" in result.err
    assert len(load_map(out).map.touchpoints) == 2


def test_existing_output_needs_force(cli, tmp_path: Path) -> None:
    sheet = write(tmp_path, HEADER + GOOD)
    out = tmp_path / "mapa.cjm"
    out.write_text("keep me")
    result = cli("import", sheet, "-o", out)
    assert result.code == 1 and "--force" in result.err
    assert out.read_text() == "keep me"
    assert cli("import", sheet, "-o", out, "--force").code == 0
    assert (tmp_path / "mapa.cjm.bak").read_text() == "keep me"


def test_template_language_and_mapping_options(cli, tmp_path: Path) -> None:
    sheet = write(tmp_path, "Faza;Co się dzieje\r\nAct;Płaci\r\n", encoding="utf-8")
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"columns": {"stage": "A", "title": "Co się dzieje"}}))
    out = tmp_path / "m.cjm"
    result = cli(
        "import", sheet, "-o", out, "--mapping", mapping, "--lang", "en", "--template", "blank-5a"
    )
    assert result.code == 0, result.err
    m = load_map(out).map
    assert m.info.language == "en" and m.stages[0].name == "Act" and m.stages[0].goal


def test_bad_inputs_are_one_clear_message(cli, tmp_path: Path) -> None:
    sheet = write(tmp_path, HEADER + GOOD)
    out = tmp_path / "m.cjm"
    cases = [
        (("import", tmp_path / "missing.csv", "-o", out), "the file does not exist"),
        (("import", sheet, "-o", tmp_path / "x.csv"), "name it .cjm"),
        (("import", sheet, "-o", tmp_path / "atelier.pdf"), "whose name ends in .cjm"),
        (("import", sheet, "-o", tmp_path / "deck.pptx"), "then use `cjdesigner export`"),
        (("import", sheet, "-o", tmp_path / "map"), "whose name ends in .cjm"),
        (("import", sheet, "-o", tmp_path), "folder"),
        (("import", sheet, "-o", out, "--mapping", tmp_path / "none.json"), "cannot be read"),
        (("import", sheet, "-o", out, "--sheet", "A"), "--sheet applies to .xlsx"),
    ]
    for args, message in cases:
        result = cli(*args)
        assert result.code == 1, args
        assert message in result.err, (args, result.err)
    assert sorted(p.name for p in tmp_path.iterdir()) == [sheet.name]  # nothing written
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    result = cli("import", xls, "-o", out)
    assert result.code == 1 and "save it as .xlsx or .csv" in result.err
    assert cli("import", sheet, "-o", out, "--lang", "de").code == 2
    headless = tmp_path / "notes.csv"
    headless.write_text("Kolumna 1,Kolumna 2\na,b\n", encoding="utf-8")
    result = cli("import", headless, "-o", out)
    assert result.code == 1
    assert "no columns for the touchpoint title and the stage" in result.err
    assert "mapping file (--mapping)" in result.err  # the command line's own cure
    assert not out.exists()


def test_cedillas_are_warned_or_fixed(cli, tmp_path: Path) -> None:
    sheet = write(tmp_path, "Etapă,Punct de contact\nPlată,Plăteşte factura\n", encoding="utf-8")
    out = tmp_path / "m.cjm"
    result = cli("import", sheet, "-o", out)
    assert result.code == 0 and "--fix-cedillas" in result.err
    assert cli("import", sheet, "-o", out, "--force", "--fix-cedillas").code == 0
    assert load_map(out).map.touchpoints[0].title == "Plătește factura"


def test_missing_files_and_taken_outputs_are_said_alike_by_every_command(
    cli, tmp_path: Path
) -> None:
    """import, validate and export answer a missing input and an existing output in the same
    words (they differed: "no such file" / "does not exist", "add" / "use --force")."""
    sheet = write(tmp_path, HEADER + GOOD)
    missing = tmp_path / "missing.cjm"
    for args in (
        ("import", tmp_path / "missing.csv", "-o", tmp_path / "m.cjm"),
        ("validate", missing),
    ):
        assert "the file does not exist." in cli(*args).err, args
    made = tmp_path / "made.cjm"
    assert cli("import", sheet, "-o", made).code == 0
    taken = tmp_path / "taken.pdf"
    taken.write_bytes(b"%PDF-1.4")
    sheet_out = tmp_path / "taken.csv"
    sheet_out.write_text("x", encoding="utf-8")
    for args in (
        ("import", sheet, "-o", made),
        ("export", made, "-o", taken),
        ("export", made, "-o", sheet_out),
    ):
        result = cli(*args)
        assert result.code == 1, args
        assert "the file already exists; add --force to replace it." in result.err, args


def test_title_client_and_author_go_into_the_map(cli, tmp_path: Path) -> None:
    """The title defaulted to the sheet's file name ("ro-excel-1250"), which the PDF's cover
    then printed in big letters for the client."""
    sheet = write(tmp_path, HEADER + GOOD)
    out = tmp_path / "m.cjm"
    result = cli(
        "import",
        sheet,
        "-o",
        out,
        "--title",
        " Ścieżka klienta ",
        "--client",
        "Bank S.A.",
        "--author",
        "Joanna K.",
    )
    assert result.code == 0, result.err
    info = load_map(out).map.info
    assert (info.title, info.client, info.author) == ("Ścieżka klienta", "Bank S.A.", "Joanna K.")
    result = cli("import", sheet, "-o", tmp_path / "n.cjm", "--title", "  ")
    assert result.code == 1 and "the title must not be empty" in result.err
    assert not (tmp_path / "n.cjm").exists()
    result = cli("import", sheet, "-o", tmp_path / "n.cjm", "--title", "x" * 100_000)
    assert result.code == 1 and "--title:" in result.err
    assert not (tmp_path / "n.cjm").exists()
    cli("import", sheet, "-o", tmp_path / "d.cjm")  # without --title: the file's name
    assert load_map(tmp_path / "d.cjm").map.info.title == sheet.stem.replace("_", " ")
