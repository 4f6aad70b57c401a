"""The map page (nothing selected): what the map is about and who it is for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.editor.window.dialogs import Dialogs
from cjdesigner.editor.window.inspector.binding import hint
from cjdesigner.editor.window.inspector.form import ItemForm, multi_line
from cjdesigner.editor.window.inspector.language_change import LANGUAGE_NAMES, language_change
from cjdesigner.editor.window.inspector.persona_form import PictureError, avatar_from_file
from cjdesigner.model import AVATAR_MAX_BYTES, JourneyState, Language
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

        logo_row = QWidget(self)
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.logo = QLabel(logo_row, objectName="map_logo")
        self.logo.setFixedSize(96, 40)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_logo = QPushButton(self.tr("Choose Logo…"), objectName="map_choose_logo")
        self.choose_logo.setToolTip(self.tr("The client's logo for the PDF's cover page"))
        self.remove_logo = QPushButton(self.tr("Remove"), objectName="map_remove_logo")
        self.choose_logo.clicked.connect(self.pick_logo)
        self.remove_logo.clicked.connect(lambda: self.binder.apply({"logo": None}))
        buttons = QVBoxLayout()  # beside the logo, one above the other (a laptop's dock)
        buttons.addWidget(self.choose_logo)
        buttons.addWidget(self.remove_logo)
        row.addWidget(self.logo)
        row.addLayout(buttons)
        row.addStretch(1)
        self.add_row(self.tr("Client logo"), logo_row)

    def refresh(self) -> None:
        doc = self.doc
        if doc is None:
            return
        m = doc.map
        self.heading.setText(m.info.title or self.tr("Journey map"))
        self.subheading.setText(
            self.tr("Journey map · nothing selected — click a card, stage or persona to edit it")
        )
        logo = QPixmap()
        if m.info.logo is not None and logo.loadFromData(m.info.logo.data):
            logo = logo.scaled(
                self.logo.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.logo.setPixmap(logo)
        self.logo.setText("" if not logo.isNull() else "—")
        self.remove_logo.setEnabled(m.info.logo is not None)
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

    def pick_logo(self) -> None:
        chosen = self.dialogs.image_path(str(Path.home()))
        if chosen:
            self.set_logo(Path(chosen))

    def set_logo(self, path: Path) -> bool:
        """Use the picture at ``path`` as the client's logo; a clear message when it cannot."""
        self.error.emit("")  # a note about an earlier picture no longer applies
        try:
            logo, shrunk = avatar_from_file(path)
        except PictureError as exc:
            messages = {
                "not_png_jpeg": self.tr("“%1” is not a PNG or JPEG picture."),
                "unreadable": self.tr("“%1” could not be read as a picture (damaged file?)."),
                "too_big": self.tr("“%1” is too large even when scaled down (the limit is %2)."),
            }
            template = messages.get(str(exc))
            limit = f"{AVATAR_MAX_BYTES // 1024} KB"
            message = (
                template.replace("%1", path.name).replace("%2", limit) if template else str(exc)
            )
            self.dialogs.warning(self.tr("Logo not used"), message)
            return False
        if self.binder.apply({"logo": logo}) and shrunk:
            self.error.emit(
                self.tr(
                    "The logo was larger than %1 and was scaled down to fit in the map."
                ).replace("%1", f"{AVATAR_MAX_BYTES // 1024} KB")
            )
        return True

    def focus_first(self) -> None:
        self.title.setFocus()
        self.title.selectAll()
