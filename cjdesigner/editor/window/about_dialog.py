"""Help > About: the program's name, version and licence, and the bundled fonts' licence.

The program's licence is read from the installed package's metadata (``License-Expression`` or
``License`` in ``pyproject.toml``), so choosing one there is the only change needed; until then
the dialog states plain copyright. The fonts' licence text (``OFL.txt``, shipped beside the
fonts) opens in its own window.
"""

from __future__ import annotations

import platform
from importlib import metadata

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cjdesigner import __version__
from cjdesigner.assets import font_path
from cjdesigner.editor.window.icons import app_icon

FONT_LICENCE_FILE = "OFL.txt"


def program_licence() -> str | None:
    """The licence named in the installed package's metadata, or None if it names none."""
    try:
        meta = metadata.metadata("cjdesigner")
    except metadata.PackageNotFoundError:
        return None
    for key in ("License-Expression", "License"):
        value = (meta.get(key) or "").strip()
        if value and value.upper() != "UNKNOWN":
            return value.splitlines()[0]
    return None


class AboutDialog(QDialog):
    """Version, licence, fonts' licence and the versions support asks for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About cjdesigner"))
        self.setWindowIcon(app_icon())
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        title = QLabel(self.tr("cjdesigner %1").replace("%1", __version__))
        title.setObjectName("about_title")
        big = QFont(title.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        title.setFont(big)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        summary = QLabel(
            self.tr(
                "Customer journey maps: stages × personas, touchpoints marked positive, neutral "
                "or negative, saved as readable files and printed as PDF."
            )
        )
        summary.setWordWrap(True)

        licence = program_licence()
        self.licence_label = QLabel(
            self.tr("Licence: %1").replace("%1", licence)
            if licence
            else self.tr("© the cjdesigner developers. All rights reserved.")
        )
        self.licence_label.setObjectName("about_licence")
        self.licence_label.setWordWrap(True)

        self.fonts_label = QLabel(
            self.tr(
                "The bundled Noto Sans fonts (© Google) are licensed under the SIL Open Font "
                "License, version 1.1."
            )
        )
        self.fonts_label.setObjectName("about_fonts")
        self.fonts_label.setWordWrap(True)
        self.font_licence_button = QPushButton(self.tr("Font Licence…"))
        self.font_licence_button.setObjectName("about_font_licence")
        self.font_licence_button.setEnabled(font_path(FONT_LICENCE_FILE).is_file())
        self.font_licence_button.clicked.connect(self.show_font_licence)

        self.versions_label = QLabel(
            self.tr("Qt %1 · PySide6 %2 · Python %3")
            .replace("%1", qVersion())
            .replace("%2", PySide6.__version__)
            .replace("%3", platform.python_version())
        )
        self.versions_label.setObjectName("about_versions")
        self.versions_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.versions_label.setEnabled(False)  # drawn greyed: for support, not for reading

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.font_licence_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        for widget in (
            title,
            summary,
            self.licence_label,
            self.fonts_label,
            self.versions_label,
        ):
            text.addWidget(widget)
        body = QHBoxLayout()
        body.addWidget(icon)
        body.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.font_licence: QDialog | None = None

    def show_font_licence(self) -> None:
        """The full text of the fonts' licence, read-only, in a window of its own."""
        if self.font_licence is None:
            dialog = QDialog(self)
            dialog.setObjectName("font_licence_dialog")
            dialog.setWindowTitle(self.tr("SIL Open Font License"))
            view = QPlainTextEdit(font_path(FONT_LICENCE_FILE).read_text("utf-8"))
            view.setReadOnly(True)
            close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
            close.rejected.connect(dialog.reject)
            layout = QVBoxLayout(dialog)
            layout.addWidget(view)
            layout.addWidget(close)
            dialog.resize(640, 520)
            self.font_licence = dialog
        self.font_licence.show()
        self.font_licence.raise_()
