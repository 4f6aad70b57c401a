"""After Undo or Redo, select what the step changed, so the user sees it (and the keyboard
goes on from there).

Undoing a delete used to bring the card back unselected: a keyboard user's next arrow jumped to
the map's first card, and on a big map nobody saw what came back. The step's own record says
which cards, headers or flows it touched; those still on the map are selected and scrolled to.
Steps that touch nothing selectable (the map's title, channels) leave the selection alone.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QGraphicsItem

from cjdesigner.editor import commands as c


class SelectingScene(Protocol):
    def item_for_id(self, item_id: str) -> QGraphicsItem | None: ...

    def select_ids(self, ids: list[str]) -> None: ...


def touched_ids(command: QUndoCommand | None) -> list[str]:
    """The ids of the cards, stages, personas and flows ``command`` adds, moves, changes or
    removes (in its order, each once)."""
    ids: list[str] = []
    if isinstance(command, c.CompoundCommand):
        for part in command.parts:
            ids.extend(touched_ids(part))
    elif isinstance(command, c.InsertTouchpoints):
        ids.extend(card.id for card in command.cards)
    elif isinstance(command, c.MoveTouchpoints | c.RemoveTouchpoints | c.RemoveConnections):
        ids.extend(command.ids)
    elif isinstance(command, c.UpdateItems):
        if command.kind != "channel":
            ids.extend(command.ids)
    elif isinstance(command, c.UpdateFields | c._RemoveWithCards | c._MoveInOrder):
        if command.item_id is not None and getattr(command, "kind", None) != "channel":
            ids.append(command.item_id)
    elif isinstance(command, c.InsertStage):
        ids.append(command.stage.id)
    elif isinstance(command, c.InsertPersona):
        ids.append(command.persona.id)
    elif isinstance(command, c.InsertConnection):
        ids.append(command.connection.id)
    return list(dict.fromkeys(ids))


def step_and_select(stack: QUndoStack, scene: SelectingScene, *, undo: bool) -> None:
    """Undo (or redo) one step, then select what it touched that is on the map."""
    if undo:
        stack.undo()
        command = stack.command(stack.index())
    else:
        stack.redo()
        command = stack.command(stack.index() - 1)
    present = [i for i in touched_ids(command) if scene.item_for_id(i) is not None]
    if not present:
        return
    scene.select_ids(present)
    first = scene.item_for_id(present[0])
    if first is not None:
        first.ensureVisible(first.boundingRect(), 40, 40)
