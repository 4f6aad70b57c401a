"""The map page's legend explains every mark the map uses: numbered flow labels and hollow
(estimated) curve points included, in the map's language."""

from __future__ import annotations

from pathlib import Path

from cjdesigner.export import ExportOptions, export_pdf_bytes
from cjdesigner.storage import load_map

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _map_page_text(m, pdf) -> str:
    data, _ = export_pdf_bytes(m, ExportOptions(details=False))
    return pdf.texts(data)[0]


def test_numbered_labels_are_explained_in_the_legend(pdf) -> None:
    m = load_map(SAMPLES / "bank-account-opening-pl.cjm").map
    assert "etykieta przejścia: w tabeli etykiet" in _map_page_text(m, pdf)


def test_estimated_points_are_explained_only_when_a_card_has_no_score(pdf) -> None:
    m = load_map(SAMPLES / "online-shop-purchase.cjm").map
    assert "emotion estimated from sentiment" not in _map_page_text(m, pdf)
    m.touchpoints[0].emotion = None
    assert "emotion estimated from sentiment" in _map_page_text(m, pdf)
