"""The Quick Start reads as one text: its last line follows the five steps, the room left is
below it (a gap of a fifth of the dialog opened between the steps and that line)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from cjdesigner.editor.window.shortcuts_dialog import QuickStartDialog


def test_the_last_line_follows_the_steps(qtbot: QtBot) -> None:
    dialog = QuickStartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    steps = dialog.findChild(QLabel, "quick_start_text")
    (more,) = [label for label in dialog.findChildren(QLabel) if label is not steps]
    steps_end = steps.y() + steps.heightForWidth(steps.width())
    gap = more.y() - steps_end
    assert gap <= 2 * dialog.layout().spacing() + 4, gap
