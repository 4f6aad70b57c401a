"""No machine-specific paths in the repository: what works here must work on a fresh clone."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# Spelled in pieces so that this file does not match itself.
MACHINE_PATH = re.compile(
    "|".join(("/" + "work/", "/" + "root/", "/home/[a-z]", "/Users/[A-Za-z]"))
)


def test_tracked_text_files_name_no_machine_paths() -> None:
    try:
        listed = subprocess.run(
            ["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True
        ).stdout.split("\n")
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout (an unpacked sdist): nothing to check")
    offenders = []
    for name in filter(None, listed):
        path = REPO / name
        if path.suffix in {".png", ".ttf", ".qm", ".xlsx", ".pptx", ".jpg"} or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        lines = enumerate(text.splitlines(), 1)
        offenders += [f"{name}:{n}" for n, line in lines if MACHINE_PATH.search(line)]
    assert offenders == []
