"""``cjdesigner`` and ``cjdesigner FILE`` start the editor (run in a child process, offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from cjdesigner.editor.app import application
    from cjdesigner.cli import main

    app = application()

    def report_and_close():
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "main_window":
                print("TITLE", widget.windowTitle())
                print("COUNTS", widget.counts_label.text())
        QApplication.closeAllWindows()

    QTimer.singleShot(300, report_and_close)
    sys.exit(main(sys.argv[1:]))
    """
)


def run_editor(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(home / "data"),  # recovery files of this run stay in the test folder
        XDG_CONFIG_HOME=str(home / "config"),
        HOME=str(home),
        LC_ALL="C.UTF-8",  # the blank map speaks English whatever the machine speaks
        LANG="C.UTF-8",
    )
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_no_file_opens_the_free_blank_template(tmp_path: Path) -> None:
    result = run_editor([], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "TITLE Customer journey map — Untitled[*] — cjdesigner" in result.stdout
    assert "COUNTS 1 persona · 5 stages · 0 touchpoints" in result.stdout


def test_a_file_opens_in_the_editor(tmp_path: Path, samples_dir: Path) -> None:
    sample = tmp_path / "online-shop-purchase.cjm"  # a copy: nobody else can hold its lock
    sample.write_bytes((samples_dir / sample.name).read_bytes())
    result = run_editor([str(sample)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "online-shop-purchase.cjm[*] — cjdesigner" in result.stdout
    assert not list(sample.parent.glob(".*.lock"))  # the lock went away with the window


def test_lang_starts_the_editor_in_that_language(tmp_path: Path, samples_dir: Path) -> None:
    """``cjdesigner --lang pl`` (QA s4 F4: "invalid choice: 'pl'"), with a file too."""
    result = run_editor(["--lang", "pl"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "COUNTS 1 persona · 5 etapów · 0 punktów styku" in result.stdout, result.stdout
    sample = tmp_path / "online-shop-purchase.cjm"
    sample.write_bytes((samples_dir / sample.name).read_bytes())
    result = run_editor(["--lang=ro", str(sample)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "online-shop-purchase.cjm[*] — cjdesigner" in result.stdout
    assert "COUNTS 3 persone · 5 etape · 27 de puncte de contact" in result.stdout, result.stdout


def test_lang_refuses_what_it_cannot_do(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from cjdesigner.cli.main import main

    for arguments, words in (
        (["--lang", "de"], "the editor speaks en, pl, ro, not 'de'"),
        (["--lang"], "the editor speaks en, pl, ro, not ''"),
        (["--lang", "pl", "new", "-o", "x.cjm"], "give a command its own --lang"),
        (["--lang", "pl", "validate"], "give a command its own --lang"),
    ):
        assert main(arguments) == 2, arguments
        assert words in capsys.readouterr().err, arguments
    assert main(["--lang", "pl", str(tmp_path / "nope.cjm")]) == 1
    assert "the file does not exist" in capsys.readouterr().err


def test_lang_is_in_the_help(capsys) -> None:  # type: ignore[no-untyped-def]
    from cjdesigner.cli.main import main

    assert main(["--help"]) == 0
    assert "--lang {en,pl,ro}" in capsys.readouterr().out
