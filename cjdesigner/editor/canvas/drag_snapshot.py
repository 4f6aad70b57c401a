"""Painting a card drag over a snapshot of the still map.

While cards are dragged, everything but the dragged cards, their flows' pieces and the
insertion indicator stands still, yet each mouse move repaints the area those cross: Qt would
paint the grid, the resting flows and the cards under it again, every step (most of a step's
cost on a big map). Instead, the view renders the still map once into a pixmap when the drag
starts, and each step copies the repainted area from it and paints only the moving items on
top, in their stacking order: the flows' pieces stay under the pinned headers (the only still
items above them), the cards and the indicator above everything. The snapshot is made again
when the view scrolls, zooms or resizes, and the drop target's cell (tinted in the grid) is
re-rendered into it when the pointer enters another cell.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap, QRegion
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from cjdesigner.editor.canvas.items import Z_HEADER
from cjdesigner.editor.canvas.items.card import CardItem

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsView

Live = Callable[[], list[QGraphicsItem]]
"""The moving items now (the dragged cards, their flows' pieces, the indicator)."""
Target = Callable[[], QRectF | None]
"""The tinted drop-target cell now, in scene coordinates (None: none)."""
Headers = Callable[[], Iterable[QGraphicsItem]]
"""The still items stacked above the flows' pieces (the headers pinned to the window's edges)."""


class DragSnapshot:
    """The still map of one view during one drag, and the painting of a step over it."""

    def __init__(self, view: QGraphicsView, live: Live, target: Target, headers: Headers) -> None:
        self._view = view
        self._live = live
        self._target = target
        self._headers = headers
        self._pixmap: QPixmap | None = None
        self._key: tuple[object, ...] | None = None
        self._target_rect: QRectF | None = None
        self._covered = QRegion()
        """The viewport area of the pinned headers (the flows' pieces pass under it)."""
        self._looks: dict[int, tuple[tuple[object, ...], QPixmap, QRect]] = {}
        """A dragged card drawn once per zoom (its look does not change during a drag)."""

    def _view_key(self) -> tuple[object, ...]:
        view = self._view
        t = view.transform()
        return (
            t.m11(),
            t.m12(),
            t.m21(),
            t.m22(),
            view.horizontalScrollBar().value(),
            view.verticalScrollBar().value(),
            view.viewport().size().toTuple(),
            view.viewport().devicePixelRatioF(),
        )

    def _render(self, area: QRect | None = None) -> None:
        """Render the still map into the snapshot (``area`` of the viewport, or all of it)."""
        view = self._view
        viewport = view.viewport()
        moving = [(item, item.opacity()) for item in self._live() if item.isVisible()]
        for item, _opacity in moving:
            item.setOpacity(0.0)  # left out (hiding would drop the dragged card's mouse grab)
        try:
            if area is None or self._pixmap is None:
                ratio = viewport.devicePixelRatioF()
                size = viewport.size()
                self._pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
                self._pixmap.setDevicePixelRatio(ratio)
                area = viewport.rect()
                self._covered = QRegion()
                for header in self._headers():
                    if header.isVisible():
                        rect = view.mapFromScene(header.sceneBoundingRect()).boundingRect()
                        self._covered += rect.intersected(viewport.rect())
            painter = QPainter(self._pixmap)
            painter.setRenderHints(view.renderHints())
            painter.setClipRect(area)
            view.render(painter, QRectF(area), area)
            painter.end()
        finally:
            for item, opacity in moving:
                item.setOpacity(opacity)

    def paint(self, event: QPaintEvent) -> None:
        """Paint ``event``'s area: the snapshot there, then the moving items that cross it."""
        view = self._view
        key = self._view_key()
        target = self._target()
        if self._pixmap is None or key != self._key:
            self._render()
            self._key = key
            self._target_rect = target
        elif target != self._target_rect:
            for cell in (self._target_rect, target):
                if cell is not None:
                    area = view.mapFromScene(cell).boundingRect().adjusted(-2, -2, 2, 2)
                    area = area.intersected(view.viewport().rect())
                    if not area.isEmpty():
                        self._render(area)
            self._target_rect = target
        assert self._pixmap is not None
        viewport = view.viewport()
        region = event.region()
        painter = QPainter(viewport)
        ratio = self._pixmap.devicePixelRatio()
        for rect in region:
            source = QRectF(
                rect.x() * ratio, rect.y() * ratio, rect.width() * ratio, rect.height() * ratio
            )
            painter.drawPixmap(QRectF(rect), self._pixmap, source)
        under_headers = region.subtracted(self._covered)
        painter.setRenderHints(view.renderHints())
        exposed = view.mapToScene(region.boundingRect()).boundingRect()
        to_view = view.viewportTransform()
        option = QStyleOptionGraphicsItem()
        for item in sorted(self._live(), key=lambda i: i.zValue()):
            if not item.isVisible() or not item.sceneBoundingRect().intersects(exposed):
                continue
            painter.save()
            painter.setClipRegion(region if item.zValue() > Z_HEADER else under_headers)
            painter.setOpacity(item.effectiveOpacity())
            if isinstance(item, CardItem):
                pixmap, offset = self._look(item, key)
                painter.drawPixmap(view.mapFromScene(item.scenePos()) + offset, pixmap)
            else:
                painter.setTransform(item.sceneTransform() * to_view)
                option.exposedRect = item.boundingRect()  # type: ignore[attr-defined]
                item.paint(painter, option, viewport)
            painter.restore()
        painter.end()

    def _look(self, item: CardItem, key: tuple[object, ...]) -> tuple[QPixmap, QPoint]:
        """The card drawn at the view's zoom into a pixmap, and where its corner goes from the
        card's position (viewport pixels)."""
        look_key = (key[:4], item.isSelected())
        cached = self._looks.get(id(item))
        if cached is None or cached[0] != look_key:
            view = self._view
            scale = view.transform()
            bounds = scale.mapRect(item.boundingRect()).toAlignedRect().adjusted(-1, -1, 1, 1)
            ratio = view.viewport().devicePixelRatioF()
            pixmap = QPixmap(round(bounds.width() * ratio), round(bounds.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHints(view.renderHints())
            painter.translate(-bounds.left(), -bounds.top())
            painter.setTransform(scale, True)
            option = QStyleOptionGraphicsItem()
            option.exposedRect = item.boundingRect()  # type: ignore[attr-defined]
            item.paint(painter, option, view.viewport())
            painter.end()
            cached = (look_key, pixmap, bounds)
            self._looks[id(item)] = cached
        return cached[1], cached[2].topLeft()
