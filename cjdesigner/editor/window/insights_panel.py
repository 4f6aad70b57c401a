"""The Insights panel: what the analysis says about the open map, kept fresh while editing.

Findings are grouped by kind (the kind's title with its count, then one row per finding);
clicking a finding asks the window to select and reveal its cards (``finding_activated``).

Refreshing never freezes the window. After each edit a timer waits until the edits pause
(``REFRESH_DELAY_MS``); then the UI thread takes a snapshot of the map with ``build_graph``
(plain values, a few milliseconds) and a worker thread runs ``analyze_graph`` on it. The report
comes back to the UI thread through a queued signal. Each snapshot has a generation number: a
report older than the newest snapshot is dropped, and at most one analysis runs at a time (an
edit made meanwhile starts the next one as soon as it ends), so a burst of edits on a big map
never piles up work.
"""

from __future__ import annotations

import contextlib
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

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

REFRESH_DELAY_MS = 300
"""Quiet time after the last edit before the map is analysed again."""
COLLAPSED_KINDS = frozenset({FindingKind.ENTRY_POINT, FindingKind.END_POINT})
"""Kinds that start folded: facts about the journey rather than problems to work on."""
FINDING_ROLE = Qt.ItemDataRole.UserRole


class InsightsRefresher(QObject):
    """Runs the analysis of a document off the UI thread, again after each pause in editing."""

    report_ready = Signal(object)
    """A fresh :class:`JourneyReport` (never a stale one)."""
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
        self.snapshot_hook: Any = None
        """Called with the graph right after each snapshot (the benchmark times the UI part)."""
        self._done.connect(self._finish, Qt.ConnectionType.QueuedConnection)

    @property
    def generation(self) -> int:
        """How many snapshots were taken (each newer one makes the older reports stale)."""
        return self._generation

    @property
    def busy(self) -> bool:
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
        graph = build_graph(doc.map)
        if self.snapshot_hook is not None:
            self.snapshot_hook(graph)
        self._generation += 1
        generation = self._generation
        self._running = True
        self.busy_changed.emit(True)
        future = self._executor.submit(analyze_graph, graph)
        future.add_done_callback(lambda f: self._post(generation, f))

    def _post(self, generation: int, future: Future[JourneyReport]) -> None:
        """On the worker thread: send the result to the UI thread (if anyone still listens)."""
        with contextlib.suppress(RuntimeError):  # the panel was deleted meanwhile
            self._done.emit(generation, future)

    def _finish(self, generation: int, future: Future[JourneyReport]) -> None:
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
        self.report_ready.emit(future.result())

    def shutdown(self) -> None:
        """Stop following the document; a running analysis is left to end on its own."""
        self.set_document(None)
        self._executor.shutdown(wait=False, cancel_futures=True)


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
        self.summary.setContentsMargins(6, 4, 6, 2)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("insights_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setIndentation(14)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.report: JourneyReport | None = None
        self._findings: list[Finding] = []
        self._collapsed: set[FindingKind] = set(COLLAPSED_KINDS)
        self._busy = False
        self._error: str | None = None
        self.tree.itemClicked.connect(self._activate)
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemExpanded.connect(lambda item: self._fold(item, False))
        self.tree.itemCollapsed.connect(lambda item: self._fold(item, True))
        self.refresher.report_ready.connect(self.show_report)
        self.refresher.failed.connect(self._show_error)
        self.refresher.busy_changed.connect(self._set_busy)
        self._update_summary()

    def set_document(self, doc: MapDocument | None) -> None:
        self.report = None
        self._findings = []
        self.tree.clear()
        self.refresher.set_document(doc)

    # -- showing a report ------------------------------------------------------------------------

    def show_report(self, report: JourneyReport) -> None:
        """Fill the tree with the report's findings, keeping folds and the chosen finding."""
        current = self.tree.currentItem()
        chosen = self._finding_of(current) if current is not None else None
        chosen_key = (chosen.kind, chosen.message) if chosen is not None else None
        self.report = report
        self._error = None
        self._findings = list(report.findings)
        groups: dict[FindingKind, list[int]] = {}
        for index, finding in enumerate(self._findings):
            groups.setdefault(finding.kind, []).append(index)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        tops: list[QTreeWidgetItem] = []
        reselect: QTreeWidgetItem | None = None
        for kind in FindingKind:
            indices = groups.get(kind)
            if not indices:
                continue
            top = QTreeWidgetItem([f"{kind_title(kind)} ({len(indices)})"])
            top.setData(0, FINDING_ROLE, kind.value)
            top.setToolTip(0, kind_description(kind))
            top.setFont(0, bold)
            children = []
            for index in indices:
                finding = self._findings[index]
                child = QTreeWidgetItem([finding.message])
                child.setData(0, FINDING_ROLE, index)
                child.setToolTip(0, finding.message)
                children.append(child)
                if chosen_key == (finding.kind, finding.message):
                    reselect = child
            top.addChildren(children)
            tops.append(top)
        self.tree.setUpdatesEnabled(False)
        try:
            self.tree.clear()
            self.tree.addTopLevelItems(tops)
            for top in tops:
                kind = FindingKind(top.data(0, FINDING_ROLE))
                top.setExpanded(kind not in self._collapsed)
            if reselect is not None:
                self.tree.setCurrentItem(reselect)
        finally:
            self.tree.setUpdatesEnabled(True)
        self._update_summary()

    def _finding_of(self, item: QTreeWidgetItem | None) -> Finding | None:
        if item is None or item.parent() is None:
            return None
        index = item.data(0, FINDING_ROLE)
        if isinstance(index, int) and 0 <= index < len(self._findings):
            return self._findings[index]
        return None

    def _fold(self, item: QTreeWidgetItem, collapsed: bool) -> None:
        if item.parent() is not None:
            return
        kind = FindingKind(item.data(0, FINDING_ROLE))
        if collapsed:
            self._collapsed.add(kind)
        else:
            self._collapsed.discard(kind)

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        finding = self._finding_of(item)
        if finding is not None:
            self.finding_activated.emit(finding)

    def finding_items(self) -> list[tuple[Finding, QTreeWidgetItem]]:
        """Every finding row with its finding (for tests and tools)."""
        rows = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                finding = self._finding_of(top.child(j))
                if finding is not None:
                    rows.append((finding, top.child(j)))
        return rows

    # -- summary ---------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_summary()

    def _show_error(self, message: str) -> None:
        self._error = message
        self._update_summary()

    def _update_summary(self) -> None:
        report = self.report
        if self._error is not None:
            text = self.tr("The analysis failed (%1). The map itself is not affected.").replace(
                "%1", self._error
            )
        elif report is None:
            text = self.tr("Analysing the map…")
        else:
            counts = report.counts()
            problems = sum(
                counts[k] for k in (FindingKind.DEAD_END, FindingKind.UNREACHABLE, FindingKind.GAP)
            )
            parts = [
                plural(self.tr("%n finding(s)", "", len(report.findings)), len(report.findings)),
                plural(self.tr("%n to fix", "", problems), problems),
                plural(
                    self.tr("%n critical moment(s)", "", counts[FindingKind.CRITICAL_MOMENT]),
                    counts[FindingKind.CRITICAL_MOMENT],
                ),
            ]
            text = " · ".join(parts)
            if self._busy:
                text += " · " + self.tr("updating…")
        self.summary.setText(text)
        self.summary.setToolTip(
            self.tr("Dead ends, unreachable touchpoints and gaps count as to fix.")
        )

    def shutdown(self) -> None:
        self.refresher.shutdown()
