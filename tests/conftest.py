"""Test set-up shared by every layer: Qt runs headless, and never touches the user's settings."""

import os

# Before any Qt import anywhere: tests never need a display (CI has none).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = REPO_ROOT / "samples"


@pytest.fixture(autouse=True)
def _qt_test_paths(request: pytest.FixtureRequest) -> None:
    """Keep QSettings, recent files and recovery files of tests out of the user's folders."""
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        from PySide6.QtCore import QStandardPaths

        QStandardPaths.setTestModeEnabled(True)


@pytest.fixture
def samples_dir() -> Path:
    """The bundled sample maps."""
    return SAMPLES_DIR
