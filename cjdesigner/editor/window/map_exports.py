"""File > Export PDF… and File > Export Image…: where to, writing, and saying where it went.

Given the document getter, the dialogs, the folder last used and the message bar above the map
(which offers Open and Show in Folder), not the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from cjdesigner.editor.window.controller_inputs import CurrentDocument
from cjdesigner.editor.window.dialogs import Dialogs
from cjdesigner.editor.window.file_controller import safe_file_name
from cjdesigner.editor.window.message_bar import MessageBar
from cjdesigner.storage import MapFileError


class MapExports(QObject):
    """The window's PDF and image exports."""

    def __init__(
        self,
        document: CurrentDocument,
        dialogs: Dialogs,
        last_folder: Callable[[], str],
        message_bar: MessageBar,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._dialogs = dialogs
        self._last_folder = last_folder
        self._message_bar = message_bar

    def export_pdf(self) -> str | None:
        """File > Export PDF…: beside the map file, named after it, unless chosen otherwise."""
        doc = self._document()
        if doc is None:
            return None
        if doc.path is not None:
            suggested = doc.path.with_suffix(".pdf")
        else:
            suggested = Path(self._last_folder()) / (safe_file_name(doc.map.info.title) + ".pdf")
        written = self._dialogs.export_pdf(doc.map, str(suggested))
        if written:
            self.confirm_export(Path(written))
        return written

    def confirm_export(self, written: Path) -> None:
        """Say where the export went, with Open and Show in Folder (the bar above the map)."""
        self._message_bar.show_exported(written)

    def export_image(self) -> Path | None:
        """File > Export Image…: PNG or SVG of the whole map, as the canvas draws it."""
        doc = self._document()
        if doc is None:
            return None
        base = doc.path.parent if doc.path else Path(self._last_folder())
        suggested = base / (safe_file_name(doc.map.info.title) + ".png")
        chosen = self._dialogs.export_image_path(str(suggested))
        if not chosen:
            return None
        from cjdesigner.editor.window.image_export import export_image

        try:
            written = export_image(doc, Path(chosen))
        except (MapFileError, OSError) as exc:
            self._dialogs.error(self.tr("Cannot export the image"), str(exc))
            return None
        self.confirm_export(Path(written))
        from cjdesigner.editor.offscreen import missing_glyphs_warning

        missing = missing_glyphs_warning(doc.map)
        if missing:  # they show as empty boxes: say which, as the command line does
            self._dialogs.warning(self.tr("Some characters cannot be drawn"), missing)
        return written
