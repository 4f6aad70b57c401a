"""``validate`` and ``info`` load only what they need: a fast start for scripts and CI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "online-shop-purchase.cjm"

PROBE = """
import json, sys
from cjdesigner.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

NOT_NEEDED = (
    "cjdesigner.templates",  # only `new` and `templates` build maps from templates
    "cjdesigner.analysis",
    "cjdesigner.export",
    "cjdesigner.interchange",
    "cjdesigner.editor",
    "PySide6",
    "reportlab",
    "networkx",
    "importlib.metadata",  # pydantic's plugin scan (cli/pydantic_plugins.py)
    "difflib",
    "shutil",  # argparse's way to the terminal's width (cli/main.terminal_columns instead)
)


@pytest.mark.parametrize("command", ["validate", "info"])
def test_a_document_command_loads_nothing_it_does_not_use(command: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, command, str(SAMPLE)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["code"] == 0
    loaded = [
        name
        for name in report["modules"]
        if any(name == root or name.startswith(root + ".") for root in NOT_NEEDED)
    ]
    assert loaded == []


@pytest.mark.parametrize("columns", [None, "60", "0", "wide"])
def test_help_is_as_wide_as_argparse_would_make_it(
    columns: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from cjdesigner.cli.main import terminal_columns

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    assert terminal_columns() == shutil.get_terminal_size().columns
