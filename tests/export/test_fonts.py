"""Only the embedded Noto Sans subsets are referenced: no standard PDF font, anywhere."""

from __future__ import annotations

import re

import pytest
from pypdf.generic import DictionaryObject, IndirectObject

from cjdesigner.export import ExportOptions, MissingGlyphsError, export_pdf_bytes, plan_export

SUBSET = re.compile(r"^/[A-Z]{6}\+NotoSans(Symbols2?|Math)?-(Regular|Bold)$")


def _fonts(resources: object, seen: set[int]) -> list[DictionaryObject]:
    """Fonts of a resource dictionary, including those of the forms it uses (icons, cards)."""
    if isinstance(resources, IndirectObject):
        if resources.idnum in seen:
            return []
        seen.add(resources.idnum)
    resources = resources.get_object() if resources is not None else None
    if not isinstance(resources, DictionaryObject):
        return []
    found = [f.get_object() for f in (resources.get("/Font") or {}).values()]
    for xobject in (resources.get("/XObject") or DictionaryObject()).get_object().values():
        stream = xobject.get_object()
        found += _fonts(stream.get("/Resources"), seen)
    return found


@pytest.mark.parametrize("mode", ["fit", "tile"])
def test_every_font_is_an_embedded_noto_subset(diacritics_map, pdf, mode: str) -> None:
    data, _ = export_pdf_bytes(diacritics_map, ExportOptions(mode=mode))
    fonts: list[DictionaryObject] = []
    seen: set[int] = set()
    for page in pdf.read(data).pages:
        fonts += _fonts(page.get("/Resources"), seen)
    assert fonts
    for font in fonts:
        assert SUBSET.match(str(font["/BaseFont"])), font["/BaseFont"]
        assert font["/Subtype"] == "/TrueType"
        assert "/FontFile2" in font["/FontDescriptor"].get_object()  # embedded
    for standard in (b"Helvetica", b"Times-Roman", b"Courier", b"ZapfDingbats"):
        assert standard not in data
    assert not re.search(rb"/Symbol\b", data)  # the standard font; NotoSansSymbols is ours


def test_a_character_the_font_lacks_is_reported_before_export(diacritics_map) -> None:
    diacritics_map.touchpoints[3].title = "Płatność 😀 kartą"
    diacritics_map.personas[1].quote = "你好"
    with pytest.raises(MissingGlyphsError) as caught:
        export_pdf_bytes(diacritics_map, ExportOptions())
    message = str(caught.value)
    assert "touchpoints[3].title" in message and "U+1F600" in message
    assert "personas[1].quote" in message and "U+4F60" in message
    assert [p.field for p in caught.value.problems] == ["personas[1].quote", "touchpoints[3].title"]
    plan = plan_export(diacritics_map, ExportOptions())
    assert len(plan.missing_glyphs) == 2 and any("U+1F600" in w for w in plan.warnings)


def test_missing_glyphs_can_be_allowed(diacritics_map, pdf) -> None:
    diacritics_map.touchpoints[3].title = "Płatność 😀"
    data, result = export_pdf_bytes(diacritics_map, ExportOptions(allow_missing_glyphs=True))
    assert result.page_count == len(pdf.sizes(data))
    assert result.plan.missing_glyphs


@pytest.mark.parametrize("text", ["Zażółć gęślą jaźń", "Ștefan → ✓", "", "x" * 300])
def test_remembered_measures_equal_reportlabs(text: str) -> None:
    """Paragraphs measure words through the registered fonts, which remember each text's
    sum of advances: the width is exactly reportlab's own, the first time and after."""
    from reportlab.pdfbase import pdfmetrics

    from cjdesigner.export.pdf.fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    for name in (REGULAR, BOLD):
        face = pdfmetrics.getFont(name).face
        for size in (8, 9.5, 10.5):
            own = 0.001 * size * sum(face.charWidths.get(ord(c), face.defaultWidth) for c in text)
            assert pdfmetrics.stringWidth(text, name, size) == own
            assert pdfmetrics.stringWidth(text, name, size) == own  # remembered
            assert pdfmetrics.stringWidth(text.encode("utf8"), name, size) == own
