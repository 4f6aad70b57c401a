"""An unexpected error stays humane: the file and the stage named, a crash report written to
the app's data folder (traceback, versions, the map's path — not its content), and where."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cjdesigner import crash
from cjdesigner.analysis import report as report_module

CliRunner = Callable[..., Any]  # the ``cli`` fixture of conftest.py
SAMPLE = Path(__file__).parents[2] / "samples" / "online-shop-purchase.cjm"
SECRET = "Tajny klient Sp. z o.o."


def _map_with_a_secret(tmp_path: Path) -> Path:
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["map"]["info"]["client"] = SECRET
    doc["map"]["touchpoints"][0]["title"] = SECRET
    path = tmp_path / "klient.cjm"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_crash_names_file_stage_and_report(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "xdg"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.delenv("CJDESIGNER_DEBUG", raising=False)
    # A real failure inside the analysis code (not in this test's module).
    monkeypatch.setattr(
        report_module, "_analyze", lambda source: report_module.report_to_json(None)
    )
    path = _map_with_a_secret(tmp_path)
    result = cli("analyze", path)
    assert result.code == 1
    assert "Traceback" not in result.err
    assert f"while analysing the journey “{path}”" in result.err
    assert "The map file was not changed." in result.err
    reports = list((data / "cjdesigner" / "crash-reports").glob("crash-*.txt"))
    assert len(reports) == 1
    assert str(reports[0]) in result.err
    text = reports[0].read_text(encoding="utf-8")
    assert f"map: {path}" in text and "command: analyze" in text
    assert "cjdesigner/analysis/report.py" in text and "versions:" in text and "pydantic" in text
    assert "stage: analysing the journey" in text


def test_crash_report_holds_no_map_content(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("CJDESIGNER_DEBUG", raising=False)

    def boom(source: Any) -> None:
        raise ValueError("x" * 5000)

    monkeypatch.setattr(report_module, "_analyze", boom)
    cli("analyze", _map_with_a_secret(tmp_path))
    (report,) = (tmp_path / "xdg" / "cjdesigner" / "crash-reports").glob("*.txt")
    text = report.read_text(encoding="utf-8")
    assert SECRET not in text
    assert len(text) < 5000  # the error's own message is shortened


def test_no_stale_map_is_named_by_a_later_command(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CJDESIGNER_DEBUG", raising=False)
    cli("info", SAMPLE)
    monkeypatch.setattr("cjdesigner.cli.documents.run_templates", lambda args: 1 / 0)
    result = cli("templates")
    assert result.code == 1 and str(SAMPLE) not in result.err


@pytest.mark.parametrize(
    ("platform", "environ", "expected"),
    [
        ("linux", {"HOME": "/hm/ana", "XDG_DATA_HOME": "/data"}, "/data/cjdesigner"),
        ("linux", {"HOME": "/hm/ana"}, "/hm/ana/.local/share/cjdesigner"),
        (
            "linux",
            {"HOME": "/hm/ana", "XDG_DATA_HOME": "rel"},
            "/hm/ana/.local/share/cjdesigner",
        ),
        ("darwin", {"HOME": "/mac/ana"}, "/mac/ana/Library/Application Support/cjdesigner"),
        ("win32", {"HOME": "/h", "LOCALAPPDATA": "/appdata"}, "/appdata/cjdesigner"),
    ],
)
def test_data_folder_per_platform(platform: str, environ: dict[str, str], expected: str) -> None:
    assert crash.data_dir(environ, platform) == Path(expected)


def test_report_folder_that_cannot_be_made_still_gives_a_message(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        assert (
            crash.write_crash_report(
                error, stage="s", map_path=None, command="c", folder=blocker / "sub"
            )
            is None
        )
