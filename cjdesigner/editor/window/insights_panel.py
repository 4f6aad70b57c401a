"""The Insights panel: what the analysis says about the open map, kept fresh while editing.

Findings are grouped by kind (the kind's title with its count, then one row per finding);
clicking a finding asks the window to select and reveal its cards (``finding_activated``).

Refreshing never freezes the window. After each edit a timer waits until the edits pause
(``REFRESH_DELAY_MS``). Then the UI thread copies the map's field values (:func:`snapshot`:
one shallow dict copy per item, about 10 ms for 5,000 cards and 10,000 flows) and a worker
thread rebuilds a map from them, makes the graph (``build_graph``) and analyses it
(``analyze_graph``). ``build_graph`` straight on the live map would be the simpler snapshot, but
it takes 50–200 ms on such a map: too long for the UI thread. The worker cuts the report down
to plain tuples (:class:`Insights`), which come back to the UI thread through a queued signal.
Each snapshot has a generation number: a result older than the newest snapshot is dropped, and
at most one analysis runs at a time (an edit made meanwhile starts the next one as soon as it
ends), so a burst of edits never piles up work.

Python's garbage collector is part of the design: see :class:`GcPause` and :class:`Insights`.

The list is a model/view tree (:class:`FindingsModel`): showing a new report is a model reset,
and only the rows in sight are ever asked for their text, so ten thousand findings cost the UI
thread no more than ten.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTreeView, QVBoxLayout, QWidget

from cjdesigner.analysis import (
    Finding,
    FindingKind,
    JourneyReport,
    analyze_graph,
    build_graph,
    kind_description,
    kind_title,
)
from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window.plural import plural
from cjdesigner.model import Channel, Connection, JourneyMap, MapInfo, Persona, Stage, Touchpoint

REFRESH_DELAY_MS = 300
"""Quiet time after the last edit before the map is analysed again."""
COLLAPSED_KINDS = frozenset({FindingKind.ENTRY_POINT, FindingKind.END_POINT})
"""Kinds that start folded: facts about the journey rather than problems to work on."""

AnyIndex = QModelIndex | QPersistentModelIndex


# -- the snapshot and the work on the worker thread ----------------------------------------------


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
    """The worker's job: graph and analysis of a snapshot.

    The graph is emptied before it is dropped: a networkx graph keeps views of itself, a
    reference cycle that only the collector could free, with all its node and edge data.
    """
    with paused_gc():
        graph = build_graph(rebuild(snap))
        report = analyze_graph(graph)
        graph.clear()
    return report


def _run_job(job: list[MapSnapshot]) -> Insights:
    """On the worker: analyse, and keep only the panel's tuples (the rest is freed here)."""
    with paused_gc():
        return Insights.from_report(analyse_snapshot(job.pop()))


# -- the refresher -------------------------------------------------------------------------------


class InsightsRefresher(QObject):
    """Runs the analysis of a document off the UI thread, again after each pause in editing."""

    insights_ready = Signal(object)
    """Fresh :class:`Insights` (never stale ones)."""
    failed = Signal(str)
    """The analysis raised (a bug, never the user's fault): the message to show."""
    busy_changed = Signal(bool)
    _done = Signal(int, object)  # (generation, future), queued from the worker thread

    def __init__(self, parent: QObject | None = None, delay_ms: int = REFRESH_DELAY_MS) -> None:
        super().__init__(parent)
        self._doc: MapDocument | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.start_now)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="insights")
        self._generation = 0
        self._running = False
        self._pending = False
        self._done.connect(self._finish, Qt.ConnectionType.QueuedConnection)

    @property
    def generation(self) -> int:
        """How many snapshots were taken (each newer one makes the older results stale)."""
        return self._generation

    @property
    def busy(self) -> bool:
        """An analysis runs or waits for the edits to pause."""
        return self._running or self._timer.isActive()

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
        if self._running:
            self._pending = True  # one at a time: the next starts when this one ends
            return
        pause = GcPause()  # ended by the worker, once the snapshot and its products are freed
        try:
            job = [snapshot(doc.map)]
            future = self._executor.submit(_run_job, job)
        except BaseException:
            pause.end()
            raise
        self._generation += 1
        generation = self._generation
        self._running = True
        self.busy_changed.emit(True)
        future.add_done_callback(lambda f: self._post(generation, f, pause))

    def _post(self, generation: int, future: Future[Insights], pause: GcPause) -> None:
        """On the worker thread: send the result to the UI thread (if anyone still listens)."""
        pause.end()  # also when the job was cancelled before it ran
        with contextlib.suppress(RuntimeError):  # the panel was deleted meanwhile
            self._done.emit(generation, future)

    def _finish(self, generation: int, future: Future[Insights]) -> None:
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
        self._executor.shutdown(wait=False, cancel_futures=True)


# -- the list ------------------------------------------------------------------------------------


class _Group:
    """One kind's heading; its findings are the children."""

    __slots__ = ("kind", "row", "rows", "title")

    def __init__(self, kind: FindingKind, row: int, rows: list[Row]) -> None:
        self.kind = kind
        self.row = row
        self.rows = rows
        self.title = f"{kind_title(kind)} ({len(rows)})"


_TOP = object()
"""The internal pointer of a heading's index (a finding's index points at its group)."""


class FindingsModel(QAbstractItemModel):
    """Two levels: kinds (with counts), then findings. Text is made only for rows in sight."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: tuple[Row, ...]) -> None:
        by_kind: dict[str, list[Row]] = {}
        for r in rows:
            by_kind.setdefault(r[0], []).append(r)
        self.beginResetModel()
        self._groups = [
            _Group(kind, row, by_kind[kind.value])
            for row, kind in enumerate(k for k in FindingKind if k.value in by_kind)
        ]
        self.endResetModel()

    def groups(self) -> list[tuple[FindingKind, str]]:
        """(kind, heading) of each group, in list order."""
        return [(g.kind, g.title) for g in self._groups]

    def finding(self, index: AnyIndex) -> Finding | None:
        """The finding of a row (None for a heading)."""
        if not index.isValid():
            return None
        group = index.internalPointer()
        if group is _TOP or not isinstance(group, _Group):
            return None
        return Insights.finding(group.rows[index.row()])

    def index_of(self, kind: FindingKind, message: str) -> QModelIndex:
        """The row of the finding with this kind and message (invalid if there is none)."""
        for group in self._groups:
            if group.kind == kind:
                for row, values in enumerate(group.rows):
                    if values[1] == message:
                        return self.createIndex(row, 0, group)
        return QModelIndex()

    def kind_of(self, index: AnyIndex) -> FindingKind | None:
        """The kind of a heading's row (None for a finding)."""
        if index.isValid() and index.internalPointer() is _TOP:
            return self._groups[index.row()].kind
        return None

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _TOP) if row < len(self._groups) else QModelIndex()
        if parent.internalPointer() is not _TOP:
            return QModelIndex()
        group = self._groups[parent.row()]
        return self.createIndex(row, 0, group) if row < len(group.rows) else QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        group = index.internalPointer()
        if group is _TOP or not isinstance(group, _Group):
            return QModelIndex()
        return self.createIndex(group.row, 0, _TOP)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalPointer() is _TOP:
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = index.internalPointer()
        heading = group is _TOP
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if heading:
                g = self._groups[index.row()]
                return g.title if role == Qt.ItemDataRole.DisplayRole else kind_description(g.kind)
            return group.rows[index.row()][1]
        if role == Qt.ItemDataRole.FontRole and heading:
            return self._bold
        return None


class InsightsPanel(QWidget):
    """The dock's content: a summary line and the findings tree."""

    finding_activated = Signal(object)
    """A :class:`Finding` was clicked (or chosen with Enter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insights_panel")
        self.refresher = InsightsRefresher(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("insights_summary")
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(6, 4, 6, 4)
        self.model = FindingsModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("insights_tree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setIndentation(14)
        self.tree.setExpandsOnDoubleClick(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.insights: Insights | None = None
        """What the list shows (None until the first analysis is back)."""
        self._collapsed: set[FindingKind] = set(COLLAPSED_KINDS)
        self._busy = False
        self._error: str | None = None
        self.tree.clicked.connect(self._activate)
        self.tree.activated.connect(self._activate)
        self.tree.expanded.connect(lambda index: self._fold(index, False))
        self.tree.collapsed.connect(lambda index: self._fold(index, True))
        self.refresher.insights_ready.connect(self.show_insights)
        self.refresher.failed.connect(self._show_error)
        self.refresher.busy_changed.connect(self._set_busy)
        self._update_summary()

    def set_document(self, doc: MapDocument | None) -> None:
        self.insights = None
        self.model.set_rows(())
        self._update_summary()
        self.refresher.set_document(doc)

    # -- showing the findings ----------------------------------------------------------------------

    def show_insights(self, insights: Insights) -> None:
        """Show the findings, keeping the folds and the finding last chosen."""
        chosen = self.model.finding(self.tree.currentIndex())
        self.insights = insights
        self._error = None
        self.model.set_rows(insights.rows)
        for row, (kind, _title) in enumerate(self.model.groups()):
            self.tree.setExpanded(self.model.index(row, 0), kind not in self._collapsed)
        if chosen is not None:
            index = self.model.index_of(chosen.kind, chosen.message)
            if index.isValid():
                self.tree.setCurrentIndex(index)
        self._update_summary()

    def _fold(self, index: QModelIndex, collapsed: bool) -> None:
        kind = self.model.kind_of(index)
        if kind is None:
            return
        if collapsed:
            self._collapsed.add(kind)
        else:
            self._collapsed.discard(kind)

    def _activate(self, index: QModelIndex) -> None:
        finding = self.model.finding(index)
        if finding is not None:
            self.finding_activated.emit(finding)

    def group_titles(self) -> list[str]:
        """The headings, e.g. "Dead ends (2)", in list order."""
        return [title for _kind, title in self.model.groups()]

    def finding_rows(self) -> list[tuple[Finding, QModelIndex]]:
        """Every finding with its row's index, in list order (for tests and tools)."""
        rows = []
        for row in range(self.model.rowCount()):
            parent = self.model.index(row, 0)
            for child in range(self.model.rowCount(parent)):
                index = self.model.index(child, 0, parent)
                finding = self.model.finding(index)
                if finding is not None:
                    rows.append((finding, index))
        return rows

    # -- summary ---------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self._update_summary()

    def _show_error(self, message: str) -> None:
        self._error = message
        self._update_summary()

    def _update_summary(self) -> None:
        insights = self.insights
        if self._error is not None:
            text = self.tr("The analysis failed (%1). The map itself is not affected.").replace(
                "%1", self._error
            )
        elif insights is None:
            text = self.tr("Analysing the map…")
        else:
            to_fix = sum(
                insights.count(k)
                for k in (FindingKind.DEAD_END, FindingKind.UNREACHABLE, FindingKind.GAP)
            )
            critical = insights.count(FindingKind.CRITICAL_MOMENT)
            total = len(insights.rows)
            text = " · ".join(
                [
                    plural(self.tr("%n finding(s)", "", total), total),
                    plural(self.tr("%n to fix", "", to_fix), to_fix),
                    plural(self.tr("%n critical moment(s)", "", critical), critical),
                ]
            )
            if self._busy:
                text += " · " + self.tr("updating…")
        self.summary.setText(text)
        self.summary.setToolTip(
            self.tr("Dead ends, unreachable touchpoints and gaps are counted as to fix.")
        )

    def shutdown(self) -> None:
        self.refresher.shutdown()
