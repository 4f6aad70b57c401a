"""The Insights dock: findings grouped by kind, click to select, refresh after edits off-thread."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu
from pytestqt.qtbot import QtBot

from cjdesigner.analysis import FindingKind, analyze, kinds_by_severity
from cjdesigner.editor.canvas import edits
from cjdesigner.editor.insights import worker as worker_module
from cjdesigner.editor.window import MainWindow
from cjdesigner.editor.window.insights_panel import InsightsPanel


def ready(qtbot: QtBot, panel: InsightsPanel) -> None:
    """Wait until the panel shows a report of the map as it is now."""
    qtbot.waitUntil(lambda: panel.insights is not None and not panel.refresher.busy, timeout=5000)


def row(panel: InsightsPanel, kind: FindingKind, contains: str = "") -> QModelIndex:
    for finding, index in panel.finding_rows():
        if finding.kind == kind and contains in finding.message:
            return index
    raise AssertionError(f"no {kind} row with {contains!r}")


def click(qtbot: QtBot, panel: InsightsPanel, index: QModelIndex) -> None:
    panel.tree.scrollTo(index)
    rect = panel.tree.visualRect(index)
    assert rect.isValid()
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def shown(window: MainWindow, qtbot: QtBot) -> MainWindow:
    window.show_insights_panel()  # it starts folded (room for the map)
    window.show()
    qtbot.waitExposed(window)
    ready(qtbot, window.insights_panel)
    return window


def test_dock_and_view_menu_toggle(shown: MainWindow) -> None:
    dock = shown.findChild(QDockWidget, "insights")
    assert dock is not None and dock.widget() is shown.insights_panel and dock.isVisible()
    toggle = shown.findChild(QAction, "action_show_insights")
    view_menu = shown.findChild(QMenu, "menu_view")
    assert toggle in view_menu.actions() and toggle.isChecked()
    toggle.trigger()
    assert not dock.isVisible()
    toggle.trigger()
    assert dock.isVisible()


def test_panel_lists_the_known_findings_by_kind(shown: MainWindow) -> None:
    panel = shown.insights_panel
    titles = panel.group_titles()
    assert "Dead ends (2)" in titles and "Loops (1)" in titles and "Gaps (2)" in titles
    assert titles.index("Dead ends (2)") < titles.index("Loops (1)")  # problems first
    order = {kind: rank for rank, kind in enumerate(kinds_by_severity())}
    findings = sorted(analyze(shown.doc.map).findings, key=lambda f: order[f.kind])
    expected = [(f.kind, f.message) for f in findings]
    assert [(f.kind, index.data()) for f, index in panel.finding_rows()] == expected
    assert "Gives up at checkout" in row(panel, FindingKind.DEAD_END, "Gives up").data()
    summary = panel.summary.text()
    assert summary.startswith(f"{len(expected)} insights") and "4 to fix" in summary
    # entry and end points start folded, problems unfolded
    tops = {g.data(): g for g in (panel.model.index(i, 0) for i in range(panel.model.rowCount()))}
    assert not panel.tree.isExpanded(tops["Entry points (2)"])
    assert panel.tree.isExpanded(tops["Dead ends (2)"])


def test_clicking_a_finding_selects_and_reveals_it(shown: MainWindow, qtbot: QtBot) -> None:
    panel, scene = shown.insights_panel, shown.scene
    click(qtbot, panel, row(panel, FindingKind.DEAD_END, "Gives up"))
    assert scene.selected_touchpoint_ids() == ["a2"]
    visible = shown.view.mapToScene(shown.view.viewport().rect()).boundingRect()
    assert visible.intersects(scene.cards["a2"].sceneBoundingRect())
    click(qtbot, panel, row(panel, FindingKind.LOOP))
    assert set(scene.selected_touchpoint_ids()) == {"a1", "a3"}
    assert scene.selected_connection_ids() == ["f2", "f3"]  # the loop's own flows stand out
    click(qtbot, panel, row(panel, FindingKind.GAP, "Stage 3"))
    assert scene.selectedItems() == []  # a gap has no card: its cell is shown instead
    assert scene.grid_item._target == ("s3", "p1")


def test_an_edit_refreshes_the_list(shown: MainWindow, qtbot: QtBot) -> None:
    panel, doc = shown.insights_panel, shown.doc
    before = panel.refresher.generation
    assert edits.connect(doc, "a2", "a3") is not None  # the dead end now leads on
    assert panel.refresher.busy  # waiting for the edits to pause, nothing analysed yet
    qtbot.waitUntil(
        lambda: (
            not any(
                "Gives up" in f.message for f, _ in panel.finding_rows() if f.kind == "dead_end"
            )
        ),
        timeout=5000,
    )
    assert panel.refresher.generation == before + 1
    assert "Dead ends (1)" in panel.group_titles()
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: "Dead ends (2)" in panel.group_titles(), timeout=5000)


def test_a_burst_of_edits_analyses_once_and_drops_stale_reports(
    shown: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel, doc = shown.insights_panel, shown.doc
    real = worker_module.analyze

    def slow(m):  # type: ignore[no-untyped-def]
        time.sleep(0.3)
        return real(m)

    monkeypatch.setattr(worker_module, "analyze", slow)
    reports: list[object] = []
    panel.refresher.insights_ready.connect(reports.append)
    panel.refresher.start_now()  # an analysis is running…
    edits.connect(doc, "a2", "a3")  # …while the map changes twice more
    panel.refresher.start_now()
    edits.connect(doc, "b1", "b0")
    panel.refresher.start_now()
    ready(qtbot, panel)
    # only the report of the final map arrived; the one of the old map was dropped
    assert len(reports) == 1
    final = [(f.kind, f.message) for f in analyze(doc.map).findings]
    assert [(kind, message) for kind, message, *_ in reports[0].rows] == final


def test_a_failing_analysis_is_reported_not_raised(
    shown: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(m):  # type: ignore[no-untyped-def]
        raise ValueError("boom")

    monkeypatch.setattr(worker_module, "analyze", broken)
    panel = shown.insights_panel
    panel.refresher.start_now()
    qtbot.waitUntil(lambda: "failed" in panel.summary.text(), timeout=5000)
    assert "boom" in panel.summary.text() and panel.finding_rows()  # the old list stays
