"""Keeps the analysis of a document fresh without ever freezing the window.

After each edit a timer waits until the edits pause (``REFRESH_DELAY_MS``); then the UI thread
takes a :func:`~cjdesigner.editor.insights.worker.snapshot` and a worker thread analyses it.
The result comes back to the UI thread through a queued signal. Each snapshot has a generation
number: a result older than the newest snapshot is dropped, and at most one analysis runs at a
time (an edit made meanwhile starts the next one as soon as it ends), so a burst of edits never
piles up work.
"""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.insights import job_thread
from cjdesigner.editor.insights.worker import GcPause, Insights, run_job, snapshot

if TYPE_CHECKING:
    from cjdesigner.editor.insights.job_thread import Job

REFRESH_DELAY_MS = 300
"""Quiet time after the last edit before the map is analysed again."""


class _ResultGate:
    """Lets the worker thread post a result only while the refresher lives.

    The worker emits the refresher's queued signal when an analysis ends; a refresher deleted
    on the UI thread during that emit crashed the process (a window closed while its map was
    being analysed). :meth:`close` (at shutdown and when the refresher is destroyed) waits for
    an emit in progress and stops later ones.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open = True

    def close(self, *_args: object) -> None:
        with self._lock:
            self._open = False

    def post(self, signal: Any, *values: object) -> None:
        with self._lock:
            if self._open:
                with contextlib.suppress(RuntimeError):  # deleted by another path meanwhile
                    signal.emit(*values)


class InsightsRefresher(QObject):
    """Runs the analysis of a document off the UI thread, again after each pause in editing."""

    insights_ready = Signal(object)
    """Fresh :class:`Insights` (never stale ones)."""
    failed = Signal(str)
    """The analysis raised (a bug, never the user's fault): the message to show."""
    busy_changed = Signal(bool)
    _done = Signal(int, object)  # (generation, job), queued from the worker thread

    def __init__(self, parent: QObject | None = None, delay_ms: int = REFRESH_DELAY_MS) -> None:
        super().__init__(parent)
        self._doc: MapDocument | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.start_now)
        self._job: Job[Insights] | None = None
        """The latest analysis (the editor's start runs the first after its first frame)."""
        self._generation = 0
        self._running = False
        self._pending = False
        self._held = False
        self._start_when_released = False
        self._done.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._gate = _ResultGate()
        self.destroyed.connect(self._gate.close)

    @property
    def generation(self) -> int:
        """How many snapshots were taken (each newer one makes the older results stale)."""
        return self._generation

    @property
    def busy(self) -> bool:
        """An analysis runs or waits (for the edits to pause, or to be released)."""
        return self._running or self._timer.isActive() or self._start_when_released

    def set_document(self, doc: MapDocument | None) -> None:
        """Follow ``doc``'s edits (None: stop); analyses it right away."""
        if self._doc is not None and shiboken6.isValid(self._doc):
            for signal in self._signals(self._doc):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(self.schedule)
        self._doc = doc
        self._generation += 1  # whatever runs now is about another map
        if doc is None:
            self._timer.stop()
            self._start_when_released = False  # nothing left to analyse
            return
        for signal in self._signals(doc):
            signal.connect(self.schedule)
        self.start_now()

    @staticmethod
    def _signals(doc: MapDocument) -> list[Any]:
        return [
            doc.touchpoints_added,
            doc.touchpoints_removed,
            doc.touchpoints_changed,
            doc.touchpoints_moved,
            doc.connections_added,
            doc.connections_removed,
            doc.connections_changed,
            doc.stages_changed,
            doc.personas_changed,
            doc.structure_changed,
            doc.channels_changed,
            doc.info_changed,
        ]

    def hold(self) -> None:
        """No analysis starts until :meth:`release` (the editor's start: its first frame first)."""
        self._held = True

    def release(self) -> None:
        """Analyses may start again; one asked for meanwhile starts now."""
        if not self._held:
            return
        self._held = False
        if self._start_when_released:
            self._start_when_released = False
            self.start_now()

    def schedule(self, *_args: object) -> None:
        """An edit happened: analyse again once the edits pause (restarts the wait)."""
        if self._doc is None:
            return
        self._timer.start()
        self.busy_changed.emit(True)

    def start_now(self) -> None:
        """Snapshot the map on this (UI) thread and hand it to the worker."""
        self._timer.stop()
        doc = self._doc
        if doc is None or not shiboken6.isValid(doc):
            return
        if self._held:
            self._start_when_released = True
            self.busy_changed.emit(True)  # the panel says "Analysing…", as it will
            return
        if self._running:
            self._pending = True  # one at a time: the next starts when this one ends
            return
        pause = GcPause()  # ended by the worker, once the snapshot and its products are freed
        try:
            job = [snapshot(doc.map)]
            self._job = future = job_thread.start(lambda: run_job(job), name="insights")
        except BaseException:
            pause.end()
            raise
        self._generation += 1
        generation = self._generation
        self._running = True
        self.busy_changed.emit(True)
        gate, done = self._gate, self._done
        future.add_done_callback(lambda f: _post(gate, done, generation, f, pause))

    def _finish(self, generation: int, future: Job[Insights]) -> None:
        self._running = False
        if self._pending:
            self._pending = False
            self.start_now()  # edits came in while it ran: this result is already old
            return
        if generation != self._generation:
            return
        self.busy_changed.emit(self._timer.isActive())
        error = future.exception()
        if error is not None:
            self.failed.emit(f"{type(error).__name__}: {error}")
            return
        self.insights_ready.emit(future.result())

    def shutdown(self) -> None:
        """Stop following the document; a running analysis is left to end on its own."""
        self.set_document(None)
        self._gate.close()  # what still runs is never posted (the window may be deleted next)


def _post(
    gate: _ResultGate, done: Any, generation: int, future: Job[Insights], pause: GcPause
) -> None:
    """On the worker thread: send the result to the UI thread (if anyone still listens)."""
    pause.end()  # however the job ended
    gate.post(done, generation, future)
