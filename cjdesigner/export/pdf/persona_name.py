"""A persona's name in its lane header on the PDF map page: whole, in as many lines as the lane
has room for.

A workshop writes a persona as "Anna Wiśniewska, 34 lata" or "Marek Żółkiewski
(przedsiębiorca)": two lines beside the avatar cut them ("Anna Wiśniewska,…", QA s7 J5) above
an empty lane. The name is the lane's heading, so it takes the lines it needs; a word wider
than the column ("Bălănescu-Popovici") makes the whole name a few steps smaller, never
broken inside (a compound too wide even then breaks after its hyphen). Only a name that no
lane could hold is shortened, after its last whole word.
"""

from __future__ import annotations

import re

from cjdesigner.export.pdf.fonts import BOLD, string_width
from cjdesigner.export.pdf.text import ELLIPSIS, elide, wrap

PERSONA_MIN_PT = 8.0
"""The smallest a persona's name shrinks to (layout units) so that its every word fits the
column: the size of the role under it (the name in bold)."""


def persona_name_lines(
    name: str,
    size: float,
    leading: float,
    width: float,
    room: float,
    language: str,
) -> tuple[float, float, list[str]]:
    """The size, leading and lines of ``name`` in a column ``width`` wide whose last baseline
    may be ``room`` below the first line's top (the first baseline is 0.78 of the size below it).

    At ``size`` when its words fit the column and its lines the room, else half a point
    smaller at a time, down to :data:`PERSONA_MIN_PT`; then (a compound wider than the column
    at every size) the same again with a line break allowed after the hyphen of such a
    compound; a name that fits nowhere is shortened at the smallest size after its last whole
    word that fits, with "…"."""
    for at_hyphens in (False, True):
        step = size
        while step >= PERSONA_MIN_PT - 0.01:
            step_leading = leading * step / size
            text = _compounds_broken(name, step, width) if at_hyphens else name
            if all(string_width(word, BOLD, step) <= width for word in text.split()):
                lines = wrap(text, BOLD, step, width, None, language, hyphenate=False)
                if len(lines) <= _lines_in(room, step, step_leading):
                    return step, step_leading, lines
            step = round(step - 0.5, 2)
    small = PERSONA_MIN_PT
    small_leading = leading * small / size
    most = _lines_in(room, small, small_leading)
    text = _compounds_broken(name, small, width)
    lines = wrap(text, BOLD, small, width, None, language, hyphenate=False)
    if len(lines) > most:
        lines = [*lines[: most - 1], _shortened(" ".join(lines[most - 1 :]), small, width)]
    return small, small_leading, lines


_COMPOUND_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def _compounds_broken(name: str, size: float, width: float) -> str:
    """``name`` with a line break after the hyphen of each compound word wider than ``width``
    ("Bălănescu-" / "Popovici"): between the parts of a double-barrelled name, not inside one."""
    words = name.split(" ")
    for i, word in enumerate(words):
        if "-" in word and string_width(word, BOLD, size) > width:
            words[i] = _COMPOUND_HYPHEN.sub("-\n", word)
    return " ".join(words)


def _lines_in(room: float, size: float, leading: float) -> int:
    """How many lines of ``size`` at ``leading`` have their baselines within ``room`` of the
    first line's top (at least one)."""
    return max(1, 1 + int((room - size * 0.78) // leading))


def _shortened(text: str, size: float, width: float) -> str:
    """``text`` ended with "…" after the last whole word that fits ``width`` (a word cut
    only when even the first one does not fit)."""
    words = text.split()
    while len(words) > 1:
        words.pop()
        line = " ".join(words).rstrip(",;:–—-") + ELLIPSIS
        if string_width(line, BOLD, size) <= width:
            return line
    return elide(text + ELLIPSIS, BOLD, size, width)
