"""What the analysis tells a consultant about a map: one :class:`Finding` per fact.

The finding kinds and their wording are a stable interface: consultants quote them in reports
and tools read the JSON of ``cjdesigner analyze --json``. A kind's value never changes meaning;
new kinds may be added at the end. Messages name touchpoints by title and personas and stages by
name; they are written in the map's language (:mod:`cjdesigner.map_language`, or the language
``analyze`` is given), so the English wording below (the lines marked ``»``, wrapped lines
indented) is the source text of every translation. A test checks that every message the analysis
writes matches one of these templates.

How flows are counted
    A connection is a *flow*. A flow belongs to the persona of its source card. A persona's
    *own* flows join two of its cards; a flow from another persona's lane *hands the customer
    over* into this lane: for the source card it is a way on, for the target card a way in.
    A card without any flow (none starts or ends at it, own or across lanes) is not drawn into a
    journey yet: it gets no entry, end, dead-end or unreachable finding (every such card would be
    an entry, an end and, before the last stage, a dead end), only gaps, critical moments and
    figures; the report counts these cards (``left_out``) and says so in one note
    (:mod:`cjdesigner.analysis.unlinked`). So a lane without any flow gets none of those findings.

Fields
    ``touchpoint_ids``: the cards involved, in reading order or flow order (none for a gap);
    ``connection_ids``: the flows involved (skips, backward flows, loops); ``persona_id``: the
    persona concerned (a flow's: its source's; None for a loop across lanes); ``stage_id``: the
    stage concerned (a flow's: its source's; None when the cards span stages); ``score``: the
    ranking figure where the kind has one, else None.

Kinds, in the order a report lists them
``entry_point``
    A card of the persona with a flow that no own flow leads into: where the persona's journey
    starts (a card reached only from another lane counts: the journey enters the lane there).
    » {persona} starts at “{title}” ({stage}): no flow of this lane leads into it.
    If every card with flows has an incoming own flow and nothing hands over into the lane (the
    journey is drawn as a closed loop, e.g. a loyalty cycle back to the first card), the
    earliest card of the lane with flows (first column, then first in its cell) is taken as the
    start, so that the whole loop is not reported unreachable.
    » {persona} starts at “{title}” ({stage}), taken as the start: every card of the lane has a
      flow leading into it.
``end_point``
    A card with a flow in but no outgoing flow at all (a flow into another lane counts as a way
    on).
    » {persona} ends at “{title}” ({stage}): no flow leads out of it.
``dead_end``
    An end point that is not in the map's last stage and not marked as a journey end
    (``Touchpoint.journey_end``): the customer is left there.
    » “{title}” ({stage}, {persona}) leads nowhere: no flow goes on from it, it is not in the
      last stage and it is not marked as a journey end.
``unreachable``
    A card the persona cannot get to from its entry points (nor from a card another lane hands
    over to), following its own flows: with the rule above, a card inside, or only reachable
    through, a loop that nothing leads into.
    » “{title}” ({stage}, {persona}) cannot be reached from where {persona}'s journey starts.
``loop``
    A cycle of flows: the customer repeats steps. Cycles are looked for in each strongly
    connected group of cards (across lanes too). A group of at most 40 cards whose cycles of at
    most 8 flows number at most 10 and cover the whole group gets one finding per cycle; {path}
    is the titles in flow order, back to the first card, joined by " → "; for a loop across
    lanes {persona} names every persona, joined by " / ".
    » Loop for {persona}: {path}.
    Any other group gets one finding for the whole group (this keeps the search bounded on large
    maps); {titles} names the first 8 cards, then "…".
    » {count} touchpoints of {persona} are tied together by loops: {titles}
``skip``
    A flow that jumps forward over one or more stages; score: the number of stages jumped;
    {skipped}: their names.
    » “{source}” ({source_stage}) jumps to “{target}” ({target_stage}) for {persona}, skipping
      {skipped}.
``backward_flow``
    A flow to an earlier stage; score: the number of stages back.
    » “{source}” ({source_stage}) goes back to “{target}” ({target_stage}) for {persona}.
``gap``
    A stage in which the persona has no touchpoint.
    » {persona} has no touchpoint in {stage}.
``critical_moment``
    Every negative card, ranked per persona ({rank} 1 first) by the share of the persona's
    journeys that pass through it (score, 0…1; {share} as a percentage), lower emotion first on
    an equal share, unscored emotion last ({emotion}: "+1", "-2", "0" or "not scored"). A journey
    is a path of own flows from a start (an entry point, a card another lane hands over to) to a
    card with no own way on. Loops are walked once (paths are counted on the graph of strongly
    connected groups), so the figure is exact and takes linear time even on large maps. Unlike
    betweenness centrality it also credits the first and the last card of the journeys, which
    every journey passes.
    » #{rank} for {persona}: “{title}” ({stage}) is negative and {share} of {persona}'s
      journeys pass through it (emotion {emotion}).
    A negative card without any flow of its own lane (score 0) says so instead of "0%".
    » #{rank} for {persona}: “{title}” ({stage}) is negative and not yet connected to
      {persona}'s other touchpoints (emotion {emotion}).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from cjdesigner.i18n import tr as ui_tr
from cjdesigner.map_language import label


class FindingKind(StrEnum):
    """The kinds of finding; the values are stable (JSON, reports), the order is list order."""

    ENTRY_POINT = "entry_point"
    END_POINT = "end_point"
    DEAD_END = "dead_end"
    UNREACHABLE = "unreachable"
    LOOP = "loop"
    SKIP = "skip"
    BACKWARD_FLOW = "backward_flow"
    GAP = "gap"
    CRITICAL_MOMENT = "critical_moment"


KIND_ORDER: dict[FindingKind, int] = {kind: index for index, kind in enumerate(FindingKind)}
"""Where each kind's findings come in a report."""


class Severity(StrEnum):
    """How much a finding asks of the consultant; the values are stable (JSON), order is rank.

    ``problem``: something to work on (a dead end, an unreachable step, a gap, a critical
    moment). ``notice``: worth a look, often intended (loops, skips, backward flows). ``fact``:
    describes the journey (where it starts and ends); lists show these last, folded.
    """

    PROBLEM = "problem"
    NOTICE = "notice"
    FACT = "fact"


SEVERITY: dict[FindingKind, Severity] = {
    FindingKind.ENTRY_POINT: Severity.FACT,
    FindingKind.END_POINT: Severity.FACT,
    FindingKind.DEAD_END: Severity.PROBLEM,
    FindingKind.UNREACHABLE: Severity.PROBLEM,
    FindingKind.LOOP: Severity.NOTICE,
    FindingKind.SKIP: Severity.NOTICE,
    FindingKind.BACKWARD_FLOW: Severity.NOTICE,
    FindingKind.GAP: Severity.PROBLEM,
    FindingKind.CRITICAL_MOMENT: Severity.PROBLEM,
}
"""Each kind's severity (a new kind must be given one: a test checks every kind has)."""


def kinds_by_severity() -> tuple[FindingKind, ...]:
    """Every kind, problems first, then notices, then facts (report order within each)."""
    rank = {severity: index for index, severity in enumerate(Severity)}
    return tuple(sorted(FindingKind, key=lambda kind: (rank[SEVERITY[kind]], KIND_ORDER[kind])))


@dataclass(frozen=True)
class Finding:
    """One fact about the map, naming the cards involved (the Insights panel selects them)."""

    kind: FindingKind
    message: str
    touchpoint_ids: tuple[str, ...]
    persona_id: str | None
    stage_id: str | None
    score: float | None
    connection_ids: tuple[str, ...] = ()
    """The flows involved (skips, backward flows, loops), so a click can select the arrows."""

    @property
    def severity(self) -> Severity:
        """Problem, notice or fact (follows from the kind)."""
        return SEVERITY[self.kind]

    if not TYPE_CHECKING:  # type checkers keep seeing only the fields

        def __getattr__(self, name: str) -> Any:
            """The message of a finding made by :func:`deferred_finding`, written when first read
            (only then: Python asks here for what the instance does not hold yet)."""
            if name == "message":
                held = self.__dict__
                deferred = held.get("_deferred")
                if deferred is not None:
                    template, fields = deferred
                    text: str = template.format(**fields)
                    held["message"] = text  # kept: the next read is a plain attribute
                    return text
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __getstate__(self) -> dict[str, Any]:
        """What pickling keeps: every field, the message written out."""
        return {f: getattr(self, f) for f in _FIELDS}


_new = object.__new__
_FIELDS = tuple(f.name for f in dataclass_fields(Finding))


def make_finding(
    kind: FindingKind,
    message: str,
    touchpoint_ids: tuple[str, ...],
    persona_id: str | None,
    stage_id: str | None,
    score: float | None,
    connection_ids: tuple[str, ...] = (),
) -> Finding:
    """The :class:`Finding` of these values, made without the frozen dataclass's ``__init__``
    (one ``object.__setattr__`` per field): the analysis of a 5,000-card map makes some 12,000
    findings, and this is a tenth of its time less. Equal to ``Finding(...)`` in every way."""
    finding = _new(Finding)
    finding.__dict__.update(
        kind=kind,
        message=message,
        touchpoint_ids=touchpoint_ids,
        persona_id=persona_id,
        stage_id=stage_id,
        score=score,
        connection_ids=connection_ids,
    )
    return finding


def deferred_finding(
    kind: FindingKind,
    template: str,
    fields: dict[str, object],
    touchpoint_ids: tuple[str, ...],
    persona_id: str | None,
    stage_id: str | None,
    score: float | None,
    connection_ids: tuple[str, ...] = (),
) -> Finding:
    """:func:`make_finding` with the message ``template.format(**fields)``, written only when
    it is first read: a 5,000-card map has some 12,000 findings, and a report (the PDF's
    insights page) shows a few dozen of them. Equal to the finding of the written message in
    every way (equality, hash, repr, pickle)."""
    finding = _new(Finding)
    finding.__dict__.update(
        kind=kind,
        _deferred=(template, fields),
        touchpoint_ids=touchpoint_ids,
        persona_id=persona_id,
        stage_id=stage_id,
        score=score,
        connection_ids=connection_ids,
    )
    return finding


def kind_title(kind: FindingKind, language: str = "") -> str:
    """The heading of a kind's group (CLI text, Insights panel, PDF page), in ``language``."""
    tr = _translator(language)
    titles = {
        FindingKind.ENTRY_POINT: tr("Entry points"),
        FindingKind.END_POINT: tr("End points"),
        FindingKind.DEAD_END: tr("Dead ends"),
        FindingKind.UNREACHABLE: tr("Unreachable touchpoints"),
        FindingKind.LOOP: tr("Loops"),
        FindingKind.SKIP: tr("Skipped stages"),
        FindingKind.BACKWARD_FLOW: tr("Backward flows"),
        FindingKind.GAP: tr("Gaps"),
        FindingKind.CRITICAL_MOMENT: tr("Critical moments"),
    }
    return titles[kind]


def kind_description(kind: FindingKind, language: str = "") -> str:
    """One line saying what a kind means, for a tooltip or under a heading, in ``language``."""
    tr = _translator(language)
    descriptions = {
        FindingKind.ENTRY_POINT: tr("Where each persona's journey starts."),
        FindingKind.END_POINT: tr("Where each persona's journey stops."),
        FindingKind.DEAD_END: tr(
            "Touchpoints with no way on, before the last stage and not marked as a journey end."
        ),
        FindingKind.UNREACHABLE: tr(
            "Touchpoints the persona cannot get to from the start of its journey."
        ),
        FindingKind.LOOP: tr("Flows that come back: the customer repeats steps."),
        FindingKind.SKIP: tr("Flows that jump forward over one or more stages."),
        FindingKind.BACKWARD_FLOW: tr("Flows that go back to an earlier stage."),
        FindingKind.GAP: tr("Stages in which a persona has no touchpoint."),
        FindingKind.CRITICAL_MOMENT: tr(
            "Negative touchpoints, ranked by how much of the persona's journey passes through "
            "them: the moments of truth to work on first."
        ),
    }
    return descriptions[kind]


def _translator(language: str) -> Callable[[str], str]:
    """The map's language's words (see :mod:`cjdesigner.map_language`), else the program's."""
    if not language:
        return ui_tr
    return lambda message: label(message, language)
