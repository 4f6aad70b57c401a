"""Text comes out of the PDF exactly as typed: diacritics, markup characters, wrapped words."""

from __future__ import annotations

import re

import pytest

from cjdesigner.export import ExportOptions, export_pdf_bytes
from cjdesigner.export.pdf import text as text_module
from cjdesigner.export.pdf.fonts import (
    BOLD,
    REGULAR,
    covered_code_points,
    register_fonts,
    string_width,
)
from cjdesigner.export.pdf.text import ELLIPSIS, elide, forget_wrapped, markup, wrap
from cjdesigner.map_language import catalogue, messages

POLISH = "ą ć ę ł ń ó ś ź ż Ą Ć Ę Ł Ń Ó Ś Ź Ż"
ROMANIAN = "ă â î ș ț Ă Â Î Ș Ț"


@pytest.mark.parametrize("mode", ["fit", "tile"])
def test_every_title_stage_and_persona_name_extracts_from_the_map(
    diacritics_map, pdf, mode: str
) -> None:
    data, _result = export_pdf_bytes(diacritics_map, ExportOptions(mode=mode, details=False))
    map_text = " ".join(pdf.texts(data)[1 if mode == "tile" else 0 :])
    for t in diacritics_map.touchpoints:
        assert t.title in map_text
    for s in diacritics_map.stages:
        assert s.name in map_text
    for p in diacritics_map.personas:
        assert p.name in map_text
    assert diacritics_map.info.title in map_text


def test_every_letter_of_polish_and_romanian_comes_back(diacritics_map, pdf) -> None:
    data, _ = export_pdf_bytes(diacritics_map, ExportOptions())
    text = " ".join(pdf.texts(data))
    for letter in (POLISH + " " + ROMANIAN).split():
        assert letter in text, letter
    # comma below, never the cedilla look-alikes
    assert "ș" in text and "ş" not in text and "ț" in text and "ţ" not in text


def test_detail_pages_carry_every_touchpoint(diacritics_map, pdf) -> None:
    data, _ = export_pdf_bytes(diacritics_map, ExportOptions())
    details = " ".join(pdf.texts(data)[1:])
    for t in diacritics_map.touchpoints:
        assert t.title in details
    for p in diacritics_map.personas:
        assert p.name in details
    assert "Chcę załatwić to szybko" in details  # the persona's quote
    assert "NPS: 42 (cel 50)" in details  # labels in the map's language (Polish)
    assert "CSAT: 3,5\u00a0%" in details or "CSAT: 3,5 %" in details  # Polish decimal comma
    assert "20 listopada 2026" in pdf.texts(data)[0]  # the date in the map's language


def test_user_text_is_never_parsed_as_markup(diacritics_map, pdf) -> None:
    m = diacritics_map
    m.touchpoints[0].title = "Etap <b>bez"
    m.touchpoints[0].description = "A & B <i>kursywa</i> &amp; <br/>"
    m.personas[0].quote = "Cytat <font size=40>duży</font> & <unclosed"
    m.personas[0].goals = ["<b>cel</b> & więcej"]
    m.stages[0].description = "Opis <para> etapu & <a href='x'>link</a>"
    m.stages[0].goal = "Cel < 5 & > 2"
    m.info.description = "O mapie <br/> & <b>"
    data, _ = export_pdf_bytes(m, ExportOptions())
    text = " ".join(pdf.texts(data))
    for typed in (
        "Etap <b>bez",
        "A & B <i>kursywa</i> &amp; <br/>",
        "Cytat <font size=40>duży</font> & <unclosed",
        "<b>cel</b> & więcej",
        "Opis <para> etapu & <a href='x'>link</a>",
        "Cel < 5 & > 2",
        "O mapie <br/> & <b>",
    ):
        assert typed in text, typed


def test_markup_escapes_and_keeps_line_breaks() -> None:
    assert markup("a <b> & c\nd") == "a &lt;b&gt; &amp; c<br/>d"


def test_wrapped_lines_fit_and_lose_no_letters() -> None:
    text = (
        "Najprawdopodobniej konsultantka zaproponuje natychmiastowe oddzwonienie "
        "https://example.com/bardzo/dluga/sciezka/bez/spacji/ktora/sie/nie/miesci"
    )
    width = 90.0
    lines = wrap(text, REGULAR, 8, width, language="pl")
    assert len(lines) > 3
    for line in lines:
        assert string_width(line, REGULAR, 8) <= width + 1e-6
    rebuilt = "".join(
        line.removesuffix("-") if line.endswith("-") else line + " " for line in lines
    )
    assert rebuilt.replace(" ", "") == text.replace(" ", "")


def test_remembered_wrapping_is_the_same_and_ends_with_the_export(diacritics_map) -> None:
    register_fonts()
    text = "Klient porównuje ofertę z konkurencją i szuka informacji o opłatach"
    first = wrap(text, REGULAR, 8, 80, 2, "pl")
    first.append("changed by a caller")  # must not leak into what the next caller gets
    assert wrap(text, REGULAR, 8, 80, 2, "pl") == first[:-1]
    assert wrap(text, REGULAR, 8, 80, None, "pl") != first[:-1]  # other arguments, other key
    forget_wrapped()
    assert not text_module._WRAPPED
    export_pdf_bytes(diacritics_map, ExportOptions())
    assert not text_module._WRAPPED  # an export keeps no text after it is done


def test_long_polish_word_is_hyphenated_at_a_syllable() -> None:
    lines = wrap("Najprawdopodobniej", BOLD, 9.5, 60, language="pl")
    assert len(lines) >= 2
    assert lines[0].endswith("-")
    assert "".join(line.rstrip("-") for line in lines) == "Najprawdopodobniej"


def test_max_lines_ends_with_an_ellipsis_inside_the_width() -> None:
    lines = wrap("jeden dwa trzy cztery pięć sześć siedem osiem dziewięć", REGULAR, 8, 60, 2)
    assert len(lines) == 2
    assert lines[-1].endswith(ELLIPSIS)
    assert all(string_width(line, REGULAR, 8) <= 60 for line in lines)
    assert elide("krótki", REGULAR, 8, 100) == "krótki"


def test_card_text_never_spills_out_of_its_box(map_factory, pdf) -> None:
    m = map_factory(3, stages=3, personas=1)
    m.touchpoints[0].title = "W" * 120
    m.touchpoints[1].title = "Bardzo długi tytuł " * 10
    m.touchpoints[2].description = "Słowo " * 800
    data, _ = export_pdf_bytes(m, ExportOptions(details=False))
    text = pdf.texts(data)[0]
    assert ELLIPSIS in text
    assert "W" * 120 not in text  # cut to two lines, not printed across the neighbours


def test_long_unbroken_text_wraps_in_the_detail_tables(map_factory, pdf) -> None:
    m = map_factory(2, stages=1, personas=1)
    m.touchpoints[0].description = "x" * 3000  # one word, longer than a page is wide
    m.touchpoints[1].description = "Zdanie opisu. " * 350  # taller than a page
    data, result = export_pdf_bytes(m, ExportOptions(page="A4", orientation="portrait"))
    assert result.page_count >= 4
    details = "".join(pdf.texts(data)[1:])
    assert details.count("x") == 3000  # broken over lines (and pages), no letter lost
    assert details.count("Zdanie") == details.count("opisu.") == 350


def test_the_exports_own_labels_are_in_the_font() -> None:
    covered = covered_code_points()
    for ch in "…·„”“•×–—’":
        assert ord(ch) in covered, ch


def test_labels_follow_the_language_of_the_map(diacritics_map, pdf) -> None:
    expected = {
        "pl": ("Strona 1 z", "Działanie klienta", "sfrustrowany", "Ścieżka obecna (as-is)"),
        "ro": ("Pagina 1 din", "Acțiunea clientului", "frustrat", "Parcurs actual (as-is)"),
        "en": ("Page 1 of", "Customer action", "frustrated", "As-is journey"),
    }
    for language, words in expected.items():
        diacritics_map.info.language = language
        data, _ = export_pdf_bytes(diacritics_map, ExportOptions())
        text = " ".join(pdf.texts(data))
        for word in words:
            assert word in text, (language, word)


def test_built_in_label_catalogues_are_complete_and_printable() -> None:
    covered = covered_code_points()
    field = re.compile(r"{[^}]*}")
    for language in ("pl", "ro"):
        entries = catalogue(language)
        assert set(entries) == messages()
        for english, translated in entries.items():
            assert sorted(field.findall(english)) == sorted(field.findall(translated)), english
            assert all(ord(ch) in covered for ch in translated), translated


def test_a_no_break_space_keeps_a_number_with_its_unit() -> None:
    lines = wrap("Porzucenia wniosku na weryfikacji: 27\u00a0% (cel 12\u00a0%)", REGULAR, 8, 170)
    assert len(lines) == 2
    assert all(not line.startswith("%") and not line.endswith(" 27") for line in lines)
    assert "27\u00a0%" in lines[0]
