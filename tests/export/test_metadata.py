"""PDF metadata, and byte-identical output with the reproducible option."""

from __future__ import annotations

from datetime import UTC, datetime

from cjdesigner import __version__
from cjdesigner.export import ExportOptions, export_pdf_bytes


def test_metadata_names_the_map(diacritics_map, pdf) -> None:
    data, _ = export_pdf_bytes(diacritics_map, ExportOptions(reproducible=True))
    meta = pdf.read(data).metadata
    assert meta.title == "Ścieżka klienta — zakładanie konta"
    assert meta.author == "Joanna Kowalska"
    assert "Bank Żółty S.A." in meta.subject
    assert meta.creator == f"cjdesigner {__version__}"
    assert meta.creation_date == datetime(2026, 11, 20, 15, 30, tzinfo=UTC)


def test_reproducible_output_is_byte_identical(diacritics_map) -> None:
    for mode in ("fit", "tile"):
        options = ExportOptions(mode=mode, reproducible=True)
        first, _ = export_pdf_bytes(diacritics_map, options)
        second, _ = export_pdf_bytes(diacritics_map, options)
        assert first == second


def test_reproducible_output_follows_the_input(diacritics_map) -> None:
    options = ExportOptions(reproducible=True)
    before, _ = export_pdf_bytes(diacritics_map, options)
    diacritics_map.touchpoints[0].title = "Inny tytuł"
    after, _ = export_pdf_bytes(diacritics_map, options)
    assert before != after


def test_ordinary_export_is_dated_now(diacritics_map, pdf) -> None:
    data, _ = export_pdf_bytes(diacritics_map, ExportOptions())
    created = pdf.read(data).metadata.creation_date
    assert created is not None
    assert abs((datetime.now(UTC) - created.astimezone(UTC)).total_seconds()) < 300
