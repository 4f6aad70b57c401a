"""A card ↔ row link annotation written whole is the bytes the document writes from its
body (``n v obj``, the body, a line break, ``endobj``), with a target and without one."""

from __future__ import annotations

from types import SimpleNamespace

from cjdesigner.export.pdf.links import _HEAD, _Link
from cjdesigner.export.pdf.pdffile import WHOLE


def _as_the_document_writes(link: _Link, number: int, version: int, document: object) -> bytes:
    body = link.format(document)
    tail = b"endobj\n" if body.endswith(b"\n") else b"\nendobj\n"
    return f"{number} {version} obj\n".encode("ascii") + body + tail


def test_a_link_written_whole_is_the_link_written_from_its_body() -> None:
    document = SimpleNamespace(
        _cj_destinations={"tp-a": ("Page12", "/XYZ 40.5 700 0]")},
        idToObjectNumberAndVersion={"Page12": (731, 0)},
    )
    assert _Link in WHOLE
    for key in ("tp-a", "tp-never-drawn"):
        link = _Link(key, f"{_HEAD}10 20.25 110 60]")
        for number, version in ((5, 0), (10432, 0), (7, 2)):
            whole = link.whole(number, version, document)
            assert whole == _as_the_document_writes(link, number, version, document)
    assert b"/Dest [731 0 R /XYZ 40.5 700 0] >>" in _Link("tp-a", _HEAD).whole(1, 0, document)
