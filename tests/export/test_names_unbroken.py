"""Stage names in the map's header and the cover's title wrap between words, never inside one
("Obsługa posprzedażo-" / "wa", "indywidualne-" / "go": QA, issue 9 — names and titles are
never hyphenated)."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from cjdesigner.export import ExportOptions, export_pdf_bytes
from cjdesigner.export.pdf.fonts import BOLD, string_width
from cjdesigner.export.pdf.map_page import STAGE_MIN_PT, STAGE_PT, stage_name_lines

LONG_STAGE = "Obsługa posprzedażowa"


def _header_words(data: bytes) -> list[dict]:
    """The words of the map page above the first lane: the stage headers (and the title)."""
    with pdfplumber.open(io.BytesIO(data)) as document:
        page = document.pages[0]
        return page.extract_words(keep_blank_chars=False)


@pytest.mark.parametrize(("stages", "page"), [(10, "A3"), (8, "A4")])
def test_a_long_stage_name_prints_whole_in_a_narrow_column(map_factory, stages, page) -> None:
    m = map_factory(stages * 2, stages=stages, personas=1)
    for stage in m.stages:
        stage.name = LONG_STAGE
    data, _result = export_pdf_bytes(m, ExportOptions(page=page, details=False))
    texts = [w["text"] for w in _header_words(data)]
    assert texts.count("posprzedażowa") == stages, texts
    assert not [t for t in texts if t.startswith("posprzeda") and t != "posprzedażowa"]


def test_stage_name_lines_shrink_before_they_break_a_word() -> None:
    width = string_width("posprzedażowa", BOLD, STAGE_PT) - 2  # a step too narrow at 11
    size, lines = stage_name_lines(LONG_STAGE, width, "pl")
    assert STAGE_MIN_PT <= size < STAGE_PT
    assert lines == ["Obsługa", "posprzedażowa"]
    wide, one = stage_name_lines(LONG_STAGE, 400, "pl")
    assert (wide, one) == (STAGE_PT, [LONG_STAGE])
    # too narrow even at the smallest step: shortened as before, at that step, in two lines
    small, cut = stage_name_lines("Przedsprzedażowo-posprzedażowa obsługa klientów", 30, "pl")
    assert small == STAGE_MIN_PT and len(cut) == 2


def test_the_cover_title_wraps_between_words(map_factory) -> None:
    m = map_factory(4, stages=2, personas=1)
    m.info.title = "Zakup polisy OC/AC — ścieżka klienta indywidualnego przez agenta i online"
    m.info.client = "Towarzystwo Ubezpieczeń Wzajemnych „Przezorność”"
    data, _result = export_pdf_bytes(m, ExportOptions(cover=True, details=False))
    with pdfplumber.open(io.BytesIO(data)) as document:
        words = [w["text"] for w in document.pages[0].extract_words()]
    for word in m.info.title.split() + m.info.client.split():
        assert word in words, (word, words)
    assert not [w for w in words if w.endswith("-")], words
