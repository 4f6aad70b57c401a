"""The pages' compression (export/pdf/document.py): libdeflate's quick Flate when installed (a
dependency), zlib without it; either way the same pages, read back by any PDF reader."""

from __future__ import annotations

import zlib

import pytest

from cjdesigner.export import ExportOptions, export_pdf_bytes
from cjdesigner.export.pdf import document


def _contents(data: bytes, pdf: type) -> list[bytes]:
    return [page.get_contents().get_data() for page in pdf.read(data).pages]


def test_the_quick_compressor_is_installed() -> None:
    assert document._libdeflate_compress is not None


def test_pages_compressed_either_way_are_the_same_pages(
    diacritics_map, pdf, monkeypatch: pytest.MonkeyPatch
) -> None:
    options = ExportOptions(reproducible=True)
    quick, result = export_pdf_bytes(diacritics_map, options)
    monkeypatch.setattr(document, "_libdeflate_compress", None)
    plain, plain_result = export_pdf_bytes(diacritics_map, options)
    assert quick != plain  # the fallback really compressed with zlib
    assert result.page_count == plain_result.page_count
    assert _contents(quick, pdf) == _contents(plain, pdf)


def test_compressed_streams_are_standard_flate_bytes() -> None:
    data = b"BT /F1+0 8 Tf (Za\\277\\363\\263\\346 g\\352\\266l\\261 ja\\274\\361) Tj ET\n" * 500
    compressed = document._compress(data)
    assert type(compressed) is bytes  # reportlab's writer and ours take bytes only
    assert zlib.decompress(compressed) == data
