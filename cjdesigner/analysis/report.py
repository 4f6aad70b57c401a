"""The whole analysis of a map: findings in a stable order plus the per-stage figures."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cjdesigner.analysis.context import Context
from cjdesigner.analysis.critical import critical_findings
from cjdesigner.analysis.figures import StageFigures, stage_figures
from cjdesigner.analysis.findings import Finding, FindingKind
from cjdesigner.analysis.flows import (
    Keyed,
    gap_findings,
    lane_findings,
    lane_of,
    stage_jump_findings,
)
from cjdesigner.analysis.graph import MapData, graph_data, map_data
from cjdesigner.analysis.loops import loop_findings
from cjdesigner.analysis.unlinked import left_out_count, left_out_note
from cjdesigner.model import JourneyMap

if TYPE_CHECKING:
    import networkx as nx

JSON_FORMAT = "cjdesigner.analysis"
JSON_VERSION = 1
"""The JSON report's own marker and version: bumped only if a key changes meaning."""


@dataclass(frozen=True)
class JourneyReport:
    """What :func:`analyze` found. ``findings`` are ordered by kind (``FindingKind`` order),
    then by persona lane, then by position on the map, so two runs list them identically."""

    title: str
    language: str
    """The language the messages are written in (the map's, or the one asked for)."""
    stages: tuple[tuple[str, str], ...]
    personas: tuple[tuple[str, str], ...]
    channels: tuple[tuple[str, str], ...]
    touchpoint_count: int
    connection_count: int
    findings: tuple[Finding, ...]
    figures: tuple[StageFigures, ...]
    """One entry per (stage, persona), stage by stage, personas in lane order."""
    stage_totals: tuple[StageFigures, ...]
    """One entry per stage, all personas together (``persona_id`` None)."""
    left_out: int = 0
    """How many cards have no flow yet, and so no entry, end or dead-end finding
    (:mod:`~cjdesigner.analysis.unlinked`)."""

    @property
    def note(self) -> str:
        """The one-line note on the cards left out, in the report's language ("" if none)."""
        return left_out_note(self.left_out, self.language)

    def of_kind(self, kind: FindingKind) -> tuple[Finding, ...]:
        """The findings of one kind, in report order."""
        return tuple(f for f in self.findings if f.kind == kind)

    def by_kind(self) -> dict[FindingKind, list[Finding]]:
        """Each kind's findings in report order (every kind, maybe none), in one pass: asking
        :meth:`of_kind` for each kind walks a big map's 12,000 findings nine times. The report
        lists them kind by kind, so a kind is looked up once per run of it."""
        groups: dict[FindingKind, list[Finding]] = {kind: [] for kind in FindingKind}
        current_kind: FindingKind | None = None
        current: list[Finding] = []
        for finding in self.findings:
            kind = finding.kind
            if kind is not current_kind:
                current_kind, current = kind, groups[kind]
            current.append(finding)
        return groups

    def counts(self) -> dict[FindingKind, int]:
        """How many findings of each kind (every kind present, zero included)."""
        counts = dict.fromkeys(FindingKind, 0)
        for finding in self.findings:
            counts[finding.kind] += 1
        return counts


def analyze(m: JourneyMap, language: str | None = None) -> JourneyReport:
    """Analyse a map: its flows, loops, jumps, gaps, critical moments and stage figures.

    The same as ``analyze_graph(build_graph(m))``, without building the networkx graph.
    Messages are written in the map's language (``info.language``) unless ``language`` is given.
    """
    return _analyze(map_data(m), language)


def analyze_graph(g: nx.DiGraph, language: str | None = None) -> JourneyReport:
    """Analyse a graph made by :func:`~cjdesigner.analysis.graph.build_graph`.

    The graph holds plain values only, so this can run on a worker thread while the map it
    was built from keeps changing. The graph is only read.
    """
    return _analyze(graph_data(g), language)


def _analyze(source: MapData, language: str | None) -> JourneyReport:
    ctx = Context(source, language or "")
    # One list per kind, each sorted on its own: the same order as sorting every finding by
    # (kind, key), without hashing an enum member for each of thousands of findings.
    by_kind: dict[FindingKind, list[Keyed]] = {kind: [] for kind in FindingKind}

    def collect(keyed: list[Keyed]) -> None:
        for item in keyed:
            by_kind[item[1].kind].append(item)

    for persona_id in ctx.persona_ids:
        lane = lane_of(ctx, persona_id)
        collect(lane_findings(ctx, lane))
        by_kind[FindingKind.CRITICAL_MOMENT].extend(critical_findings(ctx, lane))
    by_kind[FindingKind.LOOP].extend(loop_findings(ctx))
    collect(stage_jump_findings(ctx))
    by_kind[FindingKind.GAP].extend(gap_findings(ctx))
    findings: list[Finding] = []
    for kind in FindingKind:
        keyed = by_kind[kind]
        keyed.sort(key=_sort_key)
        findings.extend(finding for _, finding in keyed)
    figures, totals = stage_figures(ctx)
    attrs = source.attrs
    return JourneyReport(
        title=attrs.get("title", ""),
        language=ctx.language,
        stages=tuple(attrs.get("stages", ())),
        personas=tuple(attrs.get("personas", ())),
        channels=tuple(attrs.get("channels", ())),
        touchpoint_count=len(ctx.data),
        connection_count=ctx.edge_count,
        findings=tuple(findings),
        figures=figures,
        stage_totals=totals,
        left_out=left_out_count(ctx),
    )


def _sort_key(item: Keyed) -> tuple[Any, ...]:
    return item[0]


def report_to_json(report: JourneyReport) -> dict[str, Any]:
    """The report as plain JSON data (``json.dumps``-ready); keys are stable, see below.

    ``{"format": "cjdesigner.analysis", "format_version": 1, "title", "language" (of the
    messages), "counts": {stages,
    personas, touchpoints, connections, touchpoints_without_flows}, "notes": [the one-line note on
    the cards without a flow, left out of entry, end and dead-end findings; none when every card
    has a flow], "summary": {kind: count for every kind},
    "findings": [{kind, severity, message, touchpoint_ids, connection_ids, persona_id, stage_id,
    score}], "figures": [per stage and persona], "stage_totals": [per stage]}``; each figure is
    ``{stage_id, stage, persona_id, persona, touchpoints, sentiment: {positive, neutral,
    negative}, average_emotion, scored, channels: [{id, name, count}]}``.
    """
    channel_names = dict(report.channels)
    return {
        "format": JSON_FORMAT,
        "format_version": JSON_VERSION,
        "title": report.title,
        "language": report.language,
        "counts": {
            "stages": len(report.stages),
            "personas": len(report.personas),
            "touchpoints": report.touchpoint_count,
            "connections": report.connection_count,
            "touchpoints_without_flows": report.left_out,
        },
        "notes": [report.note] if report.left_out else [],
        "summary": {kind.value: count for kind, count in report.counts().items()},
        "findings": [
            {
                "kind": f.kind.value,
                "severity": f.severity.value,
                "message": f.message,
                "touchpoint_ids": list(f.touchpoint_ids),
                "connection_ids": list(f.connection_ids),
                "persona_id": f.persona_id,
                "stage_id": f.stage_id,
                "score": f.score,
            }
            for f in report.findings
        ],
        "figures": [_figures_json(f, channel_names) for f in report.figures],
        "stage_totals": [_figures_json(f, channel_names) for f in report.stage_totals],
    }


def _figures_json(f: StageFigures, channel_names: dict[str, str]) -> dict[str, Any]:
    return {
        "stage_id": f.stage_id,
        "stage": f.stage_name,
        "persona_id": f.persona_id,
        "persona": f.persona_name,
        "touchpoints": f.touchpoint_count,
        "sentiment": {s.value: n for s, n in f.sentiment_mix.items()},
        "average_emotion": f.average_emotion,
        "scored": f.scored_count,
        "channels": [
            {"id": cid, "name": channel_names.get(cid, cid), "count": n}
            for cid, n in f.channel_mix.items()
        ],
    }
