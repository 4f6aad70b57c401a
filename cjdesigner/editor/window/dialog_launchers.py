"""The window's dialogs that load on first use: their modules are imported when asked for, never
before the editor's first frame (tests/ guard which modules the start loads).

Each launcher takes the parent widget and the few things its dialog needs; the spreadsheet ones
take the window as the small ``SheetWindow`` protocol that ``sheet_formats`` declares.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window.controller_inputs import ShowMessage

if TYPE_CHECKING:
    from cjdesigner.editor.window.sheet_formats import SheetWindow


def import_spreadsheet(window: SheetWindow) -> None:
    """File > Import Spreadsheet…"""
    from cjdesigner.editor.window import sheet_formats

    sheet_formats.import_spreadsheet(window)


def import_sheet_file(window: SheetWindow, path: Path) -> bool:
    """A spreadsheet given to Open or on the command line: the import preview for it."""
    from cjdesigner.editor.window import sheet_formats

    return sheet_formats.import_sheet_file(window, path) is not None


def export_formats(window: SheetWindow) -> None:
    """File > Export Sheet, Slides or Mermaid…"""
    from cjdesigner.editor.window import sheet_formats

    sheet_formats.export_formats(window)


def show_preferences(parent: QWidget, show_message: ShowMessage) -> None:
    """Edit > Preferences…: the program's language, used from the next start."""
    from cjdesigner.editor.window.preferences import PreferencesDialog

    dialog = PreferencesDialog(parent)
    if dialog.exec() == PreferencesDialog.DialogCode.Accepted and dialog.changed():
        show_message(
            QCoreApplication.translate(
                "DialogLaunchers", "The new language is used when cjdesigner is started again."
            ),
            15_000,
        )


def show_about(parent: QWidget) -> None:
    """Help > About: not modal, deleted when closed."""
    from cjdesigner.editor.window.about_dialog import AboutDialog

    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def manage_channels(doc: MapDocument | None, read_only: bool, parent: QWidget) -> None:
    """Map > Manage Channels… (nothing on a read-only map)."""
    if doc is None or read_only:
        return
    from cjdesigner.editor.window.channels_dialog import ChannelsDialog

    ChannelsDialog(doc, parent).exec()
