"""A map whose shape differs from its sheet's still fills the printable area (fit mode): few
stages and many personas on A3 landscape (the height binds) spanned 45-54 % of the width as a
narrow block at the left; now its columns take the width at the same text size. Measured on
the PDF with pdfplumber, as a reader would. When such a map's text is too small, the warning
offers the sheet turned before a larger one."""

from __future__ import annotations

import io
import itertools
import re

import pdfplumber
import pytest

from cjdesigner.export import READABLE_CARD_PT, ExportOptions, export_pdf_bytes, plan_export
from cjdesigner.export.options import Orientation
from cjdesigner.export.pdf import fit as fit_module
from cjdesigner.export.pdf.fill import fill_width
from cjdesigner.export.pdf.fit import fit, fit_area
from cjdesigner.export.pdf.paper import MAX_FIT_SCALE, PageSetup
from cjdesigner.export.pdf.scene import MapScene
from cjdesigner.storage import load_map

SHAPES = [
    # cards, stages, personas, page, orientation
    (20, 2, 10, "A3", Orientation.LANDSCAPE),
    (36, 3, 12, "A3", Orientation.LANDSCAPE),
    (12, 1, 6, "A3", Orientation.LANDSCAPE),
    (16, 2, 8, "A4", Orientation.LANDSCAPE),
    (20, 10, 1, "A4", Orientation.PORTRAIT),
    # spans the width, 93 % of the height: stopped 60 pt above the legend
    (30, 3, 5, "A3", Orientation.LANDSCAPE),
]


class Page:
    """The map page's grid frame (its largest rectangle), the words and characters in it and
    the top of the legend below it."""

    def __init__(self, data: bytes) -> None:
        with pdfplumber.open(io.BytesIO(data)) as document:
            page = document.pages[0]
            self.grid = max(page.rects, key=lambda r: r["width"] * r["height"])
            top, bottom = self.grid["top"], self.grid["bottom"]
            words = page.extract_words()
            self.words = [w for w in words if top <= w["top"] <= bottom]
            self.legend = min(w["top"] for w in words if w["top"] > bottom)
            self.sizes = [c["size"] for c in page.chars if top <= c["top"] <= bottom]


def _overlapping(words: list[dict]) -> list[tuple[str, str]]:
    return [
        (a["text"], b["text"])
        for a, b in itertools.combinations(words, 2)
        if a["x0"] < b["x1"] - 0.5
        and b["x0"] < a["x1"] - 0.5
        and a["top"] < b["bottom"] - 0.5
        and b["top"] < a["bottom"] - 0.5
    ]


@pytest.mark.parametrize(("cards", "stages", "personas", "page", "orientation"), SHAPES)
def test_map_of_another_shape_fills_the_printable_area(
    map_factory, monkeypatch, cards: int, stages: int, personas: int, page: str, orientation
) -> None:
    m = map_factory(cards, stages=stages, personas=personas)
    options = ExportOptions(page=page, orientation=orientation, details=False)
    monkeypatch.setattr(fit_module, "fill_width", lambda _scene, found, _width: found)
    before = Page(export_pdf_bytes(m, options)[0])
    monkeypatch.undo()
    after = Page(export_pdf_bytes(m, options)[0])
    setup = PageSetup.of(options, "en")
    _width, _top, height = fit_area(MapScene.build(m), setup)

    grid = after.grid
    assert grid["x0"] == pytest.approx(setup.margin, abs=0.5)  # under the title block
    assert grid["width"] == pytest.approx(setup.inner_width, abs=1.0)
    assert grid["height"] >= 0.9 * height
    assert 0 < after.legend - grid["bottom"] < 20  # down to the legend, not over it
    # text keeps its size (no stretching, nothing smaller), nothing overlaps
    assert min(after.sizes) == pytest.approx(min(before.sizes), abs=0.01)
    assert max(after.sizes) == pytest.approx(max(before.sizes), abs=0.01)
    assert not _overlapping(after.words)


def test_height_bound_map_was_a_narrow_block_and_now_spans_the_width(map_factory) -> None:
    """Two stages, ten personas on A3 landscape: the fit's widest cards left the map at under
    half the sheet's width; every cell now has room beside its cards, centred under its stage."""
    m = map_factory(20, stages=2, personas=10)
    scene = MapScene.build(m)
    width, _top, height = fit_area(scene, PageSetup.of(ExportOptions(), "en"))
    found = fit(scene, width, height, MAX_FIT_SCALE)
    assert found.layout.width * found.scale < 0.6 * width
    filled = fill_width(scene, found, width)
    layout = filled.layout
    assert filled.scale == found.scale and filled.texts is found.texts
    assert layout.width * filled.scale == pytest.approx(width)
    for card_id, rect in found.layout.cards.items():
        card = layout.cards[card_id]
        assert (card.w, card.h) == (rect.w, rect.h)  # the same cards, as tall and as wide
        cell = layout.cells[m.touchpoint(card_id).stage_id, m.touchpoint(card_id).persona_id]
        assert cell.x < card.x and card.right < cell.right
        assert card.x - cell.x == pytest.approx(cell.right - card.right)


def test_wide_map_on_a_tall_sheet_keeps_its_curve_band_in_proportion(map_factory) -> None:
    """Ten stages, one persona on A4 portrait: growing the lane to the sheet's height made the
    emotion band two thirds of the page and its swings as tall; the band stops at its cap."""
    m = map_factory(20, stages=10, personas=1)
    options = ExportOptions(page="A4", orientation=Orientation.PORTRAIT, details=False)
    scene = MapScene.build(m)
    fit_module.fit_map(scene, *_area(scene, options), MAX_FIT_SCALE)
    layout = scene.layout
    (band,) = layout.curve_bands.values()
    assert band.h <= layout.metrics.curve_band_max
    assert band.h < 0.25 * layout.height


def _area(scene: MapScene, options: ExportOptions) -> tuple[float, float]:
    width, _top, height = fit_area(scene, PageSetup.of(options, "en"))
    return width, height


@pytest.mark.parametrize(
    "sample", ["online-shop-purchase", "bank-account-opening-pl", "mobile-subscription-ro"]
)
@pytest.mark.parametrize(
    ("page", "orientation"),
    [("A3", Orientation.LANDSCAPE), ("A4", Orientation.PORTRAIT), ("A2", Orientation.LANDSCAPE)],
)
def test_maps_that_span_the_width_are_left_as_they_are(
    samples_dir, sample: str, page: str, orientation: Orientation
) -> None:
    m = load_map(samples_dir / f"{sample}.cjm").map
    scene = MapScene.build(m)
    options = ExportOptions(page=page, orientation=orientation)
    setup = PageSetup.of(options, m.info.language)
    width, _top, height = fit_area(scene, setup)
    found = fit(scene, width, height, MAX_FIT_SCALE * setup.chrome)
    assert fill_width(scene, found, width) is found


@pytest.mark.parametrize(
    ("stages", "personas", "orientation", "advice"),
    [
        # few stages, many personas: its own sheet turned reads, no larger paper needed
        (2, 10, Orientation.LANDSCAPE, "--page A3 --portrait"),
        # ten stages, one persona on A4 portrait: A2 turned reads (upright it took A1)
        (10, 1, Orientation.PORTRAIT, "--page A2 --landscape"),
    ],
)
def test_too_small_warning_offers_the_turned_sheet(
    map_factory, stages: int, personas: int, orientation: Orientation, advice: str
) -> None:
    m = map_factory(20, stages=stages, personas=personas)
    page = "A3" if orientation == Orientation.LANDSCAPE else "A4"
    plan = plan_export(m, ExportOptions(page=page, orientation=orientation))
    assert plan.smallest_card_text_pt < READABLE_CARD_PT
    found = re.search(r"--page (\S+) --(\w+) \((\d+\.\d) pt\)", plan.warnings[0])
    assert found is not None and found.group(0).startswith(advice), plan.warnings[0]
    turned = ExportOptions(page=found.group(1), orientation=Orientation(found.group(2)))
    better = plan_export(m, turned)
    assert better.warnings == []  # the advice holds: that sheet prints it readably
    assert f"{better.smallest_card_text_pt:.1f}" == found.group(3)
