"""Every page has the chosen paper size and orientation, in fit and tile mode."""

from __future__ import annotations

import pytest
from reportlab.lib.units import mm

from cjdesigner.export import PAGE_NAMES, ExportOptions, export_pdf_bytes, plan_export
from cjdesigner.export.pdf.paper import PORTRAIT_SIZES

# Width × height in mm of each portrait sheet, independent of reportlab's tables.
SHEETS_MM = {
    "A4": (210, 297),
    "A3": (297, 420),
    "A2": (420, 594),
    "A1": (594, 841),
    "A0": (841, 1189),
    "Letter": (215.9, 279.4),
    "Legal": (215.9, 355.6),
    "Tabloid": (279.4, 431.8),
}


def expected(page: str, orientation: str) -> tuple[float, float]:
    short, long_ = (v * mm for v in SHEETS_MM[page])
    return (long_, short) if orientation == "landscape" else (short, long_)


def test_every_offered_paper_is_known() -> None:
    assert set(PAGE_NAMES) == set(SHEETS_MM) == set(PORTRAIT_SIZES)


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
@pytest.mark.parametrize("page", PAGE_NAMES)
def test_fit_pages_have_the_paper_size(diacritics_map, pdf, page: str, orientation: str) -> None:
    data, result = export_pdf_bytes(
        diacritics_map, ExportOptions(page=page, orientation=orientation)
    )
    sizes = pdf.sizes(data)
    assert len(sizes) == result.page_count >= 3  # map, personas, stage tables
    for width, height in sizes:
        assert width == pytest.approx(expected(page, orientation)[0], abs=0.6)
        assert height == pytest.approx(expected(page, orientation)[1], abs=0.6)
        assert (width > height) == (orientation == "landscape")


@pytest.mark.parametrize(
    ("page", "orientation"), [("A4", "portrait"), ("A3", "landscape"), ("Letter", "landscape")]
)
def test_tile_pages_have_the_paper_size(diacritics_map, pdf, page: str, orientation: str) -> None:
    options = ExportOptions(page=page, orientation=orientation, mode="tile")
    data, result = export_pdf_bytes(diacritics_map, options)
    sizes = pdf.sizes(data)
    assert len(sizes) == result.page_count
    assert len(sizes) > result.plan.map_pages
    assert all(s == pytest.approx(expected(page, orientation), abs=0.6) for s in sizes)


def test_no_details_leaves_only_the_map_page(diacritics_map, pdf) -> None:
    """Only the map, and the flows table when a flow label is a numbered marker on it (its
    text is printed nowhere else)."""
    unlabelled = diacritics_map.model_copy(
        update={
            "connections": [c.model_copy(update={"label": ""}) for c in diacritics_map.connections]
        }
    )
    data, result = export_pdf_bytes(unlabelled, ExportOptions(details=False))
    assert result.page_count == len(pdf.sizes(data)) == 1
    data, result = export_pdf_bytes(diacritics_map, ExportOptions(details=False))
    assert result.page_count == len(pdf.sizes(data)) == 2  # "dalej" has no room on its flow


# The known map below is 6 stages × 2 personas with one scored card per cell, so its grid is
# 180 + 6 × 200 = 1380 pt wide and 46 + 2 × (24 + 76 + 64) = 374 pt high. The printed area of
# a sheet is the page less 12 mm margins; neighbouring tiles overlap by 10 mm (28.35 pt).
# Tiles print at 1.2× (9 pt smallest card text), or smaller down to 1.0667× (8 pt) when that
# saves a row or column: n columns hold (area + (n − 1) × (area − 28.35)) / 1380 at most.
KNOWN_TILES = [
    # (page, orientation, rows, cols, scale)
    # A3 landscape, area 1122.5 wide: 1552 pt at 1.125× needs 2; 1 would need 0.81×.
    ("A3", "landscape", 1, 2, 1.125),
    # A4 landscape, area 773.9: 3 at 1.125×, but 2 hold it at (773.9 + 745.5) / 1380 = 1.101×.
    ("A4", "landscape", 1, 2, 1.101),
    # A4 portrait, area 527.2: 4 at 1.125×, 3 at (527.2 + 2 × 498.9) / 1380 = 1.105×.
    ("A4", "portrait", 1, 3, 1.105),
    ("A0", "landscape", 1, 1, 1.125),
]


@pytest.mark.parametrize(("page", "orientation", "rows", "cols", "scale"), KNOWN_TILES)
def test_tile_page_counts_for_a_known_map(
    map_factory, pdf, page: str, orientation: str, rows: int, cols: int, scale: float
) -> None:
    m = map_factory(12, stages=6, personas=2)
    options = ExportOptions(page=page, orientation=orientation, mode="tile", details=False)
    plan = plan_export(m, options)
    assert plan.tiles == (rows, cols)
    assert plan.scale == pytest.approx(scale, abs=0.001)
    data, result = export_pdf_bytes(m, options)
    assert result.page_count == len(pdf.sizes(data)) == 1 + rows * cols  # overview + tiles
    texts = pdf.texts(data)
    for index in range(rows * cols):
        r, c = divmod(index, cols)
        assert f"row {r + 1} / col {c + 1}" in texts[1 + index]


def test_more_overlap_never_needs_fewer_tiles(map_factory) -> None:
    m = map_factory(30, stages=30, personas=1)
    counts = [
        plan_export(m, ExportOptions(page="A4", mode="tile", overlap_mm=mm_)).map_pages
        for mm_ in (0, 10, 30, 50)
    ]
    assert counts == sorted(counts)
    assert counts[-1] > counts[0]


def test_a_map_wider_than_a_pdf_page_is_tiled_not_cut(map_factory, pdf) -> None:
    # 72 stages: 180 + 72 × 200 = 14,580 pt ≈ 5.1 m, wider than the ~5.08 m a PDF page may be.
    m = map_factory(72, stages=72, personas=1, emotions=False)
    data, result = export_pdf_bytes(m, ExportOptions(mode="tile", details=False))
    assert result.plan.tiles is not None and result.plan.tiles[1] >= 14
    assert all(s == pytest.approx(expected("A3", "landscape"), abs=0.6) for s in pdf.sizes(data))
    tiles_text = " ".join(pdf.texts(data)[1:])
    for number in range(1, 73):
        assert f"Etap {number}" in tiles_text
    fit, _fit_result = export_pdf_bytes(m, ExportOptions(details=False))
    assert pdf.sizes(fit) == [pytest.approx(expected("A3", "landscape"), abs=0.6)]
    assert "Etap 72" in pdf.texts(fit)[0]
