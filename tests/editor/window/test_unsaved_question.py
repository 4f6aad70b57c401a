"""The question before unsaved work is dropped says which button loses it, in every language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from cjdesigner.editor.window.dialogs import Dialogs


@pytest.mark.parametrize(
    ("language", "save", "dont_save", "cancel"),
    [
        ("en", "Save", "Don't Save", "Cancel"),
        ("pl", "Zapisz", "Nie zapisuj", "Anuluj"),
        ("ro", "Salvează", "Nu salva", "Renunță"),
    ],
)
def test_the_unsaved_changes_question_names_its_buttons_plainly(
    qtbot: QtBot, language: str, save: str, dont_save: str, cancel: str
) -> None:
    """Romanian read "Renunță" (Discard) as Cancel and "Anulează" (Cancel) as Undo: a user
    going back to the map lost the work (QA s8 K9). The buttons say Save, Don't Save and a
    Cancel that is not the Undo word; choosing Cancel keeps the work."""
    from cjdesigner.editor import translations

    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, str] = {}

    def look_and_cancel() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
        seen["save"] = box.button(QMessageBox.StandardButton.Save).text().replace("&", "")
        seen["dont_save"] = box.findChild(QPushButton, "dont_save").text()
        seen["cancel"] = box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "")
        box.button(QMessageBox.StandardButton.Cancel).click()

    translations.install(language)
    try:
        QTimer.singleShot(0, look_and_cancel)
        answer = Dialogs(parent).ask_unsaved("mapa.cjm")
    finally:
        translations.install("en")
    assert seen == {"save": save, "dont_save": dont_save, "cancel": cancel}
    assert answer == "cancel"


def test_dont_save_is_the_answer_that_drops_the_work(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def dont_save() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
        box.findChild(QPushButton, "dont_save").click()

    QTimer.singleShot(0, dont_save)
    assert Dialogs(parent).ask_unsaved("mapa.cjm") == "discard"
