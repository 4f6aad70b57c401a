"""A card whose channel was not given (the reserved "no channel") shows no channel line and no
icon on the PDF's map page and in the slides; the legend, the detail rows and the insights'
"main channels" leave it out, while the cards with a channel print theirs as before."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from cjdesigner.analysis import analyze
from cjdesigner.export import ExportOptions, export_pdf_bytes
from cjdesigner.export.pdf.scene import MapScene
from cjdesigner.export.pptx import pptx_bytes
from cjdesigner.interchange.sheet_import import import_table
from cjdesigner.interchange.table import Row, Table
from cjdesigner.model import JourneyMap
from cjdesigner.model.no_channel import NO_CHANNEL

#: What the reserved channel is called in the catalogue, and the stand-in earlier imports printed.
HIDDEN = ("Bez kanału", "Nieokreślony", "Not specified")


def _map() -> JourneyMap:
    """Two personas; "Reklama" and "Infolinia" have no channel, "Strona" is on the website."""
    rows = [
        ["Etap", "Persona", "Punkt styku", "Kanał", "Sentyment", "Opis"],
        ["Świadomość", "Anna", "Reklama w portalu", "", "pozytywny", "Spot 15 s"],
        ["Świadomość", "Marek", "Strona z cennikiem", "Strona internetowa", "negatywny", ""],
        ["Pytanie", "Anna", "Infolinia o kartę", "", "negatywny", "Czeka 14 min"],
    ]
    table = Table(rows=[Row(n, r) for n, r in enumerate(rows, start=1)], source="s.csv")
    m = import_table(table, language="pl").map
    assert m is not None
    assert [t.channel for t in m.touchpoints] == [NO_CHANNEL, "website", NO_CHANNEL]
    return m


@pytest.fixture(scope="module")
def pages() -> list[str]:
    data, _ = export_pdf_bytes(_map(), ExportOptions(insights=True))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_the_pdf_never_prints_the_stand_in_name(pages: list[str]) -> None:
    for text in pages:
        for word in HIDDEN:
            assert word not in text


def test_the_map_page_keeps_the_given_channel_in_its_card_and_legend(pages: list[str]) -> None:
    assert pages[0].count("Strona internetowa") == 2  # the card's line and the legend's entry


def test_a_card_without_a_channel_has_no_icon_or_name() -> None:
    m = _map()
    scene = MapScene.build(m)
    advert, page, _hotline = m.touchpoints
    assert scene.channel_icon(advert) == "" and scene.channel_name(advert) == ""
    assert scene.channel_icon(page) == "website" and scene.channel_name(page)
    assert [c.id for c in scene.used_channels()] == ["website"]


def test_the_detail_row_leaves_the_channel_out(pages: list[str]) -> None:
    """The row's note line holds the persona (two personas) and nothing for the channel: no
    stray " · " where the channel was."""
    details = "\n".join(pages[1:])
    lines = details.splitlines()
    assert "Anna" in lines and "Marek · Strona internetowa" in lines
    assert not any(line.rstrip().endswith("·") or line.startswith("·") for line in lines)


def test_main_channels_leave_no_channel_out() -> None:
    m = _map()
    report = analyze(m)
    assert [f.channel_mix for f in report.stage_totals] == [{"website": 1}, {}]
    assert all(NO_CHANNEL not in f.channel_mix for f in report.figures)


def test_the_slides_show_no_channel_line_for_such_a_card() -> None:
    from pptx import Presentation

    data, _count = pptx_bytes(_map(), "16:9")
    deck = Presentation(io.BytesIO(data))
    cards = {
        shape.name.removeprefix("Touchpoint: "): [p.text for p in shape.text_frame.paragraphs]
        for slide in deck.slides
        for shape in slide.shapes
        if shape.name.startswith("Touchpoint: ")
    }
    assert cards["Reklama w portalu"][0] == ""
    assert cards["Infolinia o kartę"][0] == ""
    assert cards["Strona z cennikiem"][0] == "Strona internetowa"
    texts = [
        shape.text_frame.text
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_text_frame
    ]
    notes = [s.notes_slide.notes_text_frame.text for s in deck.slides if s.has_notes_slide]
    for word in HIDDEN:
        assert not any(word in text for text in texts + notes)


def test_the_figures_leave_out_main_channels_when_no_card_names_one() -> None:
    """A sheet without a channel column: the "Top channels" column would be dashes only."""
    rows = [["Etap", "Persona", "Punkt styku"], ["Świadomość", "Anna", "Reklama"]]
    table = Table(rows=[Row(n, r) for n, r in enumerate(rows, start=1)], source="s.csv")
    m = import_table(table, language="pl").map
    assert m is not None
    data, _ = export_pdf_bytes(m, ExportOptions(insights=True))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Dane według etapów" in text and "Główne kanały" not in text
    assert "Główne kanały" in "\n".join(_pages_of(_map()))


def _pages_of(m: JourneyMap) -> list[str]:
    data, _ = export_pdf_bytes(m, ExportOptions(insights=True))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]
