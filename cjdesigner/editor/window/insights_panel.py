"""The Insights panel: what the analysis says about the open map, kept fresh while editing.

Findings are grouped by kind (the kind's title with its count, then one row per finding),
problems first, facts (entry and end points) last and folded (``kinds_by_severity``);
clicking a finding asks the window to select and reveal its cards (``finding_activated``).

A map being built has cards without any flow yet; each of them would be an entry point, an end
point and, before the last stage, a dead end, which buried the real findings. The analysis leaves
them out of those kinds and counts them (:mod:`cjdesigner.analysis.unlinked`, the same rule for
the PDF and ``cjdesigner analyze``); the panel says how many in a short hint.
The refresh itself (debounce, snapshot, worker, stale results) is
:class:`~cjdesigner.editor.insights.InsightsRefresher`.

The list is a model/view tree (:class:`FindingsModel`): showing new findings is a model reset,
and only the rows in sight are ever asked for their text, so ten thousand findings cost the UI
thread little more than ten.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6 import QtWidgets  # QTreeView: built with the list, when the panel first shows
from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cjdesigner.analysis import (
    SEVERITY,
    Finding,
    FindingKind,
    Severity,
    kind_description,
    kind_title,
    kinds_by_severity,
)
from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.insights import Insights, InsightsRefresher, Row

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent
    from PySide6.QtWidgets import QTreeView

COLLAPSED_KINDS = frozenset(kind for kind in FindingKind if SEVERITY[kind] is Severity.FACT)
"""Kinds that start folded: facts about the journey rather than problems to work on."""

AnyIndex = QModelIndex | QPersistentModelIndex


class _Group:
    """One kind's heading; its findings are the children."""

    __slots__ = ("kind", "language", "row", "rows", "title")

    def __init__(self, kind: FindingKind, row: int, rows: list[Row], language: str = "") -> None:
        self.kind = kind
        self.row = row
        self.rows = rows
        self.language = language  # the map's, like the findings' messages
        self.title = f"{kind_title(kind, language)} ({len(rows)})"


_TOP = object()
"""The internal pointer of a heading's index (a finding's index points at its group)."""


class FindingsModel(QAbstractItemModel):
    """Two levels: kinds (with counts), then findings. Text is made only for rows in sight."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[_Group] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: tuple[Row, ...], language: str = "") -> None:
        by_kind: dict[str, list[Row]] = {}
        for r in rows:
            by_kind.setdefault(r[0], []).append(r)
        self.beginResetModel()
        self._groups = [
            _Group(kind, row, by_kind[kind.value], language)
            for row, kind in enumerate(k for k in kinds_by_severity() if k.value in by_kind)
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
                return (
                    g.title
                    if role == Qt.ItemDataRole.DisplayRole
                    else kind_description(g.kind, g.language)
                )
            return group.rows[index.row()][1]
        if role == Qt.ItemDataRole.FontRole and heading:
            return self._bold
        return None


class InsightsPanel(QWidget):
    """The dock's content: a summary line and the findings tree.

    The dock starts folded away, so the tree (a view of :attr:`model`, which follows the
    findings all along) is made when the panel is first shown, or first asked for.
    """

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
        self._tree: QTreeView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.hint = QLabel(self)
        self.hint.setObjectName("insights_hint")
        self.hint.setWordWrap(True)
        self.hint.setContentsMargins(6, 2, 6, 4)
        self.hint.hide()
        layout.addWidget(self.summary)
        layout.addWidget(self.hint)
        self._layout = layout
        self.insights: Insights | None = None
        """What the list shows (None until the first analysis is back)."""
        self.shown_rows: tuple[Row, ...] = ()
        """The rows listed: the report's (cards without a flow are left out by the analysis)."""
        self.left_out = 0
        """How many cards without a flow the analysis left out of entry, end and dead-end
        points (the hint says so)."""
        self._doc: MapDocument | None = None
        self._collapsed: set[FindingKind] = set(COLLAPSED_KINDS)
        self._busy = False
        self._error: str | None = None
        self.refresher.insights_ready.connect(self.show_insights)
        self.refresher.failed.connect(self._show_error)
        self.refresher.busy_changed.connect(self._set_busy)
        self._update_summary()

    @property
    def tree(self) -> QTreeView:
        """The findings list (made now if the panel has not been shown yet)."""
        if self._tree is None:
            self._tree = self._make_tree()
        return self._tree

    def _make_tree(self) -> QTreeView:
        tree = QtWidgets.QTreeView(self)
        tree.setObjectName("insights_tree")
        tree.setModel(self.model)
        tree.setHeaderHidden(True)
        tree.setUniformRowHeights(True)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        tree.setIndentation(14)
        tree.setExpandsOnDoubleClick(True)
        tree.clicked.connect(self._activate)
        tree.activated.connect(self._activate)
        tree.expanded.connect(lambda index: self._fold(index, False))
        tree.collapsed.connect(lambda index: self._fold(index, True))
        self._layout.addWidget(tree, 1)
        self._unfold(tree)
        return tree

    def showEvent(self, event: QShowEvent) -> None:
        if self._tree is None:
            self.tree.show()  # the panel's other children are shown already
        super().showEvent(event)

    def _unfold(self, tree: QTreeView) -> None:
        """Each group folded or not as the user last left its kind."""
        for row, (kind, _title) in enumerate(self.model.groups()):
            tree.setExpanded(self.model.index(row, 0), kind not in self._collapsed)

    def set_document(self, doc: MapDocument | None) -> None:
        self._doc = doc
        self.insights = None
        self.shown_rows = ()
        self.left_out = 0
        self.model.set_rows(())
        self._update_summary()
        self.refresher.set_document(doc)

    # -- showing the findings ----------------------------------------------------------------------

    def show_insights(self, insights: Insights) -> None:
        """Show the findings, keeping the folds and the finding last chosen."""
        tree = self._tree
        chosen = self.model.finding(tree.currentIndex()) if tree is not None else None
        self.insights = insights
        self._error = None
        self.shown_rows, self.left_out = insights.rows, insights.left_out
        self.model.set_rows(self.shown_rows, insights.language)
        if tree is not None:
            self._unfold(tree)
        if tree is not None and chosen is not None:
            index = self.model.index_of(chosen.kind, chosen.message)
            if index.isValid():
                tree.setCurrentIndex(index)
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
            shown = [row[0] for row in self.shown_rows]
            to_fix = sum(
                shown.count(k.value)
                for k in (FindingKind.DEAD_END, FindingKind.UNREACHABLE, FindingKind.GAP)
            )
            critical = shown.count(FindingKind.CRITICAL_MOMENT.value)
            total = len(shown)
            text = " · ".join(
                [
                    self.tr("%n insight(s)", "", total),
                    self.tr("%n to fix", "", to_fix),
                    self.tr("%n critical moment(s)", "", critical),
                ]
            )
            if self._busy:
                text += " · " + self.tr("updating…")
        self.summary.setText(text)
        self._update_hint()
        self.summary.setToolTip(
            self.tr("Dead ends, unreachable touchpoints and gaps are counted as to fix.")
        )

    def _update_hint(self) -> None:
        """A map with no or few flows yet: say what to do instead of listing every card."""
        insights = self.insights
        text = ""
        if insights is not None and self._error is None and insights.touchpoint_count:
            if not insights.connection_count:
                text = self.tr(
                    "No flows yet. Drag from a card's handle to the next card to draw the "
                    "journey; this panel then shows where it starts, ends and breaks off."
                )
            elif self.left_out:
                text = self.tr(
                    "%n touchpoint(s) without a flow yet are not listed as entry, end or "
                    "dead-end points. Draw their flows to see the whole journey.",
                    "",
                    self.left_out,
                )
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def shutdown(self) -> None:
        self.refresher.shutdown()
