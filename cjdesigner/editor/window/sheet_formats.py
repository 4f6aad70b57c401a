"""File > Import Spreadsheet… (with a preview) and File > Export Sheet, Slides or Mermaid….

The import reads the sheet and shows what it found — rows, stages, personas, recognised
columns and every problem with its row and column — before anything changes; the options
(template, language, skipping bad rows, Romanian letters) re-run it at once. Accepting opens
the result as a new, unsaved map: in this window when it holds an untouched new map, otherwise
in a new window, so no open work is replaced. The export writes CSV, XLSX, PowerPoint or
Mermaid with the same writers as ``cjdesigner export``. The spreadsheet and slide libraries
are imported only when one of these is used (the editor's first frame never loads them).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.editor.window.file_controller import safe_file_name
from cjdesigner.i18n import UI_LANGUAGES
from cjdesigner.storage import MapFileError, atomic_write_bytes

if TYPE_CHECKING:
    from cjdesigner.editor.document import MapDocument
    from cjdesigner.editor.window.dialogs import Dialogs
    from cjdesigner.editor.window.file_controller import FileController
    from cjdesigner.interchange.sheet_import import ImportResult
    from cjdesigner.model import JourneyMap


class SheetWindow(Protocol):
    """What the spreadsheet commands use of a main window (which passes itself)."""

    doc: MapDocument | None
    files: FileController
    dialogs: Dialogs

    def window(self) -> QWidget:
        """The window as a dialogs' parent (``QWidget.window``)."""
        ...

    def new_window(self) -> SheetWindow:
        """Another window, empty, for a map that must not replace this one's."""
        ...

    def note_cedillas(self) -> None: ...

    def statusBar(self) -> QStatusBar: ...


_CONTEXT = "SheetFormats"
"""The translation context of this module's texts; each call names it as a literal, so that
``pyside6-lupdate`` (which reads the source, not the running code) finds them."""


def _tr(text: str) -> str:
    """A text marked with ``QT_TRANSLATE_NOOP(_CONTEXT, …)`` elsewhere, translated now."""
    return QCoreApplication.translate(_CONTEXT, text)


class SheetImportDialog(QDialog):
    """The preview of an import: what the sheet holds and what is wrong, before any change."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cjdesigner.editor.translations import current_language
        from cjdesigner.templates import DEFAULT_TEMPLATE, LANGUAGES, list_templates

        self.setObjectName("sheet_import_dialog")
        self.setWindowTitle(self.tr("Import Spreadsheet"))
        self.path = path
        self.result: ImportResult | None = None
        self.error: str | None = None
        self._table: Any = None
        self.template = QComboBox(objectName="import_template")
        ui = current_language() or "en"  # named as File > New from Template… names them
        for info in list_templates():
            code = ui if ui in info.languages else info.languages[0]
            self.template.addItem(info.title(code), info.name)
            self.template.setItemData(
                self.template.count() - 1, info.summary(code), Qt.ItemDataRole.ToolTipRole
            )
        self.template.setCurrentIndex(max(self.template.findData(DEFAULT_TEMPLATE), 0))
        self.language = QComboBox(objectName="import_language")
        self.language.addItem(self.tr("From the headers"), None)
        for code in LANGUAGES:
            self.language.addItem(UI_LANGUAGES.get(code, code), code)  # named in itself
        self.sheet = QComboBox(objectName="import_sheet")
        for name in workbook_sheets(path):
            self.sheet.addItem(name, name)
        from cjdesigner.model.text import NAME_MAX

        # the map's title and client, which its PDF and slides print (QA s7 J12): empty, the
        # title is the sheet's file name, as the command line's --title
        self.title = QLineEdit(objectName="import_title")
        self.title.setPlaceholderText(path.stem.replace("_", " ").strip())
        self.client = QLineEdit(objectName="import_client")
        for field in (self.title, self.client):
            field.setMaxLength(NAME_MAX)
            field.setClearButtonEnabled(True)
        self.skip = QCheckBox(self.tr("Leave out the rows with problems"), objectName="import_skip")
        self.fix = QCheckBox(
            self.tr("Write Romanian ş/ţ as ș/ț (comma below)"), objectName="import_fix_cedillas"
        )
        self.summary = QLabel(objectName="import_summary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.problems = QListWidget(objectName="import_problems")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        if self.sheet.count() > 1:  # the touchpoints are often not on the first sheet
            form.addRow(self.tr("Sheet in the workbook:"), self.sheet)
        form.addRow(self.tr("Template:"), self.template)
        form.addRow(self.tr("Map language:"), self.language)
        form.addRow(self.tr("Map title:"), self.title)
        form.addRow(self.tr("Client:"), self.client)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sheet: %1").replace("%1", path.name)))
        layout.addLayout(form)
        layout.addWidget(self.skip)
        layout.addWidget(self.fix)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addStretch(0)  # the room, when there is no list (an unreadable sheet)
        layout.addWidget(self.buttons)
        self.sheet.currentIndexChanged.connect(self._read_again)
        for signal in (
            self.template.currentIndexChanged,
            self.language.currentIndexChanged,
            self.skip.toggled,
            self.fix.toggled,
        ):
            signal.connect(self.refresh)
        self.resize(640, 520)
        self.refresh()

    def refresh(self) -> None:
        """Run the import again with the chosen options and show what it found."""
        from cjdesigner.interchange.sheet_import import import_table, read_table
        from cjdesigner.interchange.table import SheetError

        self.problems.clear()
        self.result = None
        try:
            if self._table is None:
                self._table = read_table(self.path, sheet=self.sheet.currentData())
            self.result = import_table(
                self._table,
                template=str(self.template.currentData()),
                language=self.language.currentData(),
                skip_bad_rows=self.skip.isChecked(),
                fix_cedillas=self.fix.isChecked(),
            )
        except SheetError as err:
            self.error = str(err)
            self.summary.setText(
                self.tr("This sheet cannot be imported: %1").replace("%1", str(err))
            )
            self._show_rows(False)
            self._set_importable(False)
            return
        self.error = None
        self._show_rows(True)
        result = self.result
        rows = result.touchpoint_count + len(result.skipped_rows)
        if result.problems:
            # the stages and personas are made from the rows that import: a stage named only
            # in a bad row is not among them, so say whose they are
            stages = self.tr("Stages of the rows without problems: %1")
            personas = self.tr("Personas of the rows without problems: %1")
        else:
            stages, personas = self.tr("Stages: %1"), self.tr("Personas: %1")
        lines = [
            self.tr("%n touchpoint row(s) found", "", rows),
            stages.replace("%1", ", ".join(result.stages) or "–"),
            personas.replace("%1", ", ".join(result.personas) or "–"),
            self.tr("Columns: %1").replace("%1", ", ".join(result.columns.values())),
        ]
        lines += (self.tr("Warning: %1").replace("%1", warning) for warning in result.warnings)
        if result.ignored_headers:
            lines.append(
                self.tr("Not imported (unknown headers): %1").replace(
                    "%1", ", ".join(result.ignored_headers)
                )
            )
        if result.problems:
            count = len(result.problems)
            lines.append(self.tr("%n problem(s):", "", count))
        if result.cedilla_fields:
            fields = result.cedilla_fields
            lines.append(self.tr("%n field(s) write ş/ţ with a cedilla", "", fields))
        self.summary.setText("\n".join(lines))
        for problem in result.problems:
            self.problems.addItem(
                self.tr("row %1, column %2 (%3): %4")
                .replace("%1", str(problem.row))
                .replace("%2", problem.column)
                .replace("%3", problem.header)
                .replace("%4", problem.message)
            )
        self.fix.setEnabled(bool(result.cedilla_fields) or self.fix.isChecked())
        self._set_importable(result.map is not None)

    def _read_again(self) -> None:
        """Another sheet of the workbook chosen: read it and preview it."""
        self._table = None
        self.refresh()

    def _show_rows(self, shown: bool) -> None:
        """A sheet that cannot be read at all has no rows to list or leave out: no empty list
        under its reason, and the row options off (unless checked, so they can be unchecked)."""
        self.problems.setVisible(shown)
        self.skip.setEnabled(shown or self.skip.isChecked())
        if not shown:
            self.fix.setEnabled(self.fix.isChecked())

    def _set_importable(self, importable: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(importable)

    def imported_map(self) -> JourneyMap | None:
        """The map the import made, with the title and client typed above (if any)."""
        m = self.result.map if self.result is not None else None
        if m is not None:
            if self.title.text().strip():
                m.info.title = self.title.text().strip()
            if self.client.text().strip():
                m.info.client = self.client.text().strip()
        return m


def workbook_sheets(path: Path) -> list[str]:
    """The worksheets of an XLSX workbook, in order ([] for a CSV file, or a workbook that cannot
    be read: the preview then says why). The command line chooses one with --sheet."""
    if path.suffix.lower() != ".xlsx":
        return []
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError):
        return []
    try:
        return [worksheet.title for worksheet in workbook.worksheets]
    finally:
        workbook.close()


def choose_sheet(parent: QWidget, folder: str) -> str | None:
    """The file dialog for a sheet (tests replace this function)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SheetFormats", "Import Spreadsheet"),
        folder,
        QCoreApplication.translate(
            "SheetFormats", "Spreadsheets (*.xlsx *.csv *.tsv *.txt);;All files (*)"
        ),
    )
    return path or None


def preview(dialog: SheetImportDialog) -> bool:
    """Show the preview modally (tests replace this function)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def import_spreadsheet(window: SheetWindow) -> JourneyMap | None:
    """File > Import Spreadsheet…: choose, preview, then open the map; returns it, or None."""
    chosen = choose_sheet(window.window(), window.files.last_folder())
    if not chosen:
        return None
    return import_sheet_file(window, Path(chosen))


def import_sheet_file(window: SheetWindow, path: Path) -> JourneyMap | None:
    """Preview the import of ``path``, then open the map; returns it, or None (also what File >
    Open and the command line do with a spreadsheet)."""
    dialog = SheetImportDialog(path, window.window())
    try:
        if not preview(dialog):
            return None
        journey_map = dialog.imported_map()
        dialog_cedillas = bool(dialog.result and dialog.result.cedilla_fields)
    finally:
        dialog.deleteLater()
    if journey_map is None:
        return None
    doc = window.doc
    untouched = doc is None or (
        doc.path is None and doc.undo_stack.isClean() and not doc.map.touchpoints
    )
    target = window if untouched else window.new_window()
    new_doc = target.files._install(journey_map, None, None, None)
    new_doc.undo_stack.resetClean()  # unsaved: closing it asks before the work is lost
    if dialog_cedillas:
        target.note_cedillas()  # the same notice as after opening a map with them
    else:
        count = len(journey_map.touchpoints)
        target.statusBar().showMessage(
            SheetImportDialog.tr("Imported %n touchpoint(s)", "", count), 8000
        )
    return journey_map


#: What File > Export Sheet, Slides or Mermaid… writes, by file dialog filter.
EXPORT_FILTERS = (
    ("xlsx", QT_TRANSLATE_NOOP("SheetFormats", "Excel workbook (*.xlsx)")),
    ("csv", QT_TRANSLATE_NOOP("SheetFormats", "CSV, UTF-8 (*.csv)")),
    ("pptx", QT_TRANSLATE_NOOP("SheetFormats", "PowerPoint slides (*.pptx)")),
    ("mmd", QT_TRANSLATE_NOOP("SheetFormats", "Mermaid journeys (*.mmd)")),
    ("md", QT_TRANSLATE_NOOP("SheetFormats", "Markdown with Mermaid journeys (*.md)")),
)
SLIDE_SIZES = ("A3", "A4", "16:9")


def choose_export(parent: QWidget, suggested: str) -> str | None:
    """The save dialog for the other formats (tests replace this function)."""
    filters = ";;".join(_tr(text) for _, text in EXPORT_FILTERS)
    path, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SheetFormats", "Export Sheet, Slides or Mermaid"),
        suggested,
        filters,
    )
    if not path:
        return None
    if Path(path).suffix.lower().lstrip(".") not in {kind for kind, _ in EXPORT_FILTERS}:
        for kind, text in EXPORT_FILTERS:
            if _tr(text) == chosen_filter:
                return f"{path}.{kind}"
    return path


def choose_slide_size(parent: QWidget) -> str | None:
    """A3, A4 or 16:9 for a PowerPoint export (tests replace this function)."""
    size, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("SheetFormats", "Slide Size"),
        QCoreApplication.translate("SheetFormats", "Slide size:"),
        list(SLIDE_SIZES),
        0,
        False,
    )
    return size if ok else None


def format_bytes_and_notes(
    journey_map: JourneyMap, kind: str, slide_size: str = "A3"
) -> tuple[bytes, list[str]]:
    """The map in ``kind`` (xlsx, csv, pptx, mmd, md), as ``cjdesigner export`` writes it, and
    what the format leaves out of the map (Mermaid: texts, flows, channels…) in the user's
    language, for the editor to say as the command line does."""
    if kind == "csv":
        from cjdesigner.interchange.sheet_export import csv_bytes, left_out_of_a_sheet

        return csv_bytes(journey_map), left_out_of_a_sheet(journey_map)
    if kind == "xlsx":
        from cjdesigner.interchange.sheet_export import left_out_of_a_sheet, xlsx_bytes

        return xlsx_bytes(journey_map), left_out_of_a_sheet(journey_map)
    if kind == "pptx":
        from cjdesigner.export.pptx import pptx_bytes

        return pptx_bytes(journey_map, slide_size)[0], []
    from cjdesigner.export.mermaid import mermaid_journeys

    text, notes = mermaid_journeys(journey_map, markdown=kind == "md")
    return text.encode("utf-8"), notes


def export_formats(window: SheetWindow) -> Path | None:
    """File > Export Sheet, Slides or Mermaid…: returns the file written, or None."""
    doc = window.doc
    if doc is None:
        return None
    parent = window.window()
    base = doc.path.parent if doc.path else Path(window.files.last_folder())
    chosen = choose_export(parent, str(base / (safe_file_name(doc.map.info.title) + ".xlsx")))
    if not chosen:
        return None
    path = Path(chosen)
    kind = path.suffix.lower().lstrip(".")
    if kind not in {k for k, _ in EXPORT_FILTERS}:
        window.dialogs.error(
            QCoreApplication.translate("SheetFormats", "Cannot export"),
            QCoreApplication.translate(
                "SheetFormats",
                "Name the file .xlsx, .csv, .pptx, .mmd or .md to choose the format.",
            ),
        )
        return None
    size = "A3"
    if kind == "pptx":
        size = choose_slide_size(parent) or ""
        if not size:
            return None
    try:
        data, notes = format_bytes_and_notes(doc.map, kind, size)
        atomic_write_bytes(path, data)
    except (MapFileError, OSError, ValueError) as err:  # MapWriteError: a read-only folder…
        window.dialogs.error(QCoreApplication.translate("SheetFormats", "Cannot export"), str(err))
        return None
    exported = QCoreApplication.translate("SheetFormats", "Exported %1").replace("%1", str(path))
    window.statusBar().showMessage(exported, 8000)
    if notes:  # what a Mermaid journey or a sheet cannot hold, as the command line says it
        title = (
            QCoreApplication.translate("SheetFormats", "Left Out of the Sheet")
            if kind in ("csv", "xlsx")
            else QCoreApplication.translate("SheetFormats", "Left Out of the Mermaid Export")
        )
        window.dialogs.info(
            title,
            exported + "\n\n" + "\n".join(f"• {note[:1].upper()}{note[1:]}" for note in notes),
        )
    return path
