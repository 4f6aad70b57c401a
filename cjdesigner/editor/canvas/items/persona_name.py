"""A persona's name in its lane header on the canvas: whole, in as many lines as the lane has
room for (as the PDF's map page prints it, :mod:`cjdesigner.export.pdf.persona_name`).

Workshops write a persona as "Anna Wiśniewska, 34 lata" or "Marek Żółkiewski
(przedsiębiorca)"; two lines cut them ("Anna Wiśniewska, 3…", QA s7 J5) above an empty lane.
The name wraps between words (and at its own line breaks); a word wider than the column makes
the name a pixel or two smaller, never broken inside ("Bălănescu-Popovici", too wide even
then, breaks after its hyphen); only a name no lane could hold is shortened, after its last
whole word.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

from cjdesigner.editor.canvas import style

NAME_MIN_PX = 11
"""The smallest a name shrinks to so that its every word fits (the role under it is 11 px)."""
ELLIPSIS = "…"
NBSP = "\u00a0"


@cache
def _font(pixel_size: int) -> QFont:
    return style.font(pixel_size, bold=True)


@cache
def _metrics(pixel_size: int) -> QFontMetricsF:
    return QFontMetricsF(_font(pixel_size))


def fit_name(
    name: str, pixel_size: int, line_height: float, width: float, room: float
) -> tuple[QFont, float, list[str]]:
    """The font, line height and lines of ``name`` in a column ``width`` wide and ``room``
    tall: at ``pixel_size`` (``line_height`` a line) when its words fit the column and its
    lines the room, else a pixel smaller at a time down to :data:`NAME_MIN_PX`; then (a
    compound wider than the column at every size) the same again with a line break allowed
    after the hyphen of such a compound; a name that fits nowhere is shortened at the smallest
    size after its last whole word, with "…"."""
    for at_hyphens in (False, True):
        for px in range(pixel_size, NAME_MIN_PX - 1, -1):
            metrics = _metrics(px)
            step = line_height * px / pixel_size
            text = _compounds_broken(name, metrics, width) if at_hyphens else name
            words = [word for paragraph in text.split("\n") for word in _words(paragraph)]
            if all(metrics.horizontalAdvance(word) <= width for word in words):
                lines = wrap_words(text, metrics, width)
                if len(lines) <= _lines_in(room, step):
                    return _font(px), step, lines
    px = min(NAME_MIN_PX, pixel_size)
    metrics = _metrics(px)
    step = line_height * px / pixel_size
    most = _lines_in(room, step)
    lines = wrap_words(_compounds_broken(name, metrics, width), metrics, width)
    if len(lines) > most:
        lines = [*lines[: most - 1], _shortened(" ".join(lines[most - 1 :]), metrics, width)]
    return _font(px), step, lines


_COMPOUND_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def _compounds_broken(name: str, metrics: QFontMetricsF, width: float) -> str:
    """``name`` with a line break after the hyphen of each compound word wider than ``width``
    ("Bălănescu-" / "Popovici"): between the parts of a double-barrelled name, not inside one."""
    words = name.split(" ")
    for i, word in enumerate(words):
        if "-" in word and metrics.horizontalAdvance(word) > width:
            words[i] = _COMPOUND_HYPHEN.sub("-\n", word)
    return " ".join(words)


def _lines_in(room: float, line_height: float) -> int:
    return max(1, int(room // line_height))


def wrap_words(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """``text``'s lines of ``width``: words kept whole (one wider than a line alone on its
    line, cut with "…"), the text's own line breaks kept."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in _words(paragraph):
            candidate = f"{current} {word}" if current else word
            if not current or metrics.horizontalAdvance(candidate) <= width:
                current = candidate
                continue
            lines.append(current)
            current = word
        if current:
            lines.append(current)
    lines = [
        metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        if metrics.horizontalAdvance(line) > width
        else line
        for line in lines
    ]
    return lines or [""]


_NUMBER = re.compile(r"[0-9][0-9.,]*")


def _words(paragraph: str) -> list[str]:
    """The paragraph's words, a number kept with the word after it ("34 lata", "29 de"), as
    the PDF keeps them."""
    words: list[str] = []
    for word in paragraph.split():
        if words and _NUMBER.fullmatch(words[-1]):
            words[-1] += NBSP + word
        else:
            words.append(word)
    return words


def _shortened(text: str, metrics: QFontMetricsF, width: float) -> str:
    """``text`` ended with "…" after the last whole word that fits ``width`` (a word cut only
    when even the first one does not fit)."""
    words = text.split()
    while len(words) > 1:
        words.pop()
        line = " ".join(words).rstrip(",;:–—-") + ELLIPSIS
        if metrics.horizontalAdvance(line) <= width:
            return line
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
