"""The persona profiles of the detail pages, whatever the length of their texts.

A profile is compact — the avatar beside the name, quote, demographics, and goals beside
frustrations — when it fits a page; a profile longer than a page (the model allows a 5,000
character quote, demographics, and up to 100 goals and frustrations of 5,000 characters each)
flows instead: the avatar and name, then each text as paragraphs that continue on the next
page. platypus cannot split a table cell, so a compact profile that does not fit a page would
stop the export ("LayoutError").
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Indenter, KeepTogether, Spacer

from cjdesigner.export.pdf.detail_blocks import (
    PROFILE_MAX_WIDTH,
    TIGHT,
    AvatarFlowable,
    Paragraph,
    Styles,
    quoted,
    table,
)
from cjdesigner.export.pdf.outline import Bookmark
from cjdesigner.export.pdf.text import markup
from cjdesigner.export.pdf.theme import hex_colour, tint
from cjdesigner.map_language import label
from cjdesigner.model import JourneyMap, Persona
from cjdesigner.templates import is_persona_prompt

AVATAR = 64.0
SIDE = AVATAR + 18
GAP = 28.0
FITS = 0.9
"""A compact profile is used when it takes at most this share of a page."""


def persona_profiles(
    m: JourneyMap, st: Styles, width: float, frame_height: float, language: str
) -> list[Flowable]:
    """Every persona's profile, two side by side on wide sheets when both are short."""
    story: list[Flowable] = []
    per_row = 2 if width > PROFILE_MAX_WIDTH * 1.6 else 1
    column = (width - GAP * (per_row - 1)) / per_row
    for start in range(0, len(m.personas), per_row):
        group = m.personas[start : start + per_row]
        marks = [Bookmark(f"persona-{p.id}", p.name, level=1) for p in group]
        compact = [_compact(persona, st, column, language) for persona in group]
        if per_row == 1:
            if _height(compact[0], width) <= frame_height * FITS:
                story.append(KeepTogether([*marks, *compact[0]]))
            else:
                story += [*marks, *_flowing(group[0], st, width, 0.0, language)]
        else:
            compact += [[]] * (per_row - len(compact))
            row = table([[compact[0], "", compact[1]]], [column, GAP, column], TIGHT)
            if _height([row], width) <= frame_height * FITS:
                story.append(KeepTogether([*marks, row]))
            else:  # one under the other, each at a readable width
                for mark, persona in zip(marks, group, strict=True):
                    story += [mark, *_flowing(persona, st, width, width - column, language)]
                    story.append(Spacer(1, 18))
                continue
        story.append(Spacer(1, 18))
    return story


def _height(flowables: list[Flowable], width: float) -> float:
    return sum(f.wrap(width, 1e9)[1] for f in flowables)


def _quote(persona: Persona, st: Styles, width: float, language: str) -> Flowable:
    colour = hex_colour(persona.colour)
    return table(
        [[Paragraph(markup(quoted(persona.quote, language)), st.quote)]],
        [width],
        [
            ("LINEBEFORE", (0, 0), (0, 0), 2.5, colour),
            ("BACKGROUND", (0, 0), (0, 0), tint(colour, 0.93)),
            ("LEFTPADDING", (0, 0), (0, 0), 10),
            ("TOPPADDING", (0, 0), (0, 0), 5),
            ("BOTTOMPADDING", (0, 0), (0, 0), 7),
        ],
        splitInRow=1,
    )


def _list(heading: str, items: list[str], st: Styles) -> list[Flowable]:
    cell: list[Flowable] = [Paragraph(markup(heading), st.label)]
    cell += [Paragraph(markup(item), st.bullet, bulletText="•") for item in items]
    if not items:
        cell.append(Paragraph("—", st.muted))
    return cell


def _head(persona: Persona, st: Styles) -> list[Flowable]:
    text: list[Flowable] = [Paragraph(markup(persona.name), st.h2)]
    if persona.role and not is_persona_prompt(persona.role):  # a template's prompt: not content
        text.append(Paragraph(markup(persona.role), st.muted))
    return text


def _compact(persona: Persona, st: Styles, width: float, language: str) -> list[Flowable]:
    text = _head(persona, st)
    if persona.quote:
        text += [Spacer(1, 4), _quote(persona, st, width - SIDE, language)]
    if persona.demographics:
        text += [
            Paragraph(markup(label("Demographics", language)), st.label),
            Paragraph(markup(persona.demographics), st.body),
        ]
    columns = [
        _list(label("Goals", language), persona.goals, st),
        _list(label("Frustrations", language), persona.frustrations, st),
    ]
    text.append(
        table([columns], [(width - SIDE) / 2] * 2, [*TIGHT, ("RIGHTPADDING", (0, 0), (-1, -1), 12)])
    )
    return [table([[AvatarFlowable(persona, AVATAR), text]], [SIDE, width - SIDE], TIGHT)]


def _flowing(
    persona: Persona, st: Styles, width: float, right: float, language: str
) -> list[Flowable]:
    """The profile as flowables that split across pages, ``right`` points narrower."""
    out: list[Flowable] = [
        Indenter(right=right),
        table(
            [[AvatarFlowable(persona, AVATAR), _head(persona, st)]],
            [SIDE, width - right - SIDE],
            TIGHT,
        ),
        Indenter(left=SIDE),
    ]
    inner = width - right - SIDE
    if persona.quote:
        out += [Spacer(1, 4), _quote(persona, st, inner, language)]
    if persona.demographics:
        out += [
            Paragraph(markup(label("Demographics", language)), st.label),
            Paragraph(markup(persona.demographics), st.body),
        ]
    out += _list(label("Goals", language), persona.goals, st)
    out += _list(label("Frustrations", language), persona.frustrations, st)
    out += [Indenter(left=-SIDE, right=-right)]
    return out
