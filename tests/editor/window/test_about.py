"""Help > About names the version, the program's licence and the bundled fonts' licence."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from cjdesigner import __version__
from cjdesigner.assets import font_path
from cjdesigner.editor.window import MainWindow, about_dialog
from cjdesigner.editor.window.about_dialog import AboutDialog


def _texts(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_about_names_version_licences_and_versions(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    texts = _texts(dialog)
    assert f"cjdesigner {__version__}" in texts
    assert "SIL Open Font License, version 1.1" in dialog.fonts_label.text()
    assert "Noto Sans" in dialog.fonts_label.text()
    assert dialog.versions_label.text().startswith("Qt 6.")
    assert dialog.licence_label.text()
    assert not dialog.windowIcon().isNull()


def test_about_shows_the_licence_the_package_declares(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(about_dialog, "program_licence", lambda: "EUPL-1.2")
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.licence_label.text() == "Licence: EUPL-1.2"


def test_the_font_licence_opens_with_the_shipped_text(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.font_licence_button.click()
    assert dialog.font_licence is not None and dialog.font_licence.isVisible()
    view = dialog.font_licence.findChild(QPlainTextEdit)
    assert view is not None and view.isReadOnly()
    assert view.toPlainText() == font_path("OFL.txt").read_text("utf-8")
    dialog.font_licence_button.click()  # a second click shows the same window again
    assert len(dialog.findChildren(QPlainTextEdit)) == 1


def test_help_about_opens_the_dialog_without_blocking(qtbot: QtBot, window: MainWindow) -> None:
    window.window_actions.about.trigger()
    shown = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, AboutDialog) and w.parent() is window and w.isVisible()
    ]
    assert len(shown) == 1 and shown[0].isModal()
    shown[0].reject()
