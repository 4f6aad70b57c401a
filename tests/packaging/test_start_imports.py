"""The editor's start path and the quick commands load neither reportlab nor networkx.

The PDF export (reportlab, svglib, pyphen) and the journey graph (networkx) cost a few tenths
of a second to import; the editor loads them on first use, after its first frame
(``benchmarks/bench_startup.py`` times the start). Each check runs in a fresh interpreter, since
this test process has imported everything already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("reportlab", "networkx", "svglib", "pyphen", "cjdesigner.export.pdf")

FIRST_FRAME_PROBE = """
import json, os, sys
import cjdesigner.editor.first_frame as first_frame

def report_modules():
    print(json.dumps(sorted(sys.modules)), flush=True)
    os._exit(0)

first_frame._exit_now = report_modules
from cjdesigner.cli import main
sys.exit(main([]))
"""


def _modules_after(code: str, tmp_path: Path, *args: str) -> set[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "CJDESIGNER_EXIT_AFTER_FIRST_FRAME": "1",
    }
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.splitlines()[-1]))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY))


def test_the_editor_paints_its_first_frame_without_the_export_or_networkx(
    tmp_path: Path,
) -> None:
    modules = _modules_after(FIRST_FRAME_PROBE, tmp_path)
    assert "cjdesigner.editor.window.main_window" in modules  # the probe ran the real start
    assert _heavy(modules) == []


@pytest.mark.parametrize("command", ["validate", "info"])
def test_quick_commands_load_neither_the_export_nor_networkx(tmp_path: Path, command: str) -> None:
    code = (
        "import json, sys\n"
        "from cjdesigner.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "print(json.dumps(sorted(sys.modules)))\n"
        "sys.exit(code)\n"
    )
    sample = str(REPO / "samples" / "online-shop-purchase.cjm")
    modules = _modules_after(code, tmp_path, command, sample)
    assert "cjdesigner.storage" in modules
    assert _heavy(modules) == []
    assert "PySide6" not in modules
    # only the module that adds the command is imported, not the other commands' modules
    others = ("cjdesigner.cli.analyze", "cjdesigner.cli.export", "cjdesigner.cli.import_sheet")
    assert [m for m in others if m in modules] == []
    assert "cjdesigner.interchange" not in modules


def test_analysing_a_map_without_loops_needs_no_networkx(tmp_path: Path) -> None:
    """The Insights panel analyses the blank map right after the start: no networkx for it."""
    code = (
        "import json, sys\n"
        "from cjdesigner.analysis import analyze\n"
        "from cjdesigner.templates import build_map\n"
        "report = analyze(build_map('blank-5a', 'en'))\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    modules = _modules_after(code, tmp_path)
    assert "cjdesigner.analysis.report" in modules
    assert "networkx" not in modules
