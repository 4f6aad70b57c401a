"""What an export plans before rendering; detail pages; a 5,000-touchpoint map."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from cjdesigner.export import (
    EXACT_PLAN_TOUCHPOINTS,
    READABLE_CARD_PT,
    ExportOptions,
    export_pdf_bytes,
    plan_export,
)
from cjdesigner.export.pdf.tiling import MIN_TILE_CARD_TEXT_PT, TILE_CARD_TEXT_PT
from cjdesigner.model import Avatar, JourneyMap, MapInfo
from cjdesigner.storage import load_map


def test_a_small_map_fits_readably_on_one_page(map_factory) -> None:
    plan = plan_export(map_factory(4, stages=4, personas=1), ExportOptions())
    assert plan.map_pages == 1 and plan.tiles is None
    assert plan.smallest_card_text_pt >= READABLE_CARD_PT
    assert plan.warnings == []


def test_fit_warns_when_card_text_gets_too_small(map_factory) -> None:
    plan = plan_export(map_factory(200, stages=10, personas=10), ExportOptions(page="A4"))
    assert plan.smallest_card_text_pt < READABLE_CARD_PT
    assert len(plan.warnings) == 1 and "--tile" in plan.warnings[0]
    assert f"{plan.smallest_card_text_pt:.1f} pt" in plan.warnings[0]


def test_tile_mode_prints_cards_at_a_readable_size(map_factory) -> None:
    plan = plan_export(map_factory(200, stages=10, personas=10), ExportOptions(mode="tile"))
    assert MIN_TILE_CARD_TEXT_PT <= plan.smallest_card_text_pt <= TILE_CARD_TEXT_PT
    assert plan.warnings == []
    rows, cols = plan.tiles
    assert plan.map_pages == 1 + rows * cols


def test_plan_matches_the_export(diacritics_map) -> None:
    for options in (ExportOptions(), ExportOptions(mode="tile", page="A4")):
        plan = plan_export(diacritics_map, options)
        _, result = export_pdf_bytes(diacritics_map, options)
        assert result.plan.map_pages == plan.map_pages
        assert result.plan.scale == pytest.approx(plan.scale)
        assert result.page_count > plan.map_pages
        assert plan.estimated_pages >= plan.map_pages


def test_long_stage_tables_repeat_their_header_on_every_page(map_factory, pdf) -> None:
    m = map_factory(90, stages=1, personas=1)
    data, _ = export_pdf_bytes(m, ExportOptions(page="A4"))
    texts = pdf.texts(data)
    start = next(i for i, t in enumerate(texts) if "Touchpoints by stage" in t)
    table_pages = [t for t in texts[start + 1 :] if "Punkt styku" in t]
    assert len(table_pages) >= 2
    for text in table_pages:
        assert "Customer action" in text and "Pain points" in text and "Owner and KPIs" in text
    everything = " ".join(texts[1:])
    for i in range(90):
        assert f"Punkt styku {i}: płatność" in everything


def test_a_persona_picture_is_embedded(diacritics_map, pdf) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 80, 20)).save(buffer, format="PNG")
    diacritics_map.personas[0].avatar = Avatar(media_type="image/png", data=buffer.getvalue())
    data, _ = export_pdf_bytes(diacritics_map, ExportOptions())
    pages = pdf.read(data).pages
    assert any(page.images for page in pages[:2])  # the map page and the persona profile


def test_empty_stage_and_personaless_map_export(map_factory, pdf) -> None:
    m = map_factory(0, stages=3, personas=0)
    data, result = export_pdf_bytes(m, ExportOptions())
    assert result.page_count == len(pdf.sizes(data)) >= 2
    assert "No touchpoints in this stage." in " ".join(pdf.texts(data))


@pytest.mark.slow
def test_a_5000_touchpoint_map_exports(map_factory, pdf) -> None:
    m = map_factory(5000, stages=8, personas=10)
    data, result = export_pdf_bytes(m, ExportOptions())
    sizes = pdf.sizes(data)
    assert len(sizes) == result.page_count > 100
    assert result.plan.warnings  # far too small to read on one A3 sheet: suggests --tile
    reader = pdf.read(data)
    content = reader.pages[0].get_contents().get_data()
    assert content.count(b" Do") >= 5000  # every card placed on the map page
    last = pdf.norm(reader.pages[-1].extract_text())
    assert "Punkt styku" in last and f"Page {len(sizes)} of {len(sizes)}" in last


def test_an_exact_plan_counts_the_pages_the_export_makes(diacritics_map) -> None:
    options = ExportOptions(page="A4", orientation="portrait")
    plan = plan_export(diacritics_map, options, exact=True)
    _, result = export_pdf_bytes(diacritics_map, options)
    assert plan.exact_pages == plan.estimated_pages == result.page_count
    # an ordinary map is counted exactly without the trial render too
    assert plan_export(diacritics_map, options).exact_pages == result.page_count


SAMPLES = ["online-shop-purchase", "bank-account-opening-pl", "mobile-subscription-ro"]


@pytest.mark.parametrize("sample", SAMPLES)
@pytest.mark.parametrize(
    "options",
    [
        ExportOptions(),
        ExportOptions(mode="tile", page="A4"),
        ExportOptions(details=False),
        ExportOptions(insights=False, page="A4", orientation="portrait"),
    ],
    ids=["defaults", "tile-A4", "no-details", "no-insights-A4-portrait"],
)
def test_the_plan_counts_the_pages_each_sample_exports(
    samples_dir, sample: str, options: ExportOptions
) -> None:
    """What the Export PDF dialog shows ("About 7 pages" once, for a 6-page file)."""
    m = load_map(samples_dir / f"{sample}.cjm").map
    plan = plan_export(m, options)
    _, result = export_pdf_bytes(m, options)
    assert plan.exact_pages == plan.estimated_pages == result.page_count
    assert plan_export(m, options).estimated_pages == result.page_count  # remembered count


def test_an_empty_map_plans_the_pages_it_exports() -> None:
    m = JourneyMap(info=MapInfo(title="Pusta"))
    for options in (ExportOptions(), ExportOptions(mode="tile")):
        _, result = export_pdf_bytes(m, options)
        assert plan_export(m, options).estimated_pages == result.page_count


def test_a_big_map_gets_the_quick_estimate(map_factory) -> None:
    m = map_factory(EXACT_PLAN_TOUCHPOINTS + 1, stages=8, personas=4)
    plan = plan_export(m, ExportOptions())
    assert plan.exact_pages is None and plan.estimated_pages > plan.map_pages


def test_a_poster_shrinks_a_little_rather_than_add_a_sheet_for_a_sliver(map_factory) -> None:
    # 7 stages: 1580 pt wide, 1777.5 pt at 1.125x, just over the 1615.8 pt of an A2 sheet.
    m = map_factory(7, stages=7, personas=1)
    plan = plan_export(m, ExportOptions(mode="tile", page="A2"))
    assert plan.tiles == (1, 1)
    assert plan.smallest_card_text_pt == pytest.approx((1683.78 - 2 * 34.016) / 1580 * 8, abs=0.01)
