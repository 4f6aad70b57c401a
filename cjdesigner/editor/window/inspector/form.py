"""The base of every inspector page: a titled form of fields bound to one item."""

from __future__ import annotations

import re
import textwrap

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window.dialogs import Dialogs
from cjdesigner.editor.window.inspector.binding import FieldBinder


def multi_line(lines: int = 3, parent: QWidget | None = None) -> QPlainTextEdit:
    """A text area a few lines high that wraps (descriptions, quotes)."""
    edit = QPlainTextEdit(parent)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setFixedHeight(height)
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    return edit


LONG_WORD = 18
"""A word this long or longer may break anywhere in a heading."""
_LONG_WORD = re.compile(r"\S{" + str(LONG_WORD) + ",}")


def breakable(text: str) -> str:
    """``text`` with a zero-width space every few letters of each very long word, where Qt
    may then wrap it: a product code or a compound word of 60 letters in a card's title made
    the heading, and with it the whole Inspector, wider than its panel (fields cut, buttons
    gone, no scroll bar). Shorter words are left whole."""
    return _LONG_WORD.sub(lambda m: "\u200b".join(textwrap.wrap(m.group(), 8)), text)


class BreakableLabel(QLabel):
    """A word-wrapping label that never grows wider than its panel for a long word."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(breakable(text))
        self.setAccessibleName(text)


class ItemForm(QWidget):
    """One page of the inspector (a touchpoint, a stage, a persona or the map)."""

    kind = "info"
    error = Signal(str)

    def __init__(self, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self.binder = FieldBinder(self.kind, self)
        self.binder.error.connect(self.error)
        self.heading = BreakableLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = BreakableLabel(self)
        self.subheading.setStyleSheet("color: palette(placeholder-text);")
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.setVerticalSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self._layout = layout

    @property
    def doc(self) -> MapDocument | None:
        return self.binder.doc

    @property
    def item_id(self) -> str | None:
        return self.binder.item_id

    def add_row(self, label: str, widget: QWidget) -> QWidget:
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        font = QFont(caption.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.92)
        caption.setFont(font)
        self.form.addRow(caption, widget)
        return widget

    def add_separator(self) -> None:
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.form.addRow(line)

    def add_actions(self, actions: list[QAction]) -> None:
        """Buttons for window actions that concern this kind of item (move, delete…)."""
        bar = QWidget(self)
        grid = QGridLayout(bar)  # two a row: in one row they outgrow a laptop's dock
        grid.setContentsMargins(0, 8, 0, 0)
        grid.setSpacing(4)
        for index, action in enumerate(actions):
            button = QToolButton(bar)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            grid.addWidget(button, index // 2, index % 2, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(2, 1)
        self._layout.insertWidget(self._layout.count() - 1, bar)

    def set_target(self, doc: MapDocument | None, item_id: str | None) -> None:
        self.binder.set_target(doc, item_id)
        self.refresh()

    def refresh(self) -> None:
        """Pull the model's values (subclasses add headings, choices…)."""
        self.binder.refresh()

    def focus_first(self) -> None:
        """Put the cursor in the main field, all selected (ready to type a name)."""
