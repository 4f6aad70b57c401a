"""Typesetting rules: what may be hyphenated, what stays together, nested quotes."""

from __future__ import annotations

from cjdesigner.export.pdf.fonts import BOLD, REGULAR, register_fonts
from cjdesigner.export.pdf.text import wrap
from cjdesigner.export.pdf.typeset import NBSP, bind_words, may_hyphenate, quoted


def test_names_urls_addresses_and_numbers_are_not_hyphenated() -> None:
    for word in ("Popescu", "tiktok.com/@bank", "ana.pop@orion.ro", "5GB", "TikTok", "NPS"):
        assert not may_hyphenate(word), word
    assert may_hyphenate("porównywarka,")
    assert may_hyphenate("Najprawdopodobniej", sentence_start=True)
    assert not may_hyphenate("Najprawdopodobniej")


def test_wrapping_never_breaks_a_name_or_a_url_with_a_hyphen() -> None:
    register_fonts()
    text = "Recomandare pentru Andrei Popescu: vezi https://www.tiktok.com/@orionmobil acum"
    for width in range(60, 200, 7):
        for line in wrap(text, REGULAR, 8, width, language="ro"):
            if line.endswith("-"):  # only a plain word may be hyphenated
                head = line.split()[-1].removesuffix("-")
                assert any(w.startswith(head) for w in ("Recomandare", "pentru", "acum")), line


def test_a_title_breaks_only_between_words() -> None:
    register_fonts()
    title = "Account creation during checkout"
    for width in range(70, 200, 5):
        lines = wrap(title, BOLD, 9.5, width, None, "en", hyphenate=False)
        assert " ".join(lines) == title, (width, lines)


def test_numbers_stay_with_their_unit_and_polish_one_letter_words_with_the_next() -> None:
    assert bind_words("kosztuje 30 zł i w tym 5 GB", "pl") == (
        f"kosztuje 30{NBSP}zł i{NBSP}w{NBSP}tym 5{NBSP}GB"
    )
    assert bind_words("a cat in a hat", "en") == "a cat in a hat"  # a Polish rule only
    register_fonts()
    text = "Klient zakłada konto w aplikacji i w oddziale, a potem z domu u siebie o północy"
    for width in range(60, 220, 3):
        for line in wrap(text, REGULAR, 8, width, language="pl"):
            assert line.replace(NBSP, " ").split()[-1] not in set("aiouwzAIOUWZ"), (width, line)


def test_a_numbers_digit_groups_stay_together() -> None:
    """A phone number or a grouped amount never splits over two lines (QA s4 F26: "Infolinia
    801 234" / "567 (pon.–pt. 8–20):")."""
    assert bind_words("Infolinia 801 234 567 (pon.–pt.)", "pl") == (
        f"Infolinia 801{NBSP}234{NBSP}567{NBSP}(pon.–pt.)"
    )
    assert bind_words("2 400 wniosków", "pl") == f"2{NBSP}400{NBSP}wniosków"
    register_fonts()
    title = "Infolinia 801 234 567 (pon.–pt. 8–20): czeka na konsultanta"
    for width in range(60, 240, 3):
        lines = wrap(title, BOLD, 9.5, width, None, "pl", hyphenate=False)
        for line in lines:  # no line ends inside the number
            assert not line.replace(NBSP, " ").rstrip().endswith(("801", "234")), (width, lines)


def test_quotes_nest_per_language() -> None:
    assert quoted("Plakat „Emerytura bez opłat”", "pl") == "„Plakat «Emerytura bez opłat»”"
    assert quoted('SMS "z banku"', "ro") == "„SMS «z banku»”"
    assert quoted("The “best” offer", "en") == "“The ‘best’ offer”"
    assert quoted("plain", "en") == "“plain”"


def test_a_persona_quote_nests_its_own_quotes(map_factory, pdf) -> None:
    from cjdesigner.export import ExportOptions, export_pdf_bytes

    m = map_factory(2, stages=1, personas=1)
    m.info.language = "pl"
    m.personas[0].quote = "Nie ufam SMS-om „z banku”"
    data, _ = export_pdf_bytes(m, ExportOptions())
    text = " ".join(pdf.texts(data)[1:]).replace("\u00a0", " ")
    assert "„Nie ufam SMS-om «z banku»”" in text


def test_detail_paragraphs_never_hyphenate_a_persona_name(map_factory, pdf) -> None:
    from cjdesigner.export import ExportOptions, export_pdf_bytes
    from cjdesigner.export.pdf.text import paragraph_hyphenator

    hyphenate = paragraph_hyphenator("ro")
    assert list(hyphenate("Popescu")) == [] and list(hyphenate("x" * 500)) == []
    assert list(hyphenate("abonamentul"))  # a plain word still may be
    m = map_factory(2, stages=1, personas=1)
    m.info.language = "ro"
    m.personas[0].name = "Andrei Popescu"
    m.personas[0].quote = (
        "Vreau să vorbesc cu Andrei Popescu despre abonamentul meu " * 12
    ).strip()
    data, _ = export_pdf_bytes(m, ExportOptions(page="A4", orientation="portrait"))
    for text in pdf.texts(data):
        assert "Popes-" not in text
