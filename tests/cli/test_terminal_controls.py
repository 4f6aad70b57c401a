"""Text printed to a terminal never carries live control characters (issue 12).

A map or a file name from someone else can hold escape sequences; ``info``, ``analyze``,
``validate`` and every error print them visibly. The map file keeps its text untouched.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cjdesigner.cli.terminal import visible

CliRunner = Callable[..., Any]  # the ``cli`` fixture of conftest.py

SAMPLE = Path(__file__).parents[2] / "samples" / "online-shop-purchase.cjm"
LIVE = ("\x1b", "\x07", "\r", "\x9b", "\u202e")


def _no_live_controls(text: str) -> None:
    for char in LIVE:
        assert char not in text, (char, text)


def _hostile_map(tmp_path: Path, name: str = "shop.cjm") -> Path:
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["map"]["info"]["title"] = "Shop\x1b]0;pwned\x07\rEvil \u202egnp.exe"
    doc["map"]["touchpoints"][0]["title"] = "Card\r\u202eX\x1b[2J"
    doc["map"]["stages"][0]["name"] = "Aware\u2066ness"
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_visible_keeps_text_and_shows_controls() -> None:
    assert visible("Zażółć\tgęślą\njaźń") == "Zażółć\tgęślą\njaźń"
    assert visible("a\x1b[31mb\x07\r\x00") == "a␛[31mb␇␍␀"
    assert visible("\x7f\x9b\u202e\u2066") == "\\u007f\\u009b\\u202e\\u2066"


def test_info_and_analyze_print_map_text_visibly(cli: CliRunner, tmp_path: Path) -> None:
    path = _hostile_map(tmp_path)
    for command in ("info", "analyze"):
        result = cli(command, path)
        assert result.code == 0, result.err
        _no_live_controls(result.out + result.err)
    info = cli("info", path).out
    assert "␍Evil \\u202egnp.exe" in info  # ESC and BEL were dropped at load


def test_json_output_escapes_controls(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("info", _hostile_map(tmp_path), "--json")
    assert result.code == 0
    _no_live_controls(result.out)
    assert json.loads(result.out)["title"] == "Shop]0;pwned\rEvil \u202egnp.exe"


def test_errors_show_a_hostile_file_name_visibly(cli: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "x\x1b]0;pwned\x07.cjm"
    path.write_bytes(b"{ broken")
    for command in ("validate", "info", "analyze"):
        result = cli(command, path)
        assert result.code == 1
        _no_live_controls(result.err)
        assert "x␛]0;pwned␇.cjm" in result.err
    missing = cli("validate", tmp_path / "gone\x1b[2J.cjm")
    assert missing.code == 1 and "gone␛[2J.cjm" in missing.err
