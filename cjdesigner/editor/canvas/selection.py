"""The scene's selection as the window sees it: ids, settled once per change.

Qt reports a selection change for every item that is (de)selected; a window that rebuilt its
inspector on each would redo it dozens of times for one rubber band. Changes made in a
:meth:`SceneSelection.batch` (``select_ids``, clearing the scene) are settled once, and the
scene emits ``selection_changed_ids`` only when the set of selected ids really changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtWidgets import QGraphicsItem

if TYPE_CHECKING:
    from cjdesigner.editor.canvas.items.card import CardItem
    from cjdesigner.editor.canvas.items.connection import ConnectionItem
    from cjdesigner.editor.canvas.items.headers import PersonaHeaderItem, StageHeaderItem


@runtime_checkable
class SelectionScene(Protocol):
    """What the selection uses of the scene: its selectable items by id and Qt's selection."""

    cards: dict[str, CardItem]
    connections: dict[str, ConnectionItem]
    stage_headers: dict[str, StageHeaderItem]
    persona_headers: dict[str, PersonaHeaderItem]
    rubber_banding: bool

    def selectedItems(self) -> list[QGraphicsItem]: ...

    def clearSelection(self) -> None: ...


class SceneSelection:
    """Which cards, flows and headers are selected, by id; owned by one map scene."""

    def __init__(self, scene: SelectionScene) -> None:
        self._scene = scene
        self._batch = 0
        self._last: tuple[str, ...] = ()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Qt's change signals inside are ignored; the caller settles once afterwards."""
        self._batch += 1
        try:
            yield
        finally:
            self._batch -= 1

    def item_for_id(self, item_id: str) -> QGraphicsItem | None:
        """The card, connection, stage header or lane header with this id."""
        scene = self._scene
        for table in (scene.cards, scene.connections, scene.stage_headers, scene.persona_headers):
            item = table.get(item_id)
            if item is not None:
                return item
        return None

    def of_kind(self, kind: str) -> list[QGraphicsItem]:
        """The selected items of one kind ("touchpoint", "connection", "stage", "persona")."""
        return [i for i in self._scene.selectedItems() if getattr(i, "kind", None) == kind]

    def touchpoint_ids(self) -> list[str]:
        """Selected cards, column by column, top to bottom."""
        items = self.of_kind("touchpoint")
        items.sort(key=lambda i: (i.x(), i.y()))
        return [i.item_id for i in items]  # type: ignore[attr-defined]

    def connection_ids(self) -> list[str]:
        return sorted(i.item_id for i in self.of_kind("connection"))  # type: ignore[attr-defined]

    def first_id(self, kind: str) -> str | None:
        """The id of one selected stage or persona header (None: none is selected)."""
        items = self.of_kind(kind)
        return items[0].item_id if items else None  # type: ignore[attr-defined]

    def select(self, ids: Iterable[str]) -> None:
        """Select exactly the items with these ids, in one batch (unknown ids are ignored)."""
        with self.batch():
            self._scene.clearSelection()
            for item_id in ids:
                item = self.item_for_id(item_id)
                if item is not None:
                    item.setSelected(True)

    def settle(self) -> bool:
        """Qt's selection changed: whether it is settled (False inside a batch).

        A rubber band selects cards and flows only: headers it swept are let go again.
        """
        if self._batch:
            return False
        scene = self._scene
        if scene.rubber_banding:
            for item in scene.selectedItems():
                if getattr(item, "kind", None) in ("stage", "persona"):
                    with self.batch():
                        item.setSelected(False)
        return True

    def changed(self) -> bool:
        """Whether the selected ids differ from the last time this was asked."""
        key = tuple(sorted(getattr(i, "item_id", "") for i in self._scene.selectedItems()))
        if key == self._last:
            return False
        self._last = key
        return True
