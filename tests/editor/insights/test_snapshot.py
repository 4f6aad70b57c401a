"""The snapshot the UI thread hands to the worker: same answers, isolated from later edits."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

from cjdesigner.analysis import analyze
from cjdesigner.editor.insights import (
    Insights,
    analyse_snapshot,
    paused_gc,
    snapshot,
)
from cjdesigner.model import operations as op
from cjdesigner.storage import load_map


def test_the_snapshot_analyses_exactly_like_the_map(samples_dir: Path) -> None:
    for path in sorted(samples_dir.glob("*.cjm")):
        m = load_map(path).map
        assert analyse_snapshot(snapshot(m)) == analyze(m), path.name


def test_edits_after_the_snapshot_do_not_reach_it(samples_dir: Path) -> None:
    m = load_map(samples_dir / "online-shop-purchase.cjm").map
    snap = snapshot(m)
    before = analyze(m)
    card = m.touchpoints[0]
    op.update_touchpoint(m, card.id, title="Renamed after the snapshot", emotion=-2)
    op.remove_connections(m, [m.connections[0].id])
    assert analyse_snapshot(snap) == before
    assert analyse_snapshot(snapshot(m)) == analyze(m) != before


def test_collection_pauses_nest_across_threads() -> None:
    assert gc.isenabled()
    inside = threading.Event()
    release = threading.Event()

    def worker() -> None:
        with paused_gc():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    inside.wait(5)
    with paused_gc():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the worker's pause still holds
    release.set()
    thread.join(5)
    assert gc.isenabled()


def test_the_panel_tuples_give_back_the_findings(samples_dir: Path) -> None:
    report = analyze(load_map(samples_dir / "online-shop-purchase.cjm").map)
    insights = Insights.from_report(report)
    assert [Insights.finding(row) for row in insights.rows] == list(report.findings)
    assert dict(insights.counts) == {kind.value: n for kind, n in report.counts().items()}
    gc.collect()  # the first look untracks the id tuples, the second the rows holding them
    gc.collect()
    assert not any(gc.is_tracked(row) for row in insights.rows)  # out of the collector's sight
