"""View > Presentation (F5): the map alone, full screen, for a projector in a workshop.

Everything but the canvas is hidden (menus, toolbar, docks, status bar) and the window goes full
screen. The keys step through the map: Page Down / Page Up (and Space / Backspace) go from the
whole map to each persona's lane in turn; Left / Right show one stage at a time (of the lane
shown, or of every lane), Up / Down the lane above or below; Home the whole map again. The map
cannot be changed meanwhile (a stray key in front of a client must not delete a card). Esc (or
F5) returns to the editor exactly as it was: panels, toolbar, window size, zoom, scroll and
selection.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QObject, QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar, QWidget

from cjdesigner.editor.canvas.view import READABLE_ZOOM
from cjdesigner.editor.window.controller_inputs import CurrentDocument

if TYPE_CHECKING:
    from cjdesigner.editor.canvas import MapScene, MapView

MAX_ZOOM = 1.6
"""The most a step magnifies (a lane of two cards would otherwise fill a projector)."""


@dataclass
class _Saved:
    """The editor as it was when the presentation started."""

    geometry: QByteArray
    rect: QRect
    state: QByteArray
    window_state: Qt.WindowState
    menu_bar: bool
    status_bar: bool
    hidden_bars: list[QToolBar]
    zoom: float
    centre: QPointF
    selection: list[str]
    focus: QWidget | None
    scroll_bars: tuple[Qt.ScrollBarPolicy, Qt.ScrollBarPolicy]
    message_bars: list[QWidget]


class Presentation(QObject):
    """Enters and leaves presentation mode for one window; steps through the map.

    It takes the window as a plain ``QMainWindow`` (its bars, docks and geometry are hidden and
    put back), the canvas, the current document, whether the map is read-only, and the message
    bars above the map — not the editor window with everything in it.
    """

    def __init__(
        self,
        window: QMainWindow,
        view: MapView,
        scene: MapScene,
        *,
        document: CurrentDocument,
        read_only: Callable[[], bool],
        message_bars: Sequence[QWidget],
    ) -> None:
        super().__init__(window)
        self.window = window
        self._view = view
        self._scene = scene
        self._document = document
        self._read_only = read_only
        self._message_bars = list(message_bars)
        self._saved: _Saved | None = None
        self.step = 0
        """0: the whole map; 1…n: persona lanes; or a stage column (see :meth:`show_stage`)."""
        self.stage: int | None = None

    @property
    def active(self) -> bool:
        return self._saved is not None

    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    # -- entering and leaving ------------------------------------------------------------------

    def enter(self) -> None:
        """Show the map alone, full screen, at a readable zoom."""
        w = self.window
        if self.active or self._document() is None:
            return
        view, scene = self._view, self._scene
        view.inline_editor.finish()
        if scene.interaction is not None:  # a drag or a flow being drawn: put back first
            scene.interaction.cancel()
        bars = [bar for bar in w.findChildren(QToolBar) if bar.isVisible()]
        self._saved = _Saved(
            geometry=w.saveGeometry(),
            rect=w.geometry(),
            state=w.saveState(),
            window_state=w.windowState(),
            menu_bar=w.menuBar().isVisible(),
            status_bar=w.statusBar().isVisible(),
            hidden_bars=bars,
            zoom=view.zoom,
            centre=view.centre(),
            selection=self._selection(),
            focus=w.focusWidget(),
            scroll_bars=(view.horizontalScrollBarPolicy(), view.verticalScrollBarPolicy()),
            message_bars=[b for b in self._message_bars if b.isVisible()],
        )
        for message in self._saved.message_bars:
            message.hide()
        for dock in w.findChildren(QDockWidget):
            dock.hide()
        for bar in bars:
            bar.hide()
        w.menuBar().hide()
        w.statusBar().hide()
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scene.set_read_only(True)
        scene.select_ids([])
        view.installEventFilter(self)
        w.showFullScreen()
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.show_step(0)
        QTimer.singleShot(0, lambda: self.active and self.show_step(self.step))

    def leave(self) -> None:
        """Back to the editor exactly as it was."""
        saved, self._saved = self._saved, None
        if saved is None:
            return
        w = self.window
        view, scene = self._view, self._scene
        view.removeEventFilter(self)
        view.setHorizontalScrollBarPolicy(saved.scroll_bars[0])
        view.setVerticalScrollBarPolicy(saved.scroll_bars[1])
        w.setWindowState(saved.window_state)
        w.restoreGeometry(saved.geometry)
        if not saved.window_state & (
            Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen
        ):
            w.setGeometry(saved.rect)  # restoreGeometry may clamp it to the screen
        w.restoreState(saved.state)
        w.menuBar().setVisible(saved.menu_bar)
        w.statusBar().setVisible(saved.status_bar)
        for bar in saved.hidden_bars:
            bar.show()
        for message in saved.message_bars:
            message.show()
        scene.set_read_only(self._read_only())
        scene.select_ids(saved.selection)

        def place() -> None:
            view.set_zoom(saved.zoom)
            view.centerOn(saved.centre)

        place()
        QTimer.singleShot(0, place)  # again once the window has its size back
        if saved.focus is not None and shiboken6.isValid(saved.focus):
            saved.focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _selection(self) -> list[str]:
        scene = self._scene
        ids = [*scene.selected_touchpoint_ids(), *scene.selected_connection_ids()]
        for header in (scene.selected_stage_id(), scene.selected_persona_id()):
            if header is not None:
                ids.append(header)
        return ids

    # -- steps -----------------------------------------------------------------------------------

    def step_count(self) -> int:
        """The whole map, then one step per persona lane."""
        layout = self._scene.grid_layout
        return 1 + (len(layout.persona_order) if layout is not None else 0)

    def show_step(self, step: int) -> None:
        """Show the whole map (0) or persona lane ``step`` (1…), in every stage."""
        self.step = max(0, min(step, self.step_count() - 1))
        self.stage = None
        self._show()

    def show_stage(self, stage: int | None) -> None:
        """Show one stage's column (None: every stage) of the current lane or of all lanes."""
        layout = self._scene.grid_layout
        if layout is None or not layout.stage_order:
            return
        self.stage = None if stage is None else max(0, min(stage, len(layout.stage_order) - 1))
        self._show()

    def _show(self) -> None:
        view, layout = self._view, self._scene.grid_layout
        if layout is None:
            return
        self._mark()
        if self.step == 0 and self.stage is None:
            view.fit_width(max_zoom=MAX_ZOOM)  # readable, from the top; Page Down goes on
            return
        m = layout.metrics
        if self.step:
            lane = layout.lanes[layout.persona_order[self.step - 1]]
            top, bottom = lane.y - m.header_height, lane.bottom
        else:
            top = layout.corner.y
            bottom = max((r.bottom for r in layout.lanes.values()), default=layout.height)
        if self.stage is not None:
            column = layout.columns[layout.stage_order[self.stage]]
            left, right = column.x - m.lane_header_width, column.right
        else:
            left = layout.corner.x
            right = max(r.right for r in layout.columns.values())
        # the pinned headers (stages on top, lanes at the left) are kept in the picture
        self._fit(QRectF(left, top, right - left, bottom - top))

    def _mark(self) -> None:
        """Frame the header of the lane (else the stage) presented, as a selected one is framed:
        a map fitted by its width shows every lane at every step, and Page Down changed
        nothing the room could see (QA s4 F18)."""
        layout = self._scene.grid_layout
        if layout is None:
            return
        marked: list[str] = []
        if self.step and self.step - 1 < len(layout.persona_order):
            marked.append(layout.persona_order[self.step - 1])
        elif self.stage is not None and self.stage < len(layout.stage_order):
            marked.append(layout.stage_order[self.stage])
        self._scene.select_ids(marked)

    def _fit(self, area: QRectF) -> None:
        """Fit ``area`` at its top (what follows peeks in below); one taller than the screen is
        fitted by its width."""
        view = self._view
        room = view.viewport().rect()
        margin = 16
        by_width = (room.width() - 2 * margin) / area.width()
        by_height = (room.height() - 2 * margin) / area.height()
        tall = by_height < by_width and by_height < READABLE_ZOOM
        factor = min(by_width if tall else min(by_width, by_height), MAX_ZOOM)
        anchor = view.transformationAnchor()
        view.setTransformationAnchor(view.ViewportAnchor.NoAnchor)
        view.set_zoom(factor)
        view.setTransformationAnchor(anchor)
        half = (room.height() / 2 - margin) / view.zoom
        view.centerOn(QPointF(area.center().x(), area.top() + half))

    # -- keys --------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # full screen reached: fit the step to it
            QTimer.singleShot(0, lambda: self.active and self._show())
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # every key is the presentation's: no shortcut edits the map
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self.key(event.key())
            return True
        return False

    def key(self, key: int) -> None:
        """What a key does while presenting."""
        k = Qt.Key
        if key in (k.Key_Escape, k.Key_F5):
            self.leave()
        elif key in (k.Key_PageDown, k.Key_Space):
            self.show_step(self.step + 1)
        elif key in (k.Key_PageUp, k.Key_Backspace):
            self.show_step(self.step - 1)
        elif key in (k.Key_Down, k.Key_Up):  # the next lane, in the same stage if one is shown
            delta = 1 if key == k.Key_Down else -1
            self.step = max(0, min(self.step + delta, self.step_count() - 1))
            self._show()
        elif key == k.Key_Right:
            self.show_stage(0 if self.stage is None else self.stage + 1)
        elif key == k.Key_Left:
            if self.stage == 0:
                self.show_stage(None)
            else:
                layout = self._scene.grid_layout
                last = len(layout.stage_order) - 1 if layout is not None else 0
                self.show_stage(last if self.stage is None else self.stage - 1)
        elif key == k.Key_Home:
            self.show_step(0)
        elif key == k.Key_End:
            self.show_step(self.step_count() - 1)
