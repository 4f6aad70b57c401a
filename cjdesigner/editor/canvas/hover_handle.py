"""The card under the pointer and the connection handle: the knob a new flow is dragged from.

The handle shows on the hovered card, else on the one selected card, and never on a
read-only map. It is grabbed within a radius in screen pixels (the same at any zoom), and
the pointer turns into a cross over it to say "drag from here".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent, QGraphicsView, QWidget

from cjdesigner.editor.canvas.items.handle import HANDLE_GRAB_RADIUS
from cjdesigner.editor.canvas.map_state import EditableMap

if TYPE_CHECKING:
    from cjdesigner.editor.canvas.items.card import CardItem
    from cjdesigner.editor.canvas.items.handle import ConnectionHandleItem
    from cjdesigner.editor.canvas.selection import SceneSelection


@runtime_checkable
class HoverScene(EditableMap, Protocol):
    """What the hover and the handle use of the scene: its document, layout and read-only
    state, the card items by id, the handle item, and the edges of the pinned headers."""

    cards: dict[str, CardItem]
    handle: ConnectionHandleItem | None
    content_left: float
    content_top: float


class HoverHandle:
    """Hover tracking and the handle item (``scene.handle``) of one map scene."""

    def __init__(self, scene: HoverScene, selection: SceneSelection) -> None:
        self._scene = scene
        self._selection = selection
        self._hover_card: str | None = None
        self._handle_cursor = False

    def reset(self) -> None:
        """The scene was cleared: no card is hovered any more."""
        self._hover_card = None

    def card_at(self, pos: QPointF) -> str | None:
        """The card under a scene point (from the layout: no scan of the scene's items)."""
        scene = self._scene
        layout = scene.grid_layout
        if layout is None or pos.x() < scene.content_left or pos.y() < scene.content_top:
            return None
        cell = layout.cell_at(pos.x(), pos.y())
        if cell is None:
            return None
        for card_id in layout.cell_cards.get(cell, ()):
            item = scene.cards.get(card_id)
            if item is not None and item.card_rect().contains(pos):
                return card_id
        return None

    def set_hover(self, card_id: str | None) -> None:
        """The card under the pointer (None: none); its connection handle shows."""
        if card_id != self._hover_card:
            self._hover_card = card_id
            self.place()

    def place(self) -> None:
        """Put the handle on the hovered card, else on the one selected card, else hide it."""
        scene = self._scene
        handle = scene.handle
        if handle is None:
            return
        card_id = self._hover_card if self._hover_card in scene.cards else None
        if card_id is None:
            selected = self._selection.of_kind("touchpoint")
            card_id = selected[0].item_id if len(selected) == 1 else None  # type: ignore[attr-defined]
        if card_id is None or scene.read_only or scene.document is None:
            handle.attach(None, None)
            return
        rect = scene.cards[card_id].card_rect()
        point = QPointF(rect.right(), rect.center().y())
        if point.x() < scene.content_left or point.y() < scene.content_top:
            # the card's edge is under the pinned headers (scrolled past): so is its knob,
            # which floated over the persona's name
            handle.attach(None, None)
            return
        handle.attach(card_id, point)

    def hide_for_drag(self) -> None:
        """Cards are being dragged: the handle would stay behind while they move."""
        handle = self._scene.handle
        if handle is not None:
            self._hover_card = None
            handle.attach(None, None)

    def on_handle(self, pos: QPointF, widget: QWidget | None) -> bool:
        """Whether a scene point is on the visible connection handle (in screen pixels)."""
        handle = self._scene.handle
        if handle is None or not handle.isVisible() or handle.card_id is None:
            return False
        view = widget.parent() if widget is not None else None
        scale = view.transform().m11() if isinstance(view, QGraphicsView) else 1.0
        distance = QLineF(handle.pos(), pos).length() * (scale or 1.0)
        return distance <= HANDLE_GRAB_RADIUS

    def track(self, event: QGraphicsSceneMouseEvent) -> None:
        """The pointer moved with no button down: follow it with the hover and the cursor."""
        pos = event.scenePos()
        widget = event.widget()
        on_handle = self.on_handle(pos, widget)
        if widget is not None and on_handle != self._handle_cursor:
            self._handle_cursor = on_handle  # a cross says "drag from here"
            if on_handle:
                widget.setCursor(Qt.CursorShape.CrossCursor)
            else:
                widget.unsetCursor()
        card_id = self.card_at(pos)
        if card_id is None and on_handle:
            return  # on the part of the knob that sticks out of the card: keep it
        self.set_hover(card_id)
