"""Edit > Preferences…: the language of the editor (the system's, or English, Polish, Romanian).

The choice is stored at once and takes effect when cjdesigner next starts: every window, menu
and dialog then speaks it, and numbers and dates follow it. The maps' own language (what the
PDF and the canvas print around the map) is a property of each map, set in Map Properties.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.editor import translations
from cjdesigner.i18n import UI_LANGUAGES


class PreferencesDialog(QDialog):
    """The program's settings the user may change: for now, the language of the editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(460)

        self.language = QComboBox(objectName="preferences_language")
        system = UI_LANGUAGES[translations.system_language()]
        self.language.addItem(
            self.tr("System language (%1)").replace("%1", system), translations.SYSTEM
        )
        for code, name in UI_LANGUAGES.items():
            self.language.addItem(name, code)
        self._initial = translations.preferred_language()
        self.language.setCurrentIndex(max(self.language.findData(self._initial), 0))

        self.note = QLabel(objectName="preferences_note", wordWrap=True)
        self.note.setText(
            self.tr(
                "The new language is used when cjdesigner is started again. The language a "
                "map prints in (PDF, labels on the canvas) is set per map in Map Properties."
            )
        )
        self.note.setStyleSheet("color: palette(placeholder-text);")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Language of the program:"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def choice(self) -> str:
        """The language chosen: ``system`` or a language code."""
        return str(self.language.currentData())

    def changed(self) -> bool:
        """True when the choice differs from the stored one."""
        return self.choice() != self._initial

    def accept(self) -> None:
        """Store the choice (it is used from the next start)."""
        translations.set_preferred_language(self.choice())
        super().accept()
