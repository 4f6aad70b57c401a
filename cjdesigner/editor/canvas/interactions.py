"""Mouse modes of the canvas, as objects installed on the scene (Orange's ``UserInteraction``).

A card drag records where the cards were on press, lets them follow the pointer, shows where
they would land, and on release asks for ONE move (one undo step). ``cancel()`` (Esc) puts
everything back and removes the temporary items. A palette drag shares the drop feedback.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from cjdesigner.editor.canvas import edits, style
from cjdesigner.editor.canvas.items import Z_DRAGGED, Z_INDICATOR
from cjdesigner.editor.canvas.items.card import CardItem
from cjdesigner.editor.canvas.items.dragged_flows import DraggedFlows

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsView

    from cjdesigner.editor.canvas.items.connection import ConnectionItem
    from cjdesigner.editor.canvas.items.grid import GridItem
    from cjdesigner.editor.document import MapDocument
    from cjdesigner.layout import GridLayout

Cell = tuple[str, str]
DRAGGED_OPACITY = 0.8


@runtime_checkable
class FeedbackScene(Protocol):
    """What the drop feedback uses of the scene: the layout, the grid (its empty-cell hints),
    the edges of the pinned headers, and adding the indicator."""

    grid_item: GridItem | None
    content_left: float
    content_top: float

    @property
    def grid_layout(self) -> GridLayout | None: ...

    def addItem(self, item: QGraphicsItem, /) -> None: ...

    def removeItem(self, item: QGraphicsItem, /) -> None: ...


@runtime_checkable
class InteractionScene(Protocol):
    """What every mouse mode uses of the scene: uninstalling itself."""

    def end_interaction(self, interaction: Interaction | None) -> None: ...


@runtime_checkable
class CardDragScene(FeedbackScene, InteractionScene, Protocol):
    """What a card drag uses of the scene besides the drop feedback: the document, the selected
    cards and their items, their flows, and the views (which paint the drag cheaply)."""

    cards: dict[str, CardItem]

    @property
    def document(self) -> MapDocument | None: ...

    def selected_touchpoint_ids(self) -> list[str]: ...

    def connection_items_of(self, card_ids: Iterable[str]) -> list[ConnectionItem]: ...

    def reroute_connections_of(self, card_ids: Iterable[str]) -> None: ...

    def views(self) -> list[QGraphicsView]: ...


class InsertionIndicator(QGraphicsItem):
    """A bold line with round ends where dropped cards would go."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_INDICATOR)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._line = QLineF()

    def set_line(self, line: QLineF) -> None:
        if line != self._line:
            self.prepareGeometryChange()
            self._line = line

    def line(self) -> QLineF:
        return QLineF(self._line)

    def boundingRect(self) -> QRectF:
        return QRectF(self._line.p1(), self._line.p2()).normalized().adjusted(-6, -6, 6, 6)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(style.DROP_INDICATOR, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        )
        painter.drawLine(self._line)
        painter.setBrush(style.DROP_INDICATOR)
        painter.drawEllipse(self._line.p1(), 3.5, 3.5)
        painter.drawEllipse(self._line.p2(), 3.5, 3.5)


class DropFeedback:
    """Where a drop at a point would land, shown with an indicator and the empty-cell hints."""

    def __init__(self, scene: FeedbackScene) -> None:
        self.scene = scene
        self.indicator: InsertionIndicator | None = None
        self.target: tuple[Cell, int] | None = None
        self._empty: tuple[GridLayout, frozenset[str], list[Cell]] | None = None
        """The empty cells for (layout, cards left out), kept while they stay the same."""

    def update(
        self, pos: QPointF, exclude: frozenset[str] = frozenset()
    ) -> tuple[Cell, int] | None:
        """Show the landing place of a drop at ``pos``; None (and no indicator) off the cells."""
        layout = self.scene.grid_layout
        grid = self.scene.grid_item
        if layout is None or grid is None:
            return None
        covered = pos.x() < self.scene.content_left or pos.y() < self.scene.content_top
        cell = None if covered else layout.cell_at(pos.x(), pos.y())
        cached = self._empty
        if cached is None or cached[0] is not layout or cached[1] != exclude:
            # the same on every step of a drag: worked out once
            cells = [
                c
                for c in layout.cells
                if not any(card not in exclude for card in layout.cell_cards.get(c, ()))
            ]
            cached = self._empty = (layout, exclude, cells)
        empty = cached[2]
        grid.show_drop_hints(empty, cell)
        if cell is None:
            self._hide_indicator()
            self.target = None
            return None
        index = layout.insertion_index(cell, pos.y(), exclude)
        self._show_indicator(cell, index, exclude)
        self.target = (cell, index)
        return self.target

    def _show_indicator(self, cell: Cell, index: int, exclude: frozenset[str]) -> None:
        layout = self.scene.grid_layout
        assert layout is not None
        m = layout.metrics
        rect = layout.cells[cell]
        staying = [c for c in layout.cell_cards.get(cell, ()) if c not in exclude]
        if not staying:
            y = rect.y + m.cell_padding / 2
        elif index < len(staying):
            y = layout.cards[staying[index]].y - m.card_gap / 2
        else:
            y = layout.cards[staying[-1]].bottom + m.card_gap / 2
        line = QLineF(rect.x + m.cell_padding, y, rect.right - m.cell_padding, y)
        if self.indicator is None:
            self.indicator = InsertionIndicator()
            self.scene.addItem(self.indicator)
        self.indicator.set_line(line)
        self.indicator.show()

    def _hide_indicator(self) -> None:
        if self.indicator is not None:
            self.indicator.hide()

    def clear(self) -> None:
        """Remove the indicator and the hints (the drag ended or left the canvas)."""
        if self.indicator is not None:
            self.scene.removeItem(self.indicator)
            self.indicator = None
        if self.scene.grid_item is not None:
            self.scene.grid_item.clear_drop_hints()
        self.target = None


class Interaction:
    """A mouse mode installed on the scene; the scene forwards mouse events to it first."""

    def __init__(self, scene: InteractionScene) -> None:
        self.scene = scene

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def cancel(self) -> None:
        """Undo whatever the mode showed and uninstall it."""
        self.end()

    def end(self) -> None:
        self.scene.end_interaction(self)


class CardDragInteraction(Interaction):
    """Drag the selected cards to another cell or another place in their cell."""

    scene: CardDragScene

    def __init__(self, scene: CardDragScene, press_pos: QPointF, widget: QWidget | None) -> None:
        super().__init__(scene)
        self.press_pos = QPointF(press_pos)
        self.widget = widget
        self.ids = scene.selected_touchpoint_ids()
        self.items: list[CardItem] = [scene.cards[i] for i in self.ids if i in scene.cards]
        self.start = {item.item_id: item.pos() for item in self.items}
        self.exclude = frozenset(self.ids)
        self.started = False
        self.feedback = DropFeedback(scene)
        self.flows: DraggedFlows | None = None
        """Stands in for the dragged cards' flows while they follow (cheap repaints)."""

    @property
    def target(self) -> tuple[Cell, int] | None:
        return self.feedback.target

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        if not self.items:
            return False
        if not self.started:
            down = event.buttonDownScreenPos(Qt.MouseButton.LeftButton)
            moved = (event.screenPos() - down).manhattanLength()
            if moved < QApplication.startDragDistance():
                return True
            self.started = True
            for item in self.items:
                item.setZValue(Z_DRAGGED)
                item.setOpacity(DRAGGED_OPACITY)  # the cards and the indicator both show
            self.flows = DraggedFlows(self.scene, self.scene.connection_items_of(self.ids))
            for view in self.scene.views():
                if hasattr(view, "begin_drag_painting"):
                    view.begin_drag_painting(self.live_items, self.target_cell)
        self.drag_to(event.scenePos())
        return True

    def live_items(self) -> list[QGraphicsItem]:
        """What moves while dragging: the cards, their flows' pieces, the indicator."""
        items: list[QGraphicsItem] = list(self.items)
        if self.flows is not None:
            items.extend(self.flows.items())
        if self.feedback.indicator is not None:
            items.append(self.feedback.indicator)
        return items

    def target_cell(self) -> QRectF | None:
        """The cell the grid tints as the drop target (scene coordinates), if any."""
        target, layout = self.feedback.target, self.scene.grid_layout
        if target is None or layout is None or target[0] not in layout.cells:
            return None
        r = layout.cells[target[0]]
        return QRectF(r.x, r.y, r.w, r.h)

    def drag_to(self, pos: QPointF) -> None:
        """Move the dragged cards with the pointer and show where they would land."""
        delta = pos - self.press_pos
        for item in self.items:
            item.setPos(self.start[item.item_id] + delta)
        self.scene.reroute_connections_of(self.ids)
        if self.flows is not None:
            self.flows.follow()
        target = self.feedback.update(pos, self.exclude)
        self._set_cursor(
            Qt.CursorShape.ClosedHandCursor if target else Qt.CursorShape.ForbiddenCursor
        )

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return True
        target = self.feedback.target if self.started else None
        self._restore()
        self.end()
        doc = self.scene.document
        if target is not None and doc is not None:
            (stage_id, persona_id), index = target
            edits.move(doc, self.ids, stage_id, persona_id, index)
        return True

    def _restore(self) -> None:
        for view in self.scene.views():
            if hasattr(view, "end_drag_painting"):
                view.end_drag_painting()
        for item in self.items:
            if item.scene() is self.scene:
                item.setPos(self.start[item.item_id])
                item.setZValue(CardItem.Z)
                item.setOpacity(1.0)
        self.scene.reroute_connections_of(self.ids)
        if self.flows is not None:
            self.flows.finish()
            self.flows = None
        self.feedback.clear()
        self._set_cursor(None)

    def cancel(self) -> None:
        """Esc: the cards go back where they were; nothing is changed."""
        self._restore()
        self.end()

    def _set_cursor(self, shape: Qt.CursorShape | None) -> None:
        if self.widget is None:
            return
        if shape is None:
            self.widget.unsetCursor()
        else:
            self.widget.setCursor(shape)
