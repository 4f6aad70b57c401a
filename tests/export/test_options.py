"""Export options are checked on creation; dates and numbers follow the map's language."""

from __future__ import annotations

from datetime import date

import pytest

from cjdesigner.export import ExportOptions, FitMode, Orientation
from cjdesigner.export.pdf.chrome import format_date
from cjdesigner.export.pdf.detail_blocks import format_emotion, format_kpi, format_number, quoted
from cjdesigner.model import Kpi


def test_options_are_normalised_and_checked() -> None:
    options = ExportOptions(page="a3", orientation="portrait", mode="tile", overlap_mm=0)
    assert options.page == "A3"
    assert options.orientation is Orientation.PORTRAIT and options.mode is FitMode.TILE
    with pytest.raises(ValueError, match="B5"):
        ExportOptions(page="B5")
    with pytest.raises(ValueError, match="overlap"):
        ExportOptions(overlap_mm=51)
    with pytest.raises(ValueError):
        ExportOptions(orientation="sideways")


def test_dates_in_the_maps_language() -> None:
    day = date(2026, 11, 23)
    assert format_date(day, "en") == "23 November 2026"
    assert format_date(day, "pl") == "23 listopada 2026"
    assert format_date(day, "ro") == "23 noiembrie 2026"
    assert format_date(date(2026, 9, 1), "pl") == "1 września 2026"


def test_numbers_kpis_emotions_and_quotes() -> None:
    assert format_number(3.5, "pl") == "3,5" and format_number(3.5, "en") == "3.5"
    assert format_number(42.0, "ro") == "42"
    assert format_kpi(Kpi(name="NPS", value=42, target=50), "en") == "NPS: 42 (target 50)"
    assert format_kpi(Kpi(name="Konwersja", value=2.5, unit="%"), "pl") == "Konwersja: 2,5\u00a0%"
    assert format_kpi(Kpi(name="CR", value=2.5, unit="%"), "en") == "CR: 2.5%"
    assert (
        format_emotion(-2) == "\u20132" and format_emotion(1) == "+1" and format_emotion(0) == "0"
    )
    assert quoted("Chcę szybko", "pl") == "„Chcę szybko”"
    assert quoted("I want it fast", "en") == "“I want it fast”"
    assert quoted("„już w cudzysłowie”", "pl") == "„już w cudzysłowie”"
