"""Every benchmark script still starts: its imports resolve against today's code (bench_editor
imported a function from a module it had moved out of and went unnoticed for a session)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
SCRIPTS = sorted(p for p in BENCHMARKS.glob("*.py") if p.name != "startup_floor.py")


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_the_benchmark_imports(script: Path) -> None:
    """Import the script as a module (its ``main`` is not run: each guards it)."""
    code = (
        "import importlib.util, sys\n"
        f"sys.path.insert(0, {str(BENCHMARKS)!r})\n"
        f"spec = importlib.util.spec_from_file_location('bench_under_test', {str(script)!r})\n"
        "module = importlib.util.module_from_spec(spec)\n"
        "spec.loader.exec_module(module)\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0 and result.stdout.strip().endswith("ok"), result.stderr[-2000:]
