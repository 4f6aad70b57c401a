"""The scene that displays one MapDocument: headers, grid, cards, connections, emotion curves.

It only displays: on each document signal it updates the items concerned (one card for a field
change; a re-layout that moves only the items whose rectangle changed for moves, inserts and
structure changes). User requests (drag, drop, keys, context menu) go through
``canvas.edits``, which pushes undo commands; the model never changes here.

:class:`MapScene` is the one public class; it holds the items by id and routes Qt's events.
The work is done by parts it owns, one concept each: ``document_sync`` (document signals →
items, the layout, the cards), ``header_sync`` (title and headers, pinned), ``lane_curves``
(emotion curves, moments of truth), ``flow_sync`` (flows: routes, highlight, labels),
``selection`` (ids, settled once), ``hover_handle`` (the connection handle) and
``palette_drop`` (palette drops).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmapCache, QRegion, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QMenu,
    QToolTip,
    QWidget,
)

from cjdesigner.editor.canvas import menus, style
from cjdesigner.editor.canvas.connect import ConnectInteraction
from cjdesigner.editor.canvas.document_sync import DocumentSync
from cjdesigner.editor.canvas.flow_sync import FlowSync
from cjdesigner.editor.canvas.header_sync import HeaderSync
from cjdesigner.editor.canvas.hover_handle import HoverHandle
from cjdesigner.editor.canvas.interactions import CardDragInteraction, Interaction
from cjdesigner.editor.canvas.items.card import CardItem
from cjdesigner.editor.canvas.items.connection import ConnectionItem, CoveredLabelsItem
from cjdesigner.editor.canvas.items.emotion_curve import EmotionCurveItem
from cjdesigner.editor.canvas.items.grid import GridItem
from cjdesigner.editor.canvas.items.handle import ConnectionHandleItem
from cjdesigner.editor.canvas.items.headers import PersonaHeaderItem, StageHeaderItem, TitleItem
from cjdesigner.editor.canvas.keyboard import FocusRing
from cjdesigner.editor.canvas.lane_curves import LaneCurves
from cjdesigner.editor.canvas.palette_drop import CHANNEL_MIME, PaletteDrop
from cjdesigner.editor.canvas.selection import SceneSelection
from cjdesigner.editor.document import MapDocument
from cjdesigner.layout import GridLayout, GridMetrics

__all__ = ["CHANNEL_MIME", "PIXMAP_CACHE_KB", "MapScene"]

PIXMAP_CACHE_KB = 96 * 1024


class MapScene(QGraphicsScene):
    """Displays a :class:`MapDocument`; see the canvas ↔ window contract."""

    selection_changed_ids = Signal()
    """The selected ids changed (emitted once per change, after it settled)."""
    new_card_created = Signal(str)
    """A palette drop made this card: the window focuses its title ("ready to name")."""
    card_activated = Signal(str)
    """A card was double-clicked."""
    document_changed = Signal()
    """``set_document`` showed another document (or none)."""
    rename_requested = Signal(str, str)
    """(kind, id): a stage or persona header was double-clicked; the view opens an editor."""
    label_edit_requested = Signal(str)
    """A flow was double-clicked (or "Edit label…" chosen): the view opens its label editor."""
    status_message = Signal(str, int)
    """(text, ms): why a key did nothing, for the window's status bar."""

    def __init__(self, parent: object | None = None, metrics: GridMetrics | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        style.ensure_fonts()
        # Cards keep their drawing as pixmaps; let a screenful of them stay cached.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        self.metrics = metrics or GridMetrics()
        self.card_factory: type[CardItem] = CardItem
        """Makes card items (tests wrap it to count creations)."""
        self._doc: MapDocument | None = None
        # the items, by id (the parts below keep them in step with the document)
        self.cards: dict[str, CardItem] = {}
        self.connections: dict[str, ConnectionItem] = {}
        self.stage_headers: dict[str, StageHeaderItem] = {}
        self.persona_headers: dict[str, PersonaHeaderItem] = {}
        self.curves: dict[str, EmotionCurveItem] = {}
        self.grid_item: GridItem | None = None
        self.covered_labels: CoveredLabelsItem | None = None
        """Flow labels with no card-free spot, drawn above the cards."""
        self.content_left = 0.0
        self.content_top = 0.0
        """Scene edges left of / above which pinned headers cover the grid (no drops there)."""
        self._interaction: Interaction | None = None
        self._read_only = False
        self.rubber_banding = False
        self.handle: ConnectionHandleItem | None = None
        """The knob to drag a new flow from (on the hovered or the one selected card)."""
        self._suppress_menu = False
        self.exposed_region: QRegion | None = None
        """While a view paints several separate rectangles: their area in scene coordinates,
        so that long flows can skip a repaint that does not touch them."""
        self._selection = SceneSelection(self)
        self.focus_ring = FocusRing(self)
        """The card the keyboard is on, ringed while the canvas has the focus."""
        self._headers = HeaderSync(self)
        self._curves = LaneCurves(self)
        self._flows = FlowSync(self)
        self._hover = HoverHandle(self, self._selection)
        self._drops = PaletteDrop(self)
        self._sync = DocumentSync(self, self._headers, self._curves, self._flows, self._hover)
        self.setBackgroundBrush(style.CANVAS_BACKGROUND)
        # Qt's BSP index (the default, said here on purpose): a repaint of a small area finds
        # its few items without visiting all of a big map's thousands (bench_editor measured
        # a drag step at 4.3-4.9 ms with a linear scan, 2.8-3.0 ms with the tree; re-layouts
        # that move thousands of items cost the same either way).
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.selectionChanged.connect(self._on_selection_changed)

    # -- document ----------------------------------------------------------------------------

    @property
    def document(self) -> MapDocument | None:
        return self._doc

    @property
    def grid_layout(self) -> GridLayout | None:
        """The current layout (all positions come from ``compute_layout``)."""
        return self._sync.layout

    @property
    def _title(self) -> TitleItem | None:
        """The map's title above the grid (the scene tests read its text)."""
        return self._headers.title

    def set_document(self, doc: MapDocument | None) -> None:
        """Show ``doc`` (None: an empty canvas), following its signals from now on."""
        if self._doc is not None:
            self._sync.disconnect(self._doc)
        self.end_interaction(self._interaction)
        self._clear()
        self._doc = doc
        if doc is not None:
            self._sync.show(doc)
        self.document_changed.emit()

    def _clear(self) -> None:
        with self._selection.batch():
            self.clear()
        self._sync.reset()
        self._headers.reset()
        self._flows.reset()
        self._hover.reset()
        self.handle = None
        self.grid_item = None
        self.covered_labels = None
        self.cards.clear()
        self.focus_ring.card_id = None
        self.connections.clear()
        self.stage_headers.clear()
        self.persona_headers.clear()
        self.curves.clear()
        self._emit_selection_if_changed()

    # -- headers pinned to the window's edges ------------------------------------------------------

    def pin_headers(self, visible: QRectF | None) -> None:
        """Keep stage headers at the top and lane headers at the left of ``visible``.

        On a big map the consultant scrolls far from the headers; pinned (like frozen panes
        in a spreadsheet) they always say which stage and persona a card belongs to.
        """
        self._headers.pin(visible)
        self._hover.place()  # a selected card's knob hides under the headers it scrolls under

    # -- emotion curves and moments of truth ------------------------------------------------

    @property
    def show_curves(self) -> bool:
        return self.metrics.show_curves

    def set_show_curves(self, show: bool) -> None:
        """Show or hide the lanes' emotion curves.

        Hidden curves give their band back: the layout drops it (``GridMetrics.show_curves``)
        and the cards move up, so a map without curves is as compact as it can be.
        """
        if show == self.metrics.show_curves:
            return
        self.metrics = dataclasses.replace(self.metrics, show_curves=show)
        if self._doc is not None:
            self._sync.relayout()

    def moment_ids(self) -> set[str]:
        """The cards shown as moments of truth (the lowest, negative, emotion of their lane)."""
        return self._curves.moment_ids()

    # -- flows -----------------------------------------------------------------------------------

    def connection_items_of(self, card_ids: Iterable[str]) -> list[ConnectionItem]:
        """The flows that start or end at these cards (each once)."""
        return self._flows.items_of(card_ids)

    def reroute_connections_of(self, card_ids: Iterable[str]) -> None:
        """Make the flows of these cards follow them (also while they are dragged)."""
        self._flows.reroute_of(card_ids)

    # -- selection -------------------------------------------------------------------------------

    def item_for_id(self, item_id: str) -> QGraphicsItem | None:
        """The card, connection, stage header or lane header with this id."""
        return self._selection.item_for_id(item_id)

    def selected_touchpoint_ids(self) -> list[str]:
        """Selected cards, column by column, top to bottom."""
        return self._selection.touchpoint_ids()

    def selected_connection_ids(self) -> list[str]:
        return self._selection.connection_ids()

    def selected_stage_id(self) -> str | None:
        return self._selection.first_id("stage")

    def selected_persona_id(self) -> str | None:
        return self._selection.first_id("persona")

    def select_ids(self, ids: Iterable[str]) -> None:
        """Select exactly the items with these ids (unknown ids are ignored)."""
        self._selection.select(ids)
        self._on_selection_changed()

    @contextmanager
    def one_selection_change(self) -> Iterator[None]:
        """Items (de)selected or removed inside count as one selection change, settled after.

        Removing 5,000 selected cards one by one made Qt report 5,000 changes, each sorting the
        remaining selection and refreshing the window: deleting them all took 80 s.
        """
        with self._selection.batch():
            yield
        self._on_selection_changed()

    def _on_selection_changed(self) -> None:
        if not self._selection.settle():
            return
        self._flows.update_active(self.selected_touchpoint_ids())
        self._hover.place()
        self.focus_ring.update()
        self._emit_selection_if_changed()

    def _emit_selection_if_changed(self) -> None:
        if self._selection.changed():
            self.selection_changed_ids.emit()

    # -- read-only -------------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        """A map opened read-only: selection and viewing only, no drags, drops or edits."""
        self._read_only = read_only
        if read_only:
            self.end_interaction(self._interaction)
        self._hover.place()

    # -- interactions ------------------------------------------------------------------------------

    @property
    def interaction(self) -> Interaction | None:
        return self._interaction

    def end_interaction(self, interaction: Interaction | None) -> None:
        """Uninstall ``interaction`` if it is the current one."""
        if interaction is not None and interaction is self._interaction:
            self._interaction = None

    def _card_at_grabber(self) -> CardItem | None:
        grabber = self.mouseGrabberItem()
        return grabber if isinstance(grabber, CardItem) else None

    # -- the connection handle -------------------------------------------------------------------

    def pinned_items(self) -> list[QGraphicsItem]:
        """The headers pinned to the window's edges (stacked above the map)."""
        return self._headers.pinned_items()

    def card_at(self, pos: QPointF) -> str | None:
        """The card under a scene point (from the layout: no scan of the scene's items)."""
        return self._hover.card_at(pos)

    def set_hover(self, card_id: str | None) -> None:
        """The card under the pointer (None: none); its connection handle shows."""
        self._hover.set_hover(card_id)

    def start_connecting(self, source_id: str, widget: QWidget | None = None) -> bool:
        """Start drawing a flow out of ``source_id`` (what pressing its handle does)."""
        if self._doc is None or self._read_only or source_id not in self.cards:
            return False
        if self._interaction is not None:
            self._interaction.cancel()
        self._interaction = ConnectInteraction(self, source_id, widget)
        return True

    # -- mouse -----------------------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.RightButton:
            self._suppress_menu = False
        if self._interaction is not None:
            connecting = isinstance(self._interaction, ConnectInteraction)
            self._interaction.cancel()
            if connecting and event.button() == Qt.MouseButton.RightButton:
                self._suppress_menu = True  # the right click cancelled; no menu on top
                event.accept()
                return
        if (
            event.button() == Qt.MouseButton.LeftButton
            and self._hover.on_handle(event.scenePos(), event.widget())
            and self.handle is not None
            and self.handle.card_id is not None
            and self.start_connecting(self.handle.card_id, event.widget())
        ):
            event.accept()
            return
        super().mousePressEvent(event)
        if (
            event.button() == Qt.MouseButton.LeftButton
            and not self._read_only
            and self._doc is not None
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            card = self._card_at_grabber()
            if card is not None and card.isSelected():
                self._interaction = CardDragInteraction(self, event.scenePos(), event.widget())

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        interaction = self._interaction
        if interaction is not None and interaction.mouse_move(event):
            if isinstance(interaction, CardDragInteraction):
                self._hover.hide_for_drag()
            event.accept()
            return
        if event.buttons() == Qt.MouseButton.NoButton:
            self._hover.track(event)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        interaction = self._interaction
        if interaction is not None:
            interaction.mouse_release(event)
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseDoubleClickEvent(event)
        item = self._item_at(event.scenePos(), event.widget())
        kind = getattr(item, "kind", None)
        if kind in ("stage", "persona") and not self._read_only:
            self.rename_requested.emit(kind, item.item_id)  # type: ignore[union-attr]
        elif kind == "connection" and not self._read_only:
            self.label_edit_requested.emit(item.item_id)  # type: ignore[union-attr]
        elif kind == "touchpoint":
            self.card_activated.emit(item.item_id)  # type: ignore[union-attr]

    def _item_at(self, pos: QPointF, widget: QWidget | None) -> QGraphicsItem | None:
        view = widget.parent() if widget is not None else None
        transform = view.transform() if isinstance(view, QGraphicsView) else QTransform()
        for item in self.items(
            pos, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder, transform
        ):
            if getattr(item, "kind", None) in ("touchpoint", "connection", "stage", "persona"):
                return item
        return None

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        if self._hover.on_handle(event.scenePos(), event.widget()):
            tip = QCoreApplication.translate(
                "MapScene", "Drag to another touchpoint to draw a flow (Esc cancels)"
            )
            QToolTip.showText(event.screenPos(), tip, event.widget())
            event.accept()
            return
        item = self._item_at(event.scenePos(), event.widget())
        if isinstance(item, CardItem):
            QToolTip.showText(event.screenPos(), item.tooltip_text(), event.widget())
            event.accept()
            return
        super().helpEvent(event)

    # -- keys and context menu -------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._interaction is not None:
            self._interaction.cancel()
            event.accept()
            return
        if self.focusItem() is None and menus.handle_card_key(self, event):
            event.accept()
            return
        super().keyPressEvent(event)

    def card_menu(self, parent: QWidget | None = None) -> QMenu:
        """The context menu of the selected cards: sentiment, milestone, delete."""
        return menus.card_menu(self, parent)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        if self._suppress_menu:
            self._suppress_menu = False
            event.accept()
            return
        item = self._item_at(event.scenePos(), event.widget())
        if isinstance(item, ConnectionItem) and self._doc is not None:
            if not item.isSelected():
                self.select_ids([item.item_id])
            menu = menus.connection_menu(self, item.item_id, event.widget())
            menu.exec(event.screenPos())
            menu.deleteLater()
            event.accept()
            return
        if isinstance(item, (StageHeaderItem, PersonaHeaderItem)) and self._doc is not None:
            self.select_ids([item.item_id])
            menu = menus.header_menu(self, item.kind, item.item_id, event.widget())
            menu.exec(event.screenPos())
            menu.deleteLater()
            event.accept()
            return
        if not isinstance(item, CardItem) or self._doc is None:
            super().contextMenuEvent(event)
            return
        if not item.isSelected():
            self.select_ids([item.item_id])
        menu = self.card_menu(event.widget())
        menu.exec(event.screenPos())
        menu.deleteLater()
        event.accept()

    # -- palette drops ---------------------------------------------------------------------------

    def accepts_drop(self, mime: QMimeData) -> bool:
        """Whether a drag carrying ``mime`` can drop here (a palette channel, editable map)."""
        return self._drops.accepts(mime)

    def drag_feedback_at(self, pos: QPointF) -> None:
        """The view scrolled under a still pointer: follow with the dragged cards or drop marks."""
        interaction = self._interaction
        if (
            isinstance(interaction, (CardDragInteraction, ConnectInteraction))
            and interaction.started
        ):
            interaction.drag_to(pos)
        else:
            self._drops.follow(pos)

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self._drops.enter(event)

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self._drops.move(event)

    def dragLeaveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self._drops.leave(event)

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self._drops.drop(event)
