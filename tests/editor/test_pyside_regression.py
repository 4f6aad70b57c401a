"""Regression guard: PySide6 6.12.0 on CPython 3.11 aborts after many void calls.

That release crashes with "Fatal Python error: none_dealloc" once a few thousand calls that
return None (``setPos``, ``setBrush``…) have run: the refcount of ``None`` is decremented once
too often. The canvas makes exactly such calls by the thousand during a drag, so pyproject
excludes 6.12.0; this test fails (the process aborts) if a build with the bug is installed.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene
from pytestqt.qtbot import QtBot

CALLS = 100_000


def test_many_void_calls_do_not_crash(qtbot: QtBot) -> None:
    scene = QGraphicsScene()
    item = QGraphicsRectItem(0, 0, 10, 10)
    scene.addItem(item)
    brushes = [QBrush(QColor(i, 0, 0)) for i in range(256)]
    for i in range(CALLS):
        item.setPos(i % 997, i % 991)
        item.setBrush(brushes[i % 256])
    last = CALLS - 1
    assert item.pos() == QPointF(last % 997, last % 991)
    assert item.brush().color() == QColor(last % 256, 0, 0)
    assert item.scene() is scene
