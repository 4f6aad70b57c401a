"""Text for the PDF: markup escaping, line wrapping with hyphenation, and glyph coverage.

Cards are drawn straight on the canvas (no markup parser), so they wrap here: words go to the
next line, a word longer than the line is hyphenated with pyphen in the map's language (pl, ro,
en) or, failing that, broken between letters; text beyond the allowed lines ends with "…".
Typesetting rules (see :mod:`cjdesigner.export.pdf.typeset`): only plain lower-case words are
hyphenated — never a title (``hyphenate=False``), a name, a URL, an e-mail address or a
number — a number stays with its unit and, in Polish, a one-letter word with the next word.
Every step is linear in the text's length: a word longer than :data:`HYPHENATE_MAX` letters
is not given to pyphen, and a word longer than a line is cut in one pass.
Detail pages use platypus paragraphs, which parse markup: user text goes through
:func:`markup` first so that ``Etap <b>bez`` prints exactly as typed.
"""

from __future__ import annotations

import string
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import accumulate, repeat
from operator import add
from xml.sax.saxutils import escape

import pyphen

from cjdesigner.export.pdf.fallback import fallback_markup
from cjdesigner.export.pdf.fonts import (
    TEXT_UNITS,
    font_units,
    measure_units,
    string_width,
    string_widths,
)
from cjdesigner.export.pdf.typeset import bind_words, may_hyphenate, starts_sentence

ELLIPSIS = "…"
_HYPHEN_LANGUAGES = {"pl": "pl_PL", "ro": "ro_RO", "en": "en_GB"}
_SPACES = str.maketrans({"\t": " ", "\r": " ", "\u00ad": ""})


def markup(text: str) -> str:
    """User text made safe for a platypus Paragraph: ``& < >`` escaped, line breaks kept."""
    return fallback_markup(escape(clean(text)).replace("\n", "<br/>"))


def clean(text: str) -> str:
    """Tabs and carriage returns as spaces, soft hyphens and other control characters dropped."""
    if text.isprintable():  # nothing to do (and no per-character translate) for most text
        return text
    text = text.translate(_SPACES)
    if text.isprintable() or all(ch == "\n" or ch.isprintable() for ch in text):
        return text
    return "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch)[0] != "C")


@cache
def hyphenator(language: str) -> pyphen.Pyphen:
    """The pyphen dictionary for a map language (English when unknown)."""
    return pyphen.Pyphen(lang=_HYPHEN_LANGUAGES.get(language, "en_GB"))


@cache
def paragraph_hyphenator(language: str) -> Callable[[str], Iterable[tuple[str, str]]]:
    """The hyphenator for platypus paragraphs (``ParagraphStyle.hyphenationLang`` takes a
    callable): the same rules as :func:`wrap` — names, URLs, numbers and words longer than
    :data:`HYPHENATE_MAX` are never hyphenated — and one dictionary per language, where
    platypus would load a new one for every paragraph it wraps."""
    iterate = hyphenator(language).iterate

    def hyphenate(word: str) -> Iterable[tuple[str, str]]:
        if len(word) > HYPHENATE_MAX or not may_hyphenate(word):
            return ()
        return compound_points(word) if "-" in word else iterate(word)

    return hyphenate


_WRAPPED: dict[tuple[str, str, float, float, int | None, str, bool], tuple[str, ...]] = {}
_WRAPPED_MAX = 50_000


def wrap(
    text: str,
    font: str,
    size: float,
    width: float,
    max_lines: int | None = None,
    language: str = "en",
    *,
    hyphenate: bool = True,
) -> list[str]:
    """Lines of ``text`` that each fit ``width``; with ``max_lines``, the last one ends in "…".

    ``hyphenate=False`` (titles, names) breaks lines only between words; a single word wider
    than the line is then cut after a letter, with no hyphen added.

    Hard line breaks in the text are kept. Wrapping stops as soon as it knows the text is too
    long, so a 5,000-character description costs no more than its first lines.

    Results are remembered per (text, font, size, width, lines, language) until
    :func:`forget_wrapped` (the end of an export): a detail table sets the same short texts
    again and again (a row's channel · evidence note, its sentiment · emotion, owners, KPI
    names, copied pain points, the header row).
    """
    return list(wrapped(text, font, size, width, max_lines, language, hyphenate))


def wrapped(
    text: str,
    font: str,
    size: float,
    width: float,
    max_lines: int | None = None,
    language: str = "en",
    hyphenate: bool = True,
    measured: list[list[str] | list[float]] | None = None,
) -> tuple[str, ...]:
    """:func:`wrap`'s lines as the tuple it remembers (for callers that only read them: a
    detail table wraps some 45,000 texts). ``measured``: see :func:`wrap_each`."""
    judged = False
    if (max_lines is None or max_lines >= 1) and text.isprintable():
        # _fits_as_is, written out: a detail table asks for some 30,000 short texts
        narrowest = _NARROWEST.get(font) or _narrowest(font)
        if text and len(text) * narrowest * size <= width * 1000.0:
            units = TEXT_UNITS.get(font) or font_units(font)
            whole = units.get(text)
            if whole is None:
                whole = measure_units(text, font, units)
            if whole * size / 1000.0 <= width and text == text.strip() and "  " not in text:
                return (text,)  # one line as it is (most cells): no need to remember it
        judged = True
    key = (text, font, size, width, max_lines, language, hyphenate)
    lines = _WRAPPED.get(key)
    if lines is None:
        lines = tuple(
            _wrap(text, font, size, width, max_lines, language, hyphenate, judged, measured)
        )
        if len(_WRAPPED) < _WRAPPED_MAX:
            _WRAPPED[key] = lines
    return lines


def wrap_each(
    text: str,
    font: str,
    size: float,
    layouts: Iterable[tuple[float, int | None]],
    language: str = "en",
    *,
    hyphenate: bool = True,
) -> list[list[str]]:
    """:func:`wrap` of one text for each (width, max_lines), its words bound, split and
    measured once for all; each result is remembered as :func:`wrap` remembers it, so a later
    ``wrap`` or :func:`wrapped` of the same text and layout is a look-up. A card's description
    is wrapped so for the card and for its detail row together (the detail tables come later:
    its words are not kept alive in between)."""
    measured: list[list[str] | list[float]] = []
    return [
        list(wrapped(text, font, size, width, max_lines, language, hyphenate, measured))
        for width, max_lines in layouts
    ]


def forget_wrapped() -> None:
    """Drop the remembered wrapping (an export calls it when done, so no text outlives it)."""
    _WRAPPED.clear()


def _wrap(
    text: str,
    font: str,
    size: float,
    width: float,
    max_lines: int | None,
    language: str,
    hyphenate: bool = True,
    judged: bool = False,
    measured: list[list[str] | list[float]] | None = None,
) -> list[str]:
    """:func:`wrap`; ``judged``: the caller found that the text is printable (one paragraph)
    and does not fit as it is (:func:`_fits_as_is`); ``measured`` (a judged text's only):
    see :func:`_wrap_paragraph`."""
    if not judged and (max_lines is None or max_lines >= 1) and text.isprintable():
        if _fits_as_is(text, font, size, width):
            return [text]  # one line as it is: most cells, channel names, notes
        judged = True  # printable: one paragraph, its own, and it does not fit as it is
    limit = None if max_lines is None else max_lines + 1
    lines: list[str] = []
    for paragraph in [text] if judged else clean(text).split("\n"):
        for line in _wrap_paragraph(
            paragraph, font, size, width, language, hyphenate, judged, measured if judged else None
        ):
            lines.append(line)
            if limit is not None and len(lines) >= limit:
                break
        if limit is not None and len(lines) >= limit:
            break
    while lines and not lines[-1]:
        lines.pop()
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = elide(lines[-1] + ELLIPSIS, font, size, width)
    return lines


def _fits_as_is(text: str, font: str, size: float, width: float) -> bool:
    """Whether ``text`` (a paragraph) prints as one line as it is: it fits ``width`` and has
    no spaces to drop (none at its ends, no two together).

    A text surely wider than the line (its length times the narrowest advance) is not
    measured whole: a long description is measured word by word only. A text of narrower
    characters (marks) may be judged wide wrongly: it is then wrapped word by word, with the
    same result."""
    if not text or len(text) * (_NARROWEST.get(font) or _narrowest(font)) * size > width * 1000.0:
        return False
    units = TEXT_UNITS.get(font) or font_units(font)
    measured = units.get(text)
    if measured is None:
        measured = measure_units(text, font, units)
    return measured * size / 1000.0 <= width and text == text.strip() and "  " not in text


_NARROWEST: dict[str, float] = {}


def _narrowest(font: str) -> float:
    """The narrowest advance among ASCII letters, digits, punctuation and the space (font
    units): a text of n such characters is at least n times this wide. Kept per font in
    :data:`_NARROWEST` (looked up there first, as a plain dict)."""
    found = _NARROWEST.get(font)
    if found is None:
        found = _NARROWEST[font] = min(
            string_width(ch, font, 1000.0) for ch in string.printable if ch.isprintable()
        )
    return found


def elide(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut so that it, ending in "…", fits ``width``."""
    if string_width(text, font, size) <= width:
        return text
    body = text.removesuffix(ELLIPSIS).rstrip()
    low, high = 0, len(body)
    while low < high:  # the longest prefix that fits with the ellipsis
        mid = (low + high + 1) // 2
        if string_width(body[:mid].rstrip() + ELLIPSIS, font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return body[:low].rstrip() + ELLIPSIS


def shorten_elided(line: str, font: str, size: float, width: float) -> str:
    """An elided ``line`` (ending in "…") cut further to fit ``width``: letters dropped from
    its end, each measured alone (a few, where :func:`elide` would measure prefixes)."""
    ellipsis = string_width(ELLIPSIS, font, size)
    body = line.removesuffix(ELLIPSIS)
    used = string_width(body, font, size)
    end = len(body)
    units = TEXT_UNITS.get(font) or font_units(font)  # string_width's table, looked up here
    while end and used + ellipsis > width:
        end -= 1
        ch = body[end]
        measured = units.get(ch)
        if measured is None:
            measured = measure_units(ch, font, units)
        used -= measured * size / 1000.0
    return body[:end].rstrip() + ELLIPSIS


_SPACES_WIDE: dict[tuple[str, float], float] = {}


def _space(font: str, size: float) -> float:
    """The width of a space, as :func:`string_width` measures it (looked up per font and size:
    every paragraph wrapped asks)."""
    found = _SPACES_WIDE.get((font, size))
    if found is None:
        found = _SPACES_WIDE[(font, size)] = string_width(" ", font, size)
    return found


LOOSE_LINE = 0.8
"""A line filled less than this share of its width takes a hyphenated part of the next word;
a fuller line simply breaks before it (fewer hyphens, and a pyphen look-up saved)."""


def _wrap_paragraph(
    paragraph: str,
    font: str,
    size: float,
    width: float,
    language: str,
    hyphenate: bool = True,
    judged: bool = False,
    measured: list[list[str] | list[float]] | None = None,
) -> Iterator[str]:
    """Greedy line breaking: each line takes as many words as fit (found by bisection over
    the running widths, so a long paragraph costs a measure per word, not per try).
    ``judged``: the caller knows the paragraph does not fit as it is (:func:`_fits_as_is`).
    ``measured``: the paragraph's words, their widths and running widths (at this font and
    size) when not empty, else filled with them here (:func:`wrap_each`); only read."""
    if not judged and _fits_as_is(paragraph, font, size, width):
        yield paragraph  # fits as it is: one measure (most cells are one short line)
        return
    if measured:
        words, widths, cum = measured  # type: ignore[assignment]
    else:
        # a no-break space holds: numbers with their units, Polish one-letter words
        words = list(filter(None, bind_words(paragraph, language).split(" ")))
        if not words:
            yield ""
            return
        widths = string_widths(words, font, size)
        cum = list(accumulate(map(add, widths, repeat(_space(font, size))), initial=0.0))
        if measured is not None:
            measured += (words, widths, cum)
    space = _space(font, size)
    count = len(words)
    if cum[count] - space <= width:
        yield " ".join(words)
        return
    i = 0
    carry = ""  # the rest of a word hyphenated at the end of the previous line
    carry_w = 0.0
    while i < count or carry:
        if carry:
            while carry_w > width and hyphenate:  # a word longer than a whole line
                start = starts_sentence(words[i - 2] if i > 1 else None)
                head, tail = _hyphenate(carry, font, size, width, language, start)
                if not head:
                    break
                yield head
                carry, carry_w = tail, string_width(tail, font, size)
            if carry_w > width:  # still too long (no hyphenation point): cut in one pass
                pieces, carry, carry_w = _cut_long(carry, font, size, width)
                yield from pieces
            parts = [carry]
            used = carry_w
            j = bisect_right(cum, cum[i] + width - carry_w, i) - 1 if i < count else i
            carry, carry_w = "", 0.0
        elif widths[i] > width:
            carry, carry_w = words[i], widths[i]
            i += 1
            continue
        else:
            parts = []
            used = -space
            j = bisect_right(cum, cum[i] + width + space, i + 1) - 1
        if j > i:
            parts += words[i:j]
            used += cum[j] - cum[i]
            i = j
        line = " ".join(parts)
        if i >= count:
            yield line
            return
        room = width - used - space
        if hyphenate and (widths[i] > width or used < width * LOOSE_LINE):
            start = starts_sentence(words[i - 1] if i else None)
            head, tail = _hyphenate(words[i], font, size, room, language, start)
            if head:
                yield f"{line} {head}"
                carry, carry_w = tail, string_width(tail, font, size)
                i += 1
                continue
        yield line


HYPHENATE_MAX = 40
"""Longer words are not hyphenated (pyphen's cost grows with the square of a word's length,
and no dictionary word is this long): they are cut where the line ends."""

BREAK_AFTER = frozenset("/.-_?&=@:;,")
"""Where a word too long for a line (a URL, an e-mail address) is best cut: after one of
these, if that leaves at least half a line, else after any letter."""


def _hyphenate(
    word: str, font: str, size: float, room: float, language: str, sentence_start: bool
) -> tuple[str, str]:
    """The longest hyphenated head of ``word`` that fits ``room`` and the rest, or
    ``("", word)`` when the word may not be hyphenated or no point fits."""
    if room <= 0 or len(word) > HYPHENATE_MAX or not may_hyphenate(word, sentence_start):
        return "", word
    points = compound_points(word) if "-" in word else hyphenator(language).iterate(word)
    for head, tail in points:
        mark = "" if head.endswith("-") else "-"  # a compound's own hyphen ends the line alone
        if len(head) >= 2 and len(tail) >= 2 and string_width(head + mark, font, size) <= room:
            return head + mark, tail
    return "", word


def compound_points(word: str) -> list[tuple[str, str]]:
    """Where a hyphenated compound may break: only after its own hyphens, the longest head
    first, each side at least two letters ("moment-|cheie"; "e-mail" not at all), as TeX
    does — a dictionary point inside it would print "moment-che-" or "e-ma-"."""
    return [
        (word[: k + 1], word[k + 1 :])
        for k in range(len(word) - 3, 1, -1)
        if word[k] == "-" and word[k - 2 : k].isalpha() and word[k + 1 : k + 3].isalpha()
    ]


def _cut_long(word: str, font: str, size: float, width: float) -> tuple[list[str], str, float]:
    """``word`` cut into pieces that each fill a line of ``width`` (no hyphen added), and the
    last piece with its width: one pass over the running widths of its characters."""
    cum = list(accumulate(string_widths(list(word), font, size), initial=0.0))
    pieces: list[str] = []
    start = 0
    n = len(word)
    while cum[n] - cum[start] > width:
        end = bisect_right(cum, cum[start] + width, start + 1) - 1
        end = max(end, start + 1)  # at least one character per line
        for k in range(end - 1, start + (end - start) // 2, -1):
            if word[k] in BREAK_AFTER:
                end = k + 1
                break
        pieces.append(word[start:end])
        start = end
    return pieces, word[start:], cum[n] - cum[start]
