"""Dropping a channel from the palette onto the canvas: a new touchpoint where it lands.

While the drag is over the canvas the landing place shows (the insertion line and the empty
cells); off the cells Qt shows its "no drop" cursor, so a drop that would do nothing says so
before the button is let go. A drop makes one undoable insert and selects the new card.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QMimeData, QPointF, SignalInstance
from PySide6.QtWidgets import QGraphicsSceneDragDropEvent

from cjdesigner.editor.canvas import edits
from cjdesigner.editor.canvas.interactions import DropFeedback, FeedbackScene

if TYPE_CHECKING:
    from cjdesigner.editor.document import MapDocument

CHANNEL_MIME = "application/x-cjdesigner-channel"
"""What the palette's drags carry: a channel id (UTF-8)."""


@runtime_checkable
class DropScene(FeedbackScene, Protocol):
    """What a palette drop uses of the scene besides the drop feedback: the document and its
    read-only state, selecting the new card and saying it is ready to name."""

    @property
    def document(self) -> MapDocument | None: ...

    @property
    def read_only(self) -> bool: ...

    @property
    def new_card_created(self) -> SignalInstance: ...

    def select_ids(self, ids: Iterable[str]) -> None: ...


class PaletteDrop:
    """Palette drags over one map scene; the scene forwards its drag events here."""

    def __init__(self, scene: DropScene) -> None:
        self._scene = scene
        self._feedback: DropFeedback | None = None

    def accepts(self, mime: QMimeData) -> bool:
        """Whether a drag carrying ``mime`` can drop here (a palette channel, editable map)."""
        scene = self._scene
        return scene.document is not None and not scene.read_only and mime.hasFormat(CHANNEL_MIME)

    def follow(self, pos: QPointF) -> None:
        """The view scrolled under a still pointer: move the drop marks along."""
        if self._feedback is not None:
            self._feedback.update(pos)

    def enter(self, event: QGraphicsSceneDragDropEvent) -> None:
        if not self.accepts(event.mimeData()):
            event.ignore()
            return
        self._feedback = DropFeedback(self._scene)
        self.move(event)
        event.accept()  # keep receiving moves even while off the cells

    def move(self, event: QGraphicsSceneDragDropEvent) -> None:
        if not self.accepts(event.mimeData()):
            event.ignore()
            return
        if self._feedback is None:
            self._feedback = DropFeedback(self._scene)
        if self._feedback.update(event.scenePos()) is None:
            event.ignore()  # Qt shows the "no drop" cursor
        else:
            event.acceptProposedAction()

    def leave(self, event: QGraphicsSceneDragDropEvent) -> None:
        if self._feedback is not None:
            self._feedback.clear()
            self._feedback = None
        event.accept()

    def drop(self, event: QGraphicsSceneDragDropEvent) -> None:
        scene = self._scene
        feedback = self._feedback or DropFeedback(scene)
        target = feedback.update(event.scenePos()) if self.accepts(event.mimeData()) else None
        feedback.clear()
        self._feedback = None
        doc = scene.document
        if target is None or doc is None:
            event.ignore()
            return
        channel_id = bytes(event.mimeData().data(CHANNEL_MIME).data()).decode("utf-8", "replace")
        (stage_id, persona_id), index = target
        new_id = edits.insert_from_palette(doc, channel_id.strip(), stage_id, persona_id, index)
        if new_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        scene.select_ids([new_id])
        scene.new_card_created.emit(new_id)
