"""The part of an Insights refresh that runs away from the UI: snapshot, analysis, results.

The UI thread copies the map's field values (:func:`snapshot`: one shallow dict copy per item,
about 10 ms for 5,000 cards and 10,000 flows); the worker rebuilds a map from them, analyses
it (``analyze``: the same report as ``analyze_graph(build_graph(m))``, without the networkx
graph — the analysis identity tests hold them equal) and cuts the report down to plain tuples
(:class:`Insights`). Analysing the live map would be the simpler snapshot, but it takes
50–200 ms on such a map: too long for the UI thread.

Python's garbage collector is part of the design: see :class:`GcPause` and :class:`Insights`.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cjdesigner.analysis import Finding, FindingKind
from cjdesigner.model import Channel, Connection, JourneyMap, MapInfo, Persona, Stage, Touchpoint

if TYPE_CHECKING:
    from cjdesigner.analysis import JourneyReport


@dataclass(frozen=True)
class MapSnapshot:
    """The map's field values at one moment: shallow copies of each item's ``__dict__``.

    Operations replace a field's value rather than change it in place, so copying the dicts is
    enough for the worker never to see a half-made edit.
    """

    info: dict[str, Any]
    stages: list[dict[str, Any]]
    personas: list[dict[str, Any]]
    channels: list[dict[str, Any]]
    touchpoints: list[dict[str, Any]]
    connections: list[dict[str, Any]]


_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_was_enabled = False


class GcPause:
    """No cyclic garbage collection from creation until :meth:`end` (from any thread).

    A refresh makes tens of thousands of short-lived objects: the snapshot's dicts, the map
    rebuilt from them, the graph. Collected while they live, they would be walked into the
    oldest generation and bring on full collections of the whole heap, which on a 5,000-card
    map take 100–200 ms and stop every thread, the UI thread too (measured in
    ``benchmarks/bench_insights.py``). So collection pauses from the snapshot until the worker
    has freed them all. Pauses are counted (the UI thread and the worker may overlap), and
    collection resumes when the last one ends.
    """

    def __init__(self) -> None:
        global _gc_pauses, _gc_was_enabled
        self._ended = False
        with _gc_lock:
            if _gc_pauses == 0:
                _gc_was_enabled = gc.isenabled()
                gc.disable()
            _gc_pauses += 1

    def end(self) -> None:
        """Resume collection (if no other pause holds); a second call does nothing."""
        global _gc_pauses
        with _gc_lock:
            if self._ended:
                return
            self._ended = True
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_enabled:
                gc.enable()


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """A :class:`GcPause` for the length of a ``with`` block."""
    pause = GcPause()
    try:
        yield
    finally:
        pause.end()


def snapshot(m: JourneyMap) -> MapSnapshot:
    """Copy what the analysis needs, on the UI thread (the model is not thread-safe)."""
    with paused_gc():
        return MapSnapshot(
            info=dict(m.info.__dict__),
            stages=[dict(s.__dict__) for s in m.stages],
            personas=[dict(p.__dict__) for p in m.personas],
            channels=[dict(c.__dict__) for c in m.channels],
            touchpoints=[dict(t.__dict__) for t in m.touchpoints],
            connections=[dict(c.__dict__) for c in m.connections],
        )


def rebuild(snap: MapSnapshot) -> JourneyMap:
    """The map again, from already valid values (no validation: it was valid when copied)."""
    return JourneyMap.model_construct(
        info=MapInfo.model_construct(**snap.info),
        stages=[Stage.model_construct(**d) for d in snap.stages],
        personas=[Persona.model_construct(**d) for d in snap.personas],
        channels=[Channel.model_construct(**d) for d in snap.channels],
        touchpoints=[Touchpoint.model_construct(**d) for d in snap.touchpoints],
        connections=[Connection.model_construct(**d) for d in snap.connections],
    )


Row = tuple[str, str, tuple[str, ...], tuple[str, ...], str | None, str | None, float | None]
"""A finding as plain values: kind, message, touchpoint ids, connection ids, persona id, stage
id, score (the fields of :class:`~cjdesigner.analysis.Finding`, in order)."""


@dataclass(frozen=True)
class Insights:
    """What the panel shows of a report, as tuples of strings and numbers.

    A report of a big map holds about ten thousand ``Finding`` objects, each one followed by the
    garbage collector until it dies; kept for minutes, they reach its oldest generation and
    bring on full collections (100–200 ms on a 5,000-card map, every thread stopped). Tuples of
    strings drop out of the collector's sight after its first look, so the panel keeps these
    and makes a ``Finding`` only for the row that is clicked.
    """

    rows: tuple[Row, ...]
    counts: tuple[tuple[str, int], ...]
    """(kind value, number of findings) for every kind, in kind order."""
    touchpoint_count: int
    connection_count: int
    language: str = "en"
    """The language of the messages (the map's), which the panel's headings follow."""
    left_out: int = 0
    """How many cards without a flow yet the analysis left out of entry, end and dead-end
    findings (the report's ``left_out``)."""

    @staticmethod
    def from_report(report: JourneyReport) -> Insights:
        return Insights(
            rows=tuple(
                (
                    f.kind.value,
                    f.message,
                    tuple(f.touchpoint_ids),
                    tuple(f.connection_ids),
                    f.persona_id,
                    f.stage_id,
                    f.score,
                )
                for f in report.findings
            ),
            counts=tuple((kind.value, n) for kind, n in report.counts().items()),
            touchpoint_count=report.touchpoint_count,
            connection_count=report.connection_count,
            language=report.language,
            left_out=report.left_out,
        )

    def count(self, kind: FindingKind) -> int:
        return dict(self.counts).get(kind.value, 0)

    @staticmethod
    def finding(row: Row) -> Finding:
        """The finding of a row, made again."""
        kind, message, touchpoint_ids, connection_ids, persona_id, stage_id, score = row
        return Finding(
            kind=FindingKind(kind),
            message=message,
            touchpoint_ids=touchpoint_ids,
            persona_id=persona_id,
            stage_id=stage_id,
            score=score,
            connection_ids=connection_ids,
        )


def analyse_snapshot(snap: MapSnapshot) -> JourneyReport:
    """The worker's job: the analysis of a snapshot (no networkx graph: ``analyze`` reads
    the map's values straight, and makes no reference cycles for the collector)."""
    with paused_gc():
        return analyze(rebuild(snap))


def analyze(m: JourneyMap) -> JourneyReport:
    """The analysis, whose rules load with the first call (on the worker, after the first frame)."""
    from cjdesigner.analysis import analyze as analyze_map

    return analyze_map(m)


def run_job(job: list[MapSnapshot]) -> Insights:
    """On the worker: analyse, and keep only the panel's tuples (the rest is freed here)."""
    with paused_gc():
        return Insights.from_report(analyse_snapshot(job.pop()))
