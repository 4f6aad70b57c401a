"""Flow labels on the PDF map page: never over text, never cut; markers and the flows table."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from cjdesigner.export import export_pdf_bytes
from cjdesigner.export.options import ExportOptions
from cjdesigner.export.pdf.cards import card_text_area, card_text_boxes
from cjdesigner.export.pdf.flow_labels import marker_radius
from cjdesigner.export.pdf.fonts import register_fonts
from cjdesigner.export.pdf.scene import MapScene
from cjdesigner.layout.labels import box_of, overlaps
from cjdesigner.storage import load_map

SAMPLES = ["online-shop-purchase", "bank-account-opening-pl", "mobile-subscription-ro"]


def _words(page: pdfplumber.page.Page) -> list[dict]:
    return page.extract_words(keep_blank_chars=False)


def _overlapping_words(words: list[dict]) -> list[tuple[str, str]]:
    found = []
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            w = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
            h = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
            if w > 0.3 and h > 0.25 * min(a["bottom"] - a["top"], b["bottom"] - b["top"]):
                found.append((a["text"], b["text"]))
    return found


@pytest.mark.parametrize("sample", SAMPLES)
def test_sample_labels_cover_no_text_and_print_whole(samples_dir, sample: str) -> None:
    """Read as a user would: no two words of the map page overlap, and every flow label is
    printed whole, on the map page or in the flows table after it."""
    m = load_map(samples_dir / f"{sample}.cjm").map
    data, _result = export_pdf_bytes(m, ExportOptions(reproducible=True))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        words = _words(pdf.pages[0])
        assert _overlapping_words(words) == []
        on_map = {w["text"] for w in words}
        pages = [" ".join((p.extract_text() or "").split()) for p in pdf.pages[1:]]
    table = " ".join(p for p in pages if "#" in p)
    labelled = [" ".join(c.label.split()) for c in m.connections if c.label.strip()]
    assert labelled
    for text in labelled:
        assert text in table or all(word in on_map for word in text.split()), text
        assert f"{text[:-1]}…" not in " ".join(w["text"] for w in words)  # never cut
    if table:  # a marker on the map: the table lists every labelled flow
        assert all(text in table for text in labelled)


@pytest.mark.parametrize("sample", SAMPLES)
def test_sample_label_places_keep_clear_of_cards_and_each_other(samples_dir, sample) -> None:
    """Chips touch no card, header or curve band; markers no card text; none another."""
    register_fonts()
    m = load_map(samples_dir / f"{sample}.cjm").map
    scene = MapScene.build(m)
    plan = scene.label_plan()
    layout = scene.layout
    solid = [box_of(r) for r in layout.cards.values()]
    solid += [box_of(r) for r in (*layout.stage_headers.values(), *layout.lane_headers.values())]
    solid += [box_of(r) for r in layout.curve_bands.values()]
    text = [box_of(card_text_area(r)) for r in layout.cards.values()]
    placed = [box for _lines, box in plan.chips.values()]
    markers = []
    for conn_id, (x, y) in plan.markers.items():
        r = marker_radius(plan.numbers[conn_id])
        markers.append((x - r, y - r, x + r, y + r))
    for box in placed:
        assert not any(overlaps(box, other) for other in solid)
    for box in markers:
        assert not any(overlaps(box, other) for other in text)
    everything = placed + markers
    for i, a in enumerate(everything):
        assert not any(overlaps(a, b) for b in everything[i + 1 :])


def test_flows_table_lists_every_label_in_the_maps_language(samples_dir) -> None:
    m = load_map(samples_dir / "bank-account-opening-pl.cjm").map
    data, _result = export_pdf_bytes(m, ExportOptions(details=False, reproducible=True))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) >= 2  # the table follows the map even without the details
        table = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages[1:])
    assert "Etykiety przejść" in table and "Skąd" in table and "Dokąd" in table
    for connection in m.connections:
        if connection.label.strip():
            assert " ".join(connection.label.split()) in table


@pytest.mark.parametrize("sample", SAMPLES)
def test_card_text_boxes_are_the_card_text_areas(samples_dir, sample: str) -> None:
    """The label space takes the cards' text areas as plain boxes, made in one loop: the same
    numbers as each card's :func:`card_text_area`."""
    scene = MapScene.build(load_map(samples_dir / f"{sample}.cjm").map)
    rects = list(scene.layout.cards.values())
    assert rects
    assert card_text_boxes(rects) == [box_of(card_text_area(r)) for r in rects]
