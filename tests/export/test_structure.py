"""The structure of a deliverable: bookmarks, card ↔ row links, the title shown by the viewer,
XMP metadata, continued tables that repeat their stage, a footer aligned with the content."""

from __future__ import annotations

from typing import Any

import pytest
from pypdf import PdfReader

from cjdesigner.export import ExportOptions, export_pdf_bytes
from cjdesigner.layout.references import touchpoint_references
from cjdesigner.model import JourneyMap


def outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(level, title, page index) of every bookmark, in order."""
    found: list[tuple[int, str, int]] = []

    def walk(items: list[Any], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((level, item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    return found


def links(reader: PdfReader) -> list[tuple[int, tuple[float, ...], int, float]]:
    """(page, rect, target page, target top) of every link annotation."""
    found = []
    for number, page in enumerate(reader.pages):
        for annot in page.get("/Annots") or []:
            a = annot.get_object()
            assert a["/Subtype"] == "/Link"
            assert "/A" not in a  # our own destinations only: never a URI action
            dest = a["/Dest"]
            target = reader.get_page_number(dest[0].get_object())
            found.append((number, tuple(float(v) for v in a["/Rect"]), target, float(dest[3])))
    return found


def test_bookmarks_name_the_map_personas_insights_and_each_stage(diacritics_map, pdf) -> None:
    m = diacritics_map
    m.info.description = "Opis mapy."
    data, _ = export_pdf_bytes(m, ExportOptions())
    reader = pdf.read(data)
    entries = outline(reader)
    titles = [(level, title) for level, title, _page in entries]
    assert titles[0] == (0, m.info.title)
    assert (0, "O mapie") in titles and (0, "Persony") in titles
    assert [t for level, t in titles if level == 1][: len(m.personas)] == [
        p.name for p in m.personas
    ]
    assert (0, "Wnioski ze ścieżki klienta") in titles
    assert (0, "Punkty styku według etapów") in titles
    stages = [t for level, t in titles if level == 1][len(m.personas) :]
    assert stages == [f"Etap {n}: {s.name}" for n, s in enumerate(m.stages, start=1)]
    pages = pdf.texts(data)
    for level, title, page in entries:
        if level == 1 and title.startswith("Etap "):
            assert title in pages[page]  # the bookmark opens the page with the stage's table
    assert entries[0][2] == 0
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_tile_mode_bookmarks_the_overview_and_each_tile(diacritics_map, pdf) -> None:
    data, result = export_pdf_bytes(diacritics_map, ExportOptions(mode="tile", page="A4"))
    entries = outline(pdf.read(data))
    assert entries[0] == (0, diacritics_map.info.title, 0)
    tiles = [(title, page) for level, title, page in entries if title.startswith("wiersz")]
    assert len(tiles) == result.plan.map_pages - 1 and tiles[0] == ("wiersz 1 / kolumna 1", 1)
    assert [page for _t, page in tiles] == list(range(1, result.plan.map_pages))


def _card_and_row_links(
    m: JourneyMap, data: bytes, pdf: Any, map_pages: set[int], found: list[Any] | None = None
) -> None:
    found = links(pdf.read(data)) if found is None else found
    to_rows = [link for link in found if link[0] in map_pages]
    to_cards = [link for link in found if link[0] not in map_pages]
    assert len({(p, r) for p, r, _t, _y in to_rows}) >= len(m.touchpoints)
    assert len(to_cards) == len(m.touchpoints)
    texts = pdf.texts(data)
    references = touchpoint_references(m)
    # every card links to the page whose table holds its row ("2.3 Title")
    for t in m.touchpoints:
        reference = f"{references[t.id]} {t.title}"
        row_pages = [i for i, text in enumerate(texts) if reference in text]
        assert row_pages, reference
    for _page, _rect, target, _top in to_rows:
        assert target not in map_pages
    for _page, _rect, target, _top in to_cards:
        assert target in map_pages


def test_each_card_links_to_its_row_and_back(diacritics_map, pdf) -> None:
    m = diacritics_map
    data, _ = export_pdf_bytes(m, ExportOptions())
    _card_and_row_links(m, data, pdf, {0})
    reader = pdf.read(data)
    found = links(reader)
    # the link on a card points at the row that names it; the row's link points at the card
    texts = pdf.texts(data)
    refs = touchpoint_references(m)
    first = m.touchpoints[0]
    row_page = next(i for i, t in enumerate(texts) if f"{refs[first.id]} {first.title}" in t)
    assert any(p == 0 and target == row_page for p, _r, target, _y in found)
    back = [(r, y) for p, r, target, y in found if p == row_page and target == 0]
    assert back
    for rect, top in back:
        assert rect[2] > rect[0] and rect[3] > rect[1]
        assert 0 < top < float(reader.pages[0].mediabox.height)


def test_poster_cards_link_too(diacritics_map, pdf) -> None:
    m = diacritics_map
    data, result = export_pdf_bytes(m, ExportOptions(mode="tile", page="A4"))
    found = links(pdf.read(data))
    # the overview's miniature: each tile links to its own sheet, in reading order
    assert [target for p, _r, target, _y in found if p == 0] == list(
        range(1, result.plan.map_pages)
    )
    found = [link for link in found if link[0] != 0]
    _card_and_row_links(m, data, pdf, set(range(1, result.plan.map_pages)), found)
    assert all(target >= 1 for p, _r, target, _y in found if p >= result.plan.map_pages)


def test_without_details_there_are_no_links(diacritics_map, pdf) -> None:
    data, _ = export_pdf_bytes(diacritics_map, ExportOptions(details=False))
    assert links(pdf.read(data)) == []


def test_the_viewer_shows_the_title_and_xmp_describes_the_document(diacritics_map, pdf) -> None:
    data, _ = export_pdf_bytes(diacritics_map, ExportOptions(reproducible=True))
    reader = pdf.read(data)
    root = reader.trailer["/Root"]
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    xmp = reader.xmp_metadata
    assert xmp is not None
    assert xmp.dc_title == {"x-default": diacritics_map.info.title}
    assert xmp.dc_creator == ["Joanna Kowalska"]
    assert xmp.dc_language == ["pl"]
    assert "Bank Żółty S.A." in xmp.dc_description["x-default"]
    assert xmp.xmp_create_date.year == 2026 and xmp.xmp_create_date.month == 11
    assert xmp.pdf_producer == reader.metadata.producer
    assert b"<x:xmpmeta" in data  # uncompressed, as metadata scanners expect


def test_xmp_escapes_user_text(diacritics_map, pdf) -> None:
    diacritics_map.info.title = "A <b>&amp; map</b> ]]>"
    data, _ = export_pdf_bytes(diacritics_map, ExportOptions())
    assert pdf.read(data).xmp_metadata.dc_title["x-default"] == "A <b>&amp; map</b> ]]>"


def test_a_continued_table_repeats_its_stage(map_factory, pdf) -> None:
    m = map_factory(160, stages=2, personas=2)
    data, _ = export_pdf_bytes(m, ExportOptions(page="A4", insights=False))
    texts = pdf.texts(data)
    continued = [i for i, t in enumerate(texts) if "Stage 1: Etap 1 (continued)" in t]
    assert len(continued) >= 2
    first = next(i for i, t in enumerate(texts) if "Stage 1: Etap 1" in t)
    assert first not in continued and continued[0] == first + 1
    for i in continued:  # the caption is above the repeated header row
        assert texts[i].index("(continued)") < texts[i].index("Touchpoint")


def test_the_footer_starts_at_the_margin(diacritics_map, pdf) -> None:
    """The footer's first character starts where the running head and the content do."""
    data, _ = export_pdf_bytes(diacritics_map, ExportOptions())
    texts = pdf.texts(data)  # the personas' page (a flows table may come before it)
    page = pdf.read(data).pages[next(i for i, t in enumerate(texts) if "Persony" in t)]
    starts: list[tuple[float, float, str]] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if text.strip():
            starts.append((cm[4] + tm[4], cm[5] + tm[5], text.strip()))

    page.extract_text(visitor_text=visit)
    title = diacritics_map.info.title
    head = [x for x, y, t in starts if t.startswith(title) and y > 700]
    footer = [x for x, y, t in starts if t.startswith(title) and y < 40]
    content = [x for x, y, t in starts if t == "Persony"]
    assert head and footer and content
    assert footer[0] == pytest.approx(head[0], abs=0.5) == pytest.approx(content[0], abs=0.5)


def test_the_flows_table_has_its_bookmark(pdf) -> None:
    """A sample whose labels become numbered markers lists them in a bookmarked flows table."""
    from pathlib import Path

    from cjdesigner.storage import load_map

    sample = Path(__file__).resolve().parents[2] / "samples" / "bank-account-opening-pl.cjm"
    data, _ = export_pdf_bytes(load_map(sample).map, ExportOptions())
    reader = pdf.read(data)
    flows = [
        (title, page) for _level, title, page in outline(reader) if title == "Etykiety przejść"
    ]
    assert len(flows) == 1
    assert "Etykiety przejść" in pdf.texts(data)[flows[0][1]]
