"""An export into a folder that takes no files (/proc) is one clear line, exit 1, no traceback."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cjdesigner.model import Touchpoint
from cjdesigner.storage import save_map
from cjdesigner.templates import build_map

CliRunner = Callable[..., Any]  # the ``cli`` fixture of conftest.py

needs_proc = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not Path("/proc/self").is_dir(),
    reason="/proc is Linux's",
)


@needs_proc
@pytest.mark.parametrize("name", ["x.pdf", "x.csv", "x.mmd"])
def test_export_under_proc_is_one_clear_line(cli: CliRunner, tmp_path: Path, name: str) -> None:
    source = tmp_path / "m.cjm"
    m = build_map("blank-5a", "en")
    m.touchpoints.append(
        Touchpoint(stage_id=m.stages[0].id, persona_id=m.personas[0].id, title="A", channel="email")
    )
    save_map(m, source)
    result = cli("export", source, "-o", f"/proc/{name}")
    assert result.code == 1
    assert "Traceback" not in result.err
    assert "does not allow new files" in result.err
    assert "does not exist" not in result.err


@needs_proc
def test_new_under_proc_is_one_clear_line(cli: CliRunner) -> None:
    result = cli("new", "-o", "/proc/cjdesigner-test.cjm")
    assert result.code == 1
    assert "does not allow new files" in result.err
    assert len(result.err.strip().splitlines()) == 1
