"""The canvas from the keyboard alone: where the arrows go, what Enter does, the focus ring.

Arrow keys move the selection to the neighbouring card: up and down within a cell and on into
the lane above or below (same stage; lanes with nothing in that stage are passed over; if no
lane that way has a card in this stage, the next lane's card in the nearest stage), left and
right to the same row of the next stage that has cards in this lane. Up from a stage's topmost
card selects the stage's header, Left from a lane's leftmost card the persona's header; there
Left/Right (stages) or Up/Down (personas) step between headers, and Down (stage) or Right
(persona) goes back to the first card. With Ctrl (Cmd on a Mac) they move the card itself
(on a header: the stage or persona), one undo step each. With nothing selected, an arrow
picks the map's first card; with several, it keeps one of them (the last going right or
down, the first going left or up), and Ctrl+arrows move them all, one stage or lane. Enter
edits what is selected: a card's fields in the inspector, a stage's or persona's name in
place.

The card the keyboard is on (the one selected card) wears a focus ring while the canvas has the
keyboard focus, so a keyboard user sees where they are; screen readers are told the same
(``accessibility``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance

from cjdesigner.editor.canvas import accessibility, edits
from cjdesigner.editor.canvas.map_state import EditableMap
from cjdesigner.editor.commands import (
    CommandNames,
    CompoundCommand,
    MovePersona,
    MoveStage,
    MoveTouchpoints,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsView

    from cjdesigner.editor.canvas.items.card import CardItem
    from cjdesigner.layout import GridLayout


@runtime_checkable
class RingScene(Protocol):
    """What the focus ring uses of the scene: the selected cards, their items, its views."""

    @property
    def cards(self) -> dict[str, CardItem]: ...

    def selected_touchpoint_ids(self) -> list[str]: ...

    def views(self) -> list[QGraphicsView]: ...


@runtime_checkable
class KeyboardScene(EditableMap, Protocol):
    """What the keys use of the scene: the document, layout and read-only state, the card
    items, the selection by id, the focus ring, and asking for a card's or header's editor."""

    @property
    def cards(self) -> dict[str, CardItem]: ...

    @property
    def focus_ring(self) -> FocusRing: ...

    @property
    def card_activated(self) -> SignalInstance: ...

    @property
    def rename_requested(self) -> SignalInstance: ...

    @property
    def status_message(self) -> SignalInstance: ...

    def selected_touchpoint_ids(self) -> list[str]: ...

    def selected_connection_ids(self) -> list[str]: ...

    def selected_stage_id(self) -> str | None: ...

    def selected_persona_id(self) -> str | None: ...

    def select_ids(self, ids: Iterable[str]) -> None: ...


Cell = tuple[str, str]

ARROWS: dict[int, tuple[int, int]] = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)
"""The keys that edit the selection: Enter, and F2 (the rename key of file managers and
spreadsheets, which a first-time user reaches for: QA s8 K1)."""


def place(layout: GridLayout, card_id: str) -> tuple[Cell, int] | None:
    """The card's cell and its row in it."""
    for cell, cards in layout.cell_cards.items():
        if card_id in cards:
            return cell, cards.index(card_id)
    return None


def first_card(layout: GridLayout) -> str | None:
    """The card a reader meets first: the first lane, its first stage with cards, the top one."""
    for persona_id in layout.persona_order:
        for stage_id in layout.stage_order:
            cards = layout.cell_cards.get((stage_id, persona_id))
            if cards:
                return cards[0]
    return None


def selection_edge(layout: GridLayout, ids: list[str], step: tuple[int, int]) -> str | None:
    """Where an arrow lands when several cards are selected: on one of them, as an arrow
    collapses a text selection — the last in reading order going right or down, the first
    going left or up (before, the arrows did nothing until one card was clicked)."""
    chosen = set(ids)
    ordered = [
        card
        for persona_id in layout.persona_order
        for stage_id in layout.stage_order
        for card in layout.cell_cards.get((stage_id, persona_id), [])
        if card in chosen
    ]
    if not ordered:
        return None
    return ordered[-1] if step in ((1, 0), (0, 1)) else ordered[0]


def neighbour(layout: GridLayout, card_id: str, step: tuple[int, int]) -> str | None:
    """The card an arrow key leads to from ``card_id`` (None: none that way)."""
    found = place(layout, card_id)
    if found is None:
        return None
    (stage_id, persona_id), row = found
    dx, dy = step
    if dy:
        cards = layout.cell_cards[(stage_id, persona_id)]
        if 0 <= row + dy < len(cards):
            return cards[row + dy]
        lane = layout.persona_order.index(persona_id) + dy
        while 0 <= lane < len(layout.persona_order):  # on into the next lane with cards here
            cards = layout.cell_cards.get((stage_id, layout.persona_order[lane]), [])
            if cards:
                return cards[0] if dy > 0 else cards[-1]
            lane += dy
        return _nearest_in_next_lane(layout, stage_id, persona_id, dy)
    column = layout.stage_order.index(stage_id) + dx
    while 0 <= column < len(layout.stage_order):
        cards = layout.cell_cards.get((layout.stage_order[column], persona_id), [])
        if cards:
            return cards[min(row, len(cards) - 1)]
        column += dx
    return None


def _nearest_in_next_lane(
    layout: GridLayout, stage_id: str, persona_id: str, dy: int
) -> str | None:
    """No lane that way has a card in this stage: the next lane's card in the nearest stage
    (the key must not be dead while there are lanes below to reach)."""
    column = layout.stage_order.index(stage_id)
    lane = layout.persona_order.index(persona_id) + dy
    while 0 <= lane < len(layout.persona_order):
        persona = layout.persona_order[lane]
        filled = [
            (abs(i - column), i, cards)
            for i, s in enumerate(layout.stage_order)
            if (cards := layout.cell_cards.get((s, persona)))
        ]
        if filled:
            _distance, _i, cards = min(filled, key=lambda f: (f[0], f[1]))
            return cards[0] if dy > 0 else cards[-1]
        lane += dy
    return None


def select_neighbour(scene: KeyboardScene, card_id: str, step: tuple[int, int]) -> bool:
    """Select the card an arrow leads to; True (the key is used) even at the map's edge.

    Up past a stage's topmost card goes to its header, Left past a lane's first card to the
    persona's header (the only way to reach them, to rename them, from the keyboard).
    """
    layout = scene.grid_layout
    target = neighbour(layout, card_id, step) if layout is not None else None
    if target is not None:
        select_and_show(scene, target)
    elif layout is not None and step in ((0, -1), (-1, 0)):
        found = place(layout, card_id)
        if found is not None:
            (stage_id, persona_id), _row = found
            scene.select_ids([stage_id if step == (0, -1) else persona_id])
    return True  # at the edge the key is still ours: it must not scroll the view


def header_key(
    scene: KeyboardScene, layout: GridLayout, step: tuple[int, int], *, move: bool = False
) -> bool:
    """An arrow on a selected stage or persona header: the next header, or into the cards;
    with ``move`` (Ctrl) the stage or persona itself moves one place, one undo step."""
    if move:
        return move_header(scene, layout, step)
    stage, persona = scene.selected_stage_id(), scene.selected_persona_id()
    if stage is not None and stage in layout.stage_order:
        order, here, along, into = layout.stage_order, stage, step[0], step == (0, 1)
        cards = [
            layout.cell_cards.get((stage, p), []) for p in layout.persona_order
        ]  # top to bottom
    elif persona is not None and persona in layout.persona_order:
        order, here, along, into = layout.persona_order, persona, step[1], step == (1, 0)
        cards = [layout.cell_cards.get((s, persona), []) for s in layout.stage_order]
    else:
        return False
    if into:
        first = next((ids[0] for ids in cards if ids), None)
        if first is not None:
            select_and_show(scene, first)
        return True
    index = order.index(here) + along
    if along and 0 <= index < len(order):
        scene.select_ids([order[index]])
    return True


def select_and_show(scene: KeyboardScene, card_id: str) -> None:
    scene.select_ids([card_id])
    item = scene.cards.get(card_id)
    if item is not None:
        item.ensureVisible(item.boundingRect(), 40, 40)


def move_by_key(scene: KeyboardScene, card_id: str, step: tuple[int, int]) -> bool:
    """Move the card one place up/down (on into the next lane), or to the next stage's cell."""
    doc = scene.document
    layout = scene.grid_layout
    found = place(layout, card_id) if layout is not None else None
    if doc is None or layout is None or found is None:
        return False
    (stage_id, persona_id), row = found
    dx, dy = step
    if dy:
        size = len(layout.cell_cards[(stage_id, persona_id)])
        lane = layout.persona_order.index(persona_id) + dy
        if 0 <= row + dy < size:
            edits.move(doc, [card_id], stage_id, persona_id, row + dy)
        elif 0 <= lane < len(layout.persona_order):
            target = layout.persona_order[lane]
            # from the top of its cell to the bottom of the cell above, or the other way
            index = len(layout.cell_cards.get((stage_id, target), [])) if dy < 0 else 0
            edits.move(doc, [card_id], stage_id, target, index)
    else:
        column = layout.stage_order.index(stage_id) + dx
        if 0 <= column < len(layout.stage_order):
            edits.move(doc, [card_id], layout.stage_order[column], persona_id, row)
    item = scene.cards.get(card_id)
    if item is not None:
        item.ensureVisible(item.boundingRect(), 40, 40)
    return True


def move_group_by_key(scene: KeyboardScene, ids: list[str], step: tuple[int, int]) -> bool:
    """Ctrl+arrows with several cards selected: all of them one stage left or right, or one
    lane up or down, each from its own cell, as one undo step; nothing moves if one of them
    is already at the map's edge that way (the group keeps its shape)."""
    doc, layout = scene.document, scene.grid_layout
    if doc is None or layout is None:
        return False
    dx, dy = step
    groups: dict[Cell, list[tuple[int, str]]] = {}
    for card_id in ids:
        found = place(layout, card_id)
        if found is not None:
            cell, row = found
            groups.setdefault(cell, []).append((row, card_id))
    stages, personas = layout.stage_order, layout.persona_order
    moves: list[tuple[int, Cell, list[str], int | None]] = []
    for (stage_id, persona_id), rows in groups.items():
        column, lane = stages.index(stage_id) + dx, personas.index(persona_id) + dy
        if not (0 <= column < len(stages) and 0 <= lane < len(personas)):
            rows.sort()
            _say_blocked(scene, rows[0][1], step)
            return True  # at the edge: the key is used, nothing moves
        rows.sort()
        # across stages the cards keep their row; into the lane below they go on top of its
        # cell, into the lane above at its bottom (as one card does when it crosses lanes)
        index = rows[0][0] if dx else (0 if dy > 0 else None)
        far = column if dx else lane  # the cells furthest that way move first
        moves.append(
            (far * (dx or dy), (stages[column], personas[lane]), [i for _r, i in rows], index)
        )
    if not moves:
        return False
    moves.sort(key=lambda move: -move[0])
    parts = [
        MoveTouchpoints(doc, cards, stage_id, persona_id, index)
        for _far, (stage_id, persona_id), cards, index in moves
    ]
    doc.push(CompoundCommand(doc, CommandNames.tr("Move %n touchpoint(s)", "", len(ids)), parts))
    scene.select_ids(ids)
    items = [scene.cards[i] for i in ids if i in scene.cards]
    if items:
        items[0].ensureVisible(items[0].boundingRect(), 40, 40)
    return True


BLOCKED_MESSAGE_MS = 6000


def _say_blocked(scene: KeyboardScene, card_id: str, step: tuple[int, int]) -> None:
    """Why Ctrl+arrow moved none of the selected cards: which one is already at the edge."""
    doc = scene.document
    if doc is None:
        return
    title = next((t.title for t in doc.map.touchpoints if t.id == card_id), "")
    texts = {
        (-1, 0): QCoreApplication.translate(
            "keyboard", "Nothing moved: “%1” is already in the first stage"
        ),
        (1, 0): QCoreApplication.translate(
            "keyboard", "Nothing moved: “%1” is already in the last stage"
        ),
        (0, -1): QCoreApplication.translate(
            "keyboard", "Nothing moved: “%1” is already in the first lane"
        ),
        (0, 1): QCoreApplication.translate(
            "keyboard", "Nothing moved: “%1” is already in the last lane"
        ),
    }
    scene.status_message.emit(texts[step].replace("%1", title), BLOCKED_MESSAGE_MS)


def move_header(scene: KeyboardScene, layout: GridLayout, step: tuple[int, int]) -> bool:
    """Ctrl+Left/Right on a stage header, Ctrl+Up/Down on a persona header: move it."""
    doc = scene.document
    stage, persona = scene.selected_stage_id(), scene.selected_persona_id()
    if doc is None or scene.read_only:
        return False
    if stage is not None and stage in layout.stage_order and step[0]:
        index = layout.stage_order.index(stage) + step[0]
        if 0 <= index < len(layout.stage_order):
            doc.push(MoveStage(doc, stage, index))
            scene.select_ids([stage])
        return True
    if persona is not None and persona in layout.persona_order and step[1]:
        index = layout.persona_order.index(persona) + step[1]
        if 0 <= index < len(layout.persona_order):
            doc.push(MovePersona(doc, persona, index))
            scene.select_ids([persona])
        return True
    return False


def activate_selection(scene: KeyboardScene) -> bool:
    """Enter or F2: edit the selected card (inspector) or header (in place); False if nothing
    to edit."""
    cards = scene.selected_touchpoint_ids()
    if len(cards) == 1:
        scene.card_activated.emit(cards[0])
        return True
    if scene.read_only:
        return False
    stage, persona = scene.selected_stage_id(), scene.selected_persona_id()
    if stage is not None:
        scene.rename_requested.emit("stage", stage)
        return True
    if persona is not None:
        scene.rename_requested.emit("persona", persona)
        return True
    return False


def navigation_key(scene: KeyboardScene, key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """Arrows and Enter (also on a read-only map, except Ctrl+arrows); True if used."""
    ids = scene.selected_touchpoint_ids()
    control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
    plain = not modifiers & ~Qt.KeyboardModifier.KeypadModifier
    if key in ENTER_KEYS and plain:
        return activate_selection(scene)
    if key not in ARROWS:
        return False
    scene.focus_ring.set_keyboard(True)
    layout = scene.grid_layout
    if (
        not ids
        and (plain or control)
        and layout is not None
        and header_key(scene, layout, ARROWS[key], move=control)
    ):
        return True
    if not ids and plain and layout is not None and not scene.selected_connection_ids():
        first = first_card(layout)
        if first is not None:
            select_and_show(scene, first)
            return True
        return False
    if len(ids) > 1 and layout is not None:
        if control:
            return not scene.read_only and move_group_by_key(scene, ids, ARROWS[key])
        edge = selection_edge(layout, ids, ARROWS[key]) if plain else None
        if edge is not None:
            select_and_show(scene, edge)
            return True
    if len(ids) != 1:
        return False
    if control:
        return not scene.read_only and move_by_key(scene, ids[0], ARROWS[key])
    if plain:
        return select_neighbour(scene, ids[0], ARROWS[key])
    return False


class FocusRing:
    """Which card wears the keyboard's focus ring: the one selected card, while the canvas has
    the focus and the keyboard is in use (a mouse click hides it again, as browsers do)."""

    def __init__(self, scene: RingScene) -> None:
        self.scene = scene
        self.focused = False
        self.keyboard = False
        self.card_id: str | None = None

    def set_focused(self, focused: bool) -> None:
        self.focused = focused
        self.update()

    def set_keyboard(self, keyboard: bool) -> None:
        """The keyboard (True) or the mouse (False) moved the selection last."""
        if keyboard != self.keyboard:
            self.keyboard = keyboard
            self.update()

    def update(self) -> None:
        ids = self.scene.selected_touchpoint_ids()
        shown = self.focused and self.keyboard
        card_id = ids[0] if shown and len(ids) == 1 else None
        if card_id == self.card_id:
            return
        old = self.scene.cards.get(self.card_id) if self.card_id is not None else None
        if old is not None:
            old.set_focus_ring(False)
        self.card_id = card_id
        new = self.scene.cards.get(card_id) if card_id is not None else None
        if new is not None:
            new.set_focus_ring(True)
        accessibility.notify_focus(self.scene, card_id)
