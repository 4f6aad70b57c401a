"""KPI amounts in the detail tables are written as each language writes money, rates and scales."""

from __future__ import annotations

import pytest

from cjdesigner.export import export_pdf_bytes
from cjdesigner.export.options import ExportOptions
from cjdesigner.export.pdf.detail_blocks import format_amount, format_kpi
from cjdesigner.model import Kpi
from cjdesigner.storage import load_map

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "unit", "language", "expected"),
    [
        (0.42, "£", "en", "£0.42"),
        (84, "£", "en", "£84"),
        (1250.5, "$", "en", "$1250.5"),
        (9.99, "€", "en", "€9.99"),
        (5, "US$", "en", "US$5"),
        (-5, "£", "en", "-£5"),
        (12, "£/h", "en", "£12/h"),
        (0.42, "zł", "pl", f"0,42{NBSP}zł"),
        (0.42, "lei", "ro", f"0,42{NBSP}lei"),
        (0.42, "€", "pl", f"0,42{NBSP}€"),
        (0.42, "€", "ro", f"0,42{NBSP}€"),
        (3.6, "/5", "en", "3.6/5"),
        (3.6, "/5", "pl", "3,6/5"),
        (4, "/10", "ro", "4/10"),
        (2.5, "%", "en", "2.5%"),
        (2.5, "%", "pl", f"2,5{NBSP}%"),
        (12, "min", "en", f"12{NBSP}min"),
        (3, "zł", "en", f"3{NBSP}zł"),  # letters are not a symbol: after the number
        (3, "", "en", "3"),
        (1234567, "zł", "pl", f"1{NBSP}234{NBSP}567{NBSP}zł"),  # QA s7 J11
        (1234567.5, "lei", "ro", f"1.234.567,5{NBSP}lei"),
        (-25000, "", "en", "-25,000"),
        (2026, "", "pl", "2026"),  # four digits stay together
        (10000, "%", "pl", f"10{NBSP}000{NBSP}%"),
    ],
)
def test_amounts(value: float, unit: str, language: str, expected: str) -> None:
    assert format_amount(value, unit, language) == expected


def test_kpi_with_currency_and_target_in_english() -> None:
    kpi = Kpi(name="Cost per click", value=0.42, target=0.35, unit="£")
    assert format_kpi(kpi, "en") == "Cost per click: £0.42 (target £0.35)"
    assert format_kpi(Kpi(name="CSAT", value=3.6, unit="/5"), "en") == "CSAT: 3.6/5"


def test_polish_kpi_keeps_the_unit_after_the_number() -> None:
    kpi = Kpi(name="Koszt kliknięcia", value=0.42, target=0.35, unit="zł")
    assert format_kpi(kpi, "pl") == f"Koszt kliknięcia: 0,42{NBSP}zł (cel 0,35{NBSP}zł)"


def test_sample_detail_tables(samples_dir, pdf) -> None:
    m = load_map(samples_dir / "online-shop-purchase.cjm").map
    data, _result = export_pdf_bytes(m, ExportOptions(insights=False, reproducible=True))
    text = " ".join(pdf.texts(data)[1:])
    assert "Cost per click: £0.42 (target £0.35)" in text
    assert "Average order value: £84 (target £90)" in text
    assert "CSAT: 3.6/5 (target 4.3/5)" in text
    assert " /5" not in text
