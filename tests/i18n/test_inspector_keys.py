"""In each language, the underlined letters of an inspector page are all different.

Polish had "&Kanał", "&Kamień milowy" and "Tu &kończy się ścieżka" on the touchpoint page, and
"&Działanie klienta" with "&Dowody"; Romanian "C&anal" with "&Acțiunea clientului" and
"&Descriere" with "&Dovezi": Alt+letter then only moves between the fields that share it.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from cjdesigner.editor.window import MainWindow


def _key(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand), lower case."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _clashes(name: str, page: QWidget) -> list[str]:
    seen: dict[str, str] = {}
    clashes = []
    for widget in [*page.findChildren(QLabel), *page.findChildren(QAbstractButton)]:
        text = widget.text()
        key = _key(text)
        if key is not None and key in seen:
            clashes.append(f"{name}: {seen[key]!r} and {text!r} both use {key!r}")
        elif key is not None:
            seen[key] = text
    return clashes


def test_each_inspector_page_has_different_keys(qtbot: QtBot, language: str) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    inspector = window.inspector
    pages = {
        "map": inspector.map_form,
        "touchpoint": inspector.touchpoint_form,
        "stage": inspector.stage_form,
        "persona": inspector.persona_form,
        "several": inspector.multi_form,
    }
    clashes = [clash for name, page in pages.items() for clash in _clashes(name, page)]
    assert clashes == []
