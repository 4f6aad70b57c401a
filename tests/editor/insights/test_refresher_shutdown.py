"""An analysis still running when its window closes posts nothing and crashes nothing.

The worker thread emits the refresher's queued signal when an analysis ends; the refresher
deleted on the UI thread meanwhile (the window closed) crashed the whole process.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.insights import refresher as refresher_module
from cjdesigner.editor.insights.refresher import InsightsRefresher, _ResultGate
from cjdesigner.editor.insights.worker import Insights, MapSnapshot, run_job
from cjdesigner.templates import build_map


@pytest.fixture
def held_analysis(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Event, list]]:
    """Analyses wait for the event before they end; the list collects what they returned."""
    release = threading.Event()
    ended: list[Insights] = []

    def slow_job(job: list[MapSnapshot]) -> Insights:
        release.wait(10)
        result = run_job(job)
        ended.append(result)
        return result

    monkeypatch.setattr(refresher_module, "run_job", slow_job)
    yield release, ended
    release.set()


def _let_the_worker_end(qtbot: QtBot, ended: list[Insights]) -> None:
    qtbot.waitUntil(lambda: bool(ended), timeout=10_000)
    qtbot.wait(50)  # the worker's callback and any queued event run now


def test_a_shut_down_refresher_is_not_signalled_by_its_worker(
    qtbot: QtBot, held_analysis: tuple[threading.Event, list]
) -> None:
    release, ended = held_analysis
    refresher = InsightsRefresher()
    posted: list[int] = []
    received: list[object] = []
    refresher._done.connect(  # on the worker thread, as it emits
        lambda generation, _future: posted.append(generation),
        Qt.ConnectionType.DirectConnection,
    )
    refresher.insights_ready.connect(received.append)
    refresher.set_document(MapDocument(build_map("blank-5a", "en")))
    refresher.shutdown()
    release.set()
    _let_the_worker_end(qtbot, ended)
    assert (posted, received) == ([], [])


class _BlockingSignal:
    """Stands for a Qt signal whose emit takes a while (the UI thread may run meanwhile)."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.leave = threading.Event()
        self.emitted: list[tuple[object, ...]] = []

    def emit(self, *values: object) -> None:
        self.entered.set()
        self.leave.wait(10)
        self.emitted.append(values)


def test_closing_the_gate_waits_for_an_emit_in_progress_and_stops_later_ones() -> None:
    gate = _ResultGate()
    signal = _BlockingSignal()
    worker = threading.Thread(target=gate.post, args=(signal, 1))
    worker.start()
    assert signal.entered.wait(10)
    closer = threading.Thread(target=gate.close)
    closer.start()
    closer.join(0.2)
    assert closer.is_alive()  # the refresher cannot go while its signal is being emitted
    signal.leave.set()
    worker.join(10)
    closer.join(10)
    assert not closer.is_alive()
    gate.post(signal, 2)
    assert signal.emitted == [(1,)]


def test_a_refresher_deleted_while_it_analyses_is_left_alone(
    qtbot: QtBot, held_analysis: tuple[threading.Event, list]
) -> None:
    release, ended = held_analysis
    refresher = InsightsRefresher()
    doc = MapDocument(build_map("blank-5a", "en"))
    refresher.set_document(doc)
    refresher.deleteLater()  # no shutdown: its parent went away
    qtbot.waitUntil(lambda: not shiboken6.isValid(refresher), timeout=5_000)
    release.set()
    _let_the_worker_end(qtbot, ended)  # would crash the process if it emitted now


def test_a_living_refresher_still_posts_its_result(
    qtbot: QtBot, held_analysis: tuple[threading.Event, list]
) -> None:
    release, _ended = held_analysis
    refresher = InsightsRefresher()
    doc = MapDocument(build_map("blank-5a", "en"))
    with qtbot.waitSignal(refresher.insights_ready, timeout=10_000):
        refresher.set_document(doc)
        release.set()
    refresher.shutdown()
