"""The map's headings on the canvas: title, stage headers, lane headers and their corner.

Header items follow the model's stages and personas, and stay pinned to the top and left
edges of what the window shows: on a big map the consultant scrolls far from the headers;
pinned (like frozen panes in a spreadsheet) they always say which stage and persona a card
belongs to.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsItem

from cjdesigner.editor.canvas.items.grid import qrect
from cjdesigner.editor.canvas.items.headers import (
    CornerItem,
    PersonaHeaderItem,
    StageHeaderItem,
    TitleItem,
)
from cjdesigner.editor.canvas.map_state import LaidOutMap
from cjdesigner.layout import GridLayout
from cjdesigner.model import JourneyMap


@runtime_checkable
class HeadersScene(LaidOutMap, Protocol):
    """What the headings use of the scene: its document and layout, the header items by id,
    and the content edges they set (left of / above which the pinned headers cover the grid)."""

    stage_headers: dict[str, StageHeaderItem]
    persona_headers: dict[str, PersonaHeaderItem]
    content_left: float
    content_top: float

    def addItem(self, item: QGraphicsItem, /) -> None: ...

    def removeItem(self, item: QGraphicsItem, /) -> None: ...


class HeaderSync:
    """The headings of one map scene (its ``stage_headers``/``persona_headers``)."""

    def __init__(self, scene: HeadersScene) -> None:
        self._scene = scene
        self.title: TitleItem | None = None
        self._corner: CornerItem | None = None
        self._pin_area: QRectF | None = None

    def add_title_and_corner(self, lay: GridLayout, journey_map: JourneyMap) -> None:
        """The items a new document starts with (stage and lane headers come with its cards)."""
        self.title = TitleItem(lay.width)
        self.title.set_map(journey_map, lay.width)
        self._scene.addItem(self.title)
        self._corner = CornerItem(qrect(lay.corner))
        self._scene.addItem(self._corner)

    def reset(self) -> None:
        """The scene was cleared: its header items are gone (the pinned area stays)."""
        self.title = None
        self._corner = None

    def pinned_items(self) -> list[QGraphicsItem]:
        """The stage and lane headers and the corner: stacked above everything on the map."""
        scene = self._scene
        items: list[QGraphicsItem] = [
            *scene.stage_headers.values(),
            *scene.persona_headers.values(),
        ]
        if self._corner is not None:
            items.append(self._corner)
        return items

    def show_title(self, journey_map: JourneyMap, lay: GridLayout) -> None:
        if self.title is not None:
            self.title.set_map(journey_map, lay.width)

    def sync(self, lay: GridLayout) -> None:
        """Add, drop, place and refresh stage and lane headers to match the model."""
        scene = self._scene
        doc = scene.document
        assert doc is not None
        m = doc.map
        stage_headers = scene.stage_headers
        stages = {s.id: s for s in m.stages}
        for stage_id in [i for i in stage_headers if i not in stages]:
            scene.removeItem(stage_headers.pop(stage_id))
        for stage_id, stage in stages.items():
            rect = qrect(lay.stage_headers[stage_id])
            header = stage_headers.get(stage_id)
            if header is None:
                header = stage_headers[stage_id] = StageHeaderItem(stage, rect)
                scene.addItem(header)
            else:
                header.set_rect(rect)
                if header.stage is not stage:
                    header.set_stage(stage)
        persona_headers = scene.persona_headers
        personas = {p.id: p for p in m.personas}
        for persona_id in [i for i in persona_headers if i not in personas]:
            scene.removeItem(persona_headers.pop(persona_id))
        for persona_id, persona in personas.items():
            rect = qrect(lay.lane_headers[persona_id])
            lane = persona_headers.get(persona_id)
            if lane is None:
                lane = persona_headers[persona_id] = PersonaHeaderItem(persona, rect)
                scene.addItem(lane)
            else:
                lane.set_rect(rect)
                if lane.persona is not persona:
                    lane.set_persona(persona)

    def refresh_stages(self, ids: list[str]) -> None:
        """These stages changed in the model (names, colours): redraw their headers."""
        doc = self._scene.document
        assert doc is not None
        headers = self._scene.stage_headers
        for stage in doc.map.stages:
            if stage.id in ids and stage.id in headers:
                headers[stage.id].set_stage(stage)

    def refresh_personas(self, ids: list[str]) -> None:
        """These personas changed in the model (names, avatars): redraw their lane headers."""
        doc = self._scene.document
        assert doc is not None
        headers = self._scene.persona_headers
        for persona in doc.map.personas:
            if persona.id in ids and persona.id in headers:
                headers[persona.id].set_persona(persona)

    # -- pinned to the window's edges ------------------------------------------------------------

    def pin(self, visible: QRectF | None) -> None:
        """Keep stage headers at the top and lane headers at the left of ``visible``."""
        self._pin_area = QRectF(visible) if visible is not None else None
        self.apply_pins()

    def apply_pins(self) -> None:
        """Place the headers for the pinned area; set the scene's content edges."""
        scene = self._scene
        lay = scene.grid_layout
        if lay is None:
            return
        m = lay.metrics
        area = self._pin_area
        dx = dy = 0.0
        if area is not None:
            dx = min(max(0.0, area.left()), max(0.0, lay.width - m.lane_header_width))
            dy = min(max(0.0, area.top()), max(0.0, lay.height - m.header_height))
        for header in scene.stage_headers.values():
            if header.y() != dy:
                header.setPos(0.0, dy)
        for lane in scene.persona_headers.values():
            if lane.x() != dx:
                lane.setPos(dx, 0.0)
            lane.keep_content_below(dy + m.header_height if area is not None else 0.0)
        if self._corner is not None:
            self._corner.set_rect(qrect(lay.corner))
            if self._corner.pos() != QPointF(dx, dy):
                self._corner.setPos(dx, dy)
        scene.content_left = dx + m.lane_header_width
        scene.content_top = dy + m.header_height
