"""``cjdesigner --self-test`` and ``--version``: one line per check, exit 0 only when all pass."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cjdesigner import __version__, assets
from cjdesigner.cli import main
from cjdesigner.templates import list_templates


def _lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return capsys.readouterr().out.splitlines()


def test_self_test_passes_with_a_line_per_check(
    qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--self-test"]) == 0
    lines = _lines(capsys)
    assert lines[0].startswith(f"cjdesigner {__version__} — Python ")
    assert lines[-1] == "self-test passed"
    checks = lines[1:-1]
    assert all(line.startswith("ok    ") for line in checks), checks
    names = [line[6:].split(":")[0] for line in checks]
    for name in ("icon files", "font files", "translation files", "Qt", "canvas font", "sorting"):
        assert name in names
    for template in list_templates():
        assert f"template {template.name}" in names
    samples = sorted(assets.samples_dir().glob("*.cjm"))
    assert len(samples) >= 3
    assert {f"sample {path.name}" for path in samples} <= set(names)


def test_a_missing_sample_folder_fails_the_test_and_says_where(
    qapp: object,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(assets, "samples_dir", lambda: tmp_path)
    assert main(["--self-test"]) == 1
    lines = _lines(capsys)
    assert f"FAIL  sample maps: none in {tmp_path}" in lines
    assert lines[-1] == "self-test FAILED: 1 check failed"


def test_a_check_that_raises_is_one_failed_line_not_a_traceback(
    qapp: object, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import cjdesigner.templates

    def broken() -> list[object]:
        raise RuntimeError("the template data is damaged")

    monkeypatch.setattr(cjdesigner.templates, "list_templates", broken)
    assert main(["--self-test"]) == 1
    out = capsys.readouterr()
    assert "FAIL  templates: RuntimeError: the template data is damaged" in out.out.splitlines()
    assert "Traceback" not in out.out + out.err


def test_a_damaged_translation_catalogue_fails_the_qt_check(
    qapp: object,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    (tmp_path / "i18n").mkdir()
    (tmp_path / "i18n" / "cjdesigner_pl.qm").write_bytes(b"not a catalogue")
    monkeypatch.setattr(assets, "_PACKAGE_DIR", tmp_path)
    assert main(["--self-test"]) == 1
    lines = _lines(capsys)
    assert "ok    translation files: cjdesigner_pl.qm (catalogues: 1)" in lines
    assert "FAIL  translations in Qt: cannot load: cjdesigner_pl.qm" in lines


def test_self_test_needs_no_screen(tmp_path: Path) -> None:
    """With no DISPLAY and no QT_QPA_PLATFORM, it draws offscreen instead of aborting."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "cjdesigner", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "platform offscreen" in result.stdout
    assert result.stdout.splitlines()[-1] == "self-test passed"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"cjdesigner {__version__}"


def test_self_test_takes_no_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test", "map.cjm"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_self_test_runs_alone(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test", "info", "map.cjm"]) == 2
    assert "--self-test runs alone" in capsys.readouterr().err


def test_sorting_by_the_maps_alphabets_is_checked(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cjdesigner.editor import self_test as qt_checks

    assert list(qt_checks.check_collation()) == [
        (True, "sorting", "Polish and Romanian words sort by their alphabets")
    ]
    # codepoint order (no collation data) would put "sb" before "śa" but also "Z" before "a"
    monkeypatch.setattr(qt_checks, "SORTED_PAIRS", (("pl", "śa", "sb"), ("en", "Z", "a")))
    assert list(qt_checks.check_collation()) == [
        (False, "sorting", "wrong order: śa < sb (pl), Z < a (en)")
    ]
