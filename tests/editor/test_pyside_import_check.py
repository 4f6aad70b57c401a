"""PySide6's per-import source check is replaced by a cheaper one that gives the same answers."""

from __future__ import annotations

import inspect
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

import cjdesigner.editor.window.main_window
from cjdesigner.editor import pyside_import_check
from cjdesigner.model import journey_map


def _pyside_answer(module: ModuleType) -> bool:
    """What PySide6's own check answers: does ``inspect.getsource`` of the module say PySide6."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_editor_package_puts_the_cheap_check_in_place() -> None:
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is pyside_import_check._mentions_pyside


@pytest.mark.parametrize(
    "module",
    [cjdesigner.editor.window.main_window, journey_map, json, sys, pyside_import_check],
    ids=lambda m: m.__name__,
)
def test_the_cheap_check_answers_as_pysides_own(module: ModuleType) -> None:
    assert pyside_import_check._mentions_pyside(module) == _pyside_answer(module)


def test_a_module_without_a_source_file_does_not_use_pyside() -> None:
    assert pyside_import_check._mentions_pyside(ModuleType("made_up")) is False
    gone = ModuleType("gone")
    gone.__file__ = "/nonexistent/gone.py"
    assert pyside_import_check._mentions_pyside(gone) is False


def test_another_pyside_without_the_check_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    assert pyside_import_check.install() is False
    other = ModuleType("shibokensupport.feature")
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", other)
    assert pyside_import_check.install() is False
    assert not hasattr(other, "_mod_uses_pyside")


def test_every_loaded_module_of_ours_gets_pysides_answer() -> None:
    modules = [m for name, m in sorted(sys.modules.items()) if name.startswith("cjdesigner.")]
    assert len(modules) > 50
    for module in modules:
        assert pyside_import_check._mentions_pyside(module) == _pyside_answer(module), module


def test_a_folder_named_like_a_module_does_not_use_pyside(tmp_path: Path) -> None:
    folder = tmp_path / "odd.py"
    folder.mkdir()
    odd = ModuleType("odd")
    odd.__file__ = str(folder)
    assert pyside_import_check._mentions_pyside(odd) is False
