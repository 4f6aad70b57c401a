"""The faster line breaking gives exactly the lines it gave before (random texts, widths,
fonts, languages and line limits), and the faster binding regexes bind the same spaces."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cjdesigner.export.pdf.fonts import BOLD, REGULAR, register_fonts, string_width, string_widths
from cjdesigner.export.pdf.text import forget_wrapped, wrap
from cjdesigner.export.pdf.typeset import NBSP, bind_words
from tests.export import wrap_reference as reference
from tests.export.wrap_reference import reference_wrap

register_fonts()

_WORDS = [
    "w",
    "z",
    "i",
    "a",
    "o",
    "u",
    "W",
    "Z",
    "30",
    "3,5",
    "-2",
    "zł",
    "GB",
    "dni",
    "konto",
    "Popescu",
    "TikTok",
    "najprawdopodobniej",
    "Najprawdopodobniej",
    "nieprzewidywalności",
    "înțelegerea",
    "penalități",
    "account",
    "creation",
    "onboarding",
    "e-mail",
    "https://www.tiktok.com/@orionmobil",
    "ana.pop@orion.ro",
    "(2092)",
    "„cytat”",
    "«citat»",
    "end.",
    "why?",
    "→",
    "≥",
    "✓",
    "x" * 45,
    "supercalifragilisticexpialidocious" * 2,
]
_GAPS = [" ", " ", " ", "  ", "\n", "\t", NBSP, " (", " „", '"', "\u00ad", "\r\n", "\n\n"]

texts = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=40).map(
    lambda pairs: "".join(word + gap for word, gap in pairs)
) | st.text(
    alphabet=st.sampled_from("aąbcćeęilłnoóśtwzAŁZ0123456789 \n\t\u00a0.,-/@„”()→"),
    max_size=120,
)


@settings(max_examples=400, deadline=None)
@given(
    text=texts,
    font=st.sampled_from([REGULAR, BOLD]),
    size=st.sampled_from([7.5, 8, 8.5, 9.5, 11.0]),
    width=st.floats(min_value=-5, max_value=420, allow_nan=False),
    max_lines=st.sampled_from([None, None, 0, 1, 2, 3]),
    language=st.sampled_from(["en", "pl", "ro"]),
    hyphenate=st.booleans(),
)
def test_wrap_gives_the_lines_it_gave_before(
    text: str,
    font: str,
    size: float,
    width: float,
    max_lines: int | None,
    language: str,
    hyphenate: bool,
) -> None:
    expected: list[str] | type[Exception]
    try:
        expected = reference_wrap(text, font, size, width, max_lines, language, hyphenate=hyphenate)
    except IndexError:  # zero lines asked of a text that has some: as before
        expected = IndexError
    forget_wrapped()
    try:
        got: list[str] | type[Exception] = wrap(
            text, font, size, width, max_lines, language, hyphenate=hyphenate
        )
    except IndexError:
        got = IndexError
    assert got == expected


def test_the_same_lines_for_every_width_of_a_long_polish_description() -> None:
    text = (
        "Klient szuka informacji o opłatach i porównuje ofertę z konkurencją; źle opisane "
        "warunki zniechęcają, a w 30 dni od 19 zł (2092) https://bank.pl/oferta?x=1 ... "
        "najprawdopodobniej nieprzewidywalności"
    )
    for width in range(20, 400, 3):
        for max_lines in (None, 2):
            assert wrap(text, REGULAR, 8, width, max_lines, "pl") == reference_wrap(
                text, REGULAR, 8, width, max_lines, "pl"
            )
    forget_wrapped()


def test_widths_are_the_floats_measured_before_alone_or_among_words() -> None:
    words = ["konto", "→", "ąę", "konto", "", "Popescu", "x" * 300]
    for font, size in ((BOLD, 9.5), (REGULAR, 8), (REGULAR, 7.5)):
        assert string_widths(words, font, size) == reference.string_widths(words, font, size)
        for word in words:
            assert string_width(word, font, size) == reference.string_width(word, font, size)


_OLD_ONE_LETTER = re.compile(r"(?:(?<=^[aiouwzAIOUWZ])|(?<=[\s(„«\"'][aiouwzAIOUWZ])) +(?=\S)")
# a number binds what follows it, its next digit group too ("801 234 567": QA s4 F26)
_OLD_NUMBER_UNIT = re.compile(r"(?<=\d) +(?=\S)")


def _old_bind_words(text: str, language: str) -> str:
    if " " not in text:
        return text
    if re.search(r"\d", text):
        text = _OLD_NUMBER_UNIT.sub(NBSP, text)
    if language == "pl":
        text = _OLD_ONE_LETTER.sub(NBSP, text)
    return text


@settings(max_examples=500, deadline=None)
@given(text=texts, language=st.sampled_from(["en", "pl", "ro"]))
def test_binding_binds_the_spaces_it_bound_before(text: str, language: str) -> None:
    assert bind_words(text, language) == _old_bind_words(text, language)


@settings(max_examples=150, deadline=None)
@given(
    text=texts,
    calls=st.lists(
        st.tuples(
            st.sampled_from([REGULAR, BOLD]),
            st.sampled_from([7.5, 8, 8.0, 9.5]),
            st.floats(min_value=10, max_value=420, allow_nan=False),
            st.sampled_from([None, 1, 2, 3]),
            st.sampled_from(["en", "pl"]),
        ),
        min_size=1,
        max_size=6,
    ),
)
def test_a_paragraph_wrapped_again_at_other_widths_gives_the_lines_of_a_fresh_wrap(
    text: str, calls: list[tuple[str, float, float, int | None, str]]
) -> None:
    """Words' widths are remembered per font and size (a description wraps for its card,
    then wider for its detail row): each wrap still gives the reference's lines, whatever
    was wrapped before it."""
    forget_wrapped()
    for font, size, width, max_lines, language in calls:
        expected = reference_wrap(text, font, size, width, max_lines, language)
        assert wrap(text, font, size, width, max_lines, language) == expected
    forget_wrapped()
