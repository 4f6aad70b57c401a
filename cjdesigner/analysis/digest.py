"""What a summary of the analysis prints: each kind's count and each persona's first findings.

The PDF's insights page prints how many findings of each kind a map has and at most a dozen or
so messages per kind, taken in turn from each persona. A 5,000-card map has some 12,000
findings, and making, sorting and grouping every one of them was most of the analysis's time
there. :func:`analyze_digest` applies the same rules (the same builders as
:func:`~cjdesigner.analysis.report.analyze`), counts what each kind has, and makes a
:class:`~cjdesigner.analysis.findings.Finding` only for the first ``shown[kind]`` findings of
each persona, in report order: :meth:`ReportDigest.of_report` of the full report, without the
full report (tested on the samples and on random maps). The editor's Insights panel lists every
finding and keeps using ``analyze``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
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
from cjdesigner.model import JourneyMap


@dataclass(frozen=True)
class ReportDigest:
    """A :class:`~cjdesigner.analysis.report.JourneyReport` in brief: its counts, and of each
    kind only each persona's first findings (``leading``, in report order)."""

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
    leading: dict[FindingKind, tuple[Finding, ...]]
    """Every kind's findings in report order, at most ``shown[kind]`` of each persona (a loop
    across lanes counts as a persona of its own, ``persona_id`` None)."""
    stage_totals: tuple[StageFigures, ...]
    """One entry per stage, all personas together (the report's ``stage_totals``)."""

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
            leading={
                kind: leading_findings(found, shown.get(kind, 0)) for kind, found in by_kind.items()
            },
            stage_totals=report.stage_totals,
        )


def leading_findings(findings: Iterable[Finding], limit: int) -> tuple[Finding, ...]:
    """The first ``limit`` findings of each persona, in the order given."""
    taken: dict[str | None, int] = {}
    out: list[Finding] = []
    for finding in findings:
        persona_id = finding.persona_id
        count = taken.get(persona_id, 0)
        if count < limit:
            taken[persona_id] = count + 1
            out.append(finding)
    return tuple(out)


def analyze_digest(
    m: JourneyMap, shown: Mapping[FindingKind, int], language: str | None = None
) -> ReportDigest:
    """``ReportDigest.of_report(analyze(m, language), shown)``, making only the findings kept.

    ``shown``: how many findings of each persona to keep per kind (a kind left out: none,
    only counted).
    """
    ctx = Context(map_data(m), language or "")
    counts = dict.fromkeys(FindingKind, 0)
    by_kind: dict[FindingKind, list[Keyed]] = {kind: [] for kind in FindingKind}

    def collect(keyed: list[Keyed]) -> None:
        for item in keyed:
            by_kind[item[1].kind].append(item)

    critical = FindingKind.CRITICAL_MOMENT
    for persona_id in ctx.persona_ids:
        lane = lane_of(ctx, persona_id)
        # a lane's findings of a kind are in report order already: its first ones are kept
        cards = lane_cards(ctx, lane)
        for kind, nodes in cards.items():
            counts[kind] += len(nodes)
        collect(lane_findings(ctx, lane, {k: v[: shown.get(k, 0)] for k, v in cards.items()}))
        ranking = rank_negatives(ctx, lane)
        counts[critical] += len(ranking.nodes)
        cut = ranking._replace(nodes=ranking.nodes[: shown.get(critical, 0)])
        by_kind[critical] += critical_findings(ctx, lane, cut)
    collect(stage_jump_findings(ctx, _leading_jumps(ctx, stage_jumps(ctx), shown, counts)))
    loops, gaps = loop_findings(ctx), gap_findings(ctx)
    counts[FindingKind.LOOP], counts[FindingKind.GAP] = len(loops), len(gaps)
    by_kind[FindingKind.LOOP] += loops
    by_kind[FindingKind.GAP] += gaps
    leading: dict[FindingKind, tuple[Finding, ...]] = {}
    for kind, keyed in by_kind.items():
        keyed.sort(key=_sort_key)
        leading[kind] = leading_findings((finding for _, finding in keyed), shown.get(kind, 0))
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
        leading=leading,
        stage_totals=stage_figures(ctx, cells=False)[1],
    )


def _leading_jumps(
    ctx: Context,
    jumps: list[Jump],
    shown: Mapping[FindingKind, int],
    counts: dict[FindingKind, int],
) -> list[Jump]:
    """Each persona's first skips and backward flows in report order (by source card, then
    target card); every one counted into ``counts``."""
    groups: dict[tuple[FindingKind, str], list[Jump]] = {}
    for jump in jumps:
        groups.setdefault((jump[0], jump[3]["persona_id"]), []).append(jump)
    keys = ctx.keys
    kept: list[Jump] = []
    for (kind, _persona), group in groups.items():
        counts[kind] += len(group)
        limit = shown.get(kind, 0)
        if len(group) > limit:
            group.sort(key=lambda jump: (keys[jump[1]], keys[jump[2]]))
        kept += group[:limit]
    return kept


def _sort_key(item: Keyed) -> tuple[Any, ...]:
    return item[0]
