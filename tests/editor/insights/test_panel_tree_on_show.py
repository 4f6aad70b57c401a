"""The Insights list is made when its folded dock is first shown, and shows what it would have.

The dock starts folded away (room for the map), so the first frame does without the tree;
the findings model follows the analysis all along.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeView
from pytestqt.qtbot import QtBot

from cjdesigner.analysis import FindingKind
from cjdesigner.editor.window import MainWindow
from cjdesigner.editor.window.insights_panel import COLLAPSED_KINDS, InsightsPanel


def _ready(qtbot: QtBot, panel: InsightsPanel) -> None:
    qtbot.waitUntil(lambda: panel.insights is not None and not panel.refresher.busy, timeout=5000)


def _folds(panel: InsightsPanel) -> dict[FindingKind, bool]:
    tree = panel.tree
    return {
        kind: tree.isExpanded(panel.model.index(row, 0))
        for row, (kind, _title) in enumerate(panel.model.groups())
    }


def test_the_list_is_made_when_the_folded_dock_first_shows(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show()
    qtbot.waitExposed(window)
    panel = window.insights_panel
    _ready(qtbot, panel)
    assert panel._tree is None  # folded away: no list yet
    assert panel.findChild(QTreeView) is None
    assert "Dead ends (2)" in panel.group_titles()  # the findings are kept all the same

    window.show_insights_panel()
    qtbot.waitUntil(lambda: panel._tree is not None and panel.tree.isVisible())
    assert panel.findChild(QTreeView, "insights_tree") is panel.tree
    assert panel.tree.model() is panel.model
    # the list takes the panel's room, under the summary line (once the dock is laid out)
    qtbot.waitUntil(lambda: panel.tree.height() > 3 * panel.summary.height())
    assert panel.tree.y() == panel.summary.geometry().bottom() + 1
    folds = _folds(panel)
    assert folds and all(
        expanded == (kind not in COLLAPSED_KINDS) for kind, expanded in folds.items()
    )


def test_a_finding_in_the_late_list_selects_its_cards(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitExposed(window)
    panel = window.insights_panel
    _ready(qtbot, panel)
    window.show_insights_panel()
    qtbot.waitUntil(lambda: panel.tree.isVisible())
    index = next(i for f, i in panel.finding_rows() if f.kind == FindingKind.DEAD_END)
    panel.tree.scrollTo(index)
    with qtbot.waitSignal(panel.finding_activated, timeout=2000) as signal:
        rect = panel.tree.visualRect(index)
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args[0].kind == FindingKind.DEAD_END


def test_folds_made_before_new_findings_are_kept(window: MainWindow, qtbot: QtBot) -> None:
    """A list asked for before the panel shows (as tools and tests do) is the same list."""
    panel = window.insights_panel
    _ready(qtbot, panel)
    tree = panel.tree  # made on request
    first = panel.model.index(0, 0)
    kind = panel.model.kind_of(first)
    tree.setExpanded(first, not tree.isExpanded(first))
    expanded = tree.isExpanded(first)
    panel.refresher.start_now()
    _ready(qtbot, panel)
    assert panel.tree is tree
    row = [k for k, _title in panel.model.groups()].index(kind)
    assert tree.isExpanded(panel.model.index(row, 0)) == expanded
