"""``ntr``: counted messages of the code without Qt, right in English, translated in the editor.

The command line speaks English by design (even under ``LANG=pl_PL``), so "1 touchpoint",
never "1 touchpoints"; the same calls are gathered into the editor's catalogues with three
forms for Polish and Romanian, and the editor's ``install`` makes ``ntr`` use them.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cjdesigner import i18n
from cjdesigner.editor import i18n_update, translations
from cjdesigner.i18n import ntr

COUNTS = (0, 1, 2, 5, 12, 22, 101)


def test_english_forms_without_any_catalogue() -> None:
    got = [ntr("%n touchpoint(s)", n) for n in COUNTS]
    assert got == [
        "0 touchpoints",
        "1 touchpoint",
        "2 touchpoints",
        "5 touchpoints",
        "12 touchpoints",
        "22 touchpoints",
        "101 touchpoints",
    ]
    assert ntr("PowerPoint, %n slide(s), {page}", 1).format(page="A3") == "PowerPoint, 1 slide, A3"
    assert ntr("self-test FAILED: %n check(s) failed", 3) == "self-test FAILED: 3 checks failed"


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    translations.install("en")


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        (
            "pl",
            (
                "0 punktów styku",
                "1 punkt styku",
                "2 punkty styku",
                "5 punktów styku",
                "12 punktów styku",
                "22 punkty styku",
                "101 punktów styku",
            ),
        ),
        (
            "ro",
            (
                "0 puncte de contact",
                "1 punct de contact",
                "2 puncte de contact",
                "5 puncte de contact",
                "12 puncte de contact",
                "22 de puncte de contact",
                "101 puncte de contact",
            ),
        ),
        ("en", tuple(ntr("%n touchpoint(s)", n) for n in COUNTS)),
    ],
)
def test_the_editor_translates_counts_with_the_languages_plural_rules(
    app: QApplication, language: str, forms: tuple[str, ...]
) -> None:
    translations.install(language)
    assert tuple(ntr("%n touchpoint(s)", n) for n in COUNTS) == forms


def test_an_untranslated_count_falls_back_to_english(app: QApplication) -> None:
    translations.install("pl")
    assert ntr("%n widget(s) not in any catalogue", 1) == "1 widget not in any catalogue"
    assert ntr("%n widget(s) not in any catalogue", 4) == "4 widgets not in any catalogue"


def test_the_command_line_keeps_english_without_the_editor() -> None:
    i18n.set_translator(None)
    assert ntr("%n stage(s)", 5) == "5 stages"


def test_every_counted_message_is_in_the_catalogues_and_nothing_counts_by_hand() -> None:
    plurals = i18n_update.core_plurals()
    assert "%n touchpoint(s)" in plurals
    source = i18n_update.core_strings_source()
    for message in plurals:
        assert message in source
    package = Path(i18n_update.PACKAGE_DIR)
    for path in sorted((package / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                assert "(s)" not in str(node.args[0].value), (path.name, node.args[0].value)
