"""Every question the window asks the user, in one replaceable object.

Controllers never open a modal dialog themselves: they call a method of :class:`Dialogs` and act
on the plain answer (a string or a value). Tests give the window a fake with scripted answers,
so no modal dialog can ever block a test, and the wording of every prompt lives in one place.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6 import QtWidgets  # its dialog classes: PySide6 builds one when first used
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from cjdesigner.model import JourneyMap

UnsavedAnswer = Literal["save", "discard", "cancel"]
ChangedOnDiskAnswer = Literal["overwrite", "save_as", "cancel"]
LockedAnswer = Literal["read_only", "copy", "cancel"]
ExternalChangeAnswer = Literal["reload", "ignore"]
RestoreAnswer = Literal["restore", "discard", "later"]


class Dialogs(QObject):
    """The real, modal Qt dialogs, parented to the window."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent

    # -- messages ----------------------------------------------------------------------------

    def error(self, title: str, message: str) -> None:
        QtWidgets.QMessageBox.critical(self._parent, title, message)

    def warning(self, title: str, message: str) -> None:
        QtWidgets.QMessageBox.warning(self._parent, title, message)

    def info(self, title: str, message: str) -> None:
        QtWidgets.QMessageBox.information(self._parent, title, message)

    def confirm(self, title: str, message: str, action: str) -> bool:
        """Ask before a destructive step; ``action`` labels the button that goes ahead."""
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Question, title, message, parent=self._parent
        )
        go = box.addButton(action, QtWidgets.QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def offer_save_as(self, title: str, message: str) -> bool:
        """A save failed: say why and offer Save As…; True if the user wants it."""
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning, title, message, parent=self._parent
        )
        box.setInformativeText(
            self.tr("Your map is still open and nothing is lost. Save it somewhere else?")
        )
        save_as = box.addButton(self.tr("Save As…"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.exec()
        return box.clickedButton() is save_as

    # -- questions with several answers ------------------------------------------------------

    def ask_translate_template_words(self, count: int, language: str) -> bool:
        """The map's language changed: translate the template's words still unchanged?"""
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Question,
            self.tr("Change the map's language"),
            self.tr(
                "%n field(s) still hold the template's words (stage names and descriptions, "
                "persona, channels). Translate them into %1 too?",
                "",
                count,
            ).replace("%1", language),
            parent=self._parent,
        )
        box.setInformativeText(
            self.tr("Text you wrote or changed yourself stays as it is. One undo step.")
        )
        translate = box.addButton(self.tr("Translate"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep as They Are"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(translate)
        box.exec()
        return box.clickedButton() is translate

    def ask_unsaved(self, name: str) -> UnsavedAnswer:
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning,
            self.tr("Unsaved changes"),
            self.tr("Do you want to save the changes to “%1”?").replace("%1", name),
            parent=self._parent,
        )
        box.setInformativeText(self.tr("If you don't save, your changes will be lost."))
        box.setStandardButtons(
            QtWidgets.QMessageBox.StandardButton.Save | QtWidgets.QMessageBox.StandardButton.Cancel
        )
        # "Don't Save", not the platform's "Discard" (Romanian "Renunță" read as Cancel, and a
        # user going back to the map lost the work: QA s8 K9)
        dont_save = box.addButton(
            self.tr("Don't Save"), QtWidgets.QMessageBox.ButtonRole.DestructiveRole
        )
        dont_save.setObjectName("dont_save")
        box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.Save)
        answer = box.exec()
        if box.clickedButton() is dont_save:
            return "discard"
        if answer == QtWidgets.QMessageBox.StandardButton.Save:
            return "save"
        return "cancel"

    def ask_changed_on_disk(self, name: str) -> ChangedOnDiskAnswer:
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning,
            self.tr("File changed on disk"),
            self.tr("“%1” was changed by another program since you opened it.").replace("%1", name),
            parent=self._parent,
        )
        box.setInformativeText(
            self.tr(
                "Overwrite it with your version (the other changes are lost, the previous file "
                "is kept as a .bak copy), or save your version under another name?"
            )
        )
        overwrite = box.addButton(
            self.tr("Overwrite"), QtWidgets.QMessageBox.ButtonRole.DestructiveRole
        )
        save_as = box.addButton(self.tr("Save As…"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.exec()
        clicked = box.clickedButton()
        if clicked is overwrite:
            return "overwrite"
        if clicked is save_as:
            return "save_as"
        return "cancel"

    def ask_locked(self, name: str, holder: str) -> LockedAnswer:
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Information,
            self.tr("Map already open"),
            self.tr("“%1” is already open: %2.").replace("%1", name).replace("%2", holder),
            parent=self._parent,
        )
        box.setInformativeText(
            self.tr(
                "Open it read-only (you can still save your changes under another name), or "
                "open a copy as a new, untitled map?"
            )
        )
        read_only = box.addButton(
            self.tr("Open Read-Only"), QtWidgets.QMessageBox.ButtonRole.AcceptRole
        )
        copy = box.addButton(self.tr("Open a Copy"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        clicked = box.clickedButton()
        if clicked is read_only:
            return "read_only"
        if clicked is copy:
            return "copy"
        return "cancel"

    def ask_external_change(self, name: str, can_reload: bool) -> ExternalChangeAnswer:
        text = self.tr("“%1” was changed by another program.").replace("%1", name)
        if not can_reload:
            self.warning(
                self.tr("File changed on disk"),
                text
                + "\n\n"
                + self.tr(
                    "You have unsaved changes. When you save, you will be asked whether to "
                    "overwrite the other version or save yours under another name."
                ),
            )
            return "ignore"
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Question,
            self.tr("File changed on disk"),
            text,
            parent=self._parent,
        )
        box.setInformativeText(self.tr("You have no unsaved changes. Load the new version?"))
        reload = box.addButton(self.tr("Reload"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep Mine"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reload)
        box.exec()
        return "reload" if box.clickedButton() is reload else "ignore"

    def ask_restore(self, description: str) -> RestoreAnswer:
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Question,
            self.tr("Recover unsaved work"),
            self.tr("cjdesigner did not close properly last time. Unsaved work was recovered:"),
            parent=self._parent,
        )
        box.setInformativeText(description)
        restore = box.addButton(self.tr("Restore"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(
            self.tr("Discard"), QtWidgets.QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(self.tr("Decide Later"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        clicked = box.clickedButton()
        if clicked is restore:
            return "restore"
        if clicked is discard:
            return "discard"
        return "later"

    # -- files, colours ----------------------------------------------------------------------

    def open_path(self, folder: str) -> str | None:
        path, _filter = QtWidgets.QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Open Map"),
            folder,
            self.tr(
                "cjdesigner maps (*.cjm);;JSON files (*.json);;"
                "Spreadsheets to import (*.csv *.tsv *.xlsx *.xls);;All files (*)"
            ),
        )
        return path or None

    def save_path(self, suggested: str) -> str | None:
        path, _filter = QtWidgets.QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Save Map As"),
            suggested,
            self.tr("cjdesigner maps (*.cjm);;JSON files (*.json);;All files (*)"),
        )
        return path or None

    def export_image_path(self, suggested: str) -> str | None:
        path, _filter = QtWidgets.QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export Image"),
            suggested,
            self.tr("PNG picture (*.png);;SVG drawing (*.svg)"),
        )
        return path or None

    def image_path(self, folder: str) -> str | None:
        path, _filter = QtWidgets.QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Choose a Picture"),
            folder,
            self.tr("Pictures (*.png *.jpg *.jpeg)"),
        )
        return path or None

    def colour(self, initial: str, title: str) -> str | None:
        chosen = QtWidgets.QColorDialog.getColor(QColor(initial), self._parent, title)
        return chosen.name().upper() if chosen.isValid() else None

    def export_pdf(self, journey_map: JourneyMap, suggested: str) -> str | None:
        """The Export PDF dialog; returns the written file, or None when nothing was written."""
        from cjdesigner.editor.window.export_dialog import ExportDialog

        dialog = ExportDialog(journey_map, Path(suggested), self._parent)
        dialog.exec()
        return str(dialog.written) if dialog.written is not None else None

    def choose_template(self, language: str) -> tuple[str, str] | None:
        """The New-from-template dialog: (template name, language) or None."""
        from cjdesigner.editor.window.template_dialog import TemplateDialog

        dialog = TemplateDialog(language, self._parent)
        if dialog.exec() != TemplateDialog.DialogCode.Accepted:
            return None
        return dialog.choice()
