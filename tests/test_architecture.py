"""Layering: the model, storage, templates, layout, analysis and export never import Qt.

Two proofs: import-linter's static contracts (pyproject.toml), and a run in a fresh interpreter
where importing PySide6 fails, so a hidden runtime import would break too.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import cjdesigner

PACKAGE_DIR = Path(cjdesigner.__file__).parent
QT_FREE = ["model", "storage", "templates", "layout", "analysis", "export", "interchange"]


def qt_free_modules() -> list[str]:
    modules = ["cjdesigner.i18n", "cjdesigner.assets"]
    for name in QT_FREE:
        root = PACKAGE_DIR / name
        for path in sorted(root.rglob("*.py")):
            parts = path.relative_to(PACKAGE_DIR).with_suffix("").parts
            if parts[-1] == "__main__":
                continue
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules.append(".".join(("cjdesigner", *parts)))
    return modules


def test_pure_layers_import_without_qt() -> None:
    modules = qt_free_modules()
    assert "cjdesigner.model.operations" in modules
    script = (
        "import sys, importlib\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is not allowed here: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules)\n"
        "print('ok', len(sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_import_linter_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint)], capture_output=True, text=True, check=False, cwd=PACKAGE_DIR.parent
    )
    assert result.returncode == 0, result.stdout + result.stderr
    contracts = len(_import_contracts())
    assert f"Contracts: {contracts} kept, 0 broken" in result.stdout


def _import_contracts() -> list[dict[str, object]]:
    with (PACKAGE_DIR.parent / "pyproject.toml").open("rb") as f:
        return list(tomllib.load(f)["tool"]["importlinter"]["contracts"])


def test_every_canvas_part_is_kept_from_importing_the_scene() -> None:
    """A new module of the canvas is a part of the scene: it takes a protocol of what it uses
    of the scene, never the scene itself (no import circle), so the contract must list it."""
    (contract,) = [
        c
        for c in _import_contracts()
        if c["name"] == "The canvas scene's parts never import the scene or the view"
    ]
    canvas = PACKAGE_DIR / "editor" / "canvas"
    parts = {
        f"cjdesigner.editor.canvas.{path.stem}"
        for path in canvas.glob("*.py")
        if path.stem not in ("__init__", "scene", "view")
    }
    listed = set(contract["source_modules"])  # type: ignore[call-overload]
    assert parts - listed == set()
