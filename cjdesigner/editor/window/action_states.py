"""Which menu actions are enabled now: Undo/Redo (and their texts), and what acts on a selection.

Worked out from the document, the map's selection, whether the window is read-only and whether
the clipboard holds cards; the window calls these when any of those changes.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication

from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window.actions import WindowActions
from cjdesigner.editor.window.controller_inputs import MapSelection


def update_undo_actions(a: WindowActions, doc: MapDocument | None, read_only: bool) -> None:
    """Undo and Redo enabled when there is something to undo or redo, named after it."""
    valid = doc is not None and shiboken6.isValid(doc) and shiboken6.isValid(doc.undo_stack)
    stack = doc.undo_stack if valid and doc is not None else None
    editable = stack is not None and not read_only
    a.undo.setEnabled(editable and stack.canUndo())  # type: ignore[union-attr]
    a.redo.setEnabled(editable and stack.canRedo())  # type: ignore[union-attr]
    undo_text = stack.undoText() if stack is not None else ""
    redo_text = stack.redoText() if stack is not None else ""
    a.undo.setText(
        QCoreApplication.translate("ActionStates", "&Undo %1").replace("%1", undo_text)
        if undo_text
        else QCoreApplication.translate("ActionStates", "&Undo")
    )
    a.redo.setText(
        QCoreApplication.translate("ActionStates", "&Redo %1").replace("%1", redo_text)
        if redo_text
        else QCoreApplication.translate("ActionStates", "&Redo")
    )


def update_selection_actions(
    a: WindowActions, selection: MapSelection, editable: bool, can_paste: Callable[[], bool]
) -> None:
    """Copy, Cut, Delete, Paste and the stage and persona commands, for what is selected."""
    cards = bool(selection.selected_touchpoint_ids())
    stage = selection.selected_stage_id() is not None
    persona = selection.selected_persona_id() is not None
    flows = bool(selection.selected_connection_ids())
    a.copy.setEnabled(cards)
    a.cut.setEnabled(editable and cards)
    a.duplicate.setEnabled(editable and cards)
    a.delete.setEnabled(editable and (cards or flows or stage or persona))
    a.paste.setEnabled(editable and can_paste())  # the clipboard is read only when it matters
    for action in (a.delete_stage, a.move_stage_left, a.move_stage_right):
        action.setEnabled(editable and stage)
    for action in (a.delete_persona, a.move_persona_up, a.move_persona_down):
        action.setEnabled(editable and persona)
    for action in (a.add_stage, a.add_persona, a.manage_channels):
        action.setEnabled(editable)
