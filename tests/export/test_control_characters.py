"""Control characters in a map never stop the PDF: the model drops them at load (issue 12;
before, the export refused with "font cannot draw U+0003")."""

from __future__ import annotations

import json
from pathlib import Path

from cjdesigner.export import export_pdf_bytes
from cjdesigner.storage import loads_map

SAMPLE = Path(__file__).parents[2] / "samples" / "online-shop-purchase.cjm"


def test_pdf_of_a_map_with_control_characters(tmp_path: Path) -> None:
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["map"]["info"]["title"] = "Shop\x03 map\x1b[31m"
    doc["map"]["touchpoints"][0]["title"] = "Pay\x00s\x7f"
    doc["map"]["personas"][0]["quote"] = "Quote\x08\x9b with\ttab\nand line"
    m = loads_map(json.dumps(doc))
    assert m.info.title == "Shop map[31m"
    data, result = export_pdf_bytes(m)
    assert data.startswith(b"%PDF") and result.page_count >= 1
