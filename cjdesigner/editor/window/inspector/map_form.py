"""The map page (nothing selected): what the map is about and who it is for."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from cjdesigner.editor.window.dialogs import Dialogs
from cjdesigner.editor.window.inspector.binding import hint
from cjdesigner.editor.window.inspector.form import ItemForm, multi_line
from cjdesigner.editor.window.inspector.language_change import LANGUAGE_NAMES, language_change
from cjdesigner.model import JourneyState, Language
from cjdesigner.model.text import NAME_MAX, SHORT_TEXT_MAX


class MapForm(ItemForm):
    kind = "info"

    def __init__(self, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(dialogs, parent)
        self.setObjectName("map_form")
        b = self.binder
        self.title = b.line(QLineEdit(objectName="map_title"), "title", NAME_MAX)
        hint(self.title, self.tr("e.g. Online shop — purchase journey"))
        self.add_row(self.tr("&Title"), self.title)
        self.client = b.line(QLineEdit(objectName="map_client"), "client", NAME_MAX)
        hint(self.client, self.tr("Who the map is for"))
        self.add_row(self.tr("&Client"), self.client)
        self.author = b.line(QLineEdit(objectName="map_author"), "author", NAME_MAX)
        hint(self.author, self.tr("Who prepared it"))
        self.add_row(self.tr("&Author"), self.author)
        self.version_label = b.line(
            QLineEdit(objectName="map_version_label"), "version_label", SHORT_TEXT_MAX
        )
        hint(self.version_label, self.tr("e.g. v3, workshop draft"))
        self.add_row(self.tr("&Version"), self.version_label)
        self.state = QComboBox(objectName="map_state")
        self.state.addItem(self.tr("As-is (the journey today)"), JourneyState.AS_IS)
        self.state.addItem(self.tr("To-be (the planned journey)"), JourneyState.TO_BE)
        b.combo(self.state, "state")
        self.add_row(self.tr("&Journey"), self.state)
        self.language = QComboBox(objectName="map_language")
        for language, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, language)
        self.language.setToolTip(self.tr("The language of the map's content (dates in the PDF)"))
        b.add_setter("language", self._show_language)
        self.language.activated.connect(self._language_chosen)
        self.add_row(self.tr("&Language"), self.language)
        self.description = b.text(multi_line(5), "description")
        self.description.setObjectName("map_description")
        hint(self.description, self.tr("The scope, goals and sources of this map"))
        self.add_row(self.tr("&Description"), self.description)

    def refresh(self) -> None:
        doc = self.doc
        if doc is None:
            return
        m = doc.map
        self.heading.setText(m.info.title or self.tr("Journey map"))
        self.subheading.setText(
            self.tr("Journey map · nothing selected — click a card, stage or persona to edit it")
        )
        super().refresh()

    def _show_language(self, value: object) -> None:
        index = self.language.findData(value)
        if index >= 0 and self.language.currentIndex() != index:
            self.language.setCurrentIndex(index)

    def _language_chosen(self, index: int) -> None:
        """A new language for the map; offer to translate the template's words with it."""
        doc = self.doc
        new = self.language.itemData(index)
        if doc is None or index < 0 or new == doc.map.info.language:
            return
        command = language_change(doc, Language(new), self.dialogs)
        doc.push(command)

    def focus_first(self) -> None:
        self.title.setFocus()
        self.title.selectAll()
