"""The detail pages after the map: persona profiles and, per stage, a table of its touchpoints.

Built with platypus so long text flows over pages: tables repeat their header row when they
run over a page, paragraphs hyphenate in the map's language, and every piece of user text is
escaped (:func:`markup`) because platypus parses markup. Every style names an embedded font.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from cjdesigner.export.pdf import typeset
from cjdesigner.export.pdf.avatars import draw_avatar
from cjdesigner.export.pdf.fonts import BOLD, REGULAR
from cjdesigner.export.pdf.icons import IconSet
from cjdesigner.export.pdf.outline import Bookmark
from cjdesigner.export.pdf.rows import Block, Cell, RowTable
from cjdesigner.export.pdf.rows import TableStyle as RowStyle
from cjdesigner.export.pdf.text import markup, paragraph_hyphenator
from cjdesigner.export.pdf.theme import (
    HAIRLINE,
    INK,
    LANE_HEADER_TINTS,
    MUTED,
    RULE,
    stage_colours,
    tint,
)
from cjdesigner.layout.references import touchpoint_references
from cjdesigner.map_language import label
from cjdesigner.model import Evidence, JourneyMap, Kpi, Persona, Sentiment, Touchpoint

_tuple = tuple.__new__

PROFILE_MAX_WIDTH = 640.0
"""Detail text wider than this (about 110 characters) is hard to read: wide sheets get two
persona profiles side by side and stage introductions keep to this width."""


def sentiment_label(sentiment: Sentiment, language: str) -> str:
    return label(str(sentiment), language)


def evidence_label(evidence: Evidence, language: str) -> str:
    words = {
        Evidence.RESEARCH: "research",
        Evidence.PARTIAL: "partly researched",
        Evidence.ASSUMPTION: "assumption",
    }
    return label(words[evidence], language)


def format_number(value: float, language: str) -> str:
    """``3.5`` as ``3,5`` in Polish and Romanian; whole numbers without decimals."""
    if math.isfinite(value) and value == int(value):
        text = str(int(value))
    else:
        text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if language in ("pl", "ro") else text


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


def detail_story(
    m: JourneyMap,
    width: float,
    frame_height: float,
    icons: IconSet,
    *,
    insights: bool = True,
    links: bool = False,
) -> list[Flowable]:
    """The detail pages' flowables for a frame of ``width`` × ``frame_height`` points.

    ``links``: each touchpoint row links to its card on the map page (``card-<id>``), which
    the map page defines (:mod:`cjdesigner.export.pdf.links`).

    Order: about the map, personas, journey insights (the "so what", before the long tables,
    so a reader finds it), then the touchpoints stage by stage.
    """
    # imported here: the insights page reuses this module's styles and number formats
    from cjdesigner.export.pdf.insights import insight_story
    from cjdesigner.export.pdf.profiles import persona_profiles

    language = str(m.info.language)
    st = make_styles(language, width)
    story: list[Flowable] = []
    if m.info.description:
        story += [
            Bookmark("about", label("About this map", language)),
            Paragraph(markup(label("About this map", language)), st.h1),
            Paragraph(markup(m.info.description), st.intro),
            Spacer(1, 10),
        ]
    if m.personas:
        story.append(Bookmark("personas", label("Personas", language)))
        story.append(Paragraph(markup(label("Personas", language)), st.h1))
        story += persona_profiles(m, st, width, frame_height, language)
    if insights and m.touchpoints:
        if story:
            story.append(PageBreak())
        story.append(Bookmark("insights", label("Journey insights", language)))
        story += insight_story(m, st, width, frame_height, icons)
    if m.stages:
        story.append(PageBreak())
        story.append(Bookmark("stages", label("Touchpoints by stage", language)))
        story.append(Paragraph(markup(label("Touchpoints by stage", language)), st.h1))
        names = {p.id: p.name for p in m.personas}
        channels = {c.id: c.name for c in m.channels}
        cells = m.cells()
        references = touchpoint_references(m)
        for number, stage in enumerate(m.stages, start=1):
            story.append(CondPageBreak(140))
            title = label("Stage {n}: {name}", language).format(n=number, name=stage.name)
            story.append(Bookmark(f"stage-{stage.id}", title, level=1))
            story += _stage_section(
                m,
                number,
                stage.id,
                cells,
                names,
                channels,
                st,
                frame_height,
                icons,
                language,
                references,
                links=links,
            )
    return story


TIGHT: list[tuple[object, ...]] = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
]


_COLUMN_SHARES = [0.19, 0.19, 0.15, 0.165, 0.165, 0.14]


def _stage_section(
    m: JourneyMap,
    number: int,
    stage_id: str,
    cells: dict[tuple[str, str], list[Touchpoint]],
    names: dict[str, str],
    channels: dict[str, str],
    st: Styles,
    frame_height: float,
    icons: IconSet,
    language: str,
    references: dict[str, str],
    *,
    links: bool = False,
) -> list[Flowable]:
    stage = m.stage(stage_id)
    heading = label("Stage {n}: {name}", language).format(n=number, name=stage.name)
    out: list[Flowable] = [Paragraph(markup(heading), st.h2)]
    if stage.description:
        out.append(Paragraph(markup(stage.description), st.intro))
    if stage.goal:
        out.append(
            Paragraph(f"<b>{markup(label('Goal', language))}:</b> {markup(stage.goal)}", st.intro)
        )
    touchpoints = [t for p in m.personas for t in cells.get((stage_id, p.id), [])]
    if not touchpoints:
        out += [
            Paragraph(markup(label("No touchpoints in this stage.", language)), st.muted),
            Spacer(1, 12),
        ]
        return out
    header = [
        [Block(label(text, language), BOLD, 8, 10, INK)]
        for text in (
            "Touchpoint",
            "Description",
            "Customer action",
            "Pain points",
            "Opportunities",
            "Owner and KPIs",
        )
    ]
    show_persona = len(m.personas) > 1
    words = _RowWords.of(language)
    rows = [
        _touchpoint_row(t, names, channels, language, show_persona, words, references.get(t.id, ""))
        for t in touchpoints
    ]
    _band, accent = stage_colours(stage.colour)
    style = RowStyle(
        header_fill=tint(accent, 0.86),
        header_rule=accent,
        row_fills=(None, LANE_HEADER_TINTS[0]),
        rule=RULE,
        column_rule=HAIRLINE,
    )
    table = RowTable(
        header,
        rows,
        _COLUMN_SHARES,
        style,
        icons,
        language,
        frame_height,
        keys=[t.id for t in touchpoints] if links else None,
        caption=label("{heading} (continued)", language).format(heading=heading),
    )
    out += [Spacer(1, 4), table, Spacer(1, 16)]
    return out


@dataclass(frozen=True)
class _RowWords:
    """The labels every row repeats, looked up once per table instead of once per row."""

    sentiments: dict[Sentiment, str]
    evidences: dict[Evidence, str]
    milestone: str
    emotion: str

    @classmethod
    def of(cls, language: str) -> _RowWords:
        return cls(
            {s: sentiment_label(s, language) for s in Sentiment},
            {e: evidence_label(e, language) for e in Evidence},
            label("milestone", language),
            label("emotion {score}", language),
        )


def _touchpoint_row(
    t: Touchpoint,
    names: dict[str, str],
    channels: dict[str, str],
    language: str,
    show_persona: bool,
    words: _RowWords | None = None,
    reference: str = "",
) -> list[Cell]:
    words = words or _RowWords.of(language)
    where = channels.get(t.channel, t.channel)
    if show_persona:
        where = f"{names.get(t.persona_id, '')} · {where}"
    feeling = words.sentiments[t.sentiment]
    if t.emotion is not None:
        feeling += " · " + words.emotion.format(score=format_emotion(t.emotion))
    notes = f"{where} · {words.evidences[t.evidence]}" if t.evidence is not None else where
    if t.milestone:
        notes += " · " + words.milestone
    # every field given, made as tuple.__new__(Block, …): a named tuple's constructor is a
    # Python call, and 5,000 rows make some 40,000 blocks
    title = f"{reference} {t.title}" if reference else t.title
    first = [
        _tuple(Block, (title, BOLD, 8.5, 10.8, INK, False, None, 0.0)),
        _tuple(Block, (feeling, REGULAR, 8, 10.4, INK, False, t.sentiment, 1.5)),
        _tuple(Block, (notes, REGULAR, 7.5, 9.6, MUTED, False, None, 0.5)),
    ]
    owner: Cell = (
        [_tuple(Block, (t.owner, BOLD, 8, 10.4, INK, False, None, 0.0))] if t.owner else []
    )
    owner += [
        _tuple(Block, (format_kpi(k, language), REGULAR, 8, 10.4, INK, True, None, 1.5))
        for k in t.kpis
    ]
    return [
        first,
        [_tuple(Block, (t.description, REGULAR, 8, 10.4, INK, False, None, 0.0))],
        [_tuple(Block, (t.customer_action, REGULAR, 8, 10.4, INK, False, None, 0.0))],
        [_tuple(Block, (item, REGULAR, 8, 10.4, INK, True, None, 1.5)) for item in t.pain_points],
        [_tuple(Block, (item, REGULAR, 8, 10.4, INK, True, None, 1.5)) for item in t.opportunities],
        owner,
    ]
