"""Many short lines of text written as one PDF text object, quickly.

reportlab's text object does a lot of Python work per line (formatting every number with its
pure-Python ``fp_str``, escaping the string byte by byte, splitting it into font subsets),
which is most of the time of a 5,000-card export. :class:`TextWriter` writes the same PDF
operators with reportlab's documented recipe for TrueType fonts (``font.splitString`` and
``font.getSubsetInternalName``, see :mod:`reportlab.pdfbase.ttfonts`), but keeps, per font
and document, the escaped subset code of every character already seen: a line whose
characters are all known is encoded in C by the ``charmap`` codec over that table, and a line
with a new character goes through reportlab's own ``splitString``, which assigns its code.
"""

from __future__ import annotations

from codecs import charmap_encode
from collections.abc import Iterable, Sequence

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf.fonts import font_runs

_ESCAPED = [
    f"\\{n:03o}" if n < 32 or n >= 127 else ("\\" + chr(n) if chr(n) in "\\()" else chr(n))
    for n in range(256)
]
"""How a byte of a subset string is written inside ( ): as reportlab's ``escapePDF``."""
_ESCAPED_BYTES = [text.encode("latin-1") for text in _ESCAPED]


_NUMBERS: dict[float, str] = {}


def num(value: float) -> str:
    """A coordinate for the content stream: at most two decimals, no trailing zeros.

    Leadings, paddings and moves repeat thousands of times: each is formatted once.
    """
    text = _NUMBERS.get(value)
    if text is None:
        text = f"{value:.2f}".rstrip("0").rstrip(".")
        if text in ("-0", ""):
            text = "0"
        if len(_NUMBERS) < 100_000:
            _NUMBERS[value] = text
    return text


_ROUNDED: dict[float, float] = {}
_MOVES: dict[tuple[float, float], str] = {}


def _round(value: float) -> float:
    """``round(value, 2)``, remembered: a table's rows and a column's lines come back to the
    same heights and edges page after page, and round() to decimals is slow."""
    result = round(value, 2)
    if len(_ROUNDED) < 100_000:
        _ROUNDED[value] = result
    return result


def flipped_points(points: Iterable[tuple[float, float]]) -> list[str]:
    """Each point as "x -y" (layout units, y negated for PDF space), each number as
    :func:`num` writes it: the coordinates of a path, looked up inline (a map's thousands
    of arrows have tens of numbers each, nearly all formatted already)."""
    known = _NUMBERS.get
    return [f"{known(x) or num(x)} {known(-y) or num(-y)}" for x, y in points]


def place_form(canv: Canvas, name: str, x: float, y: float, scale: float = 1.0) -> None:
    """Draw form ``name`` with its origin at (x, y), scaled: the same operators as
    saveState, translate, scale, doForm, restoreState, without their Python bookkeeping."""
    s = num(scale)
    canv.addLiteral(f"q {s} 0 0 {s} {num(x)} {num(y)} cm\n/{canv._doc.getXObjectName(name)} Do\nQ")
    canv._formsinuse.append(name)  # as doForm: the page's resources name the form


class _Encoder:
    """One TrueType font's subset codes in one document, as escaped text."""

    __slots__ = ("ascii", "codes", "doc", "font", "names", "operators", "written")

    def __init__(self, font_name: str, doc: object) -> None:
        self.font = pdfmetrics.getFont(font_name)
        self.doc = doc
        readable = getattr(self.font, "_asciiReadable", None)
        if readable is None:
            readable = rl_config.ttfAsciiReadable
        glyphs = getattr(getattr(self.font, "face", None), "charToGlyph", {})
        self.ascii = bool(readable) and all(code in glyphs for code in range(32, 127))
        """Whether printable ASCII is its own code in the first subset (reportlab's
        "ASCII readable" subsets, its default): such a line is written as it is, once
        ``\\ ( )`` are known to be absent."""
        self.codes: dict[int, bytes] = {}
        """Code point → its escaped code, for characters in the first subset (0-255); the
        table the ``charmap`` codec encodes a line with."""
        self.written: dict[str, str] = {}
        """Texts written already in the first subset → their show operator there,
        ``(escaped) Tj`` (their codes are fixed once assigned): a table writes the same
        short texts again and again."""
        self.names: dict[int | str, str] = {}
        self.operators: dict[tuple[int | str, float], str] = {}

    def known(self, text: str) -> str | None:
        """``text`` escaped in the first subset, or None if it holds a character not seen yet
        (or one of another subset)."""
        try:
            return charmap_encode(text, "strict", self.codes)[0].decode("latin-1")
        except UnicodeEncodeError:
            return None

    def name(self, subset: int | str) -> str:
        found = self.names.get(subset)
        if found is None:
            found = self.names[subset] = self.font.getSubsetInternalName(subset, self.doc)
        return found

    def font_operator(self, subset: int | str, size: float) -> str:
        """The operator that selects this font's ``subset`` at ``size`` (made once each)."""
        key = (subset, size)
        found = self.operators.get(key)
        if found is None:
            found = self.operators[key] = f"{self.name(subset)} {num(size)} Tf"
        return found

    def runs(self, text: str) -> list[tuple[int | str, str]]:
        """``text`` as (subset, escaped string) runs; a character this font lacks goes to the
        fallback font that draws it (its runs keyed by that font's subset name)."""
        known = self.known(text)
        if known is not None:
            return [(0, known)]
        pieces = font_runs(text, self.font.fontName)
        if len(pieces) == 1 and pieces[0][0] == self.font.fontName:
            return list(self._own_runs(text))
        runs: list[tuple[int | str, str]] = []
        for face, piece in pieces:
            if face == self.font.fontName:
                runs += self._own_runs(piece)
                continue
            other = _Encoder(face, self.doc)
            for subset, escaped in other.runs(piece):
                key = other.name(int(subset))
                self.names[key] = key
                runs.append((key, escaped))
        return runs

    def _own_runs(self, text: str) -> list[tuple[int | str, str]]:
        runs: list[tuple[int | str, str]] = [
            (subset, "".join(_ESCAPED[b] for b in chunk))
            for subset, chunk in self.font.splitString(text, self.doc)
        ]
        state = self.font.state[self.doc]
        assignments = state.assignments
        glyphs = self.font.face.charToGlyph
        for ch in set(text):
            code = 32 if ch == "\u00a0" else ord(ch)
            n = assignments.get(code)
            if n is None and code not in glyphs:
                n = 0  # drawn as .notdef, as splitString does
            if n is not None and n < 256:
                self.codes[ord(ch)] = _ESCAPED_BYTES[n]
        return runs


_WRITTEN_MAX = 100_000
"""No more texts remembered as written per font and document."""
_COLOURS: dict[tuple[int, bool], tuple[Color, str]] = {}

_FontState = tuple[_Encoder, dict[int, bytes], dict[str, str], str]
"""A font at a size in one writer: its encoder, code table, texts written, selecting operator."""
Placed = tuple[float, float, str, str, float, Color]
"""A line for :meth:`TextWriter.lines`: x, y of its baseline start, text, font, size, colour."""
Stacked = tuple[str, str, float, Color, float, float, object]
"""A line of a cell for :meth:`TextWriter.grid`: text, font, size, colour, the height it takes,
its indent from the column's left, and a mark to place beside it (or None)."""


def _encoder(canv: Canvas, font_name: str) -> _Encoder:
    """The font's encoder for this canvas's document (kept on the canvas: one per export)."""
    encoders: dict[str, _Encoder] | None = getattr(canv, "_cj_encoders", None)
    if encoders is None:
        encoders = {}
        canv._cj_encoders = encoders  # type: ignore[attr-defined]
    enc = encoders.get(font_name)
    if enc is None or enc.doc is not canv._doc:
        enc = encoders[font_name] = _Encoder(font_name, canv._doc)
    return enc


def fill_operator(canv: Canvas, colour: Color) -> str:
    """The fill-colour operator reportlab writes for ``colour`` (computed once per colour)."""
    return _colour_operator(canv, colour, stroke=False)


def stroke_operator(canv: Canvas, colour: Color) -> str:
    """The stroke-colour operator reportlab writes for ``colour``."""
    return _colour_operator(canv, colour, stroke=True)


def _colour_operator(canv: Canvas, colour: Color, *, stroke: bool) -> str:
    key = (id(colour), stroke)
    cached = _COLOURS.get(key)
    if cached is not None and cached[0] is colour:
        return cached[1]
    probe = canv.beginText()
    if stroke:
        probe.setStrokeColor(colour)
    else:
        probe.setFillColor(colour)
    operator = probe._code[-1]
    _COLOURS[key] = (colour, operator)
    return operator


class TextWriter:
    """Lines placed at absolute positions, in one text object (BT … ET).

    Positions are written as relative moves (Td) from the previous line's start, fonts and
    colours only when they change. :meth:`finish` adds the object to the canvas.
    """

    def __init__(self, canv: Canvas, x: float = 0.0, y: float = 0.0) -> None:
        self._canv = canv
        x, y = round(x, 2), round(y, 2)
        self._ops: list[str] = [f"BT 1 0 0 1 {num(x)} {num(y)} Tm"]
        self._x = x
        self._y = y
        self._raw_x = float("nan")  # the last x asked for (a column's lines share it)
        self._rounded_x = x
        self._font: _Encoder | None = None
        self._font_name = ""
        self._encoders: dict[str, _Encoder] = {}
        self._size = 0.0
        self._subset: int | str = -1
        self._colour: Color | None = None
        self._colours: dict[int, tuple[Color, str]] = {}
        self._fonts: dict[tuple[str, float], _FontState] = {}
        """(font, size) → what writing in it needs (see :meth:`_font_state`)."""
        self._select = ""  # the operator selecting the current font's first subset

    def line(self, x: float, y: float, text: str, font: str, size: float, colour: Color) -> None:
        """Write ``text`` with its baseline starting at (x, y)."""
        self.lines(((x, y, text, font, size, colour),))

    def lines(self, placed: Iterable[Placed]) -> None:
        """Write each (x, y, text, font, size, colour): the same as :meth:`line` for each, in
        one loop over local state (a table writes some 50,000 lines)."""
        ops = self._ops
        append = ops.append
        canv = self._canv
        at_x, at_y = self._x, self._y
        raw_x, rounded_x = self._raw_x, self._rounded_x
        current_colour = self._colour
        enc, current_font, current_size = self._font, self._font_name, self._size
        codes = enc.codes if enc is not None else {}
        written = enc.written if enc is not None else {}
        subset = self._subset
        numbers = _NUMBERS.get  # a move's numbers are nearly always formatted already
        rounded = _ROUNDED.get  # and its positions rounded already (round() is slow)
        moves = _MOVES.get
        colours = self._colours
        fonts = self._fonts  # (font, size) → its encoder, tables and selecting operator
        select = self._select
        for x, y, text, font, size, colour in placed:
            # positions kept on the 0.01 pt grid the moves are written in, so that hundreds
            # of relative moves in one text object add up without drift
            if x != raw_x:  # a column's lines share their x: rounded once
                raw_x, rounded_x = x, rounded(x)
                if rounded_x is None:
                    rounded_x = _round(x)
            at = rounded(y)
            y = _round(y) if at is None else at
            if rounded_x != at_x or y != at_y:
                dx, dy = rounded_x - at_x, y - at_y
                move = moves((dx, dy))
                if move is None:
                    move = f"{numbers(dx) or num(dx)} {numbers(dy) or num(dy)} Td"
                    if len(_MOVES) < 50_000:
                        _MOVES[(dx, dy)] = move
                append(move)
                at_x, at_y = rounded_x, y
            if colour is not current_colour:
                known = colours.get(id(colour))  # held with its colour: an id is reused
                if known is None or known[0] is not colour:
                    known = colours[id(colour)] = (colour, fill_operator(canv, colour))
                append(known[1])
                current_colour = colour
            if font != current_font or size != current_size or enc is None:
                enc, codes, written, select = fonts.get((font, size)) or self._font_state(
                    font, size
                )
                current_font, current_size, subset = font, size, -1
            if not text:
                continue
            shown = written.get(text)
            if shown is None:
                if (
                    text.isascii()
                    and enc.ascii
                    and text.isprintable()
                    and "(" not in text
                    and ")" not in text
                    and "\\" not in text
                ):
                    escaped = text  # printable ASCII codes itself and needs no escape
                else:
                    try:  # the usual case: every character has its code in the first subset
                        escaped = charmap_encode(text, "strict", codes)[0].decode("latin-1")
                    except UnicodeEncodeError:
                        for part, escaped in enc.runs(text):
                            if part != subset:
                                append(enc.font_operator(part, size))
                                subset = part
                            append(f"({escaped}) Tj")
                        continue
                shown = f"({escaped}) Tj"
                if len(written) < _WRITTEN_MAX:
                    written[text] = shown
            if subset != 0:
                append(select)
                subset = 0
            append(shown)
        self._x, self._y = at_x, at_y
        self._raw_x, self._rounded_x = raw_x, rounded_x
        self._colour = current_colour
        self._font, self._font_name, self._size = enc, current_font, current_size
        self._subset = subset
        self._select = select

    def grid(
        self,
        lefts: Sequence[float],
        rows: Iterable[tuple[float, Sequence[Sequence[Stacked]]]],
        marks: list[tuple[object, float, float, float]],
    ) -> None:
        """Write a table's cells: ``rows`` as (top, cells), each cell's lines stacked down
        from ``top`` in the column starting at its ``lefts`` entry. A line takes its
        ``height`` and its baseline sits mid-way in it (``(height - size) / 2`` above its
        bottom, plus ``0.22 * size``: the descenders); it starts at its column's left plus its
        ``indent``. A line with a mark adds (mark, column left, baseline, size) to ``marks``.

        The same as :meth:`lines` with each line placed so, in one loop (a detail table
        writes some 50,000 lines; no position tuple is made per line).
        """
        ops = self._ops
        append = ops.append
        canv = self._canv
        at_x, at_y = self._x, self._y
        raw_x, rounded_x = self._raw_x, self._rounded_x
        current_colour = self._colour
        enc, current_font, current_size = self._font, self._font_name, self._size
        codes = enc.codes if enc is not None else {}
        written = enc.written if enc is not None else {}
        subset = self._subset
        numbers = _NUMBERS.get
        rounded = _ROUNDED.get
        moves = _MOVES.get
        colours = self._colours
        fonts = self._fonts
        select = self._select
        for top, cells in rows:
            for left, lines in zip(lefts, cells, strict=True):
                y = top
                for text, font, size, colour, height, indent, mark in lines:
                    baseline = y - height + (height - size) / 2 + size * 0.22
                    y -= height
                    if mark is not None:
                        marks.append((mark, left, baseline, size))
                    x = left + indent
                    if x != raw_x:
                        raw_x, rounded_x = x, rounded(x)
                        if rounded_x is None:
                            rounded_x = _round(x)
                    at = rounded(baseline)
                    at = _round(baseline) if at is None else at
                    if rounded_x != at_x or at != at_y:
                        dx, dy = rounded_x - at_x, at - at_y
                        move = moves((dx, dy))
                        if move is None:
                            move = f"{numbers(dx) or num(dx)} {numbers(dy) or num(dy)} Td"
                            if len(_MOVES) < 50_000:
                                _MOVES[(dx, dy)] = move
                        append(move)
                        at_x, at_y = rounded_x, at
                    if colour is not current_colour:
                        known = colours.get(id(colour))
                        if known is None or known[0] is not colour:
                            known = colours[id(colour)] = (colour, fill_operator(canv, colour))
                        append(known[1])
                        current_colour = colour
                    if font != current_font or size != current_size or enc is None:
                        enc, codes, written, select = fonts.get((font, size)) or self._font_state(
                            font, size
                        )
                        current_font, current_size, subset = font, size, -1
                    if not text:
                        continue
                    shown = written.get(text)
                    if shown is None:
                        if (
                            text.isascii()
                            and enc.ascii
                            and text.isprintable()
                            and "(" not in text
                            and ")" not in text
                            and "\\" not in text
                        ):
                            escaped = text
                        else:
                            try:
                                escaped = charmap_encode(text, "strict", codes)[0].decode("latin-1")
                            except UnicodeEncodeError:
                                for part, escaped in enc.runs(text):
                                    if part != subset:
                                        append(enc.font_operator(part, size))
                                        subset = part
                                    append(f"({escaped}) Tj")
                                continue
                        shown = f"({escaped}) Tj"
                        if len(written) < _WRITTEN_MAX:
                            written[text] = shown
                    if subset != 0:
                        append(select)
                        subset = 0
                    append(shown)
        self._x, self._y = at_x, at_y
        self._raw_x, self._rounded_x = raw_x, rounded_x
        self._colour = current_colour
        self._font, self._font_name, self._size = enc, current_font, current_size
        self._subset = subset
        self._select = select

    def _font_state(self, font: str, size: float) -> _FontState:
        """``font``'s encoder for this document, its code table and texts written, and the
        operator selecting its first subset at ``size``: made once per writer and size, and
        taken in one look-up at each change of font (a detail table changes some 30,000
        times)."""
        enc = self._encoders.get(font)
        if enc is None:
            enc = self._encoders[font] = _encoder(self._canv, font)
        found = self._fonts[(font, size)] = (
            enc,
            enc.codes,
            enc.written,
            enc.font_operator(0, size),
        )
        return found

    def finish(self) -> None:
        self._ops.append("ET")
        self._canv.addLiteral("\n".join(self._ops))


def circle_ops(x: float, y: float, r: float) -> str:
    """A circle as four cubic arcs (PDF path operators; ``y`` already in PDF space).

    Its 26 numbers are 10 values, each formatted once (a big map draws thousands)."""
    k = 0.5523 * r
    x0, xk, xr, xmk, xmr = num(x), num(x + k), num(x + r), num(x - k), num(x - r)
    y0, yk, yr, ymk, ymr = num(y), num(y + k), num(y + r), num(y - k), num(y - r)
    return (
        f"{xr} {y0} m "
        f"{xr} {yk} {xk} {yr} {x0} {yr} c "
        f"{xmk} {yr} {xmr} {yk} {xmr} {y0} c "
        f"{xmr} {ymk} {xmk} {ymr} {x0} {ymr} c "
        f"{xk} {ymr} {xr} {ymk} {xr} {y0} c h"
    )


def placed_circles(
    canv: Canvas, centres: Iterable[tuple[float, float]], r: float, paint: str
) -> list[str]:
    """Circles of radius ``r`` at ``centres`` (PDF space), painted with ``paint`` ("B": filled
    and stroked, "S": stroked) in the current colours and pen, as operators.

    The circle is one form per radius and paint, placed by reference: a big map's curves and
    markers draw thousands of points, and a placement is a fifth of a circle's path in the
    page's content (less to write, less to compress), drawn the same.
    """
    name = f"cjcircle-{num(r)}-{paint}"
    if not canv.hasForm(name):
        edge = r + 2.0  # room for any pen the callers use
        canv.beginForm(name, -edge, -edge, edge, edge)
        canv.addLiteral(f"{circle_ops(0.0, 0.0, r)} {paint}")
        canv.endForm()
    canv._formsinuse.append(name)  # what doForm records: the page's resources name the form
    do = f"cm /{canv._doc.getXObjectName(name)} Do Q"
    return [f"q 1 0 0 1 {num(x)} {num(y)} {do}" for x, y in centres]
