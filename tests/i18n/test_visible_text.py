"""Opened in Polish or Romanian, no window, dialog or menu shows an English text.

The main window (with a map open and its inspector pages filled), every dialog, the message
boxes and the canvas's context menus are opened in ``pl`` and ``ro``; every text a user can
read (labels, buttons, menu entries, tooltips, placeholders, list entries, dock titles,
accessible names) is compared with the English texts of the editor's sources. A text equal to an
English source fails, unless the translation itself is the same word (``Persona``, ``KPI``) or
it is a name on the allow-list. This catches an untranslated entry, a string the code builds
without ``tr()``, and a catalogue that was not loaded.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cjdesigner.editor import translations
from cjdesigner.i18n import ts_path

REPO = Path(__file__).resolve().parents[2]
EDITOR = REPO / "cjdesigner" / "editor"
SAMPLES = {"pl": "bank-account-opening-pl.cjm", "ro": "mobile-subscription-ro.cjm"}

ALLOWED = {"PDF", "SVG", "PNG", "JPEG", "KPI", "KPIs", "NPS", "CSAT", "OK", "cjdesigner", "%"}
ALLOWED |= {"English", "Polski", "Română"}  # each language named in itself
"""Names that stay as they are in every language."""
COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")

Collect = Callable[[str, str], None]


def _normal(text: str) -> str:
    """A text as compared: no accelerator ``&``, no shortcut in brackets, no outer blanks."""
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    text = re.sub(r" \((?:Ctrl|Shift|Alt|Del|F\d|Esc)[^)]*\)$", "", text)
    return text.strip()


def english_texts() -> set[str]:
    """Every string constant of the editor's code (the English a user could see)."""
    texts: set[str] = set()
    for path in EDITOR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                texts.add(_normal(node.value))
    return {t for t in texts if re.search("[A-Za-z]{2}", t)}


def translated_texts(language: str) -> set[str]:
    """What the catalogue of ``language`` writes (a translation equal to its source is fine)."""
    out: set[str] = set()
    for translation in ET.parse(ts_path(language)).getroot().iter("translation"):
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        out.update(_normal(f) for f in forms)
    return out


def _key_names(text: str) -> bool:
    """Keys as Qt names them on every keyboard ("Ctrl+Shift+N, F3"): not a text to translate."""
    keys = QKeySequence.fromString(text, QKeySequence.SequenceFormat.NativeText)
    return not keys.isEmpty() and keys.toString(QKeySequence.SequenceFormat.NativeText) == text


def widget_texts(root: QWidget, add: Collect) -> None:
    """Every readable text of ``root`` and its children, shown or on a hidden page."""
    for widget in [root, *root.findChildren(QWidget)]:
        name = widget.objectName() or type(widget).__name__
        add(name, widget.toolTip())
        add(name, widget.statusTip())
        add(name, widget.accessibleName())
        add(name, widget.accessibleDescription())
        if widget.isWindow() or isinstance(widget, QDockWidget):
            add(name, widget.windowTitle().replace("[*]", ""))
        if isinstance(widget, QLabel):
            add(name, widget.text())
        if isinstance(widget, QAbstractButton):
            add(name, widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            add(name, widget.placeholderText())
        if isinstance(widget, QGroupBox):
            add(name, widget.title())
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(name, widget.itemText(i))
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                add(name, widget.item(i).text())
                add(name, widget.item(i).toolTip())
        if isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                if header is not None:
                    add(name, header.text())
            for row in range(widget.rowCount()):  # the shortcuts' rows, the KPI table's cells
                for column in range(widget.columnCount()):
                    item = widget.item(row, column)
                    if item is not None and not _key_names(item.text()):
                        add(name, item.text())
        if isinstance(widget, QMenu):
            add(name, widget.title())
        for action in widget.actions():
            action_texts(action, add)


def action_texts(action: QAction, add: Collect) -> None:
    name = action.objectName() or action.text()
    for text in (action.text(), action.iconText(), action.toolTip(), action.statusTip()):
        add(name, text)
    menu = action.menu()
    if isinstance(menu, QMenu):
        add(name, menu.title())
        for sub in menu.actions():
            action_texts(sub, add)


class Checker:
    """Collects texts that are still English, with where they were seen."""

    def __init__(self, language: str) -> None:
        self.english = english_texts()
        self.translated = translated_texts(language)
        self.found: list[str] = []
        self.seen = 0

    def __call__(self, where: str, text: str) -> None:
        text = _normal(text)
        if not text:
            return
        self.seen += 1
        if COLOUR.fullmatch(text):
            return
        plain = re.sub(r"<[^>]+>", " ", text).strip()
        for candidate in {text, plain}:
            if (
                candidate in self.english
                and candidate not in self.translated
                and candidate not in ALLOWED
            ):
                self.found.append(f"{where}: {candidate!r}")

    def modal(self, open_it: Callable[[], object]) -> None:
        """Run ``open_it`` (it shows a modal box), read the box, then close it."""

        def read_and_close() -> None:
            box = QApplication.activeModalWidget()
            assert box is not None, "no modal dialog opened"
            widget_texts(box, self)
            box.close()

        QTimer.singleShot(0, read_and_close)
        open_it()


@pytest.fixture(params=["pl", "ro"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translations.install(request.param)
    yield request.param
    translations.install("en")


def test_main_window_and_every_dialog_speak_the_language(qtbot: QtBot, language: str) -> None:
    check = scan(qtbot, language)
    assert check.seen > 300, f"only {check.seen} texts were looked at"
    assert not check.found, f"English left in {language}:\n" + "\n".join(sorted(set(check.found)))


def test_the_check_finds_english(qtbot: QtBot, qapp: QApplication) -> None:
    """The gate is worth something: with the English catalogue loaded it reports plenty."""
    translations.install("en")
    check = scan(qtbot, "pl")
    found = {line.split(": ", 1)[1] for line in check.found}
    assert {"'Touchpoints'", "'Inspector'", "'Cancel'", "'Open Read-Only'"} <= found
    assert len(found) > 150


def scan(qtbot: QtBot, language: str) -> Checker:
    """Open the window, its pages, menus and dialogs; check every text against ``language``."""
    from cjdesigner.editor.canvas.menus import card_menu, connection_menu, header_menu
    from cjdesigner.editor.window import MainWindow
    from cjdesigner.editor.window.channels_dialog import ChannelsDialog
    from cjdesigner.editor.window.dialogs import Dialogs
    from cjdesigner.editor.window.export_dialog import ExportDialog
    from cjdesigner.editor.window.preferences import PreferencesDialog
    from cjdesigner.editor.window.sheet_formats import SheetImportDialog
    from cjdesigner.editor.window.template_dialog import TemplateDialog

    check = Checker(language)
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.open_path(REPO / "samples" / SAMPLES[language], ask_to_save=False)
    doc = window.doc
    assert doc is not None
    m = doc.map

    # the inspector's pages, each filled once
    window.scene.select_ids([m.touchpoints[0].id])
    window.scene.select_ids([t.id for t in m.touchpoints[:3]])
    window.inspector.show_selection([], m.stages[0].id, None)
    window.inspector.show_selection([], None, m.personas[0].id)
    window.inspector.show_selection([], None, None)
    window.window_actions.recent_menu.aboutToShow.emit()
    widget_texts(window, check)
    for action in window.menuBar().actions():
        action_texts(action, check)
    for item in window.scene.items():
        check(type(item).__name__, item.toolTip())

    # the canvas's context menus
    window.scene.select_ids([m.touchpoints[0].id])
    widget_texts(card_menu(window.scene, window), check)
    widget_texts(header_menu(window.scene, "stage", m.stages[0].id, window), check)
    widget_texts(connection_menu(window.scene, m.connections[0].id, window), check)

    # the banners above the map (read-only, export done)
    window.read_only_bar.show_read_only(True, lambda: None)
    widget_texts(window.read_only_bar, check)
    window.message_bar.show_exported(REPO / "out.pdf")
    widget_texts(window.message_bar, check)

    # the dialogs
    sheet = REPO / "out-visible-text.csv"
    sheet.write_text("Stage;Persona;Touchpoint;Sentiment\nAct;Anna;Call;awful\n", "utf-8-sig")
    try:
        sheet_dialog = SheetImportDialog(sheet, window)
    finally:
        sheet.unlink()
    for dialog in (
        PreferencesDialog(window),
        TemplateDialog(language, window),
        ExportDialog(m, REPO / "out.pdf", window),
        ChannelsDialog(doc, window),
        window.help_windows.show_shortcuts(),
        window.help_windows.show_quick_start(),
        sheet_dialog,
    ):
        widget_texts(dialog, check)
        dialog.close()
        dialog.deleteLater()

    # the questions and messages (modal boxes, read and closed at once)
    dialogs = Dialogs(window)
    check.modal(lambda: dialogs.ask_unsaved("mapa.cjm"))
    check.modal(lambda: dialogs.ask_changed_on_disk("mapa.cjm"))
    check.modal(lambda: dialogs.ask_locked("mapa.cjm", "host"))
    check.modal(lambda: dialogs.ask_external_change("mapa.cjm", True))
    check.modal(lambda: dialogs.ask_external_change("mapa.cjm", False))
    check.modal(lambda: dialogs.ask_restore("mapa"))
    check.modal(lambda: dialogs.confirm("x", "y", "—"))
    check.modal(window._about)
    check.modal(lambda: dialogs.offer_save_as("mapa.cjm", "—"))
    return check
