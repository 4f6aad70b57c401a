"""In each language, the underlined letters of a menu are all different.

Two entries with the same letter (English "&Undo" and "D&uplicate", Polish "&Wklej" and
"Zaznacz &wszystko") make Alt+letter only move between them instead of choosing one.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from cjdesigner.editor.window import MainWindow


def _key(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand), lower case."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _clashes(title: str, actions: list[QAction]) -> list[str]:
    seen: dict[str, str] = {}
    clashes = []
    for action in actions:
        if action.isSeparator():
            continue
        key = _key(action.text())
        if key is not None and key in seen:
            clashes.append(f"{title}: {seen[key]!r} and {action.text()!r} both use {key!r}")
        elif key is not None:
            seen[key] = action.text()
        if action.menu() is not None:
            clashes += _clashes(action.text(), action.menu().actions())
    return clashes


def test_each_menu_has_different_keys(qtbot: QtBot, language: str) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert _clashes("menu bar", window.menuBar().actions()) == []
