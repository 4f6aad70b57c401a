"""Typesetting rules for wrapped text: what may be hyphenated, what stays together, quotes.

- Only plain words are hyphenated. A capitalised word inside a sentence is a name or a
  brand ("Popescu", "TikTok"; the first word of a sentence may be hyphenated), a word with a
  digit is a number or a code, and a word with ``@`` ``/`` ``.`` ``:`` inside is an e-mail
  address or a URL: a hyphen would change them, and a search in the PDF would not find them.
- A number stays on the line of the word after it (its unit: "30 dni", "19 zł", "5 GB"), and
  its digit groups stay together ("801 234 567", "2 400"), through no-break spaces.
- Polish one-letter words (a, i, o, u, w, z and their capitals) never end a line: they are
  bound to the next word, as Polish typesetting requires.
- Quotes the program puts around user text follow the language, and quotes inside that text
  become the language's inner pair („…«…»…” in Polish and Romanian, “…‘…’…” in English).
"""

from __future__ import annotations

import re

from cjdesigner.map_language import quote

NBSP = "\u00a0"

_ONE_LETTER = {
    "pl": re.compile(r" (?<=[aiouwzAIOUWZ] )(?<![^\s(„«\"'][aiouwzAIOUWZ] ) *(?=\S)"),
}
"""The spaces after a one-letter word that must not end a line, per language (the word after
a space, an opening bracket or quote, or at the start). Only spaces are matched, so "i w domu"
binds both words in one pass and the replacement is a plain no-break space. The pattern starts
with the space it matches (the letter and what is before it are looked behind from there):
the regex engine then jumps from space to space, where a pattern starting with a look-behind
is tried at every character (five times slower on a description)."""
_NUMBER_UNIT = re.compile(r" (?<=\d ) *(?=\S)")
"""The space after a number (``30``, ``3,5``, ``-2``) and before what follows it: its unit or
what it counts, or the number's next group of digits ("801 234 567", "2 400": a phone number
or a thousands-grouped amount is not split over two lines, QA s4 F26), matched from the space
as above."""

_DIGIT_SPACE = re.compile(r"\d ")
"""A digit followed by a space: only then can :data:`_NUMBER_UNIT` match (most texts with a
number end with it, "… (3)", or hold it in brackets: their spaces are not looked at again)."""
_PUNCTUATION = "\"'„”“‘’«»()[]{}.,;:!?…–—-"
_ADDRESS = re.compile(r"[@/:.\\_=?&#%]")


def bind_words(text: str, language: str) -> str:
    """``text`` with the spaces that must not break made no-break spaces (linear in length)."""
    if " " not in text:
        return text
    if _DIGIT_SPACE.search(text):
        text = _NUMBER_UNIT.sub(NBSP, text)
    one_letter = _ONE_LETTER.get(language)
    if one_letter is not None:
        text = one_letter.sub(NBSP, text)
    return text


def may_hyphenate(word: str, sentence_start: bool = False) -> bool:
    """Whether ``word`` is a plain word (not a name, number, URL or address); a capitalised
    one only at the start of a sentence."""
    core = word.strip(_PUNCTUATION)
    if not core or _ADDRESS.search(core):
        return False
    if not core[0].islower() and not (sentence_start and core[0].isupper()):
        return False
    return all(ch.isalpha() or ch in "-'’" for ch in core) and not core[1:].isupper()


def starts_sentence(previous: str | None) -> bool:
    """Whether the word after ``previous`` (None: the paragraph's first) starts a sentence."""
    return previous is None or previous.rstrip("\"'”’»)]").endswith((".", "!", "?", ":"))


def quoted(text: str, language: str) -> str:
    """``text`` between the language's quotation marks, its own quotes nested inside (the
    rule lives in :mod:`cjdesigner.map_language`: the analysis's messages follow it too)."""
    return quote(text, language)
