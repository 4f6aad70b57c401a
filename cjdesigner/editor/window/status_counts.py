"""The status bar's counts: personas, stages and touchpoints, the insight count, the zoom.

It takes the window's status bar and the few things it shows (the document getter, the number of
findings the Insights panel lists, a way to unfold that panel), not the window itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QStatusBar

from cjdesigner.editor.window.controller_inputs import CurrentDocument

if TYPE_CHECKING:
    from cjdesigner.editor.window.insights_panel import Insights


class StatusCounts(QObject):
    """The labels in the status bar and what keeps them up to date."""

    def __init__(
        self,
        bar: QStatusBar,
        document: CurrentDocument,
        shown_findings: Callable[[], int],
        show_insights: Callable[[], None],
    ) -> None:
        super().__init__(bar)
        self._document = document
        self._shown_findings = shown_findings
        owner = bar.window()
        self.counts_label = QLabel(owner, objectName="status_counts")
        self.zoom_label = QLabel("100 %", owner, objectName="status_zoom")
        self.zoom_label.setMinimumWidth(56)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.insights_label = QLabel(owner, objectName="status_insights")
        self.insights_label.setToolTip(self.tr("Click to list them (View > Insights)"))
        self.insights_label.linkActivated.connect(lambda _link: show_insights())
        bar.addWidget(self.counts_label)
        bar.addWidget(self.insights_label)
        bar.addPermanentWidget(self.zoom_label)

    def show_insight_count(self, _insights: Insights) -> None:
        """The analysis is done: how many findings the panel lists (after its hint)."""
        count = self.tr("%n insight(s)", "", self._shown_findings())
        import html  # the first analysis's result: after the first frame

        self.insights_label.setText(f'· <a href="#insights">{html.escape(count)}</a>')

    def show_zoom(self, factor: float) -> None:
        self.zoom_label.setText(f"{round(factor * 100)} %")

    def update_counts(self, *_args: object) -> None:
        doc = self._document()
        if doc is None:
            return
        m = doc.map
        self.counts_label.setText(
            " · ".join(
                [
                    self.tr("%n persona(s)", "", len(m.personas)),
                    self.tr("%n stage(s)", "", len(m.stages)),
                    self.tr("%n touchpoint(s)", "", len(m.touchpoints)),
                ]
            )
        )
