"""What a summary of the analysis prints: each kind's count and the few findings it shows.

The PDF's insights page prints how many findings of each kind a map has and at most a dozen or
so messages per kind, taken in turn from each persona (:func:`shown_findings`). A 5,000-card
map has some 12,000 findings, and making, sorting and grouping every one of them was most of
the analysis's time there. :func:`analyze_digest` applies the same rules (the same builders as
:func:`~cjdesigner.analysis.report.analyze`), counts what each kind has per persona, works out
from those counts which findings the summary shows, and makes a
:class:`~cjdesigner.analysis.findings.Finding` only for those: :meth:`ReportDigest.of_report`
of the full report, without the full report (tested on the samples and on random maps). The
editor's Insights panel lists every finding and keeps using ``analyze``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cjdesigner.analysis.context import Context
from cjdesigner.analysis.critical import critical_findings, rank_negatives
from cjdesigner.analysis.figures import StageFigures, stage_figures
from cjdesigner.analysis.findings import Finding, FindingKind
from cjdesigner.analysis.flows import (
    Jump,
    Keyed,
    gap_findings,
    lane_cards,
    lane_findings,
    lane_of,
    stage_jump_findings,
    stage_jumps,
)
from cjdesigner.analysis.graph import map_data
from cjdesigner.analysis.loops import loop_findings
from cjdesigner.analysis.report import JourneyReport
from cjdesigner.analysis.unlinked import left_out_count, left_out_note
from cjdesigner.model import JourneyMap

LANE_KINDS = (
    FindingKind.ENTRY_POINT,
    FindingKind.END_POINT,
    FindingKind.DEAD_END,
    FindingKind.UNREACHABLE,
)
"""The kinds :func:`~cjdesigner.analysis.flows.lane_cards` finds, lane by lane."""


@dataclass(frozen=True)
class ReportDigest:
    """A :class:`~cjdesigner.analysis.report.JourneyReport` in brief: its counts, and of each
    kind only the findings a summary shows (``shown``, see :func:`shown_findings`)."""

    title: str
    language: str
    """The language the messages are written in (the map's, or the one asked for)."""
    stages: tuple[tuple[str, str], ...]
    personas: tuple[tuple[str, str], ...]
    channels: tuple[tuple[str, str], ...]
    touchpoint_count: int
    connection_count: int
    counts: dict[FindingKind, int]
    """How many findings of each kind the full report has (every kind, zero included)."""
    shown: dict[FindingKind, tuple[Finding, ...]]
    """Every kind's findings a summary shows: :func:`shown_findings` of the report's findings
    of the kind, at most as many as asked for."""
    stage_totals: tuple[StageFigures, ...]
    """One entry per stage, all personas together (the report's ``stage_totals``)."""
    left_out: int = 0
    """How many cards have no flow yet, and so no entry, end or dead-end finding (the
    report's ``left_out``)."""

    @property
    def note(self) -> str:
        """The one-line note on the cards left out, in the digest's language ("" if none)."""
        return left_out_note(self.left_out, self.language)

    @property
    def finding_count(self) -> int:
        """How many findings the full report has."""
        return sum(self.counts.values())

    @classmethod
    def of_report(cls, report: JourneyReport, shown: Mapping[FindingKind, int]) -> ReportDigest:
        """The digest of a full report (what :func:`analyze_digest` gives without one)."""
        by_kind = report.by_kind()
        return cls(
            title=report.title,
            language=report.language,
            stages=report.stages,
            personas=report.personas,
            channels=report.channels,
            touchpoint_count=report.touchpoint_count,
            connection_count=report.connection_count,
            counts={kind: len(found) for kind, found in by_kind.items()},
            shown={
                kind: shown_findings(found, shown.get(kind, 0)) for kind, found in by_kind.items()
            },
            stage_totals=report.stage_totals,
            left_out=report.left_out,
        )


def shown_findings(findings: Sequence[Finding], limit: int) -> tuple[Finding, ...]:
    """At most ``limit`` of ``findings`` (one kind's, in report order), taken in turn from each
    persona (each persona's in their order; personas in the order they first come; a loop
    across lanes counts as a persona of its own) and listed in the order given: a cut list
    still names every persona's most important ones."""
    if len(findings) <= limit:
        return tuple(findings)
    by_persona: dict[str | None, list[int]] = {}
    for index, finding in enumerate(findings):
        by_persona.setdefault(finding.persona_id, []).append(index)
    chosen: list[int] = []
    depth = 0
    while len(chosen) < limit:
        for indexes in by_persona.values():
            if depth < len(indexes) and len(chosen) < limit:
                chosen.append(indexes[depth])
        depth += 1
    return tuple(findings[i] for i in sorted(chosen))


def takes(counts: Sequence[int], limit: int) -> list[int]:
    """How many findings :func:`shown_findings` takes from each persona, from how many each
    has (personas in the order they first come): the same turns, counted, not made."""
    if sum(counts) <= limit:
        return list(counts)
    taken = [0] * len(counts)
    chosen = 0
    depth = 0
    while chosen < limit:
        for i, count in enumerate(counts):
            if depth < count and chosen < limit:
                taken[i] += 1
                chosen += 1
        depth += 1
    return taken


def analyze_digest(
    m: JourneyMap, shown: Mapping[FindingKind, int], language: str | None = None
) -> ReportDigest:
    """``ReportDigest.of_report(analyze(m, language), shown)``, making only the findings shown.

    ``shown``: how many findings to show per kind (a kind left out: none, only counted).
    Each persona's findings of a kind come out of the rules in report order (a lane's cards
    in reading order, its critical moments by rank, its skips by card), so the ones shown are
    the first :func:`takes` of each persona's, worked out from their counts.
    """
    ctx = Context(map_data(m), language or "")
    counts = dict.fromkeys(FindingKind, 0)
    by_kind: dict[FindingKind, list[Keyed]] = {kind: [] for kind in FindingKind}
    lanes = [lane_of(ctx, persona_id) for persona_id in ctx.persona_ids]
    cards = [lane_cards(ctx, lane) for lane in lanes]
    # the lanes' kinds: each lane's cards of a kind, the first few of them written
    chosen: list[dict[FindingKind, list[str]]] = [{} for _ in lanes]
    for kind in LANE_KINDS:
        found = [lane_kinds.get(kind, []) for lane_kinds in cards]
        counts[kind] = sum(map(len, found))
        for i, take in enumerate(takes(list(map(len, found)), shown.get(kind, 0))):
            if take:
                chosen[i][kind] = found[i][:take]
    for lane, lane_kinds in zip(lanes, chosen, strict=True):
        for item in lane_findings(ctx, lane, lane_kinds):
            by_kind[item[1].kind].append(item)
    critical = FindingKind.CRITICAL_MOMENT
    rankings = [rank_negatives(ctx, lane) for lane in lanes]
    counts[critical] = sum(len(ranking.nodes) for ranking in rankings)
    lane_takes = takes([len(ranking.nodes) for ranking in rankings], shown.get(critical, 0))
    for lane, ranking, take in zip(lanes, rankings, lane_takes, strict=True):
        if take:
            cut = ranking._replace(nodes=ranking.nodes[:take])
            by_kind[critical] += critical_findings(ctx, lane, cut)
    for item in stage_jump_findings(ctx, _shown_jumps(ctx, stage_jumps(ctx), shown, counts)):
        by_kind[item[1].kind].append(item)
    loops, gaps = loop_findings(ctx), gap_findings(ctx)
    counts[FindingKind.LOOP], counts[FindingKind.GAP] = len(loops), len(gaps)
    by_kind[FindingKind.LOOP] += loops
    by_kind[FindingKind.GAP] += gaps
    shown_by_kind: dict[FindingKind, tuple[Finding, ...]] = {}
    for kind, keyed in by_kind.items():
        keyed.sort(key=_sort_key)
        # loops and gaps are all made (few): cut here; the others are cut already
        shown_by_kind[kind] = shown_findings([f for _, f in keyed], shown.get(kind, 0))
    attrs = ctx.source.attrs
    return ReportDigest(
        title=attrs.get("title", ""),
        language=ctx.language,
        stages=tuple(attrs.get("stages", ())),
        personas=tuple(attrs.get("personas", ())),
        channels=tuple(attrs.get("channels", ())),
        touchpoint_count=len(ctx.data),
        connection_count=ctx.edge_count,
        counts=counts,
        shown=shown_by_kind,
        stage_totals=stage_figures(ctx, cells=False)[1],
        left_out=left_out_count(ctx),
    )


def _shown_jumps(
    ctx: Context,
    jumps: list[Jump],
    shown: Mapping[FindingKind, int],
    counts: dict[FindingKind, int],
) -> list[Jump]:
    """The skips and backward flows shown: each persona's first (report order: by source card,
    then target card), as many as :func:`takes` gives it; every one counted into ``counts``."""
    groups: dict[FindingKind, dict[str, list[Jump]]] = {}
    for jump in jumps:
        groups.setdefault(jump[0], {}).setdefault(jump[3]["persona_id"], []).append(jump)
    keys, persona_index = ctx.keys, ctx.persona_index
    kept: list[Jump] = []
    for kind, by_persona in groups.items():
        personas = sorted(by_persona, key=persona_index.__getitem__)  # report order
        lists = [by_persona[persona_id] for persona_id in personas]
        counts[kind] += sum(map(len, lists))
        for group, take in zip(
            lists, takes(list(map(len, lists)), shown.get(kind, 0)), strict=True
        ):
            if take < len(group):
                group.sort(key=lambda jump: (keys[jump[1]], keys[jump[2]]))
            kept += group[:take]
    return kept


def _sort_key(item: Keyed) -> tuple[Any, ...]:
    return item[0]
