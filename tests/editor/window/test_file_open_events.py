"""A map the system asks to open (macOS Finder: a QFileOpenEvent) opens in the editor."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

from cjdesigner.editor.file_open_events import open_requested_map
from cjdesigner.editor.window import MainWindow

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication
    from cjdesigner.editor.app import application
    from cjdesigner.cli import main

    app = application()

    def ask_to_open():
        QApplication.sendEvent(app, QFileOpenEvent(sys.argv[1]))

    def report_and_close():
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "main_window" and widget.isVisible():
                print("TITLE", widget.windowTitle())
        QApplication.closeAllWindows()

    QTimer.singleShot(200, ask_to_open)
    QTimer.singleShot(600, report_and_close)
    sys.exit(main([]))
    """
)


def test_a_file_open_event_opens_the_map_in_the_new_window(
    tmp_path: Path, samples_dir: Path
) -> None:
    sample = tmp_path / "online-shop-purchase.cjm"
    sample.write_bytes((samples_dir / sample.name).read_bytes())
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HOME": str(tmp_path),
        "LC_ALL": "C.UTF-8",
        "LANG": "C.UTF-8",
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(sample)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    titles = [line for line in result.stdout.splitlines() if line.startswith("TITLE")]
    assert len(titles) == 1, result.stdout  # opened in the window, not in a second one
    assert "online-shop-purchase.cjm[*] — cjdesigner" in titles[0]


def _copy_sample(tmp_path: Path, samples_dir: Path) -> Path:
    sample = tmp_path / "online-shop-purchase.cjm"
    sample.write_bytes((samples_dir / sample.name).read_bytes())
    return sample


def test_a_new_untouched_map_makes_way_for_the_requested_one(
    make_window: Callable[..., MainWindow], tmp_path: Path, samples_dir: Path
) -> None:
    window = make_window()
    sample = _copy_sample(tmp_path, samples_dir)
    assert open_requested_map(window, str(sample)) is window
    assert window.doc is not None and window.doc.path == sample.absolute()


def test_an_edited_map_stays_and_the_requested_one_opens_beside_it(
    make_window: Callable[..., MainWindow], tmp_path: Path, samples_dir: Path
) -> None:
    window = make_window()
    window.window_actions.add_stage.trigger()
    edited = window.doc
    assert edited is not None and not edited.undo_stack.isClean()
    sample = _copy_sample(tmp_path, samples_dir)
    target = open_requested_map(window, str(sample))
    try:
        assert target is not window and window.doc is edited
        assert target.doc is not None and target.doc.path == sample.absolute()
    finally:
        target.close()
