"""Undo commands: one small command per user action, touching only the model.

Each command calls a pure operation from ``cjdesigner.model.operations``, keeps what the
operation returned for undo, and tells the document which ids changed so that views update
only those items. Commands never push other commands; a compound action (delete a selection)
is a parent command whose children run in order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand

from cjdesigner.editor.document import MapDocument
from cjdesigner.model import Channel, Connection, Persona, Stage, Touchpoint
from cjdesigner.model import operations as op


class CommandNames(QObject):
    """The context of the undo steps' counted names (``CommandNames.tr(text, "", n)``).

    A ``QUndoCommand`` is no ``QObject``, and ``lupdate`` files a plural only under a class's
    ``tr``; the other names use ``QCoreApplication.translate("commands", …)``.
    """


FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("commands", "title"),
    "name": QT_TRANSLATE_NOOP("commands", "name"),
    "channel": QT_TRANSLATE_NOOP("commands", "channel"),
    "sentiment": QT_TRANSLATE_NOOP("commands", "sentiment"),
    "emotion": QT_TRANSLATE_NOOP("commands", "emotion"),
    "description": QT_TRANSLATE_NOOP("commands", "description"),
    "customer_action": QT_TRANSLATE_NOOP("commands", "customer action"),
    "pain_points": QT_TRANSLATE_NOOP("commands", "pain points"),
    "opportunities": QT_TRANSLATE_NOOP("commands", "opportunities"),
    "owner": QT_TRANSLATE_NOOP("commands", "owner"),
    "kpis": QT_TRANSLATE_NOOP("commands", "KPIs"),
    "milestone": QT_TRANSLATE_NOOP("commands", "milestone"),
    "journey_end": QT_TRANSLATE_NOOP("commands", "journey end"),
    "evidence": QT_TRANSLATE_NOOP("commands", "evidence"),
    "goal": QT_TRANSLATE_NOOP("commands", "business goal"),
    "colour": QT_TRANSLATE_NOOP("commands", "colour"),
    "role": QT_TRANSLATE_NOOP("commands", "role"),
    "quote": QT_TRANSLATE_NOOP("commands", "quote"),
    "goals": QT_TRANSLATE_NOOP("commands", "goals"),
    "frustrations": QT_TRANSLATE_NOOP("commands", "frustrations"),
    "demographics": QT_TRANSLATE_NOOP("commands", "demographics"),
    "avatar": QT_TRANSLATE_NOOP("commands", "picture"),
    "client": QT_TRANSLATE_NOOP("commands", "client"),
    "author": QT_TRANSLATE_NOOP("commands", "author"),
    "language": QT_TRANSLATE_NOOP("commands", "language"),
    "version_label": QT_TRANSLATE_NOOP("commands", "version"),
    "state": QT_TRANSLATE_NOOP("commands", "journey state"),
    "icon": QT_TRANSLATE_NOOP("commands", "icon"),
    "label": QT_TRANSLATE_NOOP("commands", "label"),
}
"""How an undo step names the fields it changes ("Undo Edit pain points")."""


def field_names(changes: dict[str, Any]) -> str:
    """The changed fields' names in the user's language, joined by commas."""
    return ", ".join(
        QCoreApplication.translate("commands", FIELD_NAMES.get(name, name.replace("_", " ")))
        for name in changes
    )


class MapCommand(QUndoCommand):
    """A command on one document."""

    def __init__(self, doc: MapDocument, text: str, parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.doc = doc


# -- touchpoints ------------------------------------------------------------------------------


class InsertTouchpoints(MapCommand):
    """Add cards (a palette drop, paste, duplicate) with the connections among them.

    Each card goes into its own cell at ``card.order`` (its position among the cell's cards),
    in the order given. Those positions are kept here when the command is made: inserting
    renumbers the cards, so reading ``card.order`` again on a later redo would put several
    cards inserted into one cell in another order than the first time.
    """

    def __init__(
        self,
        doc: MapDocument,
        cards: Sequence[Touchpoint],
        connections: Sequence[Connection] = (),
        text: str | None = None,
        parent: QUndoCommand | None = None,
    ) -> None:
        n = len(cards)
        default = CommandNames.tr("Add %n touchpoint(s)", "", n)
        super().__init__(doc, text or default, parent)
        self.cards = list(cards)
        self._indexes = [card.order for card in self.cards]
        self.connections = list(connections)
        self._before: dict[str, op.Placement] = {}

    def redo(self) -> None:
        m = self.doc.map
        self._before = op.insert_touchpoints(m, list(zip(self.cards, self._indexes, strict=True)))
        op.insert_connections(m, self.connections)
        ids = [c.id for c in self.cards]
        self.doc.touchpoints_added.emit(ids)
        if self._before:
            self.doc.touchpoints_moved.emit(list(self._before))
        if self.connections:
            self.doc.connections_added.emit([c.id for c in self.connections])

    def undo(self) -> None:
        ids = [c.id for c in self.cards]
        op.remove_touchpoints(self.doc.map, ids)
        op.apply_placements(self.doc.map, self._before)
        if self.connections:
            self.doc.connections_removed.emit([c.id for c in self.connections])
        self.doc.touchpoints_removed.emit(ids)
        if self._before:
            self.doc.touchpoints_moved.emit(list(self._before))


class MoveTouchpoints(MapCommand):
    """Move cards into a cell at a position: a whole drag is one command."""

    def __init__(
        self,
        doc: MapDocument,
        ids: Sequence[str],
        stage_id: str,
        persona_id: str,
        index: int | None,
        parent: QUndoCommand | None = None,
    ) -> None:
        text = CommandNames.tr("Move %n touchpoint(s)", "", len(ids))
        super().__init__(doc, text, parent)
        self.ids = list(ids)
        self.target = (stage_id, persona_id, index)
        self._before: dict[str, op.Placement] = {}

    def redo(self) -> None:
        stage_id, persona_id, index = self.target
        self._before = op.move_touchpoints(self.doc.map, self.ids, stage_id, persona_id, index)
        self.doc.touchpoints_moved.emit(list(self._before))

    def undo(self) -> None:
        op.apply_placements(self.doc.map, self._before)
        self.doc.touchpoints_moved.emit(list(self._before))


class RemoveTouchpoints(MapCommand):
    """Delete cards and the connections that touch them."""

    def __init__(
        self, doc: MapDocument, ids: Sequence[str], parent: QUndoCommand | None = None
    ) -> None:
        text = CommandNames.tr("Delete %n touchpoint(s)", "", len(ids))
        super().__init__(doc, text, parent)
        self.ids = list(ids)
        self._removal: op.Removal | None = None

    def redo(self) -> None:
        self._removal = op.remove_touchpoints(self.doc.map, self.ids)
        _emit_removed(self.doc, self._removal)

    def undo(self) -> None:
        assert self._removal is not None
        op.restore(self.doc.map, self._removal)
        _emit_restored(self.doc, self._removal)


# -- field edits (all kinds) ------------------------------------------------------------------

_UPDATERS: dict[str, Callable[..., dict[str, Any]]] = {
    "touchpoint": op.update_touchpoint,
    "stage": op.update_stage,
    "persona": op.update_persona,
    "connection": op.update_connection,
    "channel": op.update_channel,
}


def _emit_changed(doc: MapDocument, kind: str, ids: list[str]) -> None:
    """The change signal of ``kind`` for ``ids`` (channels: the catalogue's one signal)."""
    signal = {
        "touchpoint": doc.touchpoints_changed,
        "stage": doc.stages_changed,
        "persona": doc.personas_changed,
        "connection": doc.connections_changed,
    }.get(kind)
    if signal is not None:
        signal.emit(ids)
    else:
        doc.channels_changed.emit()


_MERGE_ID = 0x434A4D  # any constant other than -1 lets Qt try mergeWith()


class UpdateFields(MapCommand):
    """Change fields of one item (or of the map info when ``kind`` is ``"info"``).

    With ``merge=True`` (typing in a field), consecutive edits of the same fields of the same
    item merge into one undo step.
    """

    def __init__(
        self,
        doc: MapDocument,
        kind: str,
        item_id: str | None,
        changes: dict[str, Any],
        *,
        merge: bool = False,
        text: str | None = None,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(
            doc,
            text
            or QCoreApplication.translate("commands", "Edit %1").replace(
                "%1", field_names(changes)
            ),
            parent,
        )
        self.kind = kind
        self.item_id = item_id
        self.changes = dict(changes)
        self.merge = merge
        self._old: dict[str, Any] = {}

    def _apply(self, changes: dict[str, Any]) -> dict[str, Any]:
        m = self.doc.map
        if self.kind == "info":
            old = op.update_info(m, **changes)
            self.doc.info_changed.emit()
            return old
        assert self.item_id is not None
        old = _UPDATERS[self.kind](m, self.item_id, **changes)
        _emit_changed(self.doc, self.kind, [self.item_id])
        return old

    def redo(self) -> None:
        self._old = self._apply(self.changes)

    def undo(self) -> None:
        self._apply(self._old)

    def id(self) -> int:
        return _MERGE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, UpdateFields)
            and other.merge
            and other.kind == self.kind
            and other.item_id == self.item_id
            and other.changes.keys() == self.changes.keys()
        ):
            return False
        self.changes = dict(other.changes)
        return True


class UpdateItems(MapCommand):
    """Field changes on many items of one kind, each its own, as one step with one signal.

    A compound of one ``UpdateFields`` per item re-drew the lane's curve and the inspector
    once per item: 22 s for the sentiment of 5,000 cards, 35 s for fixing their Romanian
    letters (and as long again to undo).
    """

    def __init__(
        self,
        doc: MapDocument,
        kind: str,
        changes_by_id: dict[str, dict[str, Any]],
        text: str,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(doc, text, parent)
        self.kind = kind
        self.changes_by_id = {i: dict(changes) for i, changes in changes_by_id.items()}
        self._old: dict[str, dict[str, Any]] = {}

    @property
    def ids(self) -> list[str]:
        return list(self.changes_by_id)

    def redo(self) -> None:
        self._old = self._apply(self.changes_by_id)

    def undo(self) -> None:
        self._apply(self._old)

    def _apply(self, changes_by_id: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        m, update = self.doc.map, _UPDATERS[self.kind]
        old = {i: update(m, i, **changes) for i, changes in changes_by_id.items()}
        _emit_changed(self.doc, self.kind, list(changes_by_id))
        return old


class UpdateTouchpoints(UpdateItems):
    """The same field changes on several cards (the sentiment of a selection) as one step."""

    def __init__(
        self,
        doc: MapDocument,
        ids: Sequence[str],
        changes: dict[str, Any],
        text: str,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(doc, "touchpoint", dict.fromkeys(ids, changes), text, parent)
        self.changes = dict(changes)


# -- stages and personas ----------------------------------------------------------------------


class InsertStage(MapCommand):
    def __init__(self, doc: MapDocument, stage: Stage, index: int | None = None) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Add stage"))
        self.stage, self.index = stage, index

    def redo(self) -> None:
        op.insert_stage(self.doc.map, self.stage, self.index)
        self.doc.structure_changed.emit()

    def undo(self) -> None:
        op.remove_stage(self.doc.map, self.stage.id)
        self.doc.structure_changed.emit()


class InsertPersona(MapCommand):
    def __init__(self, doc: MapDocument, persona: Persona, index: int | None = None) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Add persona"))
        self.persona, self.index = persona, index

    def redo(self) -> None:
        op.insert_persona(self.doc.map, self.persona, self.index)
        self.doc.structure_changed.emit()

    def undo(self) -> None:
        op.remove_persona(self.doc.map, self.persona.id)
        self.doc.structure_changed.emit()


class _RemoveWithCards(MapCommand):
    """Delete a stage or a persona with its cards and their connections (one undo step)."""

    remove: Callable[[Any, str], op.Removal]

    def __init__(self, doc: MapDocument, item_id: str, text: str) -> None:
        super().__init__(doc, text)
        self.item_id = item_id
        self._removal: op.Removal | None = None

    def redo(self) -> None:
        self._removal = type(self).remove(self.doc.map, self.item_id)
        _emit_removed(self.doc, self._removal)
        self.doc.structure_changed.emit()

    def undo(self) -> None:
        assert self._removal is not None
        op.restore(self.doc.map, self._removal)
        self.doc.structure_changed.emit()
        _emit_restored(self.doc, self._removal)


class RemoveStage(_RemoveWithCards):
    remove = staticmethod(op.remove_stage)

    def __init__(self, doc: MapDocument, stage_id: str) -> None:
        super().__init__(doc, stage_id, QCoreApplication.translate("commands", "Delete stage"))


class RemovePersona(_RemoveWithCards):
    remove = staticmethod(op.remove_persona)

    def __init__(self, doc: MapDocument, persona_id: str) -> None:
        super().__init__(doc, persona_id, QCoreApplication.translate("commands", "Delete persona"))


class _MoveInOrder(MapCommand):
    """Move a stage (column) or persona (lane) to another position."""

    move: Callable[[Any, str, int], int]

    def __init__(self, doc: MapDocument, item_id: str, index: int, text: str) -> None:
        super().__init__(doc, text)
        self.item_id, self.index, self._old = item_id, index, index

    def redo(self) -> None:
        self._old = type(self).move(self.doc.map, self.item_id, self.index)
        self.doc.structure_changed.emit()

    def undo(self) -> None:
        type(self).move(self.doc.map, self.item_id, self._old)
        self.doc.structure_changed.emit()


class MoveStage(_MoveInOrder):
    move = staticmethod(op.move_stage)

    def __init__(self, doc: MapDocument, stage_id: str, index: int) -> None:
        super().__init__(doc, stage_id, index, QCoreApplication.translate("commands", "Move stage"))


class MovePersona(_MoveInOrder):
    move = staticmethod(op.move_persona)

    def __init__(self, doc: MapDocument, persona_id: str, index: int) -> None:
        super().__init__(
            doc, persona_id, index, QCoreApplication.translate("commands", "Move persona")
        )


# -- connections and channels -----------------------------------------------------------------


class InsertConnection(MapCommand):
    def __init__(self, doc: MapDocument, connection: Connection) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Connect touchpoints"))
        self.connection = connection

    def redo(self) -> None:
        op.insert_connection(self.doc.map, self.connection)
        self.doc.connections_added.emit([self.connection.id])

    def undo(self) -> None:
        op.remove_connections(self.doc.map, [self.connection.id])
        self.doc.connections_removed.emit([self.connection.id])


class RemoveConnections(MapCommand):
    def __init__(
        self, doc: MapDocument, ids: Sequence[str], parent: QUndoCommand | None = None
    ) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Delete connection"), parent)
        self.ids = list(ids)
        self._removal: op.Removal | None = None

    def redo(self) -> None:
        self._removal = op.remove_connections(self.doc.map, self.ids)
        self.doc.connections_removed.emit(self.ids)

    def undo(self) -> None:
        assert self._removal is not None
        op.restore(self.doc.map, self._removal)
        self.doc.connections_added.emit(self.ids)


class InsertChannel(MapCommand):
    def __init__(self, doc: MapDocument, channel: Channel) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Add channel"))
        self.channel = channel

    def redo(self) -> None:
        op.insert_channel(self.doc.map, self.channel)
        self.doc.channels_changed.emit()

    def undo(self) -> None:
        op.remove_channel(self.doc.map, self.channel.id)
        self.doc.channels_changed.emit()


class RemoveChannel(MapCommand):
    def __init__(self, doc: MapDocument, channel_id: str) -> None:
        super().__init__(doc, QCoreApplication.translate("commands", "Delete channel"))
        self.channel_id = channel_id
        self._removed: tuple[int, Channel] | None = None

    def redo(self) -> None:
        self._removed = op.remove_channel(self.doc.map, self.channel_id)
        self.doc.channels_changed.emit()

    def undo(self) -> None:
        assert self._removed is not None
        index, channel = self._removed
        op.insert_channel(self.doc.map, channel, index)
        self.doc.channels_changed.emit()


class CompoundCommand(MapCommand):
    """Several commands as one undo step, run in order and undone in reverse.

    Parts are kept in a Python list rather than as Qt child commands: PySide would otherwise
    let the children's wrappers be collected while Qt still points at them.
    """

    def __init__(self, doc: MapDocument, text: str, parts: Sequence[MapCommand]) -> None:
        super().__init__(doc, text)
        self.parts = list(parts)

    def redo(self) -> None:
        for part in self.parts:
            part.redo()

    def undo(self) -> None:
        for part in reversed(self.parts):
            part.undo()


def delete_selection(
    doc: MapDocument, touchpoint_ids: Sequence[str], connection_ids: Sequence[str]
) -> MapCommand:
    """One undo step that deletes selected connections, then selected cards (with theirs)."""
    touching = {c.id for c in doc.map.connections_of(touchpoint_ids)}
    own = [cid for cid in connection_ids if cid not in touching]
    parts: list[MapCommand] = []
    if own:
        parts.append(RemoveConnections(doc, own))
    if touchpoint_ids:
        parts.append(RemoveTouchpoints(doc, touchpoint_ids))
    return CompoundCommand(doc, QCoreApplication.translate("commands", "Delete"), parts)


# -- signal helpers ---------------------------------------------------------------------------


def _emit_removed(doc: MapDocument, removal: op.Removal) -> None:
    if removal.connections:
        doc.connections_removed.emit([c.id for _i, c in removal.connections])
    if removal.touchpoints:
        doc.touchpoints_removed.emit([t.id for _i, t in removal.touchpoints])
    if removal.placements:
        doc.touchpoints_moved.emit(list(removal.placements))


def _emit_restored(doc: MapDocument, removal: op.Removal) -> None:
    if removal.touchpoints:
        doc.touchpoints_added.emit([t.id for _i, t in removal.touchpoints])
    if removal.placements:
        doc.touchpoints_moved.emit(list(removal.placements))
    if removal.connections:
        doc.connections_added.emit([c.id for _i, c in removal.connections])
