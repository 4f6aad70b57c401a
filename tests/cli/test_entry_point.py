"""The real entry point, ``python -m cjdesigner``, in a separate process: exit codes and output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m cjdesigner ARGS`` without a terminal, the way CI and scripts do."""
    return subprocess.run(
        [sys.executable, "-m", "cjdesigner", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        stdin=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
        timeout=60,
        check=False,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("cjdesigner ")


def test_new_validate_info_in_real_processes(tmp_path: Path) -> None:
    path = tmp_path / "ścieżka klienta.cjm"
    created = run("new", "-o", path, "--lang", "pl", "--title", "Otwarcie konta osobistego")
    assert created.returncode == 0, created.stderr
    assert run("new", "-o", path).returncode == 1  # never overwrites without --force
    validated = run("validate", path)
    assert validated.returncode == 0, validated.stderr
    info = run("info", "--json", path)
    assert info.returncode == 0
    summary = json.loads(info.stdout)
    assert summary["title"] == "Otwarcie konta osobistego"
    assert (summary["stages"], summary["personas"], summary["touchpoints"]) == (5, 1, 0)


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--no-such-flag"], 2),
        (["new", "-o", "x.cjm", "--lang", "hu"], 2),
        (["info", "missing.cjm"], 1),
        (["validate", "."], 1),
    ],
)
def test_exit_codes_without_tracebacks(
    args: list[str], code: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(*args)
    assert result.returncode == code
    assert result.stderr.strip()
    assert "Traceback" not in result.stderr


def test_a_console_that_cannot_encode_diacritics_still_works(tmp_path: Path) -> None:
    path = tmp_path / "harta.cjm"
    assert run("new", "-o", path, "--lang", "ro", "--title", "Călătoria clientului").returncode == 0
    result = run("info", path, env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0, result.stderr
    assert "C\\u0103l\\u0103toria clientului" in result.stdout
