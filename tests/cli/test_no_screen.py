"""``cjdesigner FILE`` on a machine without a screen: one clear line and exit 1, not a Qt abort."""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from cjdesigner.cli import main
from cjdesigner.cli.screen import missing_screen

SCREEN_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def run_without_screen(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """``python -m cjdesigner ARGS`` with no display server and no Qt platform chosen."""
    env = {k: v for k, v in os.environ.items() if k not in SCREEN_VARIABLES}
    return subprocess.run(
        [sys.executable, "-m", "cjdesigner", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        stdin=subprocess.DEVNULL,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is Linux's")
def test_opening_a_map_without_a_screen_says_so_in_one_line(map_file: Path) -> None:
    result = run_without_screen(map_file)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("cjdesigner: no screen to open the editor on (DISPLAY is not set)")
    assert f"cjdesigner export {map_file} -o {map_file.with_suffix('.pdf')}" in lines[0]
    assert "qt.qpa" not in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is Linux's")
def test_a_new_map_without_a_screen_points_at_export(tmp_path: Path) -> None:
    result = run_without_screen()
    assert result.returncode == 1
    assert "no screen to open the editor on" in result.stderr
    assert "`cjdesigner export FILE -o OUT.pdf`" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_commands_need_no_screen(map_file: Path) -> None:
    result = run_without_screen("info", map_file)
    assert result.returncode == 0, result.stderr
    assert "touchpoints" in result.stdout


@pytest.mark.parametrize(
    ("environ", "platform", "missing"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ""}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({}, "darwin", False),
        ({}, "win32", False),
    ],
)
def test_missing_screen(environ: dict[str, str], platform: str, missing: bool) -> None:
    assert (missing_screen(environ, platform) is not None) is missing


def test_an_offscreen_platform_still_starts_the_editor(
    map_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str | None] = []
    fake = types.ModuleType("cjdesigner.editor.app")
    fake.run = lambda path: calls.append(path) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cjdesigner.editor.app", fake)
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert main([str(map_file)]) == 0
    assert calls == [str(map_file)]
