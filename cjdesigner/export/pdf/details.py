"""The detail pages after the map: persona profiles and, per stage, a table of its touchpoints.

Built with platypus so long text flows over pages: tables repeat their header row when they
run over a page, paragraphs hyphenate in the map's language, and every piece of user text is
escaped (:func:`markup`) because platypus parses markup. Every style names an embedded font.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Spacer,
)

from cjdesigner.export.pdf.detail_blocks import (
    Paragraph,
    Styles,
    evidence_label,
    format_emotion,
    format_kpi,
    make_styles,
    sentiment_label,
)
from cjdesigner.export.pdf.fonts import BOLD, REGULAR
from cjdesigner.export.pdf.icons import IconSet
from cjdesigner.export.pdf.insights import insight_story
from cjdesigner.export.pdf.outline import Bookmark
from cjdesigner.export.pdf.profiles import persona_profiles
from cjdesigner.export.pdf.rows import PAD_X, Block, Cell, RowTable
from cjdesigner.export.pdf.rows import TableStyle as RowStyle
from cjdesigner.export.pdf.text import markup
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
from cjdesigner.model import Evidence, JourneyMap, Sentiment, Touchpoint
from cjdesigner.model.no_channel import printed_channel_names

_tuple = tuple.__new__


def detail_story(
    m: JourneyMap,
    width: float,
    frame_height: float,
    icons: IconSet,
    *,
    insights: bool = True,
    links: bool = False,
    references: dict[str, str] | None = None,
) -> list[Flowable]:
    """The detail pages' flowables for a frame of ``width`` × ``frame_height`` points.

    ``links``: each touchpoint row links to its card on the map page (``card-<id>``), which
    the map page defines (:mod:`cjdesigner.export.pdf.links`).

    Order: about the map, personas, journey insights (the "so what", before the long tables,
    so a reader finds it), then the touchpoints stage by stage. ``references``: the rows'
    numbers when the caller has them (the map page's scene numbered its cards already).
    """
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
        channels = printed_channel_names(m.channels)
        cells = m.cells()
        if references is None:
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


_COLUMN_SHARES = [0.19, 0.19, 0.15, 0.165, 0.165, 0.14]
DESCRIPTION_COLUMN = 1


def description_width(frame_width: float) -> float:
    """The width a touchpoint row wraps its description to in a frame ``frame_width`` wide,
    as the row table works it out (its column's share, less the cell's padding), so that the
    map page can wrap each card's description for its row too (see ``wrap_each``)."""
    return frame_width * _COLUMN_SHARES[DESCRIPTION_COLUMN] - 2 * PAD_X - 0.0


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
    shared: dict[tuple[object, ...], Any] = {}
    rows = [
        _touchpoint_row(
            t, names, channels, language, show_persona, words, references.get(t.id, ""), shared
        )
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
    shared: dict[tuple[object, ...], Any] | None = None,
) -> list[Cell]:
    """The row's cells. ``shared``: the table's cells (and blocks) so far by what they hold,
    so that rows with the same pain points, opportunities or owner and KPIs share one cell
    object, which the table then lays out once (:func:`cjdesigner.export.pdf.rows.lay_out_row`)."""
    words = words or _RowWords.of(language)
    if shared is None:
        shared = {}
    # the sentiment and emotion line, and the persona, channel and evidence line, are one
    # block object for all the rows that show the same (a handful of each per table)
    key: tuple[object, ...] = (3, t.sentiment, t.emotion)
    feeling = shared.get(key)
    if feeling is None:
        text = words.sentiments[t.sentiment]
        if t.emotion is not None:
            text += " · " + words.emotion.format(score=format_emotion(t.emotion))
        feeling = shared[key] = _tuple(
            Block, (text, REGULAR, 8, 10.4, INK, False, t.sentiment, 1.5)
        )
    key = (4, t.persona_id if show_persona else None, t.channel, t.evidence, t.milestone)
    notes = shared.get(key)
    if notes is None:
        parts = [channels.get(t.channel, t.channel)]  # "": no channel, left out
        if show_persona:
            parts.insert(0, names.get(t.persona_id, ""))
        if t.evidence is not None:
            parts.append(words.evidences[t.evidence])
        if t.milestone:
            parts.append(words.milestone)
        text = " · ".join(part for part in parts if part)
        notes = shared[key] = (
            _tuple(Block, (text, REGULAR, 7.5, 9.6, MUTED, False, None, 0.5)) if text else None
        )
    # every field given, made as tuple.__new__(Block, …): a named tuple's constructor is a
    # Python call, and 5,000 rows make some 40,000 blocks
    title = f"{reference} {t.title}" if reference else t.title
    first = [_tuple(Block, (title, BOLD, 8.5, 10.8, INK, False, None, 0.0)), feeling]
    if notes is not None:
        first.append(notes)
    key = (0, *t.pain_points)
    pains = shared.get(key)
    if pains is None:
        pains = shared[key] = [
            _tuple(Block, (item, REGULAR, 8, 10.4, INK, True, None, 1.5)) for item in t.pain_points
        ]
    key = (1, *t.opportunities)
    chances = shared.get(key)
    if chances is None:
        chances = shared[key] = [
            _tuple(Block, (item, REGULAR, 8, 10.4, INK, True, None, 1.5))
            for item in t.opportunities
        ]
    key = (
        (2, t.owner, *[(k.name, k.value, k.target, k.unit) for k in t.kpis])
        if t.kpis
        else (2, t.owner)
    )
    owner = shared.get(key)
    if owner is None:
        owner = [_tuple(Block, (t.owner, BOLD, 8, 10.4, INK, False, None, 0.0))] if t.owner else []
        owner += [
            _tuple(Block, (format_kpi(k, language), REGULAR, 8, 10.4, INK, True, None, 1.5))
            for k in t.kpis
        ]
        shared[key] = owner
    return [
        first,
        [_tuple(Block, (t.description, REGULAR, 8, 10.4, INK, False, None, 0.0))],
        [_tuple(Block, (t.customer_action, REGULAR, 8, 10.4, INK, False, None, 0.0))],
        pains,
        chances,
        owner,
    ]
