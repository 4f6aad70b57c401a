"""Help > Keyboard Shortcuts and Help > Quick Start: what a new user needs in the first hour.

The shortcuts are read from the window's own actions (so the list cannot drift from the
menus) and completed with the canvas's keys, which belong to no menu. The Quick Start is five
short steps; it opens by itself once, the first time someone starts on the blank template
(remembered in QSettings), and from the Help menu at any time. Both are ordinary, non-modal
windows: the map stays usable beside them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def canvas_keys(_widget: QWidget) -> list[tuple[str, str]]:
    """The map's own keys (not in any menu): what they do, and the keys.

    Each text names its context ("CanvasKeys"): ``widget.tr`` filed them under a context
    lupdate made up ("widget") while Qt looked them up under the window's class, so the
    Polish and Romanian windows listed them in English.
    """
    return [
        (
            QCoreApplication.translate(
                "CanvasKeys", "Move between touchpoints and the stage and persona headers"
            ),
            QCoreApplication.translate("CanvasKeys", "Arrow keys"),
        ),
        (
            QCoreApplication.translate(
                "CanvasKeys", "Move the selected touchpoints, stage or persona"
            ),
            QCoreApplication.translate("CanvasKeys", "Ctrl+Arrow keys"),
        ),
        (
            QCoreApplication.translate(
                "CanvasKeys", "Edit the selected touchpoint, stage or persona"
            ),
            QCoreApplication.translate("CanvasKeys", "Enter or F2"),
        ),
        (
            QCoreApplication.translate(
                "CanvasKeys", "Back to the map from the Inspector or the palette"
            ),
            QCoreApplication.translate("CanvasKeys", "Esc"),
        ),
        (
            QCoreApplication.translate("CanvasKeys", "Mark positive / neutral / negative"),
            "1 / 2 / 3",
        ),
        (
            QCoreApplication.translate("CanvasKeys", "Delete the selection"),
            QCoreApplication.translate("CanvasKeys", "Delete"),
        ),
        (
            QCoreApplication.translate("CanvasKeys", "Cancel a drag or a flow being drawn"),
            QCoreApplication.translate("CanvasKeys", "Esc"),
        ),
        (
            QCoreApplication.translate("CanvasKeys", "Pan the map"),
            QCoreApplication.translate("CanvasKeys", "Space+drag, middle button"),
        ),
        (
            QCoreApplication.translate("CanvasKeys", "Zoom"),
            QCoreApplication.translate("CanvasKeys", "Ctrl+mouse wheel"),
        ),
        (
            QCoreApplication.translate(
                "CanvasKeys", "Presentation: next / previous lane, one stage, leave"
            ),
            QCoreApplication.translate("CanvasKeys", "Page Down / Up, ← →, Esc"),
        ),
    ]


def _typed(sequence: QKeySequence) -> bool:
    """A key one types (Ctrl+Y, F5, Del), not a keyboard's special key ("New", "Undo"), nor
    F13 and beyond, which laptops lack (Linux binds Undo to F14 too: QA s8 K8)."""
    if sequence.isEmpty():
        return False
    key = sequence[0].key()
    return (
        key < Qt.Key.Key_Escape
        or Qt.Key.Key_F1 <= key <= Qt.Key.Key_F12
        or (key == Qt.Key.Key_Delete and not sequence[0].keyboardModifiers())
    )


def action_keys(actions: list[QAction]) -> list[tuple[str, str]]:
    """Each action with a shortcut: its name (no "&", no "…") and the keys one types."""
    rows = []
    for action in actions:
        keys = [
            k.toString(QKeySequence.SequenceFormat.NativeText)
            for k in action.shortcuts()
            if _typed(k)
        ]
        if keys:
            rows.append((action.text().replace("&", "").rstrip("…"), ", ".join(keys)))
    return rows


class ShortcutsDialog(QDialog):
    """A two-column table: what, and which keys."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcuts_table")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]


class QuickStartDialog(QDialog):
    """Five steps from a blank map to a PDF for the client."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quick_start_dialog")
        self.setWindowTitle(self.tr("Quick Start"))
        steps = [
            self.tr(
                "<b>Name the stages and personas</b>: double-click a header (or select it "
                "and press Enter) and type."
            ),
            self.tr(
                "<b>Add touchpoints</b>: drag a channel from the Touchpoints panel into a "
                "cell, or double-click the channel."
            ),
            self.tr(
                "<b>Mark how each feels</b>: select a card and press 1, 2 or 3 (positive, "
                "neutral, negative); fill in the rest in the Inspector."
            ),
            self.tr(
                "<b>Draw the flows</b>: drag from the round handle on a card's edge to the "
                "next card. View &gt; Insights then says where the journey breaks off."
            ),
            self.tr(
                "<b>Show and hand over</b>: View &gt; Presentation (F5) for the projector, "
                "File &gt; Export PDF… for the client."
            ),
        ]
        text = QLabel("<ol>" + "".join(f"<li>{s}</li>" for s in steps) + "</ol>", self)
        text.setObjectName("quick_start_text")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        more = QLabel(
            self.tr("Help > Keyboard Shortcuts lists every key; Ctrl+Z undoes anything."), self
        )
        more.setObjectName("quick_start_more")
        more.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(more)
        layout.addStretch(1)  # the room left is below the text, not a gap inside it
        layout.addWidget(buttons)
        self.resize(520, max(layout.totalHeightForWidth(520), 240))  # the text, no more
