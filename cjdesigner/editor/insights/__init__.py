"""Journey insights in the editor: the analysis kept fresh off the UI thread.

``worker`` holds what runs on the worker (and the copy made for it on the UI thread);
``refresher`` decides when to run it. The panel that shows the result is
``cjdesigner.editor.window.insights_panel``.
"""

from cjdesigner.editor.insights.refresher import REFRESH_DELAY_MS, InsightsRefresher
from cjdesigner.editor.insights.worker import (
    GcPause,
    Insights,
    MapSnapshot,
    Row,
    analyse_snapshot,
    paused_gc,
    rebuild,
    snapshot,
)

__all__ = [
    "REFRESH_DELAY_MS",
    "GcPause",
    "Insights",
    "InsightsRefresher",
    "MapSnapshot",
    "Row",
    "analyse_snapshot",
    "paused_gc",
    "rebuild",
    "snapshot",
]
