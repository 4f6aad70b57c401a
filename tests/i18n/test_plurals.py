"""Counted texts take the right form: Polish 1 / 2–4 (not 12–14) / 5+, Romanian 1 / 2–19 / 20+ "de".

Qt picks the form from the language's rules (``tr(text, "", n)`` with ``%n``); the catalogues
give the forms. English has a plural-only catalogue, so "1 stage" / "5 stages" come from Qt
too, never from hand-made string surgery.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from cjdesigner.editor import translations

COUNTS = (1, 2, 5, 12, 22, 101)

EXPECTED = {
    "en": {
        ("StatusCounts", "%n stage(s)"): (
            "1 stage",
            "2 stages",
            "5 stages",
            "12 stages",
            "22 stages",
            "101 stages",
        ),
    },
    "pl": {
        ("StatusCounts", "%n stage(s)"): (
            "1 etap",
            "2 etapy",
            "5 etapów",
            "12 etapów",
            "22 etapy",
            "101 etapów",
        ),
        ("StatusCounts", "%n touchpoint(s)"): (
            "1 punkt styku",
            "2 punkty styku",
            "5 punktów styku",
            "12 punktów styku",
            "22 punkty styku",
            "101 punktów styku",
        ),
        ("StatusCounts", "%n persona(s)"): (
            "1 persona",
            "2 persony",
            "5 person",
            "12 person",
            "22 persony",
            "101 person",
        ),
    },
    "ro": {
        ("StatusCounts", "%n stage(s)"): (
            "1 etapă",
            "2 etape",
            "5 etape",
            "12 etape",
            "22 de etape",
            "101 etape",
        ),
        ("StatusCounts", "%n touchpoint(s)"): (
            "1 punct de contact",
            "2 puncte de contact",
            "5 puncte de contact",
            "12 puncte de contact",
            "22 de puncte de contact",
            "101 puncte de contact",
        ),
        ("InsightsPanel", "%n insight(s)"): (
            "1 concluzie",
            "2 concluzii",
            "5 concluzii",
            "12 concluzii",
            "22 de concluzii",
            "101 concluzii",
        ),
        ("StatusCounts", "%n insight(s)"): (
            "1 concluzie",
            "2 concluzii",
            "5 concluzii",
            "12 concluzii",
            "22 de concluzii",
            "101 concluzii",
        ),
    },
}


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    translations.install("en")


@pytest.mark.parametrize("language", list(EXPECTED))
def test_plural_forms(app: QApplication, language: str) -> None:
    assert translations.install(language) == language
    for (context, source), forms in EXPECTED[language].items():
        got = tuple(QCoreApplication.translate(context, source, "", n) for n in COUNTS)
        assert got == forms, (language, source)


def test_undo_step_names_are_counted_too(app: QApplication) -> None:
    """The undo commands (no QObject) get their plurals through ``CommandNames``."""
    from cjdesigner.editor.commands import CommandNames

    translations.install("pl")
    assert [CommandNames.tr("Delete %n touchpoint(s)", "", n) for n in (1, 3, 5)] == [
        "Usuń 1 punkt styku",
        "Usuń 3 punkty styku",
        "Usuń 5 punktów styku",
    ]


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_the_status_bar_and_the_insights_panel_count_the_same_thing(
    app: QApplication, language: str
) -> None:
    """One term, the dock's ("Insights" / "Wnioski" / "Concluzii"): never "23 wnioski" in the
    status bar beside "23 ustalenia" in the panel."""
    translations.install(language)
    dock = QCoreApplication.translate("MainWindow", "Insights").lower()
    for n in COUNTS:
        bar = QCoreApplication.translate("StatusCounts", "%n insight(s)", "", n)
        panel = QCoreApplication.translate("InsightsPanel", "%n insight(s)", "", n)
        assert bar == panel
    assert dock[:6] in QCoreApplication.translate("StatusCounts", "%n insight(s)", "", 5)
