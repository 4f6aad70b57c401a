"""The inspector: one page per kind of selection, following the document's signals.

Selection decides the page (a card, several cards, a stage, a persona, or the map when nothing
is selected); the document's change signals refresh the page that shows the changed item, so
an undo or an edit on the canvas shows here at once.

Only the map's page, the one a new window shows, is built with the panel; each other page is
built the first time it is shown (or asked for), which keeps a few dozen fields out of the
editor's first frame (``benchmarks/bench_startup.py``).
"""

from __future__ import annotations

import contextlib
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window.dialogs import Dialogs
from cjdesigner.editor.window.inspector.form import ItemForm
from cjdesigner.editor.window.inspector.map_form import MapForm
from cjdesigner.editor.window.inspector.multi_form import MultiForm
from cjdesigner.editor.window.inspector.persona_form import PersonaForm
from cjdesigner.editor.window.inspector.stage_form import StageForm
from cjdesigner.editor.window.inspector.touchpoint_form import TouchpointForm

Page = TypeVar("Page", bound=ItemForm)


class Inspector(QWidget):
    """The right-hand panel (object name ``inspector``)."""

    def __init__(self, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self.doc: MapDocument | None = None
        self._dialogs = dialogs
        self._pages: dict[type[ItemForm], ItemForm] = {}
        self._scrolls: dict[type[ItemForm], QScrollArea] = {}
        self._page_actions: dict[type[ItemForm], list[QAction]] = {}
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("inspector_stack")
        self.message = QLabel(self, objectName="inspector_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(
            "QLabel { background: #FFF4E5; color: #5A3A00; padding: 6px; border-radius: 4px; }"
        )
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        self._show(self.map_form)

    # -- pages, each built on first use ---------------------------------------------------------

    def _page(self, kind: type[Page]) -> Page:
        form = self._pages.get(kind)
        if form is None:
            form = kind(self._dialogs)
            scroll = QScrollArea(self.stack)
            scroll.setWidget(form)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.stack.addWidget(scroll)
            form.error.connect(self.show_message)
            actions = self._page_actions.pop(kind, None)
            if actions:
                form.add_actions(actions)
            self._pages[kind] = form
            self._scrolls[kind] = scroll
        assert isinstance(form, kind)
        return form

    @property
    def map_form(self) -> MapForm:
        return self._page(MapForm)

    @property
    def touchpoint_form(self) -> TouchpointForm:
        return self._page(TouchpointForm)

    @property
    def stage_form(self) -> StageForm:
        return self._page(StageForm)

    @property
    def persona_form(self) -> PersonaForm:
        return self._page(PersonaForm)

    @property
    def multi_form(self) -> MultiForm:
        return self._page(MultiForm)

    def add_page_actions(self, kind: type[ItemForm], actions: list[QAction]) -> None:
        """Buttons for window actions on the page for ``kind`` (added when it is built)."""
        form = self._pages.get(kind)
        if form is None:
            self._page_actions.setdefault(kind, []).extend(actions)
        else:
            form.add_actions(actions)

    def forms(self) -> list[ItemForm]:
        """The pages built so far."""
        return list(self._pages.values())

    def current_form(self) -> ItemForm:
        scroll = self.stack.currentWidget()
        assert isinstance(scroll, QScrollArea)
        form = scroll.widget()
        assert isinstance(form, ItemForm)
        return form

    def _show(self, form: ItemForm) -> None:
        self.stack.setCurrentWidget(self._scrolls[type(form)])

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- document ------------------------------------------------------------------------------

    def set_document(self, doc: MapDocument | None) -> None:
        if self.doc is not None:
            for signal, slot in self._connections(self.doc):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(slot)
        self.doc = doc
        if doc is not None:
            for signal, slot in self._connections(doc):
                signal.connect(slot)
        self.show_selection([], None, None)

    def _connections(self, doc: MapDocument) -> list[tuple[object, object]]:
        return [
            (doc.touchpoints_changed, self._items_changed),
            (doc.touchpoints_moved, self._items_changed),
            (doc.touchpoints_added, self._items_changed),
            (doc.touchpoints_removed, self._items_removed),
            (doc.stages_changed, self._items_changed),
            (doc.personas_changed, self._items_changed),
            (doc.structure_changed, self._structure_changed),
            (doc.channels_changed, self._refresh_current),
            (doc.info_changed, self._info_changed),
        ]

    def show_selection(
        self, touchpoint_ids: list[str], stage_id: str | None, persona_id: str | None
    ) -> None:
        """Show the page for what the canvas has selected."""
        doc = self.doc
        self.show_message("")
        if len(touchpoint_ids) == 1:
            form: ItemForm = self.touchpoint_form
            form.set_target(doc, touchpoint_ids[0])
        elif touchpoint_ids:
            self.multi_form.set_cards(doc, touchpoint_ids)
            form = self.multi_form
        elif stage_id is not None:
            form = self.stage_form
            form.set_target(doc, stage_id)
        elif persona_id is not None:
            form = self.persona_form
            form.set_target(doc, persona_id)
        else:
            form = self.map_form
            form.set_target(doc, None)
        self._show(form)

    def focus_first(self) -> None:
        """Ready to type: the current page's main field gets the cursor."""
        self.current_form().focus_first()

    # -- follow the document -------------------------------------------------------------------

    def _current_alive(self) -> bool:
        form = self.current_form()
        if isinstance(form, (MapForm, MultiForm)):
            return True
        return form.binder.target() is not None

    def _refresh_current(self) -> None:
        if self._current_alive():
            self.current_form().refresh()
        else:
            self.show_selection([], None, None)

    def _items_changed(self, ids: list[str]) -> None:
        form = self.current_form()
        if isinstance(form, MultiForm) or form.item_id in ids:
            form.refresh()
        elif isinstance(form, (StageForm, PersonaForm)):
            form.refresh()  # their touchpoint counts may have changed

    def _items_removed(self, ids: list[str]) -> None:
        form = self.current_form()
        if isinstance(form, MultiForm):
            form.ids = [i for i in form.ids if i not in ids]
        self._refresh_current()

    def _structure_changed(self) -> None:
        self._refresh_current()

    def _info_changed(self) -> None:
        form = self.current_form()
        if isinstance(form, MapForm):
            form.refresh()
