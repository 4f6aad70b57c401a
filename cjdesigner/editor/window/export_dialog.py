"""File > Export PDF…: the same choices as ``cjdesigner export``, with pages and scale shown first.

The dialog plans the export as the consultant changes paper, orientation or mode (page count,
map scale, the size of card text on paper, warnings such as text too small to read or
characters the PDF font cannot draw), and only writes when asked. Writing goes through the
export package's atomic writer: a failed export never leaves a partial PDF.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.export import (
    PAGE_NAMES,
    READABLE_CARD_PT,
    ExportError,
    ExportOptions,
    ExportPlan,
    FitMode,
    Orientation,
    describe_missing_glyphs,
    export_pdf,
    plan_export,
)
from cjdesigner.model import JourneyMap
from cjdesigner.storage import MapFileError


class ExportDialog(QDialog):
    """Choose paper, orientation, fit or poster tiles, detail pages and the PDF file."""

    def __init__(
        self, journey_map: JourneyMap, suggested: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export PDF"))
        self.setMinimumWidth(520)
        self.map = journey_map
        self.plan: ExportPlan | None = None
        self.written: Path | None = None

        self.page = QComboBox(self, objectName="export_page")
        self.page.addItems(list(PAGE_NAMES))
        self.page.setCurrentText("A3")
        self.landscape = QRadioButton(self.tr("Landscape"), self, objectName="export_landscape")
        self.portrait = QRadioButton(self.tr("Portrait"), self, objectName="export_portrait")
        self.landscape.setChecked(True)
        orientation = QButtonGroup(self)
        orientation.addButton(self.landscape)
        orientation.addButton(self.portrait)
        self.fit = QRadioButton(self.tr("Whole map on one page"), self, objectName="export_fit")
        self.tile = QRadioButton(
            self.tr("Poster: readable size across several pages"), self, objectName="export_tile"
        )
        self.fit.setChecked(True)
        mode = QButtonGroup(self)
        mode.addButton(self.fit)
        mode.addButton(self.tile)
        self.overlap = QDoubleSpinBox(self, objectName="export_overlap")
        self.overlap.setRange(0.0, 50.0)
        self.overlap.setValue(10.0)
        self.overlap.setSuffix(" mm")
        self.details = QCheckBox(
            self.tr("Detail pages: personas, touchpoints per stage, insights"),
            self,
            objectName="export_details",
        )
        self.details.setChecked(True)
        self.details_page = QComboBox(self, objectName="export_details_page")
        self.details_page.addItem(self.tr("Same as the map"), None)
        for name in PAGE_NAMES:
            self.details_page.addItem(name, name)
        self.details_page.setToolTip(
            self.tr("e.g. the map on an A1 poster, the detail pages on A4 for reading")
        )
        self.cover = QCheckBox(
            self.tr("Cover page: title, client, consultant, date, version, logo"),
            self,
            objectName="export_cover",
        )
        self.path = QLineEdit(str(suggested), self, objectName="export_path")
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        self.open_after = QCheckBox(
            self.tr("Open the PDF when it is ready"), self, objectName="export_open"
        )
        self.summary = QLabel(self, objectName="export_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setStyleSheet("QLabel { padding: 6px; border-radius: 4px; }")

        paper = QHBoxLayout()
        paper.addWidget(self.page)
        paper.addWidget(self.landscape)
        paper.addWidget(self.portrait)
        paper.addStretch(1)
        mode_box = QVBoxLayout()
        mode_box.addWidget(self.fit)
        tile_row = QHBoxLayout()
        tile_row.addWidget(self.tile)
        tile_row.addWidget(QLabel(self.tr("overlap"), self))
        tile_row.addWidget(self.overlap)
        tile_row.addStretch(1)
        mode_box.addLayout(tile_row)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Paper:"), paper)
        form.addRow(self.tr("Map:"), mode_box)
        form.addRow("", self.details)
        form.addRow(self.tr("Detail paper:"), self.details_page)
        form.addRow("", self.cover)
        form.addRow(self.tr("File:"), file_row)
        form.addRow("", self.open_after)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.export_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.export_button.setText(self.tr("Export"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        # never narrower than its longest option: the Polish and Romanian labels were cut
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

        for signal in (
            self.page.currentIndexChanged,
            self.landscape.toggled,
            self.fit.toggled,
            self.overlap.valueChanged,
            self.details.toggled,
            self.details_page.currentIndexChanged,
            self.cover.toggled,
        ):
            signal.connect(self.update_plan)
        self.update_plan()

    def options(self) -> ExportOptions:
        return ExportOptions(
            page=self.page.currentText(),
            orientation=Orientation.LANDSCAPE
            if self.landscape.isChecked()
            else Orientation.PORTRAIT,
            mode=FitMode.FIT if self.fit.isChecked() else FitMode.TILE,
            overlap_mm=self.overlap.value(),
            details=self.details.isChecked(),
            details_page=self.details_page.currentData(),
            cover=self.cover.isChecked(),
            allow_missing_glyphs=True,
        )

    def update_plan(self, *_args: object) -> None:
        """Pages, scale and warnings for the current choices (nothing is written)."""
        self.overlap.setEnabled(self.tile.isChecked())
        self.details_page.setEnabled(self.details.isChecked())
        try:
            plan = plan_export(self.map, self.options())
        except (ExportError, ValueError) as exc:
            self.plan = None
            self._show(str(exc), warning=True)
            return
        self.plan = plan
        lines = []
        if plan.tiles is not None:
            rows, cols = plan.tiles
            lines.append(
                self.tr("Poster of %1 × %2 pages plus an overview page")
                .replace("%1", str(rows))
                .replace("%2", str(cols))
            )
        pages = (
            self.tr("%1 pages · map at %2 % · card text %3 pt")
            if plan.exact_pages is not None  # counted, not guessed (maps up to 500 cards)
            else self.tr("About %1 pages · map at %2 % · card text %3 pt")
        )
        lines.append(
            pages.replace("%1", str(plan.estimated_pages))
            .replace("%2", f"{plan.scale * 100:.0f}")
            .replace("%3", QLocale().toString(plan.smallest_card_text_pt, "f", 1))  # 4,5 in pl
        )
        warnings = []
        too_small = plan.smallest_card_text_pt < READABLE_CARD_PT and self.map.touchpoints
        if self.fit.isChecked() and too_small:
            warnings.append(
                self.tr(
                    "Card text would be too small to read on paper: choose the poster, "
                    "a larger paper size, or turn the page."
                )
            )
        if plan.missing_glyphs:
            warnings.append(describe_missing_glyphs(plan.missing_glyphs, replaced=True))
        lines.extend(warnings)
        self._show("\n".join(lines), warning=bool(warnings))

    def _show(self, text: str, warning: bool) -> None:
        self.summary.setText(text)
        colour = "#FFF4E5" if warning else "#EEF5EC"
        self.summary.setStyleSheet(
            f"QLabel {{ padding: 6px; border-radius: 4px; background: {colour}; color: #1A1A1A; }}"
        )
        self._make_room()

    def _make_room(self) -> None:
        """As tall as the layout needs at this width. A long wrapped message (a read-only
        folder's reason, in Polish four lines) does not raise the minimum size the layout
        reports, so the dialog kept its height and squeezed the mode buttons into each other."""
        layout = self.layout()
        if layout is None:  # a plan shown while the dialog is still being built
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), self.path.text(), self.tr("PDF files (*.pdf)")
        )
        if chosen:
            self.path.setText(chosen)

    def target(self) -> Path | None:
        """The PDF to write (".pdf" added to a name without it), or None when the field names
        no file: it is empty, or an existing folder (which once became "folder.pdf" beside it)."""
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if path.is_dir():
            return None
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def export(self) -> bool:
        """Write the PDF; on a problem say so and keep the dialog open."""
        target = self.target()
        if target is None:
            text = self.path.text().strip()
            reason = (
                self.tr("“%1” is a folder; give the name of the PDF file to write").replace(
                    "%1", text
                )
                if text
                else self.tr("give the name of the PDF file to write")
            )
            self._show(self.tr("The PDF was not written: %1").replace("%1", reason), True)
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = export_pdf(self.map, target, self.options())
        except (ExportError, MapFileError, ValueError, OSError) as exc:
            QGuiApplication.restoreOverrideCursor()
            self._show(self.tr("The PDF was not written: %1").replace("%1", str(exc)), True)
            return False
        QGuiApplication.restoreOverrideCursor()
        self.written = target
        if self.open_after.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path or target)))
        self.accept()
        return True
