"""The grid behind the cards: alternating lane bands, cell lines, and drop hints while dragging.

A map with no touchpoints at all (a fresh blank template) shows the hint in every cell, so a
first-time user sees where the palette's channels go before dragging anything.

One item draws the whole grid (a map has tens of cells, not thousands), straight from the
layout's rectangles.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjdesigner.editor.canvas import style
from cjdesigner.editor.canvas.items import Z_GRID
from cjdesigner.layout import GridLayout, Rect
from cjdesigner.map_language import label as map_label


def qrect(r: Rect) -> QRectF:
    """A layout rectangle as a ``QRectF`` (the canvas's edge to the plain-number layout)."""
    return QRectF(r.x, r.y, r.w, r.h)


class GridItem(QGraphicsItem):
    """Lane backgrounds and cell lines; during a drag, "drop touchpoints here" in empty cells."""

    kind = "grid"

    def __init__(self, layout: GridLayout) -> None:
        super().__init__()
        self.item_id = ""
        self.setZValue(Z_GRID)
        # paint() is told the repainted area (not the whole map) and cuts its work to it
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._layout = layout
        self._hint_cells: list[tuple[str, str]] = []
        self._target: tuple[str, str] | None = None
        self._font = style.font(style.BODY_PX)
        self._language = ""
        self._hint = self._empty_hint = ""
        self.set_language("en")

    def set_language(self, language: str) -> None:
        """The hints in the map's language, like every word the canvas prints around the map."""
        if language == self._language:
            return
        self._language = language
        self._hint = map_label("drop touchpoints here", language)
        self._empty_hint = map_label("drag a channel here from the palette", language)
        self.update()

    def set_layout(self, layout: GridLayout) -> None:
        self.prepareGeometryChange()
        self._layout = layout
        self.update()

    @property
    def hint_cells(self) -> list[tuple[str, str]]:
        """The cells that show the drop hint now (empty while nothing is dragged)."""
        return list(self._hint_cells)

    def idle_hint_cells(self) -> list[tuple[str, str]]:
        """The cells that show where to start when nothing is dragged: all of an empty map's."""
        lay = self._layout
        if self._hint_cells or lay.cards:
            return []
        return [(s, p) for p in lay.persona_order for s in lay.stage_order if (s, p) in lay.cells]

    def show_drop_hints(self, cells: list[tuple[str, str]], target: tuple[str, str] | None) -> None:
        """Show the hint in ``cells`` and tint ``target`` (the cell under the pointer)."""
        if cells != self._hint_cells:
            self._hint_cells = list(cells)
            self._target = target
            self.update()
        elif target != self._target:
            # only the two cells whose tint changes are repainted (cheap while dragging)
            for cell in (self._target, target):
                rect = self._layout.cells.get(cell) if cell is not None else None
                if rect is not None:
                    self.update(qrect(rect))
            self._target = target

    def clear_drop_hints(self) -> None:
        self.show_drop_hints([], None)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._layout.width, self._layout.height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        # Everything is cut to the repainted area first: a drag step repaints a few small
        # rectangles of a grid that spans the whole map, and long clipped fills and lines
        # still cost their full length.
        lay = self._layout
        scale = abs(painter.worldTransform().m11()) or 1.0
        grow = 2.0 + 2.0 / scale  # cut edges stay outside what is repainted, at any zoom
        ex = option.exposedRect.adjusted(-grow, -grow, grow, grow)  # type: ignore[attr-defined]
        corner = qrect(lay.corner)
        if corner.intersects(ex):
            painter.fillRect(corner.intersected(ex), style.HEADER_CORNER)
        for row, persona_id in enumerate(lay.persona_order):
            lane = qrect(lay.lanes[persona_id])
            if not lane.intersects(ex):
                continue
            painter.fillRect(lane.intersected(ex), style.LANE_BACKGROUNDS[row % 2])
            band = lay.curve_bands.get(persona_id)
            if band is not None and qrect(band).intersects(ex):
                painter.fillRect(qrect(band).intersected(ex), style.CURVE_BAND_TINT)
        if self._target is not None and self._target in lay.cells:
            cell = qrect(lay.cells[self._target])
            if cell.intersects(ex):
                painter.fillRect(cell.intersected(ex), style.DROP_TARGET_TINT)

        left, right, top, bottom = ex.left(), ex.right(), ex.top(), ex.bottom()
        y0, y1 = max(lay.metrics.header_height, top), min(lay.height, bottom)
        if y0 < y1:
            painter.setPen(QPen(style.GRID_LINE, 1.0))
            for stage_id in lay.stage_order[1:]:
                x = lay.columns[stage_id].x
                if left <= x <= right:
                    painter.drawLine(QPointF(x, y0), QPointF(x, y1))
        x0, x1 = max(lay.metrics.lane_header_width, left), min(lay.width, right)
        painter.setPen(QPen(style.GRID_LINE_STRONG, 1.0))
        if x0 < x1:
            for persona_id in lay.persona_order:
                y = lay.lanes[persona_id].bottom
                if top <= y <= bottom:
                    painter.drawLine(QPointF(x0, y), QPointF(x1, y))
        outline = QRectF(0, 0, lay.width, lay.height)
        if not outline.adjusted(grow, grow, -grow, -grow).contains(ex):
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(outline)

        cells, hint = self._hint_cells, self._hint
        if not cells:
            cells, hint = self.idle_hint_cells(), self._empty_hint
        if cells:
            painter.setFont(self._font)
            painter.setPen(style.DROP_HINT_TEXT)
            for cell in cells:
                rect = lay.cells.get(cell)
                if rect is None or not qrect(rect).intersects(ex):
                    continue
                r = qrect(rect).adjusted(8, 8, -8, -8)
                dashed = QPen(style.GRID_LINE_STRONG, 1.0, Qt.PenStyle.DashLine)
                painter.setPen(dashed)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(r, 6, 6)
                painter.setPen(style.DROP_HINT_TEXT)
                painter.drawText(r, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, hint)
