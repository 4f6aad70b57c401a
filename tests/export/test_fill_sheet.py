"""A small map fills its sheet (fit mode): the blank template is the sheet a workshop writes
on, not a strip across the top quarter of an A3 page (QA)."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from cjdesigner.export import ExportOptions, export_pdf_bytes
from cjdesigner.export.pdf import fit as fit_module
from cjdesigner.export.pdf.document import MAX_FIT_SCALE, PageSetup
from cjdesigner.export.pdf.fill import fill_sheet
from cjdesigner.export.pdf.fit import fit, fit_area
from cjdesigner.export.pdf.scene import MapScene
from cjdesigner.map_language import emotion_axis
from cjdesigner.storage import load_map
from cjdesigner.templates import build_map


def _grid_and_legend(data: bytes) -> tuple[dict, float, float]:
    """The map page's grid frame (its largest rectangle), the legend's top and the largest
    character size."""
    with pdfplumber.open(io.BytesIO(data)) as document:
        page = document.pages[0]
        grid = max(page.rects, key=lambda r: r["width"] * r["height"])
        legend = min(w["top"] for w in page.extract_words() if w["top"] > grid["bottom"])
        biggest = max(c["size"] for c in page.chars if grid["top"] <= c["top"] <= grid["bottom"])
        return grid, legend, biggest


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_blank_template_fills_the_printable_area(language: str, monkeypatch) -> None:
    m = build_map("blank-5a", language)
    monkeypatch.setattr(fit_module, "fill_sheet", lambda _scene, found, _height: found)
    unfilled, _result = export_pdf_bytes(m, ExportOptions())
    monkeypatch.undo()
    data, _result = export_pdf_bytes(m, ExportOptions())
    grid, legend, biggest = _grid_and_legend(data)
    assert grid["height"] > 3 * _grid_and_legend(unfilled)[0]["height"]
    with pdfplumber.open(io.BytesIO(data)) as document:
        page = document.pages[0]
        assert grid["height"] > 0.75 * page.height  # was ~15 %
        assert grid["width"] > 0.9 * page.width
    assert 0 < legend - grid["bottom"] < 20  # down to the legend, not over it
    assert biggest == _grid_and_legend(unfilled)[2]  # names as large as before, no larger


def test_small_map_lanes_and_curve_bands_grow_cards_keep_their_size(map_factory) -> None:
    m = map_factory(6, stages=3, personas=2)
    data, _result = export_pdf_bytes(m, ExportOptions(details=False))
    grid, legend, _biggest = _grid_and_legend(data)
    assert 0 < legend - grid["bottom"] < 20

    scene = MapScene.build(m)
    setup = PageSetup.of(ExportOptions(), "en")
    width, _top, height = fit_area(scene, setup)
    found = fit(scene, width, height, MAX_FIT_SCALE)
    filled = fill_sheet(scene, found, height)
    assert filled.scale == found.scale and filled.texts is found.texts  # text keeps its size
    assert found.layout.height < 0.9 * height / found.scale <= filled.layout.height * 1.001
    for card_id, rect in found.layout.cards.items():
        assert filled.layout.cards[card_id].h == rect.h
        assert filled.layout.cards[card_id].w == rect.w
    for persona_id, band in found.layout.curve_bands.items():
        assert filled.layout.curve_bands[persona_id].h > band.h


@pytest.mark.parametrize(
    "sample", ["online-shop-purchase", "bank-account-opening-pl", "mobile-subscription-ro"]
)
def test_maps_that_fill_the_sheet_are_left_as_they_are(samples_dir, sample: str) -> None:

    m = load_map(samples_dir / f"{sample}.cjm").map
    scene = MapScene.build(m)
    width, _top, height = fit_area(scene, PageSetup.of(ExportOptions(), m.info.language))
    found = fit(scene, width, height, MAX_FIT_SCALE)
    assert fill_sheet(scene, found, height) is found


def _map_page_words(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as document:
        return [w["text"] for w in document.pages[0].extract_words()]


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_blank_template_has_an_emotion_band_to_draw_the_curve_on(language: str) -> None:
    """The workshop sheet: each lane's band with its −2…+2 scale and words, as on the canvas."""
    data, _result = export_pdf_bytes(build_map("blank-5a", language), ExportOptions())
    words = _map_page_words(data)
    assert {"+2", "+1", "0", "–1", "–2"} <= set(words)
    for word in emotion_axis(language).values():
        assert word.split()[0] in words, word


def test_a_map_whose_cards_have_no_emotion_score_gets_no_empty_bands(samples_dir) -> None:
    """A finished map without scores: no scale on every lane with nothing drawn on it."""
    m = load_map(samples_dir / "online-shop-purchase.cjm").map
    for touchpoint in m.touchpoints:
        touchpoint.emotion = None
    data, _result = export_pdf_bytes(m, ExportOptions(details=False))
    words = _map_page_words(data)
    assert not {"–2", "+2"} & set(words)
    assert not set(emotion_axis("en").values()) & set(words)
