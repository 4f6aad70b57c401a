"""The detail pages' shared building blocks: paragraph styles, tables in the embedded font,
number, amount and quote formats in the map's language, the persona avatar.

Used by the stage tables (:mod:`details`), the persona profiles, the insights page and the
flows table alike, so they look the same; apart from :mod:`details`, which assembles those pages.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as _Paragraph

from cjdesigner.export.pdf import typeset
from cjdesigner.export.pdf.avatars import draw_avatar
from cjdesigner.export.pdf.fonts import BOLD, REGULAR
from cjdesigner.export.pdf.text import paragraph_hyphenator
from cjdesigner.export.pdf.theme import (
    INK,
    MUTED,
)
from cjdesigner.map_language import label
from cjdesigner.model import Evidence, Kpi, Persona, Sentiment

PROFILE_MAX_WIDTH = 640.0
"""Detail text wider than this (about 110 characters) is hard to read: wide sheets get two
persona profiles side by side and stage introductions keep to this width."""


class Paragraph(_Paragraph):
    """reportlab's paragraph, its lines broken once per width: platypus wraps a paragraph
    again and again at the same width (a table measuring its cells, a KeepTogether, the frame,
    the draw: ~1,000 wraps for the ~250 paragraphs of a 5,000-card export's detail pages),
    and each wrap breaks its lines anew. The height does not depend on the height offered."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        known = self.__dict__.get("_cj_wrapped")
        if known is not None and known[0] == availWidth:
            _width, self.width, self._wrapWidths, self.blPara, self.height = known
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        if size != _CANNOT_FIT:  # broken into lines, not refused as too narrow
            self._cj_wrapped = (availWidth, self.width, self._wrapWidths, self.blPara, self.height)
        return size


_CANNOT_FIT = (0, 0x7FFFFFFF)
"""What reportlab's paragraph answers to a width too narrow to hold anything."""


def sentiment_label(sentiment: Sentiment, language: str) -> str:
    return label(str(sentiment), language)


def evidence_label(evidence: Evidence, language: str) -> str:
    words = {
        Evidence.RESEARCH: "research",
        Evidence.PARTIAL: "partly researched",
        Evidence.ASSUMPTION: "assumption",
    }
    return label(words[evidence], language)


_GROUPS = {"pl": "\u00a0", "ro": ".", "en": ","}
"""How each language separates thousands: a (non-breaking) space in Polish ("1 234 567"), a
point in Romanian ("1.234.567"), a comma in English."""


def format_number(value: float, language: str) -> str:
    """``3.5`` as ``3,5`` in Polish and Romanian; whole numbers without decimals; from 10,000
    on, the thousands grouped as the language writes them ("1 234 567 zł", QA s7 J11: the
    client read "1234567 zł"; four digits stay together, as a year does)."""
    if math.isfinite(value) and value == int(value):
        text = str(int(value))
    else:
        text = f"{value:.2f}".rstrip("0").rstrip(".")
    whole, dot, fraction = text.partition(".")
    if abs(value) >= 10_000 and math.isfinite(value):
        sign = "-" if whole.startswith("-") else ""
        digits = whole.lstrip("-")
        groups = [digits[max(0, end - 3) : end] for end in range(len(digits), 0, -3)][::-1]
        whole = sign + _GROUPS.get(language, ",").join(groups)
    decimal = "," if language in ("pl", "ro") else "."
    return whole + (decimal + fraction if dot else "")


def _currency_prefix(unit: str) -> str:
    """The currency symbol ``unit`` starts with ("£", "$", "€", "US$", "£" of "£/h"), or ""."""
    for i, ch in enumerate(unit[:4]):
        if unicodedata.category(ch) == "Sc":
            prefix = unit[:i]
            if prefix and not (prefix.isascii() and prefix.isalpha() and prefix.isupper()):
                return ""
            return unit[: i + 1]
    return ""


def format_amount(value: float, unit: str, language: str) -> str:
    """A number with its unit as the language writes it.

    English puts a currency symbol before the number, without a space ("£0.42", "-£5"), and
    "%" right after it ("2.5%"); Polish and Romanian write every unit after the number with a
    (non-breaking) space ("0,42 zł", "0,42 €", "2,5 %"). A unit starting with "/" is a scale
    or a rate and follows the number directly in every language ("3.6/5", "3,6/5").
    """
    number = format_number(value, language)
    unit = unit.strip()
    if not unit:
        return number
    if unit.startswith("/"):
        return number + unit
    if language == "en":
        if unit == "%":
            return number + "%"
        symbol = _currency_prefix(unit)
        if symbol:
            sign, digits = ("-", number[1:]) if number.startswith("-") else ("", number)
            return f"{sign}{symbol}{digits}{unit[len(symbol) :]}"
    return f"{number}\u00a0{unit}"


def format_kpi(kpi: Kpi, language: str) -> str:
    """``NPS: 42 (target 50)``, each number with the unit as :func:`format_amount` writes it."""
    text = kpi.name
    if kpi.value is not None:
        text += f": {format_amount(kpi.value, kpi.unit, language)}"
    if kpi.target is not None:
        target = format_amount(kpi.target, kpi.unit, language)
        text += " " + label("(target {target})", language).format(target=target)
    return text


def quoted(text: str, language: str) -> str:
    """A quotation in the marks its language uses (Polish and Romanian: „…”)."""
    text = text.strip()
    if text[:1] in "\"„“«'":
        return text
    return typeset.quoted(text, language)  # quotes inside it nest: „… «…» …”


def format_emotion(score: int) -> str:
    return f"{score:+d}".replace("-", "\u2013") if score else "0"


@dataclass(frozen=True)
class Styles:
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    intro: ParagraphStyle
    muted: ParagraphStyle
    quote: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_head: ParagraphStyle
    bullet: ParagraphStyle
    label: ParagraphStyle
    label_dark: ParagraphStyle
    muted_tight: ParagraphStyle
    muted_indent: ParagraphStyle


def make_styles(language: str, width: float = PROFILE_MAX_WIDTH) -> Styles:
    """Every paragraph style names Noto Sans: reportlab's defaults would pull in Helvetica."""
    hyphenation = paragraph_hyphenator(language)  # no names, URLs or numbers hyphenated

    def style(
        name: str,
        font: str = REGULAR,
        size: float = 9,
        leading: float = 12,
        colour: object = INK,
        **extra: object,
    ) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=leading,
            textColor=colour,
            hyphenationLang=hyphenation,
            embeddedHyphenation=1,
            uriWasteReduce=0.3,
            splitLongWords=1,
            bulletFontName=font,
            **extra,
        )

    return Styles(
        h1=style("h1", BOLD, 16, 20, spaceBefore=4, spaceAfter=8),
        h2=style("h2", BOLD, 13, 16, spaceAfter=2),
        body=style("body", REGULAR, 9.5, 13, spaceAfter=4),
        intro=style(
            "intro", REGULAR, 9.5, 13, spaceAfter=4, rightIndent=max(0.0, width - PROFILE_MAX_WIDTH)
        ),
        muted=style("muted", REGULAR, 9, 12, MUTED, spaceAfter=4),
        quote=style("quote", REGULAR, 10.5, 14.5, INK),
        cell=style("cell", REGULAR, 8, 10.4),
        cell_bold=style("cell_bold", BOLD, 8.5, 10.8),
        cell_muted=style("cell_muted", REGULAR, 7.5, 9.6, MUTED),
        cell_head=style("cell_head", BOLD, 8, 10),
        bullet=style("bullet", REGULAR, 9, 12, leftIndent=9, bulletIndent=0, spaceAfter=1),
        label=style("label", BOLD, 8.5, 11, MUTED, spaceBefore=6, spaceAfter=2),
        label_dark=style("label_dark", BOLD, 10.5, 13, INK, spaceBefore=8, spaceAfter=0),
        muted_tight=style("muted_tight", REGULAR, 8.5, 11, MUTED, spaceAfter=3),
        muted_indent=style("muted_indent", REGULAR, 8.5, 11, MUTED, leftIndent=9, spaceAfter=1),
    )


def table(
    rows: list[list[object]],
    widths: list[float | None],
    commands: list[tuple[object, ...]],
    **kwargs: object,
) -> Table:
    """A platypus table whose every cell names Noto Sans (its default font is Helvetica)."""
    result = Table(rows, colWidths=widths, **kwargs)
    result.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands]))
    return result


class AvatarFlowable(Flowable):
    """A persona's round avatar as a flowable for the profile."""

    def __init__(self, persona: Persona, diameter: float) -> None:
        super().__init__()
        self.persona = persona
        self.diameter = diameter

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.diameter, self.diameter

    def draw(self) -> None:
        r = self.diameter / 2
        draw_avatar(self.canv, self.persona, r, r, r)


TIGHT: list[tuple[object, ...]] = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
]
