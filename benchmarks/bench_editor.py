"""Editor canvas speed: open a 5,000-touchpoint map up to the first painted frame, drag a card.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_editor.py

One run prints the figures and the ratios against the floor measured in the same run:
5,000 plain ``QGraphicsRectItem`` + ``QGraphicsSimpleTextItem`` in a bare ``QGraphicsScene``,
built, shown and painted the same way (same view size, same card rectangles). Targets (issue 3):
open ≤ 3× the floor, one drag mouse-move step < 4 ms, resident memory < 400 MB.
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shiboken6
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)

from cjdesigner.editor import commands as cmd
from cjdesigner.editor.canvas import MapScene, MapView
from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.map_freeze import freeze_open_map, unfreeze_maps
from cjdesigner.layout import compute_layout
from cjdesigner.model import JourneyMap, Sentiment

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_map import synthetic_map

VIEW_SIZE = (1400, 900)
REPEATS = 5
DRAG_STEPS = 200
DRAG_REPEATS = 5
EDIT_REPEATS = 5


def rss_mb() -> float:
    """Resident memory of this process (Linux ``VmRSS``)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def best_of(run: Callable[[], QGraphicsView], repeats: int = REPEATS) -> tuple[float, list[float]]:
    """The best wall time of ``run`` (each view freed before the next run).

    The best, as ``timeit`` does: on a shared machine the slower runs measure the neighbours.
    """
    times = []
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        view = run()
        times.append(time.perf_counter() - start)
        close(view)
    return min(times), times


def close(view: QGraphicsView) -> None:
    """Close and delete a view and its scene, so the next measurement starts clean."""
    scene = view.scene()
    view.close()
    shiboken6.delete(view)  # now, not at some later turn of an event loop we never run
    if scene is not None:
        shiboken6.delete(scene)
    QApplication.processEvents()
    gc.collect()


def open_floor(m: JourneyMap) -> QGraphicsView:
    """The bare-toolkit floor: a rectangle and a text item per card, first frame painted."""
    layout = compute_layout(m)
    scene = QGraphicsScene()
    titles = {t.id: t.title for t in m.touchpoints}
    for card_id, r in layout.cards.items():
        rect = QGraphicsRectItem(QRectF(0, 0, r.w, r.h))
        rect.setPos(r.x, r.y)
        scene.addItem(rect)
        text = QGraphicsSimpleTextItem(titles[card_id])
        text.setPos(r.x + 8, r.y + 8)
        scene.addItem(text)
    view = QGraphicsView(scene)
    view.resize(*VIEW_SIZE)
    view.show()
    view.viewport().grab()
    return view


def open_editor(m: JourneyMap) -> MapView:
    """The editor canvas on the same map, first frame painted."""
    doc = MapDocument(m)
    scene = MapScene()
    scene.set_document(doc)
    view = MapView(scene)
    view._doc_keepalive = doc  # type: ignore[attr-defined]
    view.resize(*VIEW_SIZE)
    view.show()
    view.viewport().grab()
    return view


def send_mouse(view: QGraphicsView, kind: QMouseEvent.Type, pos: QPoint, button, buttons) -> None:
    viewport = view.viewport()
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(viewport.mapToGlobal(pos)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def drag_steps(view: MapView, paint: bool) -> list[float]:
    """Press on a visible card, then time each mouse-move step of a drag across cells.

    The card travels right over four columns (its flows turn into backward flows that go
    around), so each step re-routes its flows and repaints what they and the card cover.
    """
    scene = view.map_scene()
    layout = scene.grid_layout
    assert layout is not None
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    card_id = next(
        i for i, r in layout.cards.items() if visible.contains(QRectF(r.x, r.y, r.w, r.h))
    )
    r = layout.cards[card_id]
    start = view.mapFromScene(QPointF(r.x + r.w / 2, r.y + r.h / 2))
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    send_mouse(view, QMouseEvent.Type.MouseButtonPress, start, left, left)
    times = []
    for i in range(1, DRAG_STEPS + 1):
        pos = start + QPoint(i * 4, (i * 3) % 300)
        t0 = time.perf_counter()
        send_mouse(view, QMouseEvent.Type.MouseMove, pos, none, left)
        if paint:
            QApplication.processEvents()  # the queued repaint of what the step changed
        times.append(time.perf_counter() - t0)
    interaction = scene.interaction
    assert interaction is not None and interaction.started, "the drag did not start"
    interaction.cancel()
    send_mouse(view, QMouseEvent.Type.MouseButtonRelease, pos, left, none)
    return times


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    t0 = time.perf_counter()
    m = synthetic_map(touchpoints=5000, stages=8, personas=10)
    print(
        f"map: {len(m.touchpoints)} touchpoints, {len(m.connections)} connections, "
        f"{len(m.stages)} stages x {len(m.personas)} personas "
        f"(generated in {time.perf_counter() - t0:.2f} s)"
    )
    # Warm up both paths on a small map (font registration, icon rendering, Qt start-up).
    small = synthetic_map(touchpoints=200, stages=8, personas=10, seed=1)
    close(open_floor(small))
    close(open_editor(small))

    gc.collect()
    base = rss_mb()
    view = open_editor(m.model_copy(deep=True))
    QApplication.processEvents()
    rss = rss_mb()
    print(
        f"resident memory with the map open: {rss:.0f} MB (before opening {base:.0f} MB; "
        "target < 400 MB)"
    )
    close(view)
    del view

    floor, floor_runs = best_of(lambda: open_floor(m))
    # Each open gets its own copy of the map, made before the clock starts: copying a
    # 5,000-card model is not part of opening it (loading a file is measured by bench_storage).
    copies = [m.model_copy(deep=True) for _ in range(REPEATS)]
    editor, editor_runs = best_of(lambda: open_editor(copies.pop()))
    print(f"open, first painted frame (best of {REPEATS}, all runs in brackets):")
    print(f"  floor  (5,000 rect+text items): {floor * 1000:8.1f} ms  {_runs(floor_runs)}")
    print(f"  editor (MapScene + MapView)   : {editor * 1000:8.1f} ms  {_runs(editor_runs)}")
    print(f"  ratio editor / floor          : {editor / floor:8.2f}x  (target <= 3x)")

    view = open_editor(m)
    QApplication.processEvents()
    # What the window does once a map is open (file_controller → map_freeze.freeze_open_map): the
    # map and its items leave the collector's sight, so no full collection lands mid-edit.
    freeze_open_map()

    handler = drag_steps(view, paint=False)
    painted = drag_steps(view, paint=True)
    for label, times in (("event handling only", handler), ("with its repaint", painted)):
        ms = sorted(t * 1000 for t in times)
        print(
            f"drag mouse-move step ({label}): median {statistics.median(ms):.2f} ms, "
            f"p95 {ms[int(len(ms) * 0.95)]:.2f} ms, max {ms[-1]:.2f} ms  (target < 4 ms)"
        )
    # On a shared machine single steps measure the neighbours too: the same drag is repeated
    # and each step keeps its best time (as ``timeit`` does), then the median over the steps.
    cpu = time.process_time()
    runs = [drag_steps(view, paint=True) for _ in range(DRAG_REPEATS)]
    cpu = (time.process_time() - cpu) / (DRAG_REPEATS * DRAG_STEPS)
    best = sorted(min(step) * 1000 for step in zip(*runs, strict=True))
    print(
        f"drag mouse-move step (with its repaint, best of {DRAG_REPEATS} drags per step): "
        f"median {statistics.median(best):.2f} ms, p95 {best[int(len(best) * 0.95)]:.2f} ms; "
        f"CPU {cpu * 1000:.2f} ms per step  (target < 4 ms)"
    )
    edit_costs(view)
    close(view)
    unfreeze_maps()
    del app
    return 0


def edit_costs(view: MapView) -> None:
    """What one command costs the canvas on the big map (document signal to items updated)."""
    scene = view.map_scene()
    doc = scene.document
    assert doc is not None
    card = doc.map.touchpoints[len(doc.map.touchpoints) // 2]
    other_stage = next(s.id for s in doc.map.stages if s.id != card.stage_id)
    steps = [
        (
            "change one card's sentiment",
            cmd.UpdateFields(doc, "touchpoint", card.id, {"sentiment": Sentiment.NEGATIVE}),
        ),
        (
            "move one card to another cell (re-layout)",
            cmd.MoveTouchpoints(doc, [card.id], other_stage, card.persona_id, 0),
        ),
        (
            "move one card to the top of its cell (no lane grows)",
            cmd.MoveTouchpoints(doc, [card.id], card.stage_id, card.persona_id, 0),
        ),
    ]
    for label, command in steps:
        start = time.perf_counter()
        doc.push(command)
        pushed = time.perf_counter() - start
        start = time.perf_counter()
        doc.undo_stack.undo()
        undone = time.perf_counter() - start
        redos, undos = [], []
        for _ in range(EDIT_REPEATS):  # the same step again: its median is steadier
            start = time.perf_counter()
            doc.undo_stack.redo()
            redos.append(time.perf_counter() - start)
            start = time.perf_counter()
            doc.undo_stack.undo()
            undos.append(time.perf_counter() - start)
        print(
            f"{label}: {pushed * 1000:.1f} ms, its undo {undone * 1000:.1f} ms "
            f"(redo/undo {EDIT_REPEATS}x, median: {statistics.median(redos) * 1000:.1f} / "
            f"{statistics.median(undos) * 1000:.1f} ms)"
        )


def _runs(times: list[float]) -> str:
    return "[" + ", ".join(f"{t * 1000:.0f}" for t in times) + "]"


if __name__ == "__main__":
    raise SystemExit(main())
