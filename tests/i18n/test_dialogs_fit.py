"""Every option of the editor's dialogs shows its whole label in every language.

The Export PDF dialog kept a fixed minimum width, so in Romanian "Afiș: dimensiune lizibilă pe
mai multe pagini" was cut to "…pe mai mul" under the overlap label, and the Polish detail-pages
check box lost its last letters: a button or a one-line label narrower than its size hint is
text a consultant cannot read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from cjdesigner import storage
from tests.i18n.conftest import sample_in


def cut_texts(dialog: QWidget) -> list[str]:
    """The visible buttons and one-line labels narrower than the text they hold."""
    cut = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.minimumSizeHint().width()
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            needed = widget.sizeHint().width()
        else:
            continue
        if widget.width() < needed:
            cut.append(f"{widget.text()!r}: {widget.width()} px of {needed}")
    return cut


def test_no_dialog_cuts_a_label(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    from cjdesigner.editor.window.about_dialog import AboutDialog
    from cjdesigner.editor.window.export_dialog import ExportDialog
    from cjdesigner.editor.window.preferences import PreferencesDialog
    from cjdesigner.editor.window.sheet_formats import SheetImportDialog
    from cjdesigner.editor.window.shortcuts_dialog import QuickStartDialog
    from cjdesigner.editor.window.template_dialog import TemplateDialog

    m = storage.load_map(sample_in(language)).map
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("Stage;Persona;Touchpoint;Sentiment\nAct;Anna;Call;awful\n", "utf-8-sig")
    dialogs: dict[str, Callable[[], QDialog]] = {
        "export": lambda: ExportDialog(m, tmp_path / "map.pdf"),
        "preferences": PreferencesDialog,
        "about": AboutDialog,
        "import": lambda: SheetImportDialog(sheet),
        "quick start": QuickStartDialog,
        "template": lambda: TemplateDialog(language),
    }
    found = {}
    for name, make in dialogs.items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        if cut := cut_texts(dialog):
            found[name] = cut
        dialog.close()
    assert found == {}
