"""The editor's first frame: work that waits for it, and leaving right after it (benchmarks).

:func:`after_first_paint` runs what the first frame does not show (the first analysis of the
map for the Insights) once the canvas has painted.

``benchmarks/bench_startup.py`` times whole ``cjdesigner`` processes up to the first frame a
consultant sees. With ``CJDESIGNER_EXIT_AFTER_FIRST_FRAME`` set in the environment, the editor
exits (without saving its layout) once the window has been started, the canvas has painted after
that, and the event loop has run dry once more. Not a user feature: nothing lists it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENV_VARIABLE = "CJDESIGNER_EXIT_AFTER_FIRST_FRAME"

FALLBACK_MS = 2000
"""A window that is not painted (started minimized) runs the waiting work after this anyway."""


class _AfterPaint(QObject):
    def __init__(self, viewport: QWidget, work: Callable[[], object]) -> None:
        super().__init__(viewport)
        self._work: Callable[[], object] | None = work
        viewport.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._work is not None:
            QTimer.singleShot(0, self, self._run)  # once the paint is done
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is not None:
            self.parent().removeEventFilter(self)
            self.deleteLater()
            work()


def after_first_paint(viewport: QWidget, work: Callable[[], object]) -> None:
    """Run ``work`` once, right after ``viewport``'s first paint (or after FALLBACK_MS)."""
    _AfterPaint(viewport, work)


def requested() -> bool:
    return bool(os.environ.get(ENV_VARIABLE))


class FirstFrameExit(QObject):
    """Watches the canvas's viewport; after :meth:`started`, its next paint ends the process."""

    def __init__(self, viewport: QWidget) -> None:
        super().__init__(viewport)
        self._viewport = viewport
        self._started = False
        viewport.installEventFilter(self)

    def started(self) -> None:
        """The window's start-up work ran: ask for a paint that shows its result."""
        self._started = True
        self._viewport.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._started and event.type() == QEvent.Type.Paint:
            self._started = False
            QTimer.singleShot(0, _exit_now)  # after the paint, once the queue is idle
        return False


def _exit_now() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
