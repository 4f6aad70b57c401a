"""PySide6's per-import source check is replaced by an answer that reads nothing.

The answer ("ignore this module when features switch") is the same as PySide6's own for as
long as no module selects a ``__feature__``; the last test keeps it that way.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QObject

import cjdesigner
import cjdesigner.editor.window.main_window
from cjdesigner.editor import pyside_import_check


def test_the_editor_package_puts_the_free_answer_in_place() -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is pyside_import_check._ignored_by_features


def test_the_answer_reads_no_file(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_reading(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a source file was read")

    monkeypatch.setattr(os, "open", no_reading)
    monkeypatch.setattr("builtins.open", no_reading)
    for module in (cjdesigner.editor.window.main_window, sys, ModuleType("made_up")):
        assert pyside_import_check._ignored_by_features(module) is False


def test_qt_names_are_as_they_are_in_our_modules() -> None:
    """No feature applies: Qt's camelCase methods, no snake_case twins."""
    thing = QObject()
    thing.setObjectName("probe")
    assert thing.objectName() == "probe"
    assert not hasattr(thing, "object_name")


def test_another_pyside_without_the_check_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    assert pyside_import_check.install() is False
    other = ModuleType("shibokensupport.feature")
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", other)
    assert pyside_import_check.install() is False
    assert not hasattr(other, "_mod_uses_pyside")


def test_no_module_of_ours_selects_a_pyside_feature() -> None:
    """The free answer is right only while nothing says ``from __feature__ import …``."""
    package = Path(cjdesigner.__file__).parent
    statement = re.compile(r"^\s*(from|import)\s+__feature__\b", re.MULTILINE)
    selecting = [
        str(path.relative_to(package))
        for path in sorted(package.rglob("*.py"))
        if statement.search(path.read_text(encoding="utf-8"))
    ]
    assert selecting == []
