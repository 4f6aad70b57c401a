"""Room for the map: the window's first-start size and dock widths, and each file's view.

On a 1366×768 laptop the three docks at their roomy widths left the map 37 % of the screen.
At first start the window fits the screen, the side panels take compact widths on a small
screen (and share one side as tabs on a projector's 1024×768), and the Insights panel starts
folded (the status bar's count opens it): the map gets
well over half the screen. Each file then opens where it was left (zoom and scroll, kept in
QSettings by the file's path); a file seen for the first time opens fitted to the view's width,
at a readable zoom (``MapView.fit_width``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QWidget

from cjdesigner.editor.window.file_controller import settings

if TYPE_CHECKING:
    from cjdesigner.editor.canvas import MapView


class DockedWindow(Protocol):
    """What the first-start layout uses of the main window: its three docks and Qt's dock calls."""

    palette_dock: QDockWidget
    inspector_dock: QDockWidget
    insights_dock: QDockWidget

    def resize(self, w: int, h: int, /) -> None: ...

    def addDockWidget(self, area: Qt.DockWidgetArea, dockwidget: QDockWidget, /) -> None: ...

    def tabifyDockWidget(self, first: QDockWidget, second: QDockWidget, /) -> None: ...

    def resizeDocks(
        self, docks: Sequence[QDockWidget], sizes: Sequence[int], orientation: Qt.Orientation, /
    ) -> None: ...


DEFAULT_SIZE = (1440, 900)
ROOMY = (230, 340)
"""Palette and inspector widths on a large screen."""
COMPACT = (176, 280)
"""Their widths on a screen narrower than :data:`ROOMY_FROM` (a workshop laptop)."""
ROOMY_FROM = 1600
TABBED_BELOW = 1280
"""On a screen narrower than this (a 1024×768 projector) the palette and the inspector share
one side as tabs: side by side they would leave the map less than half the screen."""
INSIGHTS_HEIGHT = 190
VIEW_GROUP = "view_by_file"


def dock_widths(screen_width: int) -> tuple[int, int]:
    """Palette and inspector widths for a screen this wide."""
    return ROOMY if screen_width >= ROOMY_FROM else COMPACT


LARGE_SHARE = 0.9
"""The share of a large screen's free area the first window takes: a 1440×900 window on a
1920×1080 projector left the six-stage map at 75 % with a scroll bar and the screen's edges
empty."""


def first_start_size(free: QRect | None) -> tuple[int, int]:
    """The first window's size on a screen whose free area is ``free``: the whole of a small
    screen (a 1366×768 laptop), :data:`LARGE_SHARE` of a large one, never less than
    :data:`DEFAULT_SIZE` where the screen holds that."""
    width, height = DEFAULT_SIZE
    if free is None or not free.isValid():
        return width, height
    return (
        max(min(width, free.width()), int(free.width() * LARGE_SHARE)),
        max(min(height, free.height()), int(free.height() * LARGE_SHARE)),
    )


def first_start_layout(window: DockedWindow, free: QRect | None) -> None:
    """Size the window to fit ``free`` (the screen's available area) and give the map room."""
    width, height = first_start_size(free)
    window.resize(width, height)
    screen_width = free.width() if free is not None else width
    palette, inspector = dock_widths(screen_width)
    if screen_width < TABBED_BELOW:
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.palette_dock)
        window.tabifyDockWidget(window.inspector_dock, window.palette_dock)
        window.palette_dock.raise_()  # a new map starts with adding touchpoints
        palette = inspector
    window.resizeDocks(
        [window.palette_dock, window.inspector_dock],
        [palette, inspector],
        Qt.Orientation.Horizontal,
    )
    window.resizeDocks([window.insights_dock], [INSIGHTS_HEIGHT], Qt.Orientation.Vertical)
    window.insights_dock.hide()  # folded until asked for (View > Insights, the status bar)


CASCADE = 32
"""How far a second window opens down and right of the one it came from (px)."""
FRAME_ALLOWANCE = QSize(16, 48)
"""Room left for a window's borders and title bar before it is shown (they vary by system)."""


def place_beside(window: QWidget, opener: QRect, free: QRect) -> None:
    """Put a window opened from another one a step down and right of it, within ``free``
    (the screen's available area): File > New Window opened exactly on top of the first
    one, at 1440×900 on a 1366×768 laptop, with the Inspector and status bar off screen."""
    # title bar and borders: unknown until the window is shown, so a usual allowance
    frame = (window.frameGeometry().size() - window.size()).expandedTo(FRAME_ALLOWANCE)
    x = max(free.x(), opener.x()) + CASCADE
    y = max(free.y(), opener.y()) + CASCADE
    if x + CASCADE * 4 > free.right():  # the opener sits far right or low: start over
        x = free.x()
    if y + CASCADE * 4 > free.bottom():
        y = free.y()
    # as big as it asks, shrunk to stay within the screen from where it now starts (a window
    # filling a laptop's screen gives up a cascade's step so both title bars show)
    width = min(window.width(), free.right() + 1 - x - frame.width())
    height = min(window.height(), free.bottom() + 1 - y - frame.height())
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    width, height = max(width, least.width()), max(height, least.height())
    window.resize(width, height)
    # a window cannot shrink below its minimum: then it moves back in, over the cascade
    x = max(free.x(), min(x, free.right() + 1 - width - frame.width()))
    y = max(free.y(), min(y, free.bottom() + 1 - height - frame.height()))
    window.move(x, y)


def map_share(viewport: QWidget, screen: QRect) -> float:
    """The share of ``screen`` the map's viewport (``MapView.viewport()``) covers (0…1)."""
    area = screen.width() * screen.height()
    return viewport.width() * viewport.height() / area if area else 0.0


# -- each file's zoom and scroll -----------------------------------------------------------------


def _key(path: Path) -> str:
    digest = hashlib.sha1(str(path.absolute()).encode("utf-8"), usedforsecurity=False)
    return f"{VIEW_GROUP}/{digest.hexdigest()}"


def remember_view(view: MapView, path: Path | None) -> None:
    """Keep the zoom and the scene point in the middle of the view for ``path``."""
    if path is None:
        return
    centre = view.centre()
    settings().setValue(_key(path), [view.zoom, centre.x(), centre.y()])


def recall_view(view: MapView, path: Path | None) -> bool:
    """Show ``path``'s map as it was last left; False if it was never seen (or the entry is bad)."""
    if path is None:
        return False
    value = settings().value(_key(path))
    if not isinstance(value, list) or len(value) != 3:
        return False
    try:
        zoom, x, y = (float(v) for v in value)
    except (TypeError, ValueError):
        return False
    view.set_zoom(zoom)
    view.centerOn(QPointF(x, y))
    return True


EMPTY_MAP_MIN_ZOOM = 0.65
"""How far a map without cards yet (the blank template) may be zoomed out to open whole: it
has no card text to keep readable, only its headers (12 px, still ~8 px on screen)."""


def open_view(view: MapView, path: Path | None) -> None:
    """A map just shown: where it was left, else fitted to the width at a readable zoom (a map
    with no card yet: whole, if it fits at :data:`EMPTY_MAP_MIN_ZOOM`)."""
    if recall_view(view, path):
        return
    doc = view.map_scene().document
    if doc is not None and not doc.map.touchpoints:
        view.fit_width(min_zoom=EMPTY_MAP_MIN_ZOOM)
    else:
        view.fit_width()
