"""On a 1366×768 laptop, every Inspector page fits its dock in every language: the longer
Polish and Romanian words must not push a page wider than the panel (its right side was cut:
the Negative button, the KPI table, the card's path)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from tests.i18n.conftest import sample_in


def test_every_inspector_page_fits_a_laptop_dock(qtbot: QtBot, language: str) -> None:
    from cjdesigner.editor.window import MainWindow, room

    window = MainWindow()
    qtbot.addWidget(window)
    room.first_start_layout(window, QRect(0, 0, 1366, 768))
    window.show()
    qtbot.waitExposed(window)
    assert window.files.open_path(sample_in(language), ask_to_save=False)
    m = window.doc.map
    pages = {
        "touchpoint": lambda: window.scene.select_ids([m.touchpoints[0].id]),
        "touchpoints": lambda: window.scene.select_ids([t.id for t in m.touchpoints[:3]]),
        "stage": lambda: window.inspector.show_selection([], m.stages[0].id, None),
        "persona": lambda: window.inspector.show_selection([], None, m.personas[0].id),
        "map": lambda: window.inspector.show_selection([], None, None),
    }
    too_wide = []
    for name, show in pages.items():
        show()
        qtbot.wait(10)
        scroll = next(s for s in window.inspector.findChildren(QScrollArea) if s.isVisible())
        needed = scroll.widget().minimumSizeHint().width()
        if needed > scroll.viewport().width():
            too_wide.append(f"{name}: {needed} px in a {scroll.viewport().width()} px panel")
    assert too_wide == []
