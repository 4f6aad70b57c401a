"""Mixed paper (the map on A1, the details on A4), the poster's orientation when it is left to
us, and the cover page (``--cover``) with the client's logo."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from cjdesigner.cli import main
from cjdesigner.export import ExportOptions, export_pdf_bytes, plan_export
from cjdesigner.export.pdf.cover import cover_facts
from cjdesigner.export.pdf.paper import page_size
from cjdesigner.model import Avatar, JourneyMap
from cjdesigner.storage import dumps_map, load_map


def _same(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return abs(a[0] - b[0]) < 0.5 and abs(a[1] - b[1]) < 0.5


def test_the_details_print_on_their_own_paper(diacritics_map, pdf) -> None:
    options = ExportOptions(page="A1", details_page="a4")
    assert options.details_page == "A4"
    data, result = export_pdf_bytes(diacritics_map, options)
    sizes = pdf.sizes(data)
    a1, a4 = page_size("A1", "landscape"), page_size("A4", "landscape")
    assert _same(sizes[0], a1)
    assert all(_same(size, a4) for size in sizes[1:]) and len(sizes) > 3
    plan = plan_export(diacritics_map, options)
    assert plan.details_page_size == a4 and plan.page_size == a1
    assert plan.exact_pages == result.page_count
    # each page's footer and running head follow its own paper: nothing off the A4 sheet
    texts = pdf.texts(data)
    assert all(f"Strona {n} z {len(sizes)}" in texts[n - 1] for n in range(1, len(sizes) + 1))


def test_a_wrong_details_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="B5"):
        ExportOptions(details_page="B5")


def _tall_map(map_factory) -> JourneyMap:
    return map_factory(24, stages=1, personas=12)


def test_a_poster_takes_the_orientation_with_fewer_sheets(map_factory) -> None:
    tall = _tall_map(map_factory)
    sheets = {
        o: plan_export(tall, ExportOptions(page="A4", mode="tile", orientation=o)).map_pages
        for o in ("landscape", "portrait")
    }
    assert sheets["portrait"] < sheets["landscape"]
    auto = plan_export(tall, ExportOptions(page="A4", mode="tile", auto_orientation=True))
    assert auto.options.orientation == "portrait" and auto.map_pages == sheets["portrait"]
    assert auto.options.details_orientation == "landscape"  # the tables keep their width
    wide = map_factory(24, stages=12, personas=1)
    auto = plan_export(wide, ExportOptions(page="A4", mode="tile", auto_orientation=True))
    assert auto.options.orientation == "landscape"
    fit = plan_export(tall, ExportOptions(page="A4", auto_orientation=True))
    assert fit.options.orientation == "landscape"  # only posters choose


def test_the_cli_chooses_only_when_no_orientation_is_forced(
    tmp_path: Path, map_factory, pdf, capsys
) -> None:
    source = tmp_path / "tall.cjm"
    source.write_text(dumps_map(_tall_map(map_factory)), encoding="utf-8")
    out = tmp_path / "tall.pdf"
    assert main(["export", str(source), "-o", str(out), "--tile", "--page", "A4"]) == 0
    assert "A4 portrait, tile" in capsys.readouterr().out
    sizes = pdf.sizes(out.read_bytes())
    assert sizes[0][0] < sizes[0][1] and sizes[-1][0] > sizes[-1][1]  # tiles up, tables across
    args = ["export", str(source), "-o", str(out), "--tile", "--page", "A4", "--landscape"]
    assert main([*args, "--force"]) == 0
    assert "A4 landscape, tile" in capsys.readouterr().out
    assert all(w > h for w, h in pdf.sizes(out.read_bytes()))


def _logo() -> Avatar:
    image = Image.new("RGB", (300, 100), "#0B5394")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return Avatar(media_type="image/png", data=buffer.getvalue())


def test_the_cover_names_the_deliverable(diacritics_map, pdf) -> None:
    m = diacritics_map
    m.info.logo = _logo()
    data, result = export_pdf_bytes(m, ExportOptions(cover=True))
    plain, _ = export_pdf_bytes(m, ExportOptions())
    assert result.page_count == len(pdf.sizes(plain)) + 1
    cover = pdf.texts(data)[0]
    for text in (m.info.title, "Bank Żółty S.A.", "Joanna Kowalska", "20 listopada 2026", "v2"):
        assert text in cover, text
    for word in ("KLIENT", "KONSULTANT", "DATA", "WERSJA"):
        assert word in cover
    assert "Strona 1" not in cover  # no footer on the cover
    assert "Strona 2 z" in pdf.texts(data)[1]
    page = pdf.read(data).pages[0]
    xobjects = page["/Resources"].get("/XObject", {})
    assert [x for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image"]  # the logo
    assert cover_facts(m)[0] == ("Klient", "Bank Żółty S.A.")


def test_a_cover_without_logo_or_client(diacritics_map, pdf) -> None:
    m = diacritics_map
    m.info.client = ""
    m.info.version_label = ""
    m.info.title = "Bardzo długi tytuł mapy ścieżki klienta " * 5
    data, _ = export_pdf_bytes(m, ExportOptions(cover=True, page="A4"))
    cover = pdf.texts(data)[0]
    assert "KLIENT" not in cover and "WERSJA" not in cover
    assert pdf.norm(m.info.title) in cover  # the long title whole, wrapped


def test_the_logo_is_part_of_the_map_file(tmp_path: Path, diacritics_map) -> None:
    diacritics_map.info.logo = _logo()
    path = tmp_path / "m.cjm"
    path.write_text(dumps_map(diacritics_map), encoding="utf-8")
    assert load_map(path).map.info.logo == diacritics_map.info.logo
    with pytest.raises(ValueError, match="PNG"):
        Avatar(media_type="image/png", data=b"GIF89a....")


def test_the_cli_cover_flag(tmp_path: Path, diacritics_map, pdf) -> None:
    source = tmp_path / "m.cjm"
    source.write_text(dumps_map(diacritics_map), encoding="utf-8")
    out = tmp_path / "m.pdf"
    args = ["export", str(source), "-o", str(out), "--cover", "--page", "A1"]
    assert main([*args, "--details-page", "A4"]) == 0
    texts = pdf.texts(out.read_bytes())
    assert "KONSULTANT" in texts[0]
    sizes = pdf.sizes(out.read_bytes())
    assert _same(sizes[0], sizes[1]) and not _same(sizes[1], sizes[2])  # cover, map: A1
    assert main([*args, "--details-page", "B7", "--force"]) == 2


def test_reproducible_with_cover_logo_links_and_mixed_paper(diacritics_map) -> None:
    diacritics_map.info.logo = _logo()
    for mode in ("fit", "tile"):
        options = ExportOptions(
            cover=True, page="A2", details_page="A4", mode=mode, reproducible=True
        )
        first, _ = export_pdf_bytes(diacritics_map, options)
        second, _ = export_pdf_bytes(diacritics_map, options)
        assert first == second
