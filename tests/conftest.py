"""Test set-up shared by every layer: Qt runs headless, and never touches the user's settings."""

import os

# Before any Qt import anywhere: tests never need a display (CI has none).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = REPO_ROOT / "samples"


@pytest.fixture(autouse=True)
def _qt_test_paths(request: pytest.FixtureRequest) -> Iterator[None]:
    """Keep QSettings, recent files and recovery files of tests out of the user's folders.

    Qt's test mode moves settings out of the user's folder, but into one file shared by every
    test process on the machine: a concurrent run's recent files (still locked by its windows)
    showed up in another run's Open Recent menu. So each test also gets its own settings folder.
    """
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    user_scope = Path(QSettings("cjdesigner", "cjdesigner").fileName()).parent.parent
    folder = request.getfixturevalue("tmp_path") / "settings"
    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    for fmt in formats:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    # The editor in English (its plural forms come from a catalogue too), whatever the
    # machine's locale; tests of Polish and Romanian install those themselves.
    from cjdesigner.editor import translations

    request.getfixturevalue("qapp")
    if translations.current_language() != "en":
        translations.install("en")
    try:
        yield
    finally:
        for fmt in formats:
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(user_scope))


@pytest.fixture(autouse=True)
def _crash_reports_in_a_temporary_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Crash reports (cjdesigner.crash) of tests never land in the user's data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.getbasetemp() / "xdg-data"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path_factory.getbasetemp() / "local-app-data"))


@pytest.fixture
def samples_dir() -> Path:
    """The bundled sample maps."""
    return SAMPLES_DIR
