"""The line breaking of the PDF export as it was before it was made faster (December 2026),
kept word for word as the reference the property tests compare :func:`wrap` with: the faster
code must break every text into exactly the same lines.

Widths are measured here as the export measured them then (the sum of the characters'
advances in font units, scaled by ``size / 1000`` as the same float operations). What the
faster code did not change — hyphenating one word, cutting a word longer than a line,
eliding — is the export's own, imported.
"""

from __future__ import annotations

import string
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache
from itertools import accumulate, repeat

from cjdesigner.export.pdf.fonts import _advances
from cjdesigner.export.pdf.text import (
    ELLIPSIS,
    LOOSE_LINE,
    _cut_long,
    _hyphenate,
    clean,
    elide,
)
from cjdesigner.export.pdf.typeset import bind_words, starts_sentence


def _measure(text: str, font: str) -> float:
    advances, default = _advances(font)
    return float(sum(map(advances.get, map(ord, text), repeat(default))))


def string_width(text: str, font: str, size: float) -> float:
    return _measure(text, font) * size / 1000.0


def string_widths(texts: list[str], font: str, size: float) -> list[float]:
    scale = size / 1000.0
    return [_measure(text, font) * scale for text in texts]


def reference_wrap(
    text: str,
    font: str,
    size: float,
    width: float,
    max_lines: int | None = None,
    language: str = "en",
    *,
    hyphenate: bool = True,
) -> list[str]:
    """What :func:`cjdesigner.export.pdf.text.wrap` returned before it was made faster."""
    return _wrap(text, font, size, width, max_lines, language, hyphenate)


def _wrap(
    text: str,
    font: str,
    size: float,
    width: float,
    max_lines: int | None,
    language: str,
    hyphenate: bool = True,
) -> list[str]:
    if (
        (max_lines is None or max_lines >= 1)
        and text.isprintable()
        and _may_fit(text, font, size, width)
        and string_width(text, font, size) <= width
        and text == text.strip()
        and "  " not in text
    ):
        return [text] if text else []  # one line as it is: most cells, channel names, notes
    limit = None if max_lines is None else max_lines + 1
    lines: list[str] = []
    for paragraph in clean(text).split("\n"):
        for line in _wrap_paragraph(paragraph, font, size, width, language, hyphenate):
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


@cache
def _narrowest(font: str) -> float:
    """The narrowest advance among ASCII letters, digits, punctuation and the space (font
    units): a text of n such characters is at least n times this wide."""
    return min(string_width(ch, font, 1000.0) for ch in string.printable if ch.isprintable())


def _may_fit(text: str, font: str, size: float, width: float) -> bool:
    """False when ``text`` is surely wider than ``width`` (so it is not measured whole: a
    long description is measured word by word only). A text of narrower characters (marks)
    may be judged wide wrongly: it is then wrapped word by word, with the same result."""
    return len(text) * _narrowest(font) * size <= width * 1000.0


def _wrap_paragraph(
    paragraph: str, font: str, size: float, width: float, language: str, hyphenate: bool = True
) -> Iterator[str]:
    """Greedy line breaking: each line takes as many words as fit (found by bisection over
    the running widths, so a long paragraph costs a measure per word, not per try)."""
    if (
        paragraph
        and _may_fit(paragraph, font, size, width)
        and string_width(paragraph, font, size) <= width
        and paragraph == paragraph.strip()
        and "  " not in paragraph
    ):
        yield paragraph  # fits as it is: one measure (most cells are one short line)
        return
    # a no-break space holds: numbers with their units, Polish one-letter words
    words = [word for word in bind_words(paragraph, language).split(" ") if word]
    if not words:
        yield ""
        return
    space = string_width(" ", font, size)
    widths = string_widths(words, font, size)
    cum = list(accumulate((w + space for w in widths), initial=0.0))
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
