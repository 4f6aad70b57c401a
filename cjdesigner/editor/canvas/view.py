"""The view around the map: zoom (ctrl+wheel, keys), pan (middle button, space+drag), fit.

It also hosts the in-place editor of stage and persona names, since an editor is a widget
over the view, not something the scene draws.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QRegion,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from cjdesigner.editor.canvas import accessibility, keyboard, viewport
from cjdesigner.editor.canvas.document_sync import SCENE_MARGIN
from cjdesigner.editor.canvas.drag_snapshot import DragSnapshot, Live, Target
from cjdesigner.editor.canvas.inline_edit import InlineEditor
from cjdesigner.editor.canvas.scene import MapScene

MIN_ZOOM = 0.1
MAX_ZOOM = 4.0
ZOOM_STEP = 1.2
FIT_MARGIN = 16
AUTOSCROLL_MARGIN = 40
"""Dragging within this many pixels of an edge scrolls the map that way."""
AUTOSCROLL_INTERVAL_MS = 30
AUTOSCROLL_MAX_STEP = 28
EXPOSED_MARGIN_PX = 3
"""Repainted rectangles are grown by this much when flows test them (pen width, rounding)."""
CELL_HINT_MS = 1500
"""How long a revealed empty cell (a gap in the journey) stays marked."""
READABLE_ZOOM = 0.75
"""The smallest zoom a map opens at: card titles (12 px) stay 9 px on screen, descriptions 8."""


class MapView(QGraphicsView):
    """The canvas widget (object name ``canvas``)."""

    zoom_changed = Signal(float)
    """The zoom factor, 1.0 = 100 %."""

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        accessibility.install(MapView)  # before anything asks for this view's interface
        super().__init__(scene, parent)
        self.inline_editor = InlineEditor(self)  # scrollContentsBy finishes its edit
        viewport.replace_viewport(self)  # before anything asks for the viewport: see there
        self._scene = scene  # QGraphicsView does not own its scene; keep it alive with the view
        self.setObjectName("canvas")
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, False)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._zoom = 1.0
        self._drag_snapshot: DragSnapshot | None = None
        self._pan_start: QPoint | None = None
        self._space_down = False
        self._autoscroll_pos: QPoint | None = None
        self._autoscroll_timer = QTimer(self)
        self._autoscroll_timer.setInterval(AUTOSCROLL_INTERVAL_MS)
        self._autoscroll_timer.timeout.connect(self._autoscroll_tick)
        self._cell_hint_timer = QTimer(self)
        self._cell_hint_timer.setSingleShot(True)
        self._cell_hint_timer.timeout.connect(self._clear_cell_hint)
        scene.rename_requested.connect(self.edit_header)
        scene.label_edit_requested.connect(self.edit_connection_label)
        scene.document_changed.connect(self.show_start)
        scene.document_changed.connect(self._pin_headers)
        self.show_start()
        self.rubberBandChanged.connect(self._on_rubber_band)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint, telling the scene exactly which area is repainted.

        A drag step repaints a few dozen small rectangles, yet each item is handed only the
        bounding box of them all. Flows that cross that box without touching the rectangles
        (most of them) test the exact area and skip their stroke.
        """
        if self._drag_snapshot is not None:
            self._drag_snapshot.paint(event)  # a card drag: the still map is a snapshot
            return
        scene = self.scene()
        region = event.region()
        if not isinstance(scene, MapScene) or region.rectCount() < 2:
            super().paintEvent(event)
            return
        inverse = self.viewportTransform().inverted()[0]
        grow = EXPOSED_MARGIN_PX
        area = QRegion()
        for r in region:
            area += inverse.mapRect(QRectF(r.adjusted(-grow, -grow, grow, grow))).toAlignedRect()
        scene.exposed_region = area
        try:
            super().paintEvent(event)
        finally:
            scene.exposed_region = None

    def begin_drag_painting(self, live: Live, target: Target) -> None:
        """Cards are being dragged: paint the moving items over a snapshot of the rest."""
        self._drag_snapshot = DragSnapshot(self, live, target, self.map_scene().pinned_items)

    def end_drag_painting(self) -> None:
        if self._drag_snapshot is not None:
            self._drag_snapshot = None
            self.viewport().update()

    def map_scene(self) -> MapScene:
        scene = self.scene()
        assert isinstance(scene, MapScene)
        return scene

    # -- zoom --------------------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self._zoom

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.inline_editor.finish()  # the name it edits would slide away from under it
        super().scrollContentsBy(dx, dy)
        self._pin_headers()
        if dx or dy:
            self._repaint_pinned(dx, dy)

    def _repaint_pinned(self, dx: int, dy: int) -> None:
        """Repaint where the pinned headers are and the strip a scroll just moved them over.

        A scroll moves the viewport's pixels and repaints only the strip it uncovers, so the
        pinned headers' old pixels, moved with the map, stayed on screen as slices over the
        first stages until the next full repaint (QA s8 K5, on a real display)."""
        scene = self.scene()
        if not isinstance(scene, MapScene):
            return
        region = QRegion()
        for item in scene.pinned_items():
            rect = self.mapFromScene(item.sceneBoundingRect()).boundingRect()
            region += rect.adjusted(-abs(dx) - 2, -abs(dy) - 2, abs(dx) + 2, abs(dy) + 2)
        if not region.isEmpty():
            self.viewport().update(region)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._pin_headers()

    def _pin_headers(self) -> None:
        scene = self.scene()
        if isinstance(scene, MapScene):  # not while Qt tears the view down
            scene.pin_headers(self.mapToScene(self.viewport().rect()).boundingRect())

    def set_zoom(self, factor: float) -> None:
        """Zoom to ``factor`` (clamped to 10 %–400 %)."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        if abs(factor - self._zoom) < 1e-9:
            return
        self.inline_editor.finish()
        self.scale(factor / self._zoom, factor / self._zoom)
        self._zoom = factor
        self._pin_headers()
        self.zoom_changed.emit(factor)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    def fit_map(self) -> None:
        """Show the whole map (never magnified beyond 100 %)."""
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        view = self.viewport().rect().adjusted(FIT_MARGIN, FIT_MARGIN, -FIT_MARGIN, -FIT_MARGIN)
        factor = min(view.width() / rect.width(), view.height() / rect.height(), 1.0)
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.set_zoom(factor)
        self.setTransformationAnchor(anchor)
        self.centerOn(rect.center())

    def fit_width(self, max_zoom: float = 1.0, min_zoom: float = READABLE_ZOOM) -> None:
        """Show the map as wide as the view, scrolled to its top-left corner.

        Fitting the whole map on a laptop made card text 6 px or grey bars; the width alone
        keeps it readable on most maps. A map too wide for that opens at ``min_zoom`` instead:
        readable, its start in view, the rest a scroll away.
        """
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        view = self.viewport().rect()
        vbar = self.verticalScrollBar()
        bar = vbar.sizeHint().width()  # the style's scroll bar extent, without its QStyle type
        width = view.width() + (vbar.width() if vbar.isVisible() else 0) - 2 * FIT_MARGIN
        factor = min(width / rect.width(), max_zoom)
        if rect.height() * factor > view.height():  # a vertical scroll bar takes its share
            factor = min((width - bar) / rect.width(), max_zoom)
        floor = min(min_zoom, max_zoom)
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.set_zoom(max(factor, floor))
        self.setTransformationAnchor(anchor)
        # the scroll bars shown or hidden for the new zoom now, not at the next layout pass:
        # a bar appearing then would re-centre the map and undo the scroll to its start
        QCoreApplication.sendEvent(self, QEvent(QEvent.Type.LayoutRequest))
        self.show_start()
        if factor < floor:
            self._centre_map_if_it_fits(rect)

    def _centre_map_if_it_fits(self, rect: QRectF) -> None:
        """At the readable zoom, show the map whole across if only the scene's empty margins
        are what does not fit, centred; else leave it at its start.

        The blank five-stage template on a 1366×768 laptop needs 0.69 to fit with its margins
        and opened at 0.75 with the last stage cut at the view's edge, while the map itself
        (the margins left out) fits at 0.75 with room to spare.
        """
        content = rect.adjusted(SCENE_MARGIN, 0, -SCENE_MARGIN, 0)
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        if content.width() > shown.width():
            return
        self.centerOn(QPointF(content.center().x(), shown.center().y()))

    def fit_rect(self, area: QRectF, max_zoom: float = 1.0) -> None:
        """Zoom and scroll so that ``area`` (scene coordinates) fills the view."""
        if area.isEmpty():
            return
        view = self.viewport().rect().adjusted(FIT_MARGIN, FIT_MARGIN, -FIT_MARGIN, -FIT_MARGIN)
        factor = min(view.width() / area.width(), view.height() / area.height(), max_zoom)
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.set_zoom(factor)
        self.setTransformationAnchor(anchor)
        self.centerOn(area.center())

    def centre(self) -> QPointF:
        """The scene point in the middle of the view."""
        return self.mapToScene(self.viewport().rect().center())

    def show_start(self) -> None:
        """Scroll to the map's top-left corner (its title and first stage and lane)."""
        self.inline_editor.cancel()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def reveal(self, ids: Iterable[str]) -> None:
        """Scroll so that the items with these ids are in view."""
        scene = self.map_scene()
        area = QRectF()
        for item_id in ids:
            item = scene.item_for_id(item_id)
            if item is not None:
                area = area.united(item.sceneBoundingRect())
        if area.isEmpty():
            return
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if area.width() > visible.width() or area.height() > visible.height():
            self.centerOn(area.center())
        else:
            self.ensureVisible(area, 40, 40)

    def reveal_cell(self, stage_id: str, persona_id: str) -> None:
        """Scroll to a cell and mark it for a moment with the "drop touchpoints here" hint."""
        scene = self.map_scene()
        layout, grid = scene.grid_layout, scene.grid_item
        if layout is None or grid is None or (stage_id, persona_id) not in layout.cells:
            return
        cell = layout.cells[(stage_id, persona_id)]
        self.ensureVisible(QRectF(cell.x, cell.y, cell.w, cell.h), 40, 40)
        grid.show_drop_hints([(stage_id, persona_id)], (stage_id, persona_id))
        self._cell_hint_timer.start(CELL_HINT_MS)

    def _clear_cell_hint(self) -> None:
        scene = self.map_scene()
        if scene.grid_item is not None and scene.interaction is None:
            scene.grid_item.clear_drop_hints()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self._zoom * ZOOM_STEP**steps)
            event.accept()
            return
        self.inline_editor.finish()
        super().wheelEvent(event)

    # -- pan -------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.map_scene().focus_ring.set_keyboard(False)  # the ring is for keyboard users
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space_down and event.button() == Qt.MouseButton.LeftButton
        ):
            self.inline_editor.finish()
            self._pan_start = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_start is not None:
            pos = event.position().toPoint()
            delta = pos - self._pan_start
            self._pan_start = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)
        interaction = self.map_scene().interaction
        dragging = interaction is not None and getattr(interaction, "started", False)
        self._autoscroll_at(event.position().toPoint() if dragging else None)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._autoscroll_at(None)
        if self._pan_start is not None and event.button() in (
            Qt.MouseButton.MiddleButton,
            Qt.MouseButton.LeftButton,
        ):
            self._pan_start = None
            if self._space_down:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Space:
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            if self._pan_start is None:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def leaveEvent(self, event: object) -> None:
        self.map_scene().set_hover(None)  # the connection handle follows the pointer only
        super().leaveEvent(event)  # type: ignore[arg-type]

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        scene = self.map_scene()
        tabbed = event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
        )
        if tabbed:
            scene.focus_ring.set_keyboard(True)
        if tabbed and not scene.selectedItems() and scene.grid_layout is not None:
            first = keyboard.first_card(scene.grid_layout)  # the keyboard arrives somewhere
            if first is not None:
                keyboard.select_and_show(scene, first)
        scene.focus_ring.set_focused(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._space_down = False
        super().focusOutEvent(event)
        scene = self.scene()
        if isinstance(scene, MapScene):
            scene.focus_ring.set_focused(False)

    # -- scrolling while dragging near an edge ------------------------------------------------

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        accepted = event.isAccepted()
        wanted = self.map_scene().accepts_drop(event.mimeData())
        self._autoscroll_at(event.position().toPoint() if wanted else None)
        event.setAccepted(accepted)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._autoscroll_at(None)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._autoscroll_at(None)
        super().dropEvent(event)

    def autoscroll_delta(self, pos: QPoint) -> QPoint:
        """How far one tick scrolls with the pointer at ``pos`` (faster nearer the edge)."""
        rect = self.viewport().rect()

        def step(distance: int) -> int:
            if distance >= AUTOSCROLL_MARGIN:
                return 0
            depth = (AUTOSCROLL_MARGIN - max(distance, 0)) / AUTOSCROLL_MARGIN
            return max(1, round(AUTOSCROLL_MAX_STEP * depth))

        dx = step(rect.right() - pos.x()) - step(pos.x() - rect.left())
        dy = step(rect.bottom() - pos.y()) - step(pos.y() - rect.top())
        return QPoint(dx, dy)

    def _autoscroll_at(self, pos: QPoint | None) -> None:
        self._autoscroll_pos = pos
        if pos is not None and not self.autoscroll_delta(pos).isNull():
            if not self._autoscroll_timer.isActive():
                self._autoscroll_timer.start()
        else:
            self._autoscroll_timer.stop()

    def _autoscroll_tick(self) -> None:
        pos = self._autoscroll_pos
        if pos is None:
            self._autoscroll_timer.stop()
            return
        delta = self.autoscroll_delta(pos)
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + delta.x())
        v.setValue(v.value() + delta.y())
        self.map_scene().drag_feedback_at(self.mapToScene(pos))

    # -- rubber band and rename ------------------------------------------------------------------

    def _on_rubber_band(self, rect: QRect, *_: object) -> None:
        self.map_scene().rubber_banding = not rect.isNull()

    def edit_header(self, kind: str, item_id: str) -> None:
        """Open the in-place editor over a stage or persona name."""
        scene = self.map_scene()
        header = (scene.stage_headers if kind == "stage" else scene.persona_headers).get(item_id)
        doc = scene.document
        if header is None or doc is None or scene.read_only:
            return
        name = header.stage.name if kind == "stage" else header.persona.name  # type: ignore[attr-defined]
        name_rect = header.mapRectToScene(header.name_rect())
        self.ensureVisible(name_rect, 20, 20)
        name_rect = header.mapRectToScene(header.name_rect())  # it may be pinned elsewhere now
        rect = self.mapFromScene(name_rect).boundingRect()
        self.inline_editor.start(doc, kind, item_id, name, rect, self._zoom)

    def edit_connection_label(self, connection_id: str) -> None:
        """Open the in-place editor over a flow's label (or its middle, when it has none)."""
        scene = self.map_scene()
        item = scene.connections.get(connection_id)
        doc = scene.document
        if item is None or doc is None or scene.read_only:
            return
        area = item.label_rect()
        self.ensureVisible(area, 40, 40)
        rect = self.mapFromScene(item.label_rect()).boundingRect()
        self.inline_editor.start(doc, "connection", connection_id, item.label, rect, self._zoom)
