"""Keeping the scene's items in step with its document: each signal updates what it concerns.

A field change redraws its one card (and its lane's curve); moves, inserts, removals and
structure changes re-lay out the map and move only the items whose rectangle changed. There is
no full rebuild of the scene for a one-card change: on a 5,000-card map that is the difference
between a few milliseconds and a second.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import shiboken6
from PySide6.QtCore import QRect, QRectF

from cjdesigner.editor.canvas import style
from cjdesigner.editor.canvas.items.card import CardItem
from cjdesigner.editor.canvas.items.connection import CoveredLabelsItem
from cjdesigner.editor.canvas.items.grid import GridItem
from cjdesigner.editor.canvas.items.handle import ConnectionHandleItem
from cjdesigner.editor.document import MapDocument
from cjdesigner.layout import GridLayout, compute_layout
from cjdesigner.model import Channel, Touchpoint

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsItem

    from cjdesigner.editor.canvas.flow_sync import FlowSync
    from cjdesigner.editor.canvas.header_sync import HeaderSync
    from cjdesigner.editor.canvas.hover_handle import HoverHandle
    from cjdesigner.editor.canvas.interactions import Interaction
    from cjdesigner.editor.canvas.items.emotion_curve import EmotionCurveItem
    from cjdesigner.editor.canvas.lane_curves import LaneCurves
    from cjdesigner.layout import GridMetrics

SCENE_MARGIN = 40.0


@runtime_checkable
class SyncScene(Protocol):
    """What keeping the items in step uses of the scene: the document and its metrics, the card
    and curve items by id and how cards are made, the grid, label layer and handle items it
    sets, the mouse mode a re-layout cancels, and the scene's rectangle."""

    grid_item: GridItem | None
    covered_labels: CoveredLabelsItem | None
    handle: ConnectionHandleItem | None

    @property
    def document(self) -> MapDocument | None: ...

    @property
    def metrics(self) -> GridMetrics: ...

    @property
    def card_factory(self) -> type[CardItem]: ...

    @property
    def cards(self) -> dict[str, CardItem]: ...

    @property
    def curves(self) -> dict[str, EmotionCurveItem]: ...

    @property
    def interaction(self) -> Interaction | None: ...

    def addItem(self, item: QGraphicsItem, /) -> None: ...

    def removeItem(self, item: QGraphicsItem, /) -> None: ...

    def one_selection_change(self) -> AbstractContextManager[None]: ...

    def sceneRect(self) -> QRectF: ...

    def setSceneRect(self, rect: QRectF | QRect, /) -> None: ...


class DocumentSync:
    """Follows one document's signals for a map scene; owns its layout and cards.

    The headers, curves, flows and the connection handle are kept by their own parts of the
    scene; a re-layout tells each what moved.
    """

    def __init__(
        self,
        scene: SyncScene,
        headers: HeaderSync,
        curves: LaneCurves,
        flows: FlowSync,
        hover: HoverHandle,
    ) -> None:
        self._scene = scene
        self._headers = headers
        self._curves = curves
        self._flows = flows
        self._hover = hover
        self.layout: GridLayout | None = None
        """The current layout (all positions come from ``compute_layout``)."""
        self._channels: dict[str, Channel] = {}
        self._card_cells: dict[str, tuple[str, str]] = {}

    def show(self, doc: MapDocument) -> None:
        """Build the items of ``doc`` (the scene's document) and follow its signals."""
        scene = self._scene
        self._connect(doc)
        self._channels = {c.id: c for c in doc.map.channels}
        self.layout = compute_layout(doc.map, scene.metrics)
        scene.grid_item = GridItem(self.layout)
        scene.grid_item.set_language(doc.map.info.language)
        scene.addItem(scene.grid_item)
        scene.covered_labels = CoveredLabelsItem()
        scene.addItem(scene.covered_labels)
        self._headers.add_title_and_corner(self.layout, doc.map)
        scene.handle = ConnectionHandleItem()
        scene.addItem(scene.handle)
        self.relayout(self.layout)

    def reset(self) -> None:
        """The scene was cleared: its cards are gone."""
        self.layout = None
        self._card_cells.clear()

    # -- signals ---------------------------------------------------------------------------------

    def _signal_slots(self, doc: MapDocument) -> list[tuple[object, object]]:
        return [
            (doc.touchpoints_added, self._on_touchpoints_placed),
            (doc.touchpoints_removed, self._on_touchpoints_placed),
            (doc.touchpoints_moved, self._on_touchpoints_placed),
            (doc.touchpoints_changed, self._on_touchpoints_changed),
            (doc.connections_added, self._on_connections),
            (doc.connections_removed, self._on_connections),
            (doc.connections_changed, self._flows.relabel),
            (doc.stages_changed, self._headers.refresh_stages),
            (doc.personas_changed, self._headers.refresh_personas),
            (doc.structure_changed, self._on_structure_changed),
            (doc.channels_changed, self._on_channels_changed),
            (doc.info_changed, self._on_info_changed),
        ]

    def _connect(self, doc: MapDocument) -> None:
        for signal, slot in self._signal_slots(doc):
            signal.connect(slot)  # type: ignore[attr-defined]

    def disconnect(self, doc: MapDocument) -> None:
        """Stop following ``doc`` (the scene shows another one)."""
        if not shiboken6.isValid(doc):  # the window already deleted the old document
            return
        for signal, slot in self._signal_slots(doc):
            signal.disconnect(slot)  # type: ignore[attr-defined]

    def _on_touchpoints_placed(self, ids: list[str]) -> None:
        self.relayout()

    def _on_touchpoints_changed(self, ids: list[str]) -> None:
        scene = self._scene
        doc = scene.document
        assert doc is not None and self.layout is not None
        cards = scene.cards
        wanted = set(ids)
        lanes: set[str] = set()
        for tp in doc.map.touchpoints:
            if tp.id in wanted and tp.id in cards:
                cards[tp.id].set_touchpoint(tp, self._channels.get(tp.channel))
                lanes.add(tp.persona_id)
        self._curves.sync(self.layout, lanes)  # only these lanes: no card moved

    def _on_structure_changed(self) -> None:
        self.relayout()

    def _on_connections(self, ids: list[str]) -> None:
        self._flows.sync({})

    def _on_channels_changed(self) -> None:
        doc = self._scene.document
        assert doc is not None
        self._channels = {c.id: c for c in doc.map.channels}
        for item in self._scene.cards.values():
            item.set_touchpoint(item.tp, self._channels.get(item.tp.channel))

    def _on_info_changed(self) -> None:
        doc = self._scene.document
        if doc is not None and self.layout is not None:
            self._headers.show_title(doc.map, self.layout)
            for curve in self._scene.curves.values():  # axis words follow the map's language
                curve.set_language(doc.map.info.language)
            if self._scene.grid_item is not None:  # so do the hints in empty cells
                self._scene.grid_item.set_language(doc.map.info.language)

    # -- the layout ------------------------------------------------------------------------------

    def _make_card(self, tp: Touchpoint) -> CardItem:
        scene = self._scene
        m = scene.metrics
        item = scene.card_factory(tp, self._channels.get(tp.channel), m.card_width, m.card_height)
        scene.addItem(item)
        scene.cards[tp.id] = item
        return item

    @staticmethod
    def _cards_to_check(
        touchpoints: list[Touchpoint], previous: GridLayout | None, lay: GridLayout
    ) -> list[Touchpoint]:
        """The cards whose item may need work: those of the cells that changed.

        A cell with the same cards in the same order at the same place as in the previous
        layout holds cards that stayed put (model operations change a moved card's placement
        in place; a replaced card object comes with a field-change signal, or its cell's cards
        change). Moving one card on a 5,000-card map changes two cells: the rest are skipped.
        """
        if previous is None or previous.metrics != lay.metrics:
            return touchpoints
        old_cells, old_lists = previous.cells, previous.cell_cards
        changed: set[tuple[str, str]] = set()
        for cell, rect in lay.cells.items():
            old = old_cells.get(cell)
            if (
                old is None
                or old.x != rect.x
                or old.y != rect.y
                or old_lists.get(cell) != lay.cell_cards.get(cell)
            ):
                changed.add(cell)
        if len(changed) == len(lay.cells):
            return touchpoints
        return [t for t in touchpoints if (t.stage_id, t.persona_id) in changed]

    def relayout(self, fresh: GridLayout | None = None) -> None:
        """Re-lay out the map; create/remove card items to match it; move only what moved.

        ``fresh``: a layout of the current model computed just before (saves doing it twice).
        """
        scene = self._scene
        doc = scene.document
        if doc is None:
            return
        if scene.interaction is not None:
            scene.interaction.cancel()
        m = doc.map
        lay = fresh or compute_layout(m, scene.metrics)
        columns_moved = self.layout is None or self.layout.stage_order != lay.stage_order
        # Items stand where the previous layout put them (a drag was cancelled above), so
        # comparing the two layouts' rectangles saves asking Qt for 5,000 positions.
        previous = self.layout if self.layout is not fresh else None  # show(): no items yet
        old_rects = previous.cards if previous is not None else {}
        self.layout = lay
        # Set first: without a scene rect Qt grows one with every item added or changed.
        scene.setSceneRect(
            QRectF(
                0, -style.MAP_TITLE_HEIGHT, lay.width, lay.height + style.MAP_TITLE_HEIGHT
            ).adjusted(-SCENE_MARGIN, -SCENE_MARGIN / 2, SCENE_MARGIN, SCENE_MARGIN)
        )
        if scene.covered_labels is not None:
            scene.covered_labels.set_bounds(scene.sceneRect())
        lanes: set[str] = set()  # lanes whose curve may change (cards in or out, restored)
        moved: dict[str, tuple[float, float] | None] = {}  # by how much (None: a new card)
        cells = self._card_cells
        cards = scene.cards
        rects = lay.cards
        for tp in self._cards_to_check(m.touchpoints, previous, lay):
            card_id = tp.id
            rect = rects.get(card_id)
            if rect is None:
                continue
            cell = (tp.stage_id, tp.persona_id)
            old_cell = cells.get(card_id)
            if old_cell != cell:
                cells[card_id] = cell
                lanes.add(tp.persona_id)
                if old_cell is not None:
                    lanes.add(old_cell[1])
            item = cards.get(card_id)
            if item is None:
                item = self._make_card(tp)
                item.setPos(rect.x, rect.y)
                moved[card_id] = None
                continue
            if item.tp is not tp:
                item.set_touchpoint(tp, self._channels.get(tp.channel))
                lanes.add(tp.persona_id)
            old = old_rects.get(card_id)
            x, y = (old.x, old.y) if old is not None else (item.x(), item.y())
            if x != rect.x or y != rect.y:
                item.setPos(rect.x, rect.y)
                moved[card_id] = (rect.x - x, rect.y - y)
        # Removed selected cards (and their flows) are one selection change, settled when the
        # items are in step again — not one per item, each refreshing the window.
        with scene.one_selection_change():
            if len(rects) != len(cards):
                for card_id in [i for i in cards if i not in rects]:
                    scene.removeItem(cards.pop(card_id))
                    lanes.add(cells.pop(card_id)[1])
            self._headers.sync(lay)
            assert scene.grid_item is not None
            scene.grid_item.set_layout(lay)
            self._headers.show_title(m, lay)
            self._curves.sync(lay, set(lay.persona_order) if columns_moved else lanes)
            self._flows.sync(moved, lanes)
            self._headers.apply_pins()
            self._hover.place()
