"""The map as assistive technology sees it: every card and header, named and described.

Graphics items are not widgets, so Qt's accessibility knows nothing of them: to Orca or NVDA the
canvas was one blank pane. A factory gives the canvas (``MapView``) an interface whose children
are the stage headers (column headers), the persona headers (row headers) and the cards (list
items, in reading order: lane by lane, stage by stage, top to bottom). A card's name is its
title; its description says where it is and how it feels ("Awareness · Emma Hughes · negative ·
moment of truth"). When the keyboard moves to a card (``keyboard.FocusRing``) a focus event
names that child, so a screen reader reads the card the focus ring is on.

The child interfaces are made on demand and kept by the canvas's interface (by item id); one
whose item has gone reports itself invalid.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QGraphicsItem, QGraphicsView

from cjdesigner.editor.canvas.map_state import EditableMap
from cjdesigner.model import Sentiment

if TYPE_CHECKING:
    from cjdesigner.editor.canvas.items.headers import PersonaHeaderItem, StageHeaderItem


@runtime_checkable
class ViewedScene(Protocol):
    """What telling a screen reader about the focus uses of the scene: its views."""

    def views(self) -> list[QGraphicsView]: ...


class FocusedCard(Protocol):
    """The keyboard's focus ring: the card it is on (``keyboard.FocusRing``)."""

    card_id: str | None


@runtime_checkable
class AccessibleScene(ViewedScene, EditableMap, Protocol):
    """What the accessible map uses of the scene: the document, layout and read-only state,
    the header items by id, any item by id, and the card the focus ring is on."""

    stage_headers: dict[str, StageHeaderItem]
    persona_headers: dict[str, PersonaHeaderItem]

    @property
    def focus_ring(self) -> FocusedCard: ...

    def item_for_id(self, item_id: str) -> QGraphicsItem | None: ...


Role = QAccessible.Role
Text = QAccessible.Text
ROLES = {"touchpoint": Role.ListItem, "stage": Role.ColumnHeader, "persona": Role.RowHeader}


def sentiment_word(sentiment: Sentiment) -> str:
    words = {
        Sentiment.POSITIVE: QCoreApplication.translate("MapScene", "positive"),
        Sentiment.NEUTRAL: QCoreApplication.translate("MapScene", "neutral"),
        Sentiment.NEGATIVE: QCoreApplication.translate("MapScene", "negative"),
    }
    return words[sentiment]


def reading_order(scene: AccessibleScene) -> list[str]:
    """The ids the canvas exposes: stage headers, persona headers, then the cards."""
    layout = scene.grid_layout
    if layout is None:
        return []
    ids = [s for s in layout.stage_order if s in scene.stage_headers]
    ids += [p for p in layout.persona_order if p in scene.persona_headers]
    for persona_id in layout.persona_order:
        for stage_id in layout.stage_order:
            ids += layout.cell_cards.get((stage_id, persona_id), [])
    return ids


def describe(scene: AccessibleScene, item: QGraphicsItem) -> tuple[str, str]:
    """(name, description) of a card or header."""
    kind = getattr(item, "kind", "")
    doc = scene.document
    if kind == "stage":
        stage = item.stage  # type: ignore[attr-defined]
        order = (
            doc.map.stages.index(stage) + 1 if doc is not None and stage in doc.map.stages else 0
        )
        total = len(doc.map.stages) if doc is not None else 0
        return stage.name, QCoreApplication.translate("MapScene", "Stage %1 of %2").replace(
            "%1", str(order)
        ).replace("%2", str(total))
    if kind == "persona":
        persona = item.persona  # type: ignore[attr-defined]
        return persona.name, " · ".join(
            p for p in (QCoreApplication.translate("MapScene", "Persona"), persona.role) if p
        )
    tp = item.tp  # type: ignore[attr-defined]
    parts: list[str] = []
    if doc is not None:
        stage = next((s for s in doc.map.stages if s.id == tp.stage_id), None)
        persona = next((p for p in doc.map.personas if p.id == tp.persona_id), None)
        parts += [x.name for x in (stage, persona) if x is not None]
    parts.append(sentiment_word(tp.sentiment))
    if getattr(item, "moment", False):
        parts.append(QCoreApplication.translate("MapScene", "moment of truth"))
    if tp.milestone:
        parts.append(QCoreApplication.translate("MapScene", "milestone"))
    return tp.title, " · ".join(parts)


class ItemAccessible(QAccessibleInterface):
    """A card or a header of the canvas."""

    def __init__(self, canvas: CanvasAccessible, item_id: str) -> None:
        super().__init__()
        self._canvas = canvas
        self.item_id = item_id

    def _item(self) -> QGraphicsItem | None:
        return self._canvas.scene().item_for_id(self.item_id)

    def isValid(self) -> bool:
        return self._item() is not None

    def object(self) -> QObject | None:
        return None

    def window(self) -> object:
        return self._canvas.window()

    def parent(self) -> QAccessibleInterface:
        return self._canvas

    def child(self, index: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        return None

    def focusChild(self) -> QAccessibleInterface | None:
        return None

    def relations(self, match: object = None) -> list[object]:
        return []

    def text(self, t: QAccessible.Text) -> str:
        item = self._item()
        if item is None:
            return ""
        name, description = describe(self._canvas.scene(), item)
        if t == Text.Name:
            return name
        if t == Text.Description:
            return description
        return ""

    def setText(self, t: QAccessible.Text, text: str) -> None:
        return None

    def rect(self) -> QRect:
        item = self._item()
        view = self._canvas.view()
        if item is None:
            return QRect()
        area = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        return QRect(view.viewport().mapToGlobal(area.topLeft()), area.size())

    def role(self) -> QAccessible.Role:
        item = self._item()
        return ROLES.get(getattr(item, "kind", ""), Role.ListItem)

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        item = self._item()
        if item is None:
            state.invalid = True
            return state
        state.selectable = True
        state.selected = item.isSelected()
        if getattr(item, "kind", "") == "touchpoint":
            state.focusable = True
            state.focused = self._canvas.scene().focus_ring.card_id == self.item_id
        if self._canvas.scene().read_only:
            state.readOnly = True
        return state


class CanvasAccessible(QAccessibleWidget):
    """The canvas, with the map's headers and cards as its children."""

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view, Role.Pane, QCoreApplication.translate("MapScene", "Journey map"))
        self._view = view
        self._children: dict[str, ItemAccessible] = {}

    def view(self) -> QGraphicsView:
        return self._view

    def scene(self) -> AccessibleScene:
        scene = self._view.scene()
        assert scene is not None  # a canvas always shows its map's scene
        return cast("AccessibleScene", scene)

    def _ids(self) -> list[str]:
        return reading_order(self.scene())

    def childCount(self) -> int:
        return len(self._ids())

    def child(self, index: int) -> QAccessibleInterface | None:
        ids = self._ids()
        if not 0 <= index < len(ids):
            return None
        return self.child_for(ids[index])

    def child_for(self, item_id: str) -> ItemAccessible:
        child = self._children.get(item_id)
        if child is None:
            child = self._children[item_id] = ItemAccessible(self, item_id)
        return child

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        item_id = getattr(child, "item_id", None)
        ids = self._ids()
        return ids.index(item_id) if item_id in ids else -1

    def focusChild(self) -> QAccessibleInterface | None:
        card_id = self.scene().focus_ring.card_id
        return self.child_for(card_id) if card_id is not None else None

    def text(self, t: QAccessible.Text) -> str:
        if t == Text.Name:
            doc = self.scene().document
            title = doc.map.info.title if doc is not None else ""
            name = QCoreApplication.translate("MapScene", "Journey map")
            return f"{name}: {title}" if title else name
        if t == Text.Description:
            return QCoreApplication.translate(
                "MapScene",
                "Arrow keys move between touchpoints, Enter edits, Ctrl+arrows move a touchpoint, "
                "1, 2, 3 mark it positive, neutral or negative, Delete removes it",
            )
        return super().text(t)


_canvas_type: type[QGraphicsView] | None = None
"""The canvas widget's class (``MapView``), given by :func:`install`."""


def _factory(key: str, obj: QObject | None) -> QAccessibleInterface | None:
    if _canvas_type is not None and isinstance(obj, _canvas_type):
        return CanvasAccessible(obj)
    return None


def install(canvas_type: type[QGraphicsView]) -> None:
    """Give every canvas (a ``canvas_type`` widget) its accessible interface (once per process)."""
    global _canvas_type
    if _canvas_type is None:
        QAccessible.installFactory(_factory)
        _canvas_type = canvas_type


def notify_focus(scene: ViewedScene, card_id: str | None) -> None:
    """Tell assistive technology that the keyboard is on this card now."""
    if card_id is None or not QAccessible.isActive():
        return
    for view in scene.views():
        interface = QAccessible.queryAccessibleInterface(view)
        if not isinstance(interface, CanvasAccessible):
            continue
        index = interface.indexOfChild(interface.child_for(card_id))
        if index < 0:
            continue
        event = QAccessibleEvent(view, QAccessible.Event.Focus)
        event.setChild(index)
        QAccessible.updateAccessibility(event)
