"""File > New from template…: the templates (free blank one first) and the map's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.i18n import UI_LANGUAGES as LANGUAGE_NAMES
from cjdesigner.templates import list_templates


class TemplateDialog(QDialog):
    """Pick a template and the language of its stage names, persona and channels."""

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("template_dialog")
        self.setWindowTitle(self.tr("New Map from Template"))
        self.setMinimumWidth(520)
        self._templates = list_templates()

        self.language = QComboBox(objectName="template_language")
        languages = self._templates[0].languages if self._templates else ("en",)
        for code in languages:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        index = self.language.findData(language)
        self.language.setCurrentIndex(max(index, 0))

        self.list = QListWidget(objectName="template_list")
        self.list.itemDoubleClicked.connect(self.accept)
        self.summary = QLabel(wordWrap=True)
        self.summary.setStyleSheet("color: palette(placeholder-text);")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Language of the map:"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Template:")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

        self.language.currentIndexChanged.connect(self._fill)
        self.list.currentRowChanged.connect(self._show_summary)
        self._fill()

    def _code(self) -> str:
        return str(self.language.currentData())

    def _fill(self) -> None:
        row = max(self.list.currentRow(), 0)
        self.list.clear()
        code = self._code()
        for info in self._templates:
            item = QListWidgetItem(info.title(code))
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setToolTip(info.summary(code))
            self.list.addItem(item)
        self.list.setCurrentRow(row)

    def _show_summary(self, row: int) -> None:
        if 0 <= row < len(self._templates):
            self.summary.setText(self._templates[row].summary(self._code()))

    def choice(self) -> tuple[str, str] | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return str(item.data(Qt.ItemDataRole.UserRole)), self._code()
