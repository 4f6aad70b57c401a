"""Removing many selected cards is one selection change, not one per card.

Deleting a select-all of the 5,000-card map took 80 s: Qt reported each removed selected card
as a selection change, and each sorted the rest of the selection and refreshed the window.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from cjdesigner.editor.canvas import MapScene
from cjdesigner.editor.commands import InsertTouchpoints, delete_selection
from cjdesigner.editor.document import MapDocument
from cjdesigner.model import Touchpoint


def _add_cards(doc: MapDocument, count: int) -> list[str]:
    cards = [
        Touchpoint(
            id=f"n{i}", stage_id="s2", persona_id="p1", order=i, title=f"N{i}", channel="website"
        )
        for i in range(count)
    ]
    doc.push(InsertTouchpoints(doc, cards))
    return [c.id for c in cards]


def test_deleting_selected_cards_settles_the_selection_once(
    doc: MapDocument, scene: MapScene, qtbot: QtBot
) -> None:
    ids = _add_cards(doc, 60)
    scene.select_ids([*ids, "t0", "t1"])
    changes: list[list[str]] = []
    scene.selection_changed_ids.connect(lambda: changes.append(scene.selected_touchpoint_ids()))
    doc.push(delete_selection(doc, ids, []))
    assert changes == [["t0", "t1"]]  # one change, the cards left selected
    assert not any(card_id in scene.cards for card_id in ids)


def test_undoing_a_paste_of_selected_cards_settles_the_selection_once(
    doc: MapDocument, scene: MapScene, qtbot: QtBot
) -> None:
    ids = _add_cards(doc, 60)
    scene.select_ids(ids)
    changes: list[list[str]] = []
    scene.selection_changed_ids.connect(lambda: changes.append(scene.selected_touchpoint_ids()))
    doc.undo_stack.undo()
    assert changes == [[]]
    doc.undo_stack.redo()  # the cards are back, unselected: no change to report
    assert changes == [[]]
    assert set(ids) <= set(scene.cards)
