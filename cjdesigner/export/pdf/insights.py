"""The "Journey insights" page: what the analysis says about the map, as a consultant reports it.

A heading, a summary line with the counts (and, on a map still being drawn, the note on the
cards without a flow yet, which are not listed as entry, end or dead-end points), the findings
grouped by kind (critical moments
first: they matter most; entry and end points last: they describe rather than warn), then a
compact table of figures per stage. Each kind shows at most a few messages, then "… and K
more", so a 5,000-card map still gets a few insight pages, not hundreds; when a kind is cut,
the messages kept are taken in turn from each persona, so no persona is left out.

The analysis writes its messages in the map's language (:mod:`cjdesigner.map_language`); a
report made in English (``analyze(m, "en")``) is re-worded by :func:`localise_message` with the
same templates, keeping every name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from reportlab.platypus import Flowable, KeepTogether, Spacer

from cjdesigner.analysis import (
    Finding,
    FindingKind,
    JourneyReport,
    ReportDigest,
    StageFigures,
    analyze_digest,
    kind_description,
    kind_title,
    left_out_note,
)
from cjdesigner.export.pdf.detail_blocks import (
    PROFILE_MAX_WIDTH,
    TIGHT,
    Paragraph,
    Styles,
    format_number,
    table,
)
from cjdesigner.export.pdf.fonts import BOLD, REGULAR
from cjdesigner.export.pdf.icons import IconSet
from cjdesigner.export.pdf.rows import Block, Cell, RowTable
from cjdesigner.export.pdf.rows import TableStyle as RowStyle
from cjdesigner.export.pdf.text import markup
from cjdesigner.export.pdf.theme import HAIRLINE, INK, LANE_HEADER_TINTS, MUTED, RULE
from cjdesigner.map_language import FINDING_TEMPLATES, label, quote_pairs
from cjdesigner.model import JourneyMap, Sentiment

KIND_PRIORITY: tuple[FindingKind, ...] = (
    FindingKind.CRITICAL_MOMENT,
    FindingKind.DEAD_END,
    FindingKind.UNREACHABLE,
    FindingKind.LOOP,
    FindingKind.SKIP,
    FindingKind.BACKWARD_FLOW,
    FindingKind.GAP,
    FindingKind.ENTRY_POINT,
    FindingKind.END_POINT,
)
"""The order of the groups on the page: what needs work first, what describes the map last."""

MAX_MESSAGES = 12
"""Messages printed per kind; the rest are counted ("… and K more")."""
MAX_CRITICAL = 15
TOP_CHANNELS = 3
SHOWN: dict[FindingKind, int] = {
    kind: MAX_CRITICAL if kind == FindingKind.CRITICAL_MOMENT else MAX_MESSAGES
    for kind in FindingKind
}
"""How many messages of each kind the page prints: the analysis's digest shows that many,
taken in turn from each persona (:func:`~cjdesigner.analysis.digest.shown_findings`)."""

_COLUMN_SHARES = [0.2, 0.09, 0.09, 0.09, 0.09, 0.1, 0.34]
_NARROW_SHARES = [0.19, 0.1, 0.13, 0.13, 0.13, 0.1, 0.22]
"""On a portrait sheet the sentiment columns need room for "▲ negatywny" on one line."""

TEMPLATES_PL = {template: label(template, "pl") for template in FINDING_TEMPLATES}
TEMPLATES_RO = {template: label(template, "ro") for template in FINDING_TEMPLATES}
"""The finding messages' wording, from :mod:`cjdesigner.map_language` (one home for it)."""

_TEMPLATES = {"pl": TEMPLATES_PL, "ro": TEMPLATES_RO}
_NOT_SCORED = {"pl": "brak oceny", "ro": "neevaluat"}


@cache
def _pattern(template: str) -> re.Pattern[str]:
    """A regular expression that matches messages made from ``template`` and names its fields."""
    parts: list[str] = []
    seen: set[str] = set()
    for literal, name in re.findall(r"([^{]*)(?:\{(\w+)\})?", template):
        parts.append(re.escape(literal))
        if name:
            parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
            seen.add(name)
    return re.compile("".join(parts), re.DOTALL)


def localise_message(message: str, language: str) -> str:
    """An English finding message worded in ``language`` (pl, ro); else as it came.

    Names are kept as typed; the quotation marks around titles become „…” as in the map's
    language, and quotes inside a title its inner pair („… «…» …”). A message that matches
    no template (a newer analysis) is returned unchanged.
    """
    templates = _TEMPLATES.get(language)
    if not templates:
        return message
    for english, translated in templates.items():
        found = _pattern(english).fullmatch(message)
        if found is None:
            continue
        values = found.groupdict()
        for key in ("title", "source", "target", "path", "titles"):
            if key in values:
                values[key] = _renest(values[key].replace("“", "„"), language)
        if values.get("emotion") == "not scored":
            values["emotion"] = _NOT_SCORED[language]
        elif "emotion" in values:
            values["emotion"] = values["emotion"].replace("-", "\u2013")
        return translated.format(**values)
    return message


_ENGLISH_INNER = re.compile(r"‘([^‘’]*)’")


def _renest(text: str, language: str) -> str:
    """Quoted titles of an English message with ``language``'s inner quotes (‘…’ → «…»); a
    lone ’ is an apostrophe and stays."""
    _outer, (opening, closing) = quote_pairs(language)
    return _ENGLISH_INNER.sub(lambda found: f"{opening}{found[1]}{closing}", text)


def format_average(value: float | None, language: str) -> str:
    """An average emotion with one decimal and a real minus sign ("–0,7" in pl/ro)."""
    if value is None:
        return label("not scored", language)
    rounded = round(value, 1)
    if rounded == 0:
        return "0"
    text = format_number(abs(rounded), language)
    if "," not in text and "." not in text:
        text += ",0" if language in ("pl", "ro") else ".0"
    return ("+" if rounded > 0 else "\u2013") + text


def insight_story(
    m: JourneyMap,
    st: Styles,
    width: float,
    frame_height: float,
    icons: IconSet,
    report: JourneyReport | None = None,
) -> list[Flowable]:
    """The insights page's flowables (heading, summary, findings by kind, figures by stage).

    The analysis is asked only for what the page prints (:func:`analyze_digest`: the counts,
    and of each kind the messages shown); a ``report`` already made is cut the same way
    (:meth:`ReportDigest.of_report`), with the same page.
    """
    language = str(m.info.language)
    digest = analyze_digest(m, SHOWN) if report is None else ReportDigest.of_report(report, SHOWN)
    counts = digest.counts
    story: list[Flowable] = [Paragraph(markup(label("Journey insights", language)), st.h1)]
    summary = label(
        "Touchpoints: {touchpoints} · Flows: {flows} · Stages: {stages} · Personas: {personas}"
        " · Findings: {findings}",
        language,
    ).format(
        touchpoints=digest.touchpoint_count,
        flows=digest.connection_count,
        stages=len(digest.stages),
        personas=len(digest.personas),
        findings=digest.finding_count,
    )
    story.append(Paragraph(markup(summary), st.intro))
    highlights = [
        f"{label(kind_title(kind), language)}: {counts[kind]}"
        for kind in KIND_PRIORITY
        if counts[kind]
    ]
    if highlights:
        story.append(Paragraph(markup(" · ".join(highlights)), st.muted))
    else:
        story.append(Paragraph(markup(label("No findings.", language)), st.muted))
    if digest.left_out:  # cards without a flow yet: not entry, end or dead-end points
        story.append(Paragraph(markup(left_out_note(digest.left_out, language)), st.muted))
    story.append(Spacer(1, 6))
    groups = [
        group
        for kind in KIND_PRIORITY
        if (group := _kind_group(digest.shown[kind], counts[kind], kind, st, language))
    ]
    if width > PROFILE_MAX_WIDTH * 1.6 and len(groups) > 1:
        # two kinds side by side on wide sheets: lines a reader can follow, half the pages;
        # the table splits between these rows, so each kind stays whole on one page
        gap = 24.0
        column = (width - gap) / 2
        pairs = [groups[i : i + 2] for i in range(0, len(groups), 2)]
        rows = [[pair[0], "", pair[1] if len(pair) > 1 else ""] for pair in pairs]
        story.append(
            table(rows, [column, gap, column], [*TIGHT, ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])
        )
    else:
        for group in groups:
            # the heading never ends a page on its own: it stays with its first messages
            story += [KeepTogether(group[:4]), *group[4:]]
    story += _figures_table(digest, st, width, frame_height, icons, language)
    return story


def _kind_group(
    shown: Sequence[Finding], count: int, kind: FindingKind, st: Styles, language: str
) -> list[Flowable]:
    """A kind's heading (with its ``count``), what it means and the messages ``shown``, then
    "… and K more"."""
    if not count:
        return []
    heading = f"{label(kind_title(kind), language)} ({count})"
    head: list[Flowable] = [
        Paragraph(markup(heading), st.label_dark),
        Paragraph(markup(label(kind_description(kind), language)), st.muted_tight),
    ]
    items: list[Flowable] = [
        Paragraph(markup(localise_message(f.message, language)), st.bullet, bulletText="•")
        for f in shown
    ]
    out: list[Flowable] = [*head, *items]
    if count > len(shown):
        more = label("… and {count} more", language).format(count=count - len(shown))
        out.append(Paragraph(markup(more), st.muted_indent))
    out.append(Spacer(1, 8))
    return out


def _figures_table(
    digest: ReportDigest,
    st: Styles,
    width: float,
    frame_height: float,
    icons: IconSet,
    language: str,
) -> list[Flowable]:
    totals = digest.stage_totals
    if not totals:
        return []
    channel_names = dict(digest.channels)
    header: list[Cell] = [
        [Block(label("Stage", language), BOLD, 8, 10, INK)],
        [Block(label("Touchpoints", language), BOLD, 8, 10, INK)],
        *[
            [Block(label(str(s), language), BOLD, 8, 10, INK, marker=s)]
            for s in (Sentiment.POSITIVE, Sentiment.NEUTRAL, Sentiment.NEGATIVE)
        ],
        [Block(label("Average emotion", language), BOLD, 8, 10, INK)],
        [Block(label("Top channels", language), BOLD, 8, 10, INK)],
    ]
    rows = [_figures_row(f, channel_names, language) for f in totals]
    rows.append(_figures_row(_all_stages(totals, language), channel_names, language, bold=True))
    style = RowStyle(
        header_fill=LANE_HEADER_TINTS[1],
        header_rule=RULE,
        row_fills=(None, LANE_HEADER_TINTS[0]),
        rule=RULE,
        column_rule=HAIRLINE,
    )
    shares = _COLUMN_SHARES if width > PROFILE_MAX_WIDTH else _NARROW_SHARES
    if not any(f.channel_mix for f in totals):  # no card names a channel (a sheet without one)
        header, rows = header[:-1], [row[:-1] for row in rows]
        shares = [share / sum(shares[:-1]) for share in shares[:-1]]
    figures = RowTable(header, rows, shares, style, icons, language, frame_height)
    heading = Paragraph(markup(label("Figures by stage", language)), st.h2)
    # with its heading on one page when it fits; a longer table splits and repeats its header
    return [Spacer(1, 6), KeepTogether([heading, Spacer(1, 4), figures])]


def _share(count: int, total: int) -> str:
    return f"{count} · {round(100 * count / total)}%" if total else "0"


def _figures_row(
    f: StageFigures, channel_names: dict[str, str], language: str, *, bold: bool = False
) -> list[Cell]:
    font = BOLD if bold else REGULAR
    total = f.touchpoint_count
    top = sorted(f.channel_mix.items(), key=lambda item: -item[1])[:TOP_CHANNELS]
    channels = " · ".join(f"{channel_names.get(cid, cid)} {n}" for cid, n in top) or "—"
    average = format_average(f.average_emotion, language)
    return [
        [Block(f.stage_name, BOLD, 8.5, 10.8, INK)],
        [Block(str(total), font, 8, 10.4, INK)],
        *[
            [Block(_share(f.sentiment_mix.get(s, 0), total), font, 8, 10.4, INK)]
            for s in (Sentiment.POSITIVE, Sentiment.NEUTRAL, Sentiment.NEGATIVE)
        ],
        [Block(average, font, 8, 10.4, INK if f.average_emotion is not None else MUTED)],
        [Block(channels, font, 8, 10.4, INK)],
    ]


def _all_stages(totals: Sequence[StageFigures], language: str) -> StageFigures:
    """The whole map's figures, summed over the stages (a closing row of the table)."""
    sentiments = dict.fromkeys(Sentiment, 0)
    channels: dict[str, int] = {}
    scored = 0
    emotion_sum = 0.0
    for f in totals:
        for s, n in f.sentiment_mix.items():
            sentiments[s] += n
        for cid, n in f.channel_mix.items():
            channels[cid] = channels.get(cid, 0) + n
        if f.average_emotion is not None:
            scored += f.scored_count
            emotion_sum += f.average_emotion * f.scored_count
    return StageFigures(
        stage_id="",
        stage_name=label("All stages", language),
        persona_id=None,
        persona_name=None,
        touchpoint_count=sum(f.touchpoint_count for f in totals),
        sentiment_mix=sentiments,
        average_emotion=emotion_sum / scored if scored else None,
        scored_count=scored,
        channel_mix=channels,
    )
