"""Drawing a flow: the mouse mode that starts on a card's connection handle.

Pressing the handle installs a :class:`ConnectInteraction` on the scene. A rubber arrow follows
the pointer; over a card that can take the flow it snaps to the route the flow will take and
the card is outlined in blue; over the source itself or a card already connected from it, the
card is outlined in dashed vermillion with the reason and the arrow turns dashed vermillion.
Releasing over a good card asks for ONE ``InsertConnection``; Esc, a right click or releasing
anywhere else cancels and removes every temporary item. Cards in other lanes and earlier
stages (a loop back) are targets like any other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneMouseEvent, QWidget

from cjdesigner.editor.canvas import edits
from cjdesigner.editor.canvas.interactions import Interaction, InteractionScene
from cjdesigner.editor.canvas.items.connection import route_points
from cjdesigner.editor.canvas.items.handle import RubberArrowItem, TargetMarkItem

if TYPE_CHECKING:
    from cjdesigner.editor.canvas.items.card import CardItem
    from cjdesigner.editor.document import MapDocument


@runtime_checkable
class ConnectScene(InteractionScene, Protocol):
    """What drawing a flow uses of the scene: the document, the card items and which card is
    under a point, and adding the rubber arrow and mark."""

    cards: dict[str, CardItem]

    @property
    def document(self) -> MapDocument | None: ...

    def card_at(self, pos: QPointF) -> str | None: ...

    def addItem(self, item: QGraphicsItem, /) -> None: ...

    def removeItem(self, item: QGraphicsItem, /) -> None: ...


class ConnectInteraction(Interaction):
    """Drag a new flow out of ``source_id`` onto another card."""

    started = True
    """Always dragging (the view scrolls when the pointer nears an edge)."""

    scene: ConnectScene

    def __init__(self, scene: ConnectScene, source_id: str, widget: QWidget | None) -> None:
        super().__init__(scene)
        self.source_id = source_id
        self.widget = widget
        self.arrow = RubberArrowItem()
        self.mark = TargetMarkItem()
        self.mark.hide()
        scene.addItem(self.arrow)
        scene.addItem(self.mark)
        self.target_id: str | None = None
        """The card under the pointer that can take the flow (None: none can)."""
        source = scene.cards[source_id].card_rect()
        self.start = QPointF(source.right(), source.center().y())
        self.arrow.set_free(self.start, self.start + QPointF(1.0, 0.0))

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        self.drag_to(event.scenePos())
        return True

    def drag_to(self, pos: QPointF) -> None:
        """Follow the pointer: snap to a card that can take the flow, or say why not."""
        scene = self.scene
        doc = scene.document
        card_id = scene.card_at(pos)
        self.target_id = None
        if doc is None or card_id is None or self.source_id not in scene.cards:
            self.mark.mark(None, None)
            self.arrow.set_free(self.start, pos)
            self._set_cursor(Qt.CursorShape.CrossCursor)
            return
        rect = scene.cards[card_id].card_rect()
        reason = edits.connection_refusal(doc, self.source_id, card_id)
        self.mark.mark(card_id, rect, reason)
        if reason is not None:
            self.arrow.set_free(self.start, pos, refused=True)
            self._set_cursor(Qt.CursorShape.ForbiddenCursor)
            return
        self.target_id = card_id
        self.arrow.set_route(route_points(scene.cards[self.source_id].card_rect(), rect))
        self._set_cursor(Qt.CursorShape.DragLinkCursor)

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return True
        self.drag_to(event.scenePos())
        target = self.target_id
        self.cancel()
        doc = self.scene.document
        if target is not None and doc is not None:
            edits.connect(doc, self.source_id, target)
        return True

    def cancel(self) -> None:
        """Remove the rubber arrow and the mark; nothing is changed."""
        for item in (self.arrow, self.mark):
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self._set_cursor(None)
        self.end()

    def _set_cursor(self, shape: Qt.CursorShape | None) -> None:
        if self.widget is None:
            return
        if shape is None:
            self.widget.unsetCursor()
        else:
            self.widget.setCursor(shape)
