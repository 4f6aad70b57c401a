"""What the editor's first frame does not show waits: the first analysis, the dialogs' modules.

The start's window holds its Insights analysis until the canvas has painted (the count in the
status bar and the panel then fill in as before); dialogs that no first frame shows (spreadsheet
import and export, image export, channels) load their modules when first used.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cjdesigner.editor import first_frame
from cjdesigner.editor.window import MainWindow

DEFERRED = (
    "cjdesigner.editor.window.sheet_formats",
    "cjdesigner.editor.window.image_export",
    "cjdesigner.editor.window.channels_dialog",
    "cjdesigner.editor.window.about_dialog",
    "cjdesigner.editor.window.preferences",
    "cjdesigner.editor.window.export_dialog",
    "cjdesigner.interchange",
    "PySide6.QtSvg",  # the cards' icons: a blank map has no card
    "getpass",  # a map file's lock
    "argparse",  # a command line to parse (cli/argument_parser.py)
    "logging",  # shiboken6's .pyi generator, loaded on first use (editor/shiboken_code_cache.py)
    "concurrent.futures",  # the analysis runs on a plain thread (editor/insights/job_thread.py)
)
"""Modules the first frame does without (besides the export and networkx, guarded in
tests/packaging/test_start_imports.py)."""

AFTER_FIRST_PAINT = ("cjdesigner.analysis.report", "html")
"""What the first analysis loads (its report, the status bar's count) and the first paint does
without. (Its thread is a plain one: ``editor/insights/job_thread.py``.)"""


def _child(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "LC_ALL": "C.UTF-8",
        "LANG": "C.UTF-8",
    }
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )


def _modules_at_first_frame(tmp_path: Path, before: str = "") -> set[str]:
    """The modules a real editor start has loaded when its first frame is painted;
    ``before``: code run first in that process (a setting, say)."""
    code = f"""
        import json, os, sys
        import cjdesigner.editor.first_frame as first_frame
        {before}

        def report_modules():
            print(json.dumps(sorted(sys.modules)), flush=True)
            os._exit(0)

        first_frame._exit_now = report_modules
        os.environ[first_frame.ENV_VARIABLE] = "1"
        from cjdesigner.cli import main
        sys.exit(main([]))
    """
    result = _child(code, tmp_path)
    assert result.returncode == 0, result.stderr
    modules = set(json.loads(result.stdout.splitlines()[-1]))
    assert "cjdesigner.editor.window.main_window" in modules  # the real start ran
    return modules


def test_the_first_frame_loads_no_dialog_it_does_not_show(tmp_path: Path) -> None:
    modules = _modules_at_first_frame(tmp_path)
    assert [m for m in modules if m.startswith(DEFERRED)] == []


def test_the_map_is_analysed_only_after_the_first_paint(tmp_path: Path) -> None:
    """What the analysis loads (its report, graph and figures) is not loaded before the paint."""
    code = """
        import json, os, sys
        import cjdesigner.editor.first_frame as first_frame

        wait = first_frame.after_first_paint

        def after_first_paint(viewport, work):
            def report_then_work():
                print(json.dumps(sorted(sys.modules)), flush=True)
                work()
                os._exit(0)

            wait(viewport, report_then_work)

        first_frame.after_first_paint = after_first_paint
        from cjdesigner.cli import main
        sys.exit(main([]))
    """
    result = _child(code, tmp_path)
    assert result.returncode == 0, result.stderr
    modules = set(json.loads(result.stdout.splitlines()[-1]))
    assert "cjdesigner.editor.window.main_window" in modules
    assert [m for m in modules if m.startswith(AFTER_FIRST_PAINT)] == []


def test_the_started_editor_shows_the_insight_count_after_its_first_frame(
    tmp_path: Path,
) -> None:
    code = """
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from cjdesigner.editor.app import application
        from cjdesigner.cli import main

        app = application()

        def report_and_close():
            for widget in QApplication.topLevelWidgets():
                if widget.objectName() == "main_window":
                    print("INSIGHTS", widget.insights_label.text())
                    print("SUMMARY", widget.insights_panel.summary.text())
            QApplication.closeAllWindows()

        QTimer.singleShot(1500, report_and_close)
        sys.exit(main([]))
    """
    result = _child(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "insights</a>" in result.stdout  # "5 insights" on the blank template
    assert "Analysing" not in result.stdout


def test_a_held_window_analyses_only_when_released(qtbot: QtBot) -> None:
    window = MainWindow(hold_insights=True)
    qtbot.addWidget(window)
    refresher = window.insights_panel.refresher
    assert refresher.busy  # the panel says "Analysing…" meanwhile
    qtbot.wait(100)
    assert window.insights_panel.insights is None
    assert window.insights_label.text() == ""
    with qtbot.waitSignal(refresher.insights_ready, timeout=10_000):
        refresher.release()
    assert "insight" in window.insights_label.text()
    refresher.release()  # a second release changes nothing


def test_work_waits_for_the_first_paint(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    done: list[str] = []
    first_frame.after_first_paint(widget, lambda: done.append("ran"))
    qtbot.wait(50)
    assert done == []  # not shown, not painted
    widget.show()
    qtbot.waitUntil(lambda: done == ["ran"], timeout=5_000)
    widget.update()
    qtbot.wait(50)
    assert done == ["ran"]  # once


def test_work_runs_anyway_if_nothing_paints(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(first_frame, "FALLBACK_MS", 30)
    widget = QWidget()
    qtbot.addWidget(widget)
    done: list[str] = []
    first_frame.after_first_paint(widget, lambda: done.append("ran"))
    qtbot.waitUntil(lambda: done == ["ran"], timeout=5_000)


def test_the_channels_dialog_loads_and_opens_from_its_action(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cjdesigner.editor.window import channels_dialog

    opened: list[int] = []

    def exec_(dialog: channels_dialog.ChannelsDialog) -> int:
        opened.append(len(dialog.findChildren(QWidget)))
        return 0

    monkeypatch.setattr(channels_dialog.ChannelsDialog, "exec", exec_)
    window.window_actions.manage_channels.trigger()
    assert len(opened) == 1 and opened[0] > 0


def test_a_held_refresher_without_a_document_is_not_busy(qtbot: QtBot) -> None:
    window = MainWindow(hold_insights=True)
    qtbot.addWidget(window)
    refresher = window.insights_panel.refresher
    refresher.set_document(None)  # the window closed before its first frame
    assert not refresher.busy
    refresher.release()
    assert not refresher.busy


def test_the_first_analysis_runs_on_a_thread_of_its_own(qtbot: QtBot) -> None:
    window = MainWindow(hold_insights=True)
    qtbot.addWidget(window)
    refresher = window.insights_panel.refresher
    assert refresher._job is None  # held: nothing analysed, no thread yet
    with qtbot.waitSignal(refresher.insights_ready, timeout=10_000):
        refresher.release()
    job = refresher._job
    assert job is not None and job.done()
    window.close()


def test_card_icons_draw_on_first_use(qtbot: QtBot) -> None:
    """The canvas imports QtSvg only when a card first asks for its channel's icon."""
    from cjdesigner.editor.canvas.icons import IconCache

    cache = IconCache()
    pixmap = cache.pixmap("website", 32)
    assert not pixmap.isNull() and pixmap.width() == 32
    image = pixmap.toImage()
    assert any(image.pixelColor(x, y).alpha() > 0 for x in range(32) for y in range(32))
    assert cache.renderer("no-such-icon") is cache.renderer("generic")


def test_the_start_map_is_frozen_once_the_window_has_painted(tmp_path: Path) -> None:
    """The real start: the start map's collection and freeze wait for the first paint."""
    code = """
        import gc, json, os, sys
        import cjdesigner.editor.first_frame as first_frame
        import cjdesigner.editor.map_freeze as map_freeze

        freezes = []
        real_freeze = gc.freeze
        def freeze():
            freezes.append(map_freeze._first_frame_shown)
            real_freeze()
        map_freeze.gc = type(gc)("gc")
        map_freeze.gc.collect, map_freeze.gc.freeze = gc.collect, freeze

        def report():
            print(json.dumps({"freezes": freezes, "due": map_freeze._start_freeze_due}), flush=True)
            os._exit(0)

        first_frame._exit_now = report
        os.environ[first_frame.ENV_VARIABLE] = "1"
        from cjdesigner.cli import main
        sys.exit(main([]))
    """
    result = _child(code, tmp_path)
    assert result.returncode == 0, result.stderr
    state = json.loads(result.stdout.splitlines()[-1])
    assert state == {"freezes": [True], "due": False}  # once, and after the first paint


def test_a_later_start_loads_no_help_dialog(tmp_path: Path) -> None:
    """Keyboard Shortcuts and Quick Start load when opened; only a consultant's very first
    start on the blank template opens the Quick Start by itself."""
    before = (
        "from PySide6.QtCore import QSettings; "
        "from cjdesigner.editor.window.help_windows import QUICK_START_SHOWN_KEY; "
        'QSettings("cjdesigner", "cjdesigner").setValue(QUICK_START_SHOWN_KEY, True)'
    )
    modules = _modules_at_first_frame(tmp_path, before)
    assert "cjdesigner.editor.window.shortcuts_dialog" not in modules
