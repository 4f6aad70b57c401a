"""Flows (connections) on the canvas: items in step with the model, routes, labels.

The scene's ``connections`` dict holds the items; this keeps which flows touch each card, so a
moved or dragged card re-routes only its own flows, highlights the flows of the selected cards,
and tells a flow's label where a chip would cover a card, a header or a curve band. The chips
and markers placed so far are shared (``label_space``), so no two labels overlap; a new layout
(cards moved, added, removed) places the shown labels again.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from cjdesigner.editor.canvas.items.connection import CHIP_ANCHORS_MANY, ConnectionItem
from cjdesigner.editor.canvas.map_state import LaidOutMap
from cjdesigner.layout.labels import FRACTIONS, Box, Space, label_numbers
from cjdesigner.layout.routing import Router

OUTLINE = 4.0
"""How far a moment of truth's outline reaches past its card."""
MANY_LABELS = 300
"""Over this many labelled flows, each label tries fewer chip spots (placed while painting)."""

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsItem

    from cjdesigner.editor.canvas.items.card import CardItem
    from cjdesigner.editor.canvas.items.connection import CoveredLabelsItem
    from cjdesigner.layout import GridLayout


@runtime_checkable
class FlowsScene(LaidOutMap, Protocol):
    """What the flows use of the scene: its document and layout, card and flow items by id,
    the layer of labels drawn above the cards, and which cards are selected."""

    cards: dict[str, CardItem]
    connections: dict[str, ConnectionItem]
    covered_labels: CoveredLabelsItem | None

    def selected_touchpoint_ids(self) -> list[str]: ...

    def addItem(self, item: QGraphicsItem, /) -> None: ...

    def removeItem(self, item: QGraphicsItem, /) -> None: ...


class FlowSync:
    """The flows of one map scene: matched to the model and following their cards."""

    def __init__(self, scene: FlowsScene) -> None:
        self._scene = scene
        self._card_connections: dict[str, set[str]] = {}
        self._active: set[str] = set()
        self._lane_tops: list[float] = []
        self._tops_of: GridLayout | None = None
        """The layout ``_lane_tops`` were read from."""
        self.label_space = Space()
        """Every placed chip and marker (scene coordinates), shared by the flows."""
        self._router: Router | None = None
        self._router_of: GridLayout | None = None
        self._routed: set[str] = set()
        """The flows routed during the current sync (not to be routed twice)."""
        self._tops_layout: GridLayout | None = None
        self._cell_top_cache: dict[tuple[str, str], list[float]] = {}
        self._tallest = 0.0
        self._space_of: GridLayout | None = None
        """The layout the placed labels were placed in."""

    def reset(self) -> None:
        """The scene was cleared: its flow items are gone."""
        self._card_connections.clear()
        self._active.clear()
        self._lane_tops = []
        self._tops_of = None
        self.label_space = Space()
        self._space_of = None

    def sync(self, moved: dict[str, tuple[float, float] | None], lanes: Iterable[str] = ()) -> None:
        """Match connection items to the model; re-route those whose cards moved.

        ``moved``: by how much each card moved (None: a new card). A flow whose two cards
        moved by the same amount (a whole lane shifted down) keeps its shape: it is only
        translated, which costs far less than routing it again. ``lanes``: lanes whose cards
        changed; flows that run through them are routed again (a card may now stand where
        one ran).
        """
        scene = self._scene
        doc = scene.document
        assert doc is not None
        connections = scene.connections
        model = {c.id: c for c in doc.map.connections}
        self._new_label_space()
        self._routed = set()
        if connections.keys() == model.keys():  # the same flows: only the moved cards' ones
            affected: set[str] = set()
            for card_id in moved:
                affected.update(self._card_connections.get(card_id, ()))
            for conn_id in affected:
                self._follow(connections[conn_id], moved)
            self._reroute_through(lanes)
            self._moved_flows()
            return
        for conn_id in [i for i in connections if i not in model]:
            item = connections.pop(conn_id)
            for end in (item.source_id, item.target_id):
                self._card_connections.get(end, set()).discard(conn_id)
            self._active.discard(conn_id)
            scene.removeItem(item)
        for conn_id, conn in model.items():
            item = connections.get(conn_id)
            if item is None:
                item = ConnectionItem(conn_id, conn.source, conn.target, conn.label)
                item.label_blocked = self.label_blocked
                item.label_space = self.label_space
                if scene.covered_labels is not None:
                    item.on_chip_on_top = scene.covered_labels.add
                connections[conn_id] = item
                self._card_connections.setdefault(conn.source, set()).add(conn_id)
                self._card_connections.setdefault(conn.target, set()).add(conn_id)
                self._reroute(item)  # routed before it joins the scene: no repaint bookkeeping
                scene.addItem(item)
            elif item.source_id in moved or item.target_id in moved:
                self._follow(item, moved)
        self._reroute_through(lanes)
        self._number_labels()
        self._moved_flows()

    def _new_label_space(self) -> None:
        """After a re-layout, the labels shown so far are placed again on their next paint
        (a card may now stand where one was); only those placed cost anything."""
        layout = self._scene.grid_layout
        if layout is self._space_of:
            return
        self._space_of = layout
        self.label_space = Space(area=_grid_area(layout))
        for item in self._scene.connections.values():
            if item.label_space is not None and item.label:
                item.forget_label()
                item.update()
            item.label_space = self.label_space

    def _number_labels(self) -> None:
        """Give each flow its marker number (its place among the labelled flows)."""
        doc = self._scene.document
        assert doc is not None
        numbers = label_numbers(doc.map)
        anchors = len(FRACTIONS) if len(numbers) <= MANY_LABELS else CHIP_ANCHORS_MANY
        for conn_id, item in self._scene.connections.items():
            item.chip_anchors = anchors
            number = numbers.get(conn_id, 0)
            if item.number != number:
                item.number = number
                if item.marker:
                    item.forget_label()
                    item.update()

    def _moved_flows(self) -> None:
        scene = self._scene
        if scene.covered_labels is not None:
            scene.covered_labels.invalidate()  # chips drawn above the cards moved with flows
        self.update_active(scene.selected_touchpoint_ids())

    def _follow(self, item: ConnectionItem, moved: dict[str, tuple[float, float] | None]) -> None:
        """Translate a flow whose two cards moved alike; route it again otherwise."""
        shift = moved.get(item.source_id, (0.0, 0.0))
        if shift is not None and shift == moved.get(item.target_id, (0.0, 0.0)):
            item.moveBy(*shift)
        else:
            self._reroute(item)

    def relabel(self, ids: list[str]) -> None:
        """The labels of these flows changed in the model."""
        doc = self._scene.document
        assert doc is not None
        connections = self._scene.connections
        for conn in doc.map.connections:
            item = connections.get(conn.id)
            if item is not None and conn.id in ids:
                item.set_label(conn.label)
        self._number_labels()

    def _reroute(self, item: ConnectionItem) -> None:
        self._routed.add(item.item_id)
        cards = self._scene.cards
        source, target = cards.get(item.source_id), cards.get(item.target_id)
        if source is not None and target is not None:
            item.update_route(source.card_rect(), target.card_rect(), self.router())

    def router(self) -> Router | None:
        """The current layout's router (cards and gutters), made once per layout."""
        layout = self._scene.grid_layout
        if layout is None:
            return None
        if self._router_of is not layout:
            self._router = Router.of_layout(layout)
            self._router_of = layout
        return self._router

    def _reroute_through(self, lanes: Iterable[str]) -> None:
        """Route again the flows whose lanes span one of ``lanes`` (cards came, went or
        moved there: a flow translated with its cards may now pass a different gap)."""
        layout = self._scene.grid_layout
        changed = set(lanes)
        if not changed or layout is None:
            return
        index = {p: i for i, p in enumerate(layout.persona_order)}
        rows = {index[p] for p in changed if p in index}
        if not rows:
            return
        low, high = min(rows), max(rows)
        lane_of: dict[str, int] = {}
        doc = self._scene.document
        assert doc is not None
        for t in doc.map.touchpoints:
            lane_of[t.id] = index.get(t.persona_id, -1)
        routed = self._routed
        for conn_id, item in self._scene.connections.items():
            if conn_id in routed:  # routed in this sync already
                continue
            a, b = lane_of.get(item.source_id, -1), lane_of.get(item.target_id, -1)
            top, bottom = min(a, b), max(a, b)
            if bottom < low or top > high:
                continue
            if any(top <= row <= bottom for row in rows):
                self._reroute(item)

    def items_of(self, card_ids: Iterable[str]) -> list[ConnectionItem]:
        """The flows that start or end at these cards (each once)."""
        ids: set[str] = set()
        for card_id in card_ids:
            ids |= self._card_connections.get(card_id, set())
        connections = self._scene.connections
        return [connections[i] for i in sorted(ids) if i in connections]

    def reroute_of(self, card_ids: Iterable[str]) -> None:
        """Make the flows of these cards follow them (also while they are dragged)."""
        connections = self._scene.connections
        done: set[str] = set()
        for card_id in card_ids:
            for conn_id in self._card_connections.get(card_id, ()):
                if conn_id not in done:
                    done.add(conn_id)
                    self._reroute(connections[conn_id])

    def update_active(self, selected_cards: list[str]) -> None:
        """Highlight the flows of the selected cards (and only those)."""
        connections = self._scene.connections
        active: set[str] = set()
        for card_id in selected_cards:
            active |= self._card_connections.get(card_id, set())
        for conn_id in self._active - active:
            if conn_id in connections:
                connections[conn_id].set_active(False)
        for conn_id in active - self._active:
            connections[conn_id].set_active(True)
        self._active = active

    # -- label placement -------------------------------------------------------------------------

    def label_blocked(self, box: Box, inset: float = 0.0) -> bool:
        """Whether a flow label's chip at ``box`` (left, top, right, bottom) would cover a
        card (shrunk by ``inset``: what a marker with no free spot may still cover), a header
        or a curve band.

        Only the cards of the cells under the chip are looked at, found by arithmetic on the
        columns, a bisection of the lanes and one of the cell's cards: labels are placed while
        painting.
        """
        layout = self._scene.grid_layout
        if layout is None or not layout.persona_order:
            return False
        m = layout.metrics
        x0, y0, x1, y1 = box
        if x0 < m.lane_header_width or y0 < m.header_height or x1 > layout.width:
            return True  # on a header or off the grid
        if y1 > layout.height:
            return True
        first = int((x0 - m.lane_header_width) // m.column_width)
        last = int((x1 - m.lane_header_width) // m.column_width)
        columns = layout.stage_order[max(first, 0) : max(last + 1, 0)]
        if self._tops_of is not layout:  # read once per layout, not once per label
            self._lane_tops = [layout.lanes[p].y for p in layout.persona_order]
            self._tops_of = layout
        tops = self._lane_tops
        low = max(bisect.bisect_right(tops, y0) - 1, 0)
        high = max(bisect.bisect_right(tops, y1) - 1, 0)
        left, top, right, bottom = x0 - 2 + inset, y0 - 2 + inset, x1 + 2 - inset, y1 + 2 - inset
        cards = layout.cards
        items = self._scene.cards
        cache = self._cell_tops(layout)
        reach = top - self._tallest - OUTLINE
        bands = layout.curve_bands
        cell_cards = layout.cell_cards
        for persona_id in layout.persona_order[low : high + 1]:
            band = bands.get(persona_id)
            if band is not None and band.y < y1 and y0 < band.y + band.h:
                return True
            for stage_id in columns:
                cell = (stage_id, persona_id)
                ids = cell_cards.get(cell)
                if not ids:
                    continue
                # a cell's cards run top to bottom: only those starting in reach can meet it
                cell_tops = cache.get(cell)
                if cell_tops is None:
                    cell_tops = cache[cell] = [cards[i].y for i in ids]
                start = bisect.bisect_left(cell_tops, reach)
                for card_id in ids[start : bisect.bisect_left(cell_tops, bottom + OUTLINE)]:
                    r = cards[card_id]
                    # a moment of truth's outline reaches past its card: a chip keeps off it
                    item = items.get(card_id) if not inset else None
                    grow = OUTLINE if item is not None and item.moment else 0.0
                    if (
                        r.x - grow < right
                        and left < r.x + r.w + grow
                        and r.y - grow < bottom
                        and top < r.y + r.h + grow
                    ):
                        return True
        return False

    def _cell_tops(self, layout: GridLayout) -> dict[tuple[str, str], list[float]]:
        """The tops of each cell's cards, in its order (read once per layout, cell by cell)."""
        if self._tops_layout is not layout:
            self._tops_layout = layout
            self._cell_top_cache = {}
            self._tallest = max((r.h for r in layout.cards.values()), default=0.0)
        return self._cell_top_cache


def _grid_area(layout: GridLayout | None) -> tuple[float, float, float, float] | None:
    """Where labels may go: the lanes right of their headers (scene coordinates)."""
    if layout is None:
        return None
    m = layout.metrics
    return (m.lane_header_width, m.header_height, layout.width, layout.height)
