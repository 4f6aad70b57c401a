"""The canvas view's viewport made in Python, so PySide6 knows it without searching Qt's widgets.

A QGraphicsView makes its viewport, a plain QWidget, in C++. The first time Python asks for it
(``viewport()``, before the first frame: the view pins the headers, the start watches its first
paint), PySide6 has to find the most derived class a ``QWidget*`` it never saw could be, and
builds the Python class of every QWidget subclass Qt has on the way (QCalendarWidget, QMdiArea,
QWizard, QLCDNumber… 37 enums): ~5 ms of CPU of every start (``benchmarks/bench_startup.py``).
A viewport made in Python is known already. It is set up as QGraphicsView sets up its own: the
same plain QWidget through ``setViewport`` (QGraphicsView's constructor makes its default one
with ``setViewport(nullptr)``, which does the same), plus the input-method attribute the
constructor gives it afterwards; ``tests/editor/canvas/test_viewport.py`` compares the two.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsView, QWidget


def replace_viewport(view: QGraphicsView) -> QWidget:
    """Give ``view`` a viewport made here, as its constructor made the one it replaces."""
    viewport = QWidget(view)  # the view's child from the start: Qt owns it, not Python
    view.setViewport(viewport)  # (and deletes the one it made)
    viewport.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    return viewport
