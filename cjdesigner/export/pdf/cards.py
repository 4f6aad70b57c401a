"""One touchpoint card, drawn in layout units (y down; the painter flips to PDF's y up).

The card matches the canvas: a white rounded box with a thin sentiment-coloured left edge,
the channel icon and name top-left, the sentiment marker top-right, the bold title (always
whole: a card is as tall as its text, see :func:`wrap_card`), then muted lines of the
description; one shortened to fit ends with "…" and says where the whole text is ("→ 2.3", its
row in the detail tables). The border tells the evidence: solid =
research, dashed = assumption, dotted = partial. A milestone carries a small flag.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf.fonts import BOLD, REGULAR, string_width
from cjdesigner.export.pdf.icons import (
    draw_marker_shape,
    draw_milestone_flag,
    draw_sentiment_marker,
)
from cjdesigner.export.pdf.scene import MapScene
from cjdesigner.export.pdf.text import ELLIPSIS, elide, shorten_elided, wrap, wrap_each
from cjdesigner.export.pdf.textops import _NUMBERS, Placed, num, place_form
from cjdesigner.export.pdf.theme import (
    CARD_BODY_LEADING,
    CARD_BODY_PT,
    CARD_BORDER,
    CARD_CHANNEL_PT,
    CARD_TITLE_LEADING,
    CARD_TITLE_PT,
    EVIDENCE_DASH,
    INK,
    MOMENT,
    MUTED,
    PAPER,
    SENTIMENT_COLOURS,
    tint,
)
from cjdesigner.layout import Rect
from cjdesigner.model import Touchpoint

RADIUS = 5.0
EDGE = 3.5
PAD_LEFT = 9.0
PAD_RIGHT = 8.0
PAD_TOP = 6.0
PAD_BOTTOM = 5.0
ICON = 10.0
MARKER = 9.0
_HEADER_ROW = ICON
_TITLE_TOP = PAD_TOP + _HEADER_ROW + 3.0
_ASCENT = 0.76  # Noto Sans cap height + a little, as a share of the font size
_DESCENT = 0.24
_TITLE_FIRST_BASELINE = _TITLE_TOP + CARD_TITLE_PT * _ASCENT
_CHANNEL_BASELINE = PAD_TOP + ICON / 2 + CARD_CHANNEL_PT * 0.35


class CardText(NamedTuple):
    """A card's text, wrapped to its box once and reused on every page that shows the card.

    A named tuple, not a frozen dataclass: a 5,000-card map makes one per card, and a frozen
    dataclass sets each field through ``object.__setattr__``."""

    channel: str
    title: list[str]
    description: list[str]
    reference: str = ""
    """Where the whole description is ("→ 2.3"), when it is shortened on the card."""


_card_text = tuple.__new__
"""Card texts made as ``_card_text(CardText, (…))``, every field given: a named tuple's own
constructor is a Python call, and a big map has thousands of cards."""


def wrap_card(scene: MapScene, t: Touchpoint, width: float, body_lines: int | None) -> CardText:
    """Wrap the card's text for a card ``width`` wide: the title whole (never hyphenated), the
    description in at most ``body_lines`` lines (None: all), shortened with its reference."""
    inner = width - PAD_LEFT - PAD_RIGHT
    right_reserve = MARKER + 4 + (MARKER + 3 if t.milestone else 0)
    channel = elide(
        scene.channel_name(t), REGULAR, CARD_CHANNEL_PT, inner - ICON - 4 - right_reserve
    )
    language = scene.language
    title = wrap(t.title, BOLD, CARD_TITLE_PT, inner, None, language, hyphenate=False) or [""]
    if not t.description or body_lines == 0:
        return _card_text(CardText, (channel, title, [], ""))
    if scene.detail_text_width is None:
        lines = wrap(t.description, REGULAR, CARD_BODY_PT, inner, body_lines, language)
    else:  # and for its detail row, remembered till the detail pages ask (one measure)
        lines = wrap_each(
            t.description,
            REGULAR,
            CARD_BODY_PT,
            ((inner, body_lines), (scene.detail_text_width, None)),
            language,
        )[0]
    if body_lines is None or not lines or not lines[-1].endswith(ELLIPSIS):
        return _card_text(CardText, (channel, title, lines, ""))
    reference = scene.reference(t.id)
    if not reference:
        return _card_text(CardText, (channel, title, lines, ""))
    room = inner - string_width(" " + reference, REGULAR, CARD_BODY_PT)
    lines[-1] = shorten_elided(lines[-1], REGULAR, CARD_BODY_PT, room)
    return _card_text(CardText, (channel, title, lines, reference))


def card_height(text: CardText) -> float:
    """How tall a card must be to show ``text`` (its padding included)."""
    return card_height_for(len(text.title), len(text.description))


def card_height_for(title_lines: int, body_lines: int) -> float:
    """How tall a card with this many title and description lines is."""
    if body_lines:
        last = _body_baseline(title_lines) + (body_lines - 1) * CARD_BODY_LEADING
        return last + CARD_BODY_PT * _DESCENT + PAD_BOTTOM
    last = _TITLE_FIRST_BASELINE + (max(1, title_lines) - 1) * CARD_TITLE_LEADING
    return last + CARD_TITLE_PT * _DESCENT + PAD_BOTTOM


def card_inner_width(width: float) -> float:
    """The width a card's title and description wrap to."""
    return width - PAD_LEFT - PAD_RIGHT


def card_text(scene: MapScene, t: Touchpoint, width: float, height: float) -> CardText:
    """The card's text for a ``width`` × ``height`` box: as the layout wrapped it (cached per
    touchpoint), else wrapped here with as many description lines as the height holds."""
    cached = scene.text_cache.get(t.id)
    if isinstance(cached, CardText):
        return cached
    title_lines = (
        len(
            wrap(
                t.title,
                BOLD,
                CARD_TITLE_PT,
                width - PAD_LEFT - PAD_RIGHT,
                None,
                scene.language,
                hyphenate=False,
            )
        )
        or 1
    )
    first = _body_baseline(title_lines)
    room = height - PAD_BOTTOM - CARD_BODY_PT * _DESCENT - first
    text = wrap_card(scene, t, width, int(room // CARD_BODY_LEADING) + 1 if room >= 0 else 0)
    scene.text_cache[t.id] = text
    return text


def paint_card_box(canv: Canvas, scene: MapScene, t: Touchpoint, r: Rect) -> None:
    """Draw the card without its text in layout units (the caller has set up scale and the
    y flip): box, evidence border, sentiment edge, channel icon, marker and milestone flag,
    one PDF form per combination, written once and placed by reference (a 5,000-card page
    stays small and quick). The text follows from :func:`card_lines`; a page of many cards
    paints them with :class:`CardBoxes`."""
    place_form(canv, _card_form(canv, scene, t, r.w, r.h), r.x, -r.bottom)


class CardBoxes:
    """:func:`paint_card_box` for the many cards of one page: each kind of card's form is
    looked up (and made, the first time) once per page, then every card of that kind is one
    placement written out (the same operators as :func:`place_form`)."""

    def __init__(self, canv: Canvas, scene: MapScene) -> None:
        self.canv = canv
        self.scene = scene
        self._placed: dict[tuple[object, ...], tuple[str, str]] = {}
        """What decides a card's form (its channel stands for its icon) → the form's name
        and the end of its placement ("/FormXob.… Do\nQ")."""

    def paint(self, t: Touchpoint, r: Rect) -> None:
        """Draw card ``t``'s box at ``r`` (see :func:`paint_card_box`)."""
        w, h = r.w, r.h
        key = (t.evidence, t.sentiment, t.channel, t.milestone, w, h)
        found = self._placed.get(key)
        canv = self.canv
        if found is None:
            name = _card_form(canv, self.scene, t, w, h)
            found = self._placed[key] = (name, f"/{canv._doc.getXObjectName(name)} Do\nQ")
        x, y = r.x, -(r.y + r.h)  # -r.bottom, without the property's call
        known = _NUMBERS.get
        canv._code.append(f"q 1 0 0 1 {known(x) or num(x)} {known(y) or num(y)} cm\n{found[1]}")
        canv._formsinuse.append(found[0])  # as doForm: the page's resources name the form


def card_lines(scene: MapScene, t: Touchpoint, r: Rect) -> list[Placed]:
    """The card's lines of text (channel, title, description and its reference) placed in
    layout units with y negated, for a :class:`TextWriter`: the map page writes every card's
    lines in one text object, after the cards' boxes (cards never overlap, so each text is
    still over its own card only)."""
    return cards_lines(scene, ((t, r),))


def cards_lines(scene: MapScene, cards: Iterable[tuple[Touchpoint, Rect]]) -> list[Placed]:
    """:func:`card_lines` of each (card, box), in order, in one list: a map page's 5,000
    cards' lines placed in one loop, the constants held locally (the same numbers)."""
    placed: list[Placed] = []
    append = placed.append
    cached = scene.text_cache.get
    regular, bold, muted, ink = REGULAR, BOLD, MUTED, INK
    channel_pt, title_pt, body_pt = CARD_CHANNEL_PT, CARD_TITLE_PT, CARD_BODY_PT
    title_leading, body_leading = CARD_TITLE_LEADING, CARD_BODY_LEADING
    first_title, channel_baseline = _TITLE_FIRST_BASELINE, _CHANNEL_BASELINE
    for t, r in cards:
        left, y, w, h = r
        text = cached(t.id)
        if not isinstance(text, CardText):
            text = card_text(scene, t, w, h)
        channel, title, description, reference = text
        top = -y
        x = left + PAD_LEFT
        if channel:  # a card with no channel has no channel line
            append((x + ICON + 4, top - channel_baseline, channel, regular, channel_pt, muted))
        baseline = first_title
        for line in title:
            append((x, top - baseline, line, bold, title_pt, ink))
            baseline += title_leading
        # _body_baseline(len(title)), written out
        baseline = first_title + (len(title) - 1) * title_leading + body_leading + 1.0
        for line in description:
            append((x, top - baseline, line, regular, body_pt, muted))
            baseline += body_leading
        if reference:  # right-aligned on the last description line
            right = (left + w) - PAD_RIGHT - string_width(reference, regular, body_pt)
            last = baseline - body_leading
            append((right, top - last, reference, regular, body_pt, muted))
    return placed


_FORM_NAMES: dict[tuple[object, ...], str] = {}
"""A card form's name by what it shows (formatted once: a big map asks 5,000 times)."""


def _card_form(canv: Canvas, scene: MapScene, t: Touchpoint, w: float, h: float) -> str:
    """The form of a card's box and symbols (drawn with its bottom-left corner at 0, 0).

    Cards are as tall as their text, so there is one such form per height; the symbols
    (channel icon, sentiment marker, milestone flag), the costly part, are a form of their own
    that every height's form places at its top.
    """
    icon = scene.channel_icon(t)
    key = (t.evidence, t.sentiment, icon, t.milestone, w, h)
    name = _FORM_NAMES.get(key)
    if name is None:
        name = f"cjcard-{t.evidence}-{t.sentiment}-{icon}-{int(t.milestone)}-{w:g}x{h:g}"
        if len(_FORM_NAMES) < 10_000:
            _FORM_NAMES[key] = name
    if canv.hasForm(name):
        return name
    symbols = _symbols_form(canv, scene, t, icon, w)
    canv.beginForm(name, -2, -2, w + 2, h + 2)
    dash, line_width = EVIDENCE_DASH[t.evidence]
    canv.setFillColor(PAPER)
    canv.setStrokeColor(CARD_BORDER)
    canv.setLineWidth(line_width)
    canv.setDash(dash)
    _replayed(canv, ("box", w, h), lambda: canv.roundRect(0, 0, w, h, RADIUS, stroke=1, fill=1))
    canv.setDash([])
    # The sentiment edge: a strip inside the rounded corners on the left.
    canv.saveState()
    _replayed(canv, ("clip", w, h), lambda: _clip_rounded(canv, w, h))
    canv.setFillColor(SENTIMENT_COLOURS[t.sentiment])
    canv.rect(0, 0, EDGE, h, stroke=0, fill=1)
    canv.restoreState()
    place_form(canv, symbols, 0, h)
    canv.endForm()
    return name


_OPERATORS: dict[tuple[object, ...], list[str]] = {}
"""The operators a drawing call wrote, by what it drew (see :func:`_replayed`)."""


def _replayed(canv: Canvas, key: tuple[object, ...], draw: Callable[[], None]) -> None:
    """Run ``draw`` (reportlab calls that only write operators: a rounded box, a clip), or
    write again what it wrote for the same ``key`` before: the card forms of one size (a
    dozen kinds of card share a few sizes) repeat the same rounded paths, whose numbers
    reportlab formats slowly."""
    key = (*key, canv._fillMode)
    found = _OPERATORS.get(key)
    if found is None:
        code = canv._code
        start = len(code)
        draw()
        if len(_OPERATORS) < 1_000:
            _OPERATORS[key] = code[start:]
    else:
        canv._code.extend(found)


def _clip_rounded(canv: Canvas, w: float, h: float) -> None:
    """Clip to the card's rounded box (``w`` × ``h``, corner at 0, 0)."""
    clip = canv.beginPath()
    clip.roundRect(0, 0, w, h, RADIUS)
    canv.clipPath(clip, stroke=0, fill=0)


def _symbols_form(canv: Canvas, scene: MapScene, t: Touchpoint, icon: str, w: float) -> str:
    """The channel icon, sentiment marker and milestone flag of a card ``w`` wide, drawn with
    the card's top-left corner at 0, 0 (they hang below it)."""
    name = f"cjsymbols-{t.sentiment}-{icon}-{int(t.milestone)}-{w:g}"
    if canv.hasForm(name):
        return name
    canv.beginForm(name, 0, -PAD_TOP - ICON - 2, w, 0)
    header_top = -PAD_TOP
    if icon and not scene.icons.draw(canv, icon, PAD_LEFT, header_top - ICON, ICON):
        _dot(canv, PAD_LEFT, header_top - ICON, ICON)  # "": a card with no channel
    marker_cx = w - PAD_RIGHT - MARKER / 2
    marker_cy = header_top - ICON / 2
    draw_sentiment_marker(canv, scene.icons, t.sentiment, marker_cx, marker_cy, MARKER)
    if t.milestone:
        draw_milestone_flag(
            canv, scene.icons, marker_cx - MARKER / 2 - 3 - MARKER, marker_cy - MARKER / 2, MARKER
        )
    canv.endForm()
    return name


def card_text_area(r: Rect) -> Rect:
    """Where card ``r``'s channel, title and description are drawn (inside its padding): what a
    connection label should cover last."""
    top = r.y + PAD_TOP
    return Rect(
        r.x + PAD_LEFT, top, r.w - PAD_LEFT - PAD_RIGHT, max(0.0, r.bottom - PAD_BOTTOM - top)
    )


def card_text_boxes(cards: Iterable[Rect]) -> list[tuple[float, float, float, float]]:
    """Each card's :func:`card_text_area` as (left, top, right, bottom), the same numbers,
    without a rectangle object for each of a big map's thousands of cards."""
    boxes = []
    for r in cards:
        x, top = r.x + PAD_LEFT, r.y + PAD_TOP
        h = max(0.0, (r.y + r.h) - PAD_BOTTOM - top)
        boxes.append((x, top, x + (r.w - PAD_LEFT - PAD_RIGHT), top + h))
    return boxes


def _body_baseline(title_lines: int) -> float:
    """Distance from the card's top to the description's first baseline."""
    last_title = _TITLE_FIRST_BASELINE + (title_lines - 1) * CARD_TITLE_LEADING
    return last_title + CARD_BODY_LEADING + 1.0


MOMENT_OUTSET = 2.5
"""How far a moment of truth's outline stands off its card (as on the canvas)."""


def paint_moment_outline(canv: Canvas, r: Rect) -> None:
    """The vermillion outline around a moment of truth, drawn under its card (layout units;
    one form per card size, placed like the card's own)."""
    out = MOMENT_OUTSET
    name = f"cjmoment-{r.w:g}x{r.h:g}"
    if not canv.hasForm(name):
        canv.beginForm(name, -out - 2, -out - 2, r.w + out + 2, r.h + out + 2)
        canv.setDash([])
        canv.setStrokeColor(MOMENT)
        canv.setLineWidth(3.0)
        canv.roundRect(-out, -out, r.w + 2 * out, r.h + 2 * out, 7, stroke=1, fill=0)
        canv.endForm()
    place_form(canv, name, r.x, -r.bottom)


def paint_mini_card(canv: Canvas, t: Touchpoint, r: Rect) -> None:
    """A card as a tinted box with its marker: for overview miniatures, where text is unreadable."""
    name = f"cjmini-{t.sentiment}-{r.w:g}x{r.h:g}"
    if not canv.hasForm(name):
        colour = SENTIMENT_COLOURS[t.sentiment]
        canv.beginForm(name, -2, -2, r.w + 2, r.h + 2)
        canv.setFillColor(tint(colour, 0.82))
        canv.setStrokeColor(CARD_BORDER)
        canv.setLineWidth(0.6)
        canv.roundRect(0, 0, r.w, r.h, RADIUS, stroke=1, fill=1)
        canv.setFillColor(colour)
        canv.rect(0, 0, EDGE * 2, r.h, stroke=0, fill=1)
        size = min(r.h * 0.5, 28.0)
        draw_marker_shape(canv, t.sentiment, r.w / 2, r.h / 2, size, colour)
        canv.endForm()
    canv.saveState()
    canv.translate(r.x, -r.bottom)
    canv.doForm(name)
    canv.restoreState()


def _dot(canv: Canvas, x: float, y: float, size: float) -> None:
    """Where no icon file exists at all: a quiet dot keeps the card's header aligned."""
    canv.setFillColor(tint(MUTED, 0.4))
    canv.circle(x + size / 2, y + size / 2, size * 0.35, stroke=0, fill=1)
