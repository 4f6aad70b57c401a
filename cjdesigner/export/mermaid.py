"""The map as Mermaid ``journey`` diagrams: one per persona, for wikis, Markdown and slides.

Each persona's journey has the persona as its actor, a ``section`` per stage (in map order) and
a task per touchpoint (in card order) scored 1–5 from its emotion (−2…+2 → 1…5; a card without
an emotion is scored from its sentiment). Mermaid's grammar ends a name at ``:``, ``;``, ``#``
or a line break and separates actors at ``,``, so those characters are written as look-alikes
that it does not read (``꞉`` ``,`` ``＃``) and line breaks as spaces. What a journey diagram cannot
show — descriptions, pain points, KPIs, flows, empty stages — is listed for the user.

``.mmd`` holds the diagrams one after another (each starts with ``journey``: Mermaid renders
one at a time); ``.md`` wraps each in a fenced ``mermaid`` block under the persona's name, which
GitHub, GitLab and the Mermaid CLI render together.
"""

from __future__ import annotations

from cjdesigner.i18n import ntr, tr
from cjdesigner.model import JourneyMap, Sentiment, Touchpoint

_ESCAPES = str.maketrans(
    {":": "꞉", ";": ",", "#": "＃", "\n": " ", "\r": " ", "\t": " ", "%": "％", "{": "(", "}": ")"}
)
_SENTIMENT_SCORE = {Sentiment.POSITIVE: 4, Sentiment.NEUTRAL: 3, Sentiment.NEGATIVE: 2}


def mermaid_text(text: str, *, actor: bool = False) -> str:
    """``text`` as Mermaid's journey grammar can hold it on one line (see the module's note)."""
    escaped = text.translate(_ESCAPES)
    if actor:
        escaped = escaped.replace(",", "‚")
    return " ".join(escaped.split()) or "–"


def score(t: Touchpoint) -> int:
    """Mermaid's 1–5 task score: emotion −2…+2 as 1…5, else 4/3/2 from the sentiment."""
    if t.emotion is not None:
        return t.emotion + 3
    return _SENTIMENT_SCORE[t.sentiment]


def mermaid_journeys(m: JourneyMap, *, markdown: bool = False) -> tuple[str, list[str]]:
    """The diagrams as one text, and sentences saying what they leave out of the map."""
    cells = m.cells()
    blocks: list[str] = []
    for persona in m.personas:
        actor = mermaid_text(persona.name, actor=True)
        lines = ["journey", f"    title {mermaid_text(m.info.title)} — {actor}"]
        for stage in m.stages:
            cards = cells.get((stage.id, persona.id), [])
            if not cards:
                continue
            lines.append(f"    section {mermaid_text(stage.name)}")
            lines += [f"      {mermaid_text(t.title)}: {score(t)}: {actor}" for t in cards]
        if len(lines) == 2:
            continue
        diagram = "\n".join(lines)
        if markdown:
            blocks.append(f"## {persona.name}\n\n```mermaid\n{diagram}\n```")
        else:
            blocks.append(f"%% {mermaid_text(persona.name)}\n{diagram}")
    heading = f"# {m.info.title}\n\n" if markdown else ""
    return heading + "\n\n".join(blocks) + "\n", _left_out(m, len(blocks), markdown)


def _left_out(m: JourneyMap, diagrams: int, markdown: bool) -> list[str]:
    notes = []
    texts = sum(
        1
        for t in m.touchpoints
        if t.description or t.customer_action or t.pain_points or t.opportunities or t.kpis
    )
    if texts:
        notes.append(
            ntr(
                "descriptions, customer actions, pain points, opportunities and KPIs left out "
                "for %n touchpoint(s) (a journey diagram shows titles and scores only)",
                texts,
            )
        )
    if m.connections:
        notes.append(
            ntr("%n flow(s) left out (a journey diagram is a straight line)", len(m.connections))
        )
    unscored = sum(1 for t in m.touchpoints if t.emotion is None)
    if unscored:
        notes.append(
            ntr("%n touchpoint(s) without an emotion scored from their sentiment", unscored)
        )
    empty = [p.name for p in m.personas if not any(t.persona_id == p.id for t in m.touchpoints)]
    if empty:
        notes.append(
            tr("personas without touchpoints have no journey: {names}").format(
                names=", ".join(empty)
            )
        )
    notes.append(tr("channels, evidence, milestones and colours are left out"))
    if diagrams > 1 and not markdown:
        notes.append(
            tr(
                "the file holds {n} journeys, each starting with 'journey'; Mermaid renders one "
                "diagram at a time, so paste them one by one, or export to .md for fenced blocks "
                "that render together"
            ).format(n=diagrams)
        )
    return notes
