"""A file the program exports (the client's PDF, the slides) or a consultant's workbook, opened
as a map, is named for what it is, with the way on — not "a binary file" (QA s4 F24)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjdesigner.export import ExportOptions, export_pdf_bytes
from cjdesigner.export.pptx import pptx_bytes
from cjdesigner.interchange.sheet_export import xlsx_bytes
from cjdesigner.storage import InvalidFormatError, load_map, loads_map

SHOP = Path(__file__).parents[2] / "samples" / "online-shop-purchase.cjm"


def _exported(kind: str) -> bytes:
    m = load_map(SHOP).map
    if kind == "pdf":
        return export_pdf_bytes(m, ExportOptions(details=False))[0]
    if kind == "pptx":
        return pptx_bytes(m, "A4")[0]
    return xlsx_bytes(m)


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("pdf", ("PDF document", "not a cjdesigner map", "Open the .cjm file")),
        ("pptx", ("PowerPoint deck", "not a cjdesigner map", "Open the .cjm file")),
        (
            "xlsx",
            ("Excel workbook", "not a cjdesigner map", "Import Spreadsheet", "cjdesigner import"),
        ),
    ],
)
def test_an_exported_file_is_named_for_what_it_is(kind: str, words: tuple[str, ...]) -> None:
    with pytest.raises(InvalidFormatError) as caught:
        loads_map(_exported(kind), f"sklep.{kind}")
    message = str(caught.value)
    for word in words:
        assert word in message, (word, message)
    assert "binary file" not in message


def test_another_zip_is_still_a_binary_file() -> None:
    data = b"PK\x03\x04" + b"\x00" * 26 + b"notes/readme.txt" + b"\x00" * 64
    with pytest.raises(InvalidFormatError, match="binary file"):
        loads_map(data, "archive.cjm")
