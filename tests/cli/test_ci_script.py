"""``.ci/run`` is a valid bash script that runs the checks and the README's test command."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

CI_SCRIPT = Path(__file__).resolve().parents[2] / ".ci" / "run"


def test_ci_script_is_executable_bash_with_strict_mode() -> None:
    assert os.access(CI_SCRIPT, os.X_OK)
    text = CI_SCRIPT.read_text("utf-8")
    assert text.startswith("#!/usr/bin/env bash\n")
    assert "set -euo pipefail" in text
    bash = shutil.which("bash")
    assert bash is not None
    subprocess.run([bash, "-n", str(CI_SCRIPT)], check=True, timeout=30)


def test_ci_script_installs_fresh_and_runs_every_check_in_order() -> None:
    lines = [line.strip() for line in CI_SCRIPT.read_text("utf-8").splitlines()]
    commands = [
        '"$PYTHON_BIN" -m venv "$VENV"',
        "python -m pip install --quiet -e '.[test]'",
        "lint-imports",
        "ruff check .",
        "python -m pytest -q",
    ]
    positions = [lines.index(command) for command in commands]
    assert positions == sorted(positions)


def test_ci_runs_the_readme_test_command() -> None:
    """The README promises that `.ci/run` runs its test command: keep the two the same."""
    readme = (CI_SCRIPT.parents[1] / "README.md").read_text("utf-8")
    setup = [line for line in readme.splitlines() if "'.[test]'" in line and "pytest" in line]
    assert len(setup) == 1, setup
    readme_test_command = setup[0].split("&&")[-1].strip()
    assert readme_test_command == "python -m pytest -q"
    ci_lines = [line.strip() for line in CI_SCRIPT.read_text("utf-8").splitlines()]
    assert readme_test_command in ci_lines
    assert "pip install -e '.[test]'" in setup[0]


def test_ci_builds_and_checks_the_bundle_after_the_tests_unless_skipped() -> None:
    text = CI_SCRIPT.read_text("utf-8")
    lines = [line.strip() for line in text.splitlines()]
    build, check = lines.index("bash packaging/build.sh"), lines.index("bash packaging/check.sh")
    assert lines.index("python -m pytest -q") < build < check
    assert 'if [[ "${CJDESIGNER_SKIP_BUNDLE:-}" == 1 ]]; then' in lines
    for script in ("build.sh", "check.sh"):
        path = CI_SCRIPT.parents[1] / "packaging" / script
        assert path.read_text("utf-8").startswith("#!/usr/bin/env bash\n")
        subprocess.run(["bash", "-n", str(path)], check=True, timeout=30)
