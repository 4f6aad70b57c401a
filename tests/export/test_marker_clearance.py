"""A flow's numbered marker keeps clear of card text, as a label chip does: in the narrow gap
between two stacked cards it sits between their texts, never touching one (QA: marker 7 on
the Romanian sample's map page touched "opțiuni și")."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from cjdesigner.export import export_pdf_bytes
from cjdesigner.export.options import ExportOptions
from cjdesigner.export.pdf.cards import card_text_area
from cjdesigner.export.pdf.document import MAX_FIT_SCALE, PageSetup
from cjdesigner.export.pdf.fit import fit_area, fit_map
from cjdesigner.export.pdf.flow_labels import MARKER_PT, marker_radius, plan_labels
from cjdesigner.export.pdf.fonts import register_fonts
from cjdesigner.export.pdf.scene import MapScene
from cjdesigner.layout.labels import GAP, Space, box_of, nudged
from cjdesigner.storage import load_map

SAMPLES = ["online-shop-purchase", "bank-account-opening-pl", "mobile-subscription-ro"]


def _clearance(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    """How far apart two boxes are (0 when they touch or overlap)."""
    return max(b[0] - a[2], a[0] - b[2], b[1] - a[3], a[1] - b[3], 0.0)


@pytest.mark.parametrize("sample", SAMPLES)
def test_markers_keep_clear_of_card_text_on_the_fitted_map(samples_dir, sample: str) -> None:
    register_fonts()
    m = load_map(samples_dir / f"{sample}.cjm").map
    scene = MapScene.build(m)
    width, _top, height = fit_area(scene, PageSetup.of(ExportOptions(), m.info.language))
    fit_map(scene, width, height, MAX_FIT_SCALE)
    plan = plan_labels(scene)
    assert plan.markers  # each sample has markers: the rule is exercised
    texts = [box_of(card_text_area(r)) for r in scene.layout.cards.values()]
    for conn_id, (x, y) in plan.markers.items():
        r = marker_radius(plan.numbers[conn_id])
        box = (x - r, y - r, x + r, y + r)
        assert min(_clearance(box, text) for text in texts) >= GAP, plan.numbers[conn_id]


@pytest.mark.parametrize("sample", SAMPLES)
def test_no_card_word_touches_a_marker_on_the_page(samples_dir, sample: str) -> None:
    """Read from the page: each marker's circle (around its bold number) and the words of
    the cards keep at least a point apart."""
    m = load_map(samples_dir / f"{sample}.cjm").map
    data, _result = export_pdf_bytes(m, ExportOptions(reproducible=True, details=False))
    with pdfplumber.open(io.BytesIO(data)) as document:
        page = document.pages[0]
        every = page.extract_words(extra_attrs=["fontname", "size"])
        numbers = [
            w
            for w in every
            if w["text"].isdigit()
            and w["text"] != "0"  # the curve scale's 0: markers count from 1
            and "Bold" in w["fontname"]
            and w["size"] < MARKER_PT
        ]
        assert numbers
        scale = numbers[0]["size"] / MARKER_PT
        words = [w for w in every if w not in numbers]
        for c in numbers:
            cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
            r = marker_radius(int(c["text"])) * scale
            circle = (cx - r, cy - r, cx + r, cy + r)
            for w in words:
                word = (w["x0"], w["top"], w["x1"], w["bottom"])
                assert _clearance(circle, word) > 0.5, (c["text"], w["text"])


def test_nudged_moves_a_marker_off_text_only_when_that_hides_less() -> None:
    card_above, card_below = (0.0, 0.0, 100.0, 50.0), (0.0, 56.0, 100.0, 100.0)
    space = Space([card_above, card_below], [(9.0, 6.0, 91.0, 45.0), (9.0, 62.0, 91.0, 95.0)])
    on_edge = (43.6, 44.0, 56.4, 56.8)  # a marker of radius 6.4 on the upper card's edge
    moved = nudged(on_edge, space.cost(on_edge), 6.4, space)
    assert moved[1] > on_edge[1] and _clearance(moved, (9.0, 6.0, 91.0, 45.0)) >= GAP
    assert _clearance(moved, (9.0, 62.0, 91.0, 95.0)) >= GAP
    free = (200.0, 200.0, 212.8, 212.8)
    assert nudged(free, space.cost(free), 6.4, space) == free
