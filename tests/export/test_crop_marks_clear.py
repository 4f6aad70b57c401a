"""A poster sheet's bottom crop marks end above the page footer (on A4 the left mark ran into
the footer's first letter: QA s4 F10)."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from cjdesigner.export import ExportOptions, export_pdf_bytes
from cjdesigner.export.pdf.paper import footer_line, margin
from cjdesigner.storage import load_map


@pytest.mark.parametrize("page", ["A4", "A3"])
def test_bottom_crop_marks_clear_the_footer(samples_dir, page: str) -> None:
    m = load_map(samples_dir / "online-shop-purchase.cjm").map
    data, _result = export_pdf_bytes(m, ExportOptions(mode="tile", page=page, details=False))
    with pdfplumber.open(io.BytesIO(data)) as document:
        sheets = [p for p in document.pages if (p.extract_text() or "").startswith("row ")]
        assert sheets  # the poster's sheets ("row 1 / col 2")
        for sheet in sheets:
            edge = sheet.height - margin((sheet.width, sheet.height))  # the content's bottom
            _baseline, size = footer_line((sheet.width, sheet.height))
            # the footer's letters (the map's own, clipped at the content's edge, are not drawn)
            footer = [c for c in sheet.chars if c["top"] > edge and abs(c["size"] - size) < 0.01]
            assert footer
            # the letters' visual top: the baseline (the text matrix) plus Noto Sans's cap
            # height (pdfplumber's boxes reach the font's full ascent, well above the letters)
            footer_top = min(sheet.height - (c["matrix"][5] + 0.714 * c["size"]) for c in footer)
            footer_left = min(c["x0"] for c in footer)
            marks = [
                line
                for line in sheet.lines
                if abs(line["x0"] - line["x1"]) < 0.1  # upright
                and line["top"] > edge
                and line["x0"] < footer_left + 3
            ]
            assert marks  # the bottom-left corner's mark is there
            for line in marks:
                assert line["bottom"] < footer_top - 1, (line["bottom"], footer_top)
