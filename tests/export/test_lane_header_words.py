"""A persona's name and role in the map's lane header wrap between words only, like card
titles: never "custom-" / "er" (issue 9: names and titles are never hyphenated; QA)."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from cjdesigner.export import ExportOptions, export_pdf_bytes
from cjdesigner.storage import load_map

ROLES = (
    "Loyal returning customer, loyalty club",
    "Przedsiębiorca zmieniający bank po podwyżce opłat",
    "Mamă care caută un abonament de familie",
)


def _lane_header_words(data: bytes, first_stage: str, page: int = 0) -> list[str]:
    """The words below and left of the first stage's name on a map page (the lane headers)."""
    with pdfplumber.open(io.BytesIO(data)) as document:
        words = document.pages[page].extract_words()
        stage = next(w for w in words if w["text"] == first_stage)
        return [w["text"] for w in words if w["x1"] < stage["x0"] and w["top"] > stage["bottom"]]


@pytest.mark.parametrize("mode", ["fit", "tile"])
def test_role_and_name_wrap_between_words(map_factory, mode: str) -> None:
    m = map_factory(6, stages=3, personas=3)
    for persona, role in zip(m.personas, ROLES, strict=True):
        persona.role = role
        persona.name = "Bartholomew Wiśniewski-Kowalczyk"
    options = ExportOptions(mode=mode, details=False, page="A4" if mode == "tile" else "A3")
    data, _result = export_pdf_bytes(m, options)
    words = _lane_header_words(data, "Etap", 1 if mode == "tile" else 0)
    role_words = {w for role in ROLES for w in role.split()}
    assert role_words & set(words)  # the headers are where we look
    for word in words:
        assert not word.endswith("-"), words


def test_sample_role_prints_customer_whole(samples_dir) -> None:
    m = load_map(samples_dir / "online-shop-purchase.cjm").map
    data, _result = export_pdf_bytes(m, ExportOptions(details=False, reproducible=True))
    words = _lane_header_words(data, "Awareness")
    assert "customer," in words and "custom-" not in words
