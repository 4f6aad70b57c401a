"""Map > Add / move / delete stages and personas, and Edit > Delete of the selection.

Each action is one undo command from ``editor.commands``; deleting a stage or persona that
still has cards asks first (and stays undoable).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence

from cjdesigner.editor.canvas.edits import insert_from_palette
from cjdesigner.editor.commands import (
    InsertPersona,
    InsertStage,
    MovePersona,
    MoveStage,
    RemovePersona,
    RemoveStage,
    delete_selection,
)
from cjdesigner.editor.window.controller_inputs import CurrentDocument, MapSelection, ShowMessage
from cjdesigner.map_language import label as map_label
from cjdesigner.model import JourneyMap, Persona, Stage

STAGE_TINTS = ("#DCEEF9", "#D6EFE6", "#FAF5D0", "#FCE8CC", "#F3E0EC", "#D9E6F2")
PERSONA_COLOURS = ("#0072B2", "#009E73", "#D55E00", "#CC79A7", "#E69F00", "#56B4E9")
"""Okabe–Ito colours: persona avatars stay distinguishable for colour-blind readers."""


MANY_DELETED = 2
"""Deleting this many cards at once says so, with the way back: Select All + Delete empties
a 5,000-card map with one key and asks nothing (Delete Stage asks; cards are undoable)."""
DELETED_MESSAGE_MS = 10_000


class StructureQuestions(Protocol):
    """The two questions deleting a stage or persona may ask (``Dialogs`` has them)."""

    def info(self, title: str, message: str) -> None: ...

    def confirm(self, title: str, message: str, action: str) -> bool: ...


class StructureController(QObject):
    """Stages and personas of one window's map.

    It takes the window's document, the map selection and the questions it may ask, plus the
    small window services: whether the map is read-only, putting the keyboard in the inspector
    for what was just added, showing a new card ready to name, and scrolling the map to items.
    """

    def __init__(
        self,
        document: CurrentDocument,
        selection: MapSelection,
        dialogs: StructureQuestions,
        *,
        read_only: Callable[[], bool],
        edit_selected: Callable[[], None],
        name_card: Callable[[str], None],
        reveal: Callable[[list[str]], None] | None = None,
        show_message: ShowMessage | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._selection = selection
        self._dialogs = dialogs
        self._read_only = read_only
        self._edit_selected = edit_selected
        self._name_card = name_card
        self._reveal = reveal
        self._show_message = show_message

    def _stage_and_persona(self) -> tuple[str | None, str | None]:
        selection = self._selection
        return selection.selected_stage_id(), selection.selected_persona_id()

    def _place_to_add(self, m: JourneyMap) -> tuple[str | None, str | None]:
        """After which stage and persona to add one: the selected header's, else the selected
        card's (a workshop adds the missing step next to the card it is looking at), else none
        (at the end)."""
        stage, persona = self._stage_and_persona()
        if stage is None and persona is None:
            cards = self._selection.selected_touchpoint_ids()
            if cards:
                card = m.touchpoint(cards[-1])  # the rightmost selected card
                stage, persona = card.stage_id, card.persona_id
        return stage, persona

    # -- add -----------------------------------------------------------------------------------

    def add_stage(self) -> str | None:
        doc = self._document()
        if doc is None:
            return None
        m = doc.map
        selected, _persona = self._place_to_add(m)
        index = len(m.stages)
        if selected is not None:
            index = [s.id for s in m.stages].index(selected) + 1
        stage = Stage(
            # a default name written into the map: in the map's language, like the template's
            name=map_label("New stage", m.info.language),
            colour=STAGE_TINTS[len(m.stages) % len(STAGE_TINTS)],
        )
        doc.push(InsertStage(doc, stage, index))
        self._select_and_edit(stage.id)
        return stage.id

    def add_persona(self) -> str | None:
        doc = self._document()
        if doc is None:
            return None
        m = doc.map
        _stage, selected = self._place_to_add(m)
        index = len(m.personas)
        if selected is not None:
            index = [p.id for p in m.personas].index(selected) + 1
        persona = Persona(
            name=map_label("Persona {n}", m.info.language).format(n=len(m.personas) + 1),
            colour=PERSONA_COLOURS[len(m.personas) % len(PERSONA_COLOURS)],
        )
        doc.push(InsertPersona(doc, persona, index))
        self._select_and_edit(persona.id)
        return persona.id

    def _select_and_edit(self, item_id: str) -> None:
        """The new stage or persona selected, scrolled into view (on a wide map it is added past
        the view's edge, and only the inspector showed that anything happened), ready to name."""
        self._selection.select_ids([item_id])
        if self._reveal is not None:
            self._reveal([item_id])
        self._edit_selected()

    def add_card(self, channel_id: str) -> str | None:
        """A card of ``channel_id`` in the selected cell (after the selected card), ready to name.

        The palette's keyboard path: the cell of the selected card, else the first cell of the
        selected stage or persona, else the map's first cell.
        """
        doc = self._document()
        if doc is None or not doc.map.stages or not doc.map.personas or self._read_only():
            return None
        m = doc.map
        selection = self._selection
        cards = [m.touchpoint(i) for i in selection.selected_touchpoint_ids()]
        stage_id, persona_id = self._stage_and_persona()
        if cards:
            anchor = max(cards, key=lambda t: t.order)
            cell, index = anchor.cell, anchor.order + 1
        else:
            cell = (stage_id or m.stages[0].id, persona_id or m.personas[0].id)
            index = len(m.cell(*cell))
        new_id = insert_from_palette(doc, channel_id, cell[0], cell[1], index)
        if new_id is not None:
            selection.select_ids([new_id])
            self._name_card(new_id)
        return new_id

    # -- move ----------------------------------------------------------------------------------

    def move_stage(self, step: int) -> bool:
        doc = self._document()
        stage_id, _persona = self._stage_and_persona()
        if doc is None or stage_id is None:
            return False
        ids = [s.id for s in doc.map.stages]
        index = ids.index(stage_id) + step
        if not 0 <= index < len(ids):
            return False
        doc.push(MoveStage(doc, stage_id, index))
        self._selection.select_ids([stage_id])
        return True

    def move_persona(self, step: int) -> bool:
        doc = self._document()
        _stage, persona_id = self._stage_and_persona()
        if doc is None or persona_id is None:
            return False
        ids = [p.id for p in doc.map.personas]
        index = ids.index(persona_id) + step
        if not 0 <= index < len(ids):
            return False
        doc.push(MovePersona(doc, persona_id, index))
        self._selection.select_ids([persona_id])
        return True

    # -- delete --------------------------------------------------------------------------------

    def delete_stage(self, stage_id: str | None = None) -> bool:
        doc = self._document()
        stage_id = stage_id or self._stage_and_persona()[0]
        if doc is None or stage_id is None:
            return False
        if len(doc.map.stages) <= 1:
            self._dialogs.info(self.tr("Delete stage"), self.tr("A map needs at least one stage."))
            return False
        stage = doc.map.stage(stage_id)
        cards = sum(1 for t in doc.map.touchpoints if t.stage_id == stage_id)
        if cards and not self._dialogs.confirm(
            self.tr("Delete stage"),
            self.tr("Delete the stage “%1” and its %n touchpoint(s)?", "", cards).replace(
                "%1", stage.name
            )
            + "\n\n"
            + self.tr("You can undo this with Edit > Undo."),
            self.tr("Delete Stage"),
        ):
            return False
        doc.push(RemoveStage(doc, stage_id))
        return True

    def delete_persona(self, persona_id: str | None = None) -> bool:
        doc = self._document()
        persona_id = persona_id or self._stage_and_persona()[1]
        if doc is None or persona_id is None:
            return False
        if len(doc.map.personas) <= 1:
            self._dialogs.info(
                self.tr("Delete persona"), self.tr("A map needs at least one persona.")
            )
            return False
        persona = doc.map.persona(persona_id)
        cards = sum(1 for t in doc.map.touchpoints if t.persona_id == persona_id)
        if cards and not self._dialogs.confirm(
            self.tr("Delete persona"),
            self.tr("Delete the persona “%1” and their %n touchpoint(s)?", "", cards).replace(
                "%1", persona.name
            )
            + "\n\n"
            + self.tr("You can undo this with Edit > Undo."),
            self.tr("Delete Persona"),
        ):
            return False
        doc.push(RemovePersona(doc, persona_id))
        return True

    def _deleted_message(self, count: int) -> str:
        undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        return self.tr("%n touchpoint(s) deleted — Undo (%1) brings them back", "", count).replace(
            "%1", undo
        )

    def delete_selection(self) -> bool:
        """Edit > Delete: the selected cards and flows, else the selected stage or persona."""
        doc = self._document()
        if doc is None:
            return False
        selection = self._selection
        cards = selection.selected_touchpoint_ids()
        flows = selection.selected_connection_ids()
        if cards or flows:
            doc.push(delete_selection(doc, cards, flows))
            if len(cards) >= MANY_DELETED and self._show_message is not None:
                self._show_message(self._deleted_message(len(cards)), DELETED_MESSAGE_MS)
            return True
        stage_id, persona_id = self._stage_and_persona()
        if stage_id is not None:
            return self.delete_stage(stage_id)
        if persona_id is not None:
            return self.delete_persona(persona_id)
        return False
