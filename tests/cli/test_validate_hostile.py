"""``validate a b c`` checks every file, whatever one of them holds (issue 12: a number of
4,301 digits ended the whole command with "unexpected error")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

CliRunner = Callable[..., Any]  # the ``cli`` fixture of conftest.py
SAMPLE = Path(__file__).parents[2] / "samples" / "online-shop-purchase.cjm"


def test_validate_goes_on_past_a_file_with_a_huge_number(cli: CliRunner, tmp_path: Path) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    bad = tmp_path / "digits.cjm"
    bad.write_text(text.replace('"emotion": -2', '"emotion": ' + "1" * 4301, 1), encoding="utf-8")
    icon = tmp_path / "icon.cjm"
    icon.write_text(text.replace('"icon": "website"', '"icon": "/etc/passwd"', 1), "utf-8")
    result = cli("validate", bad, icon, SAMPLE)
    assert result.code == 1
    assert "unexpected" not in result.err and "4300" not in result.err
    line = text[: text.index('"emotion": -2')].count("\n") + 1
    assert f"“{bad}”: not a valid map at line {line}, column" in result.err
    assert f"“{icon}”: map.channels[0].icon" in result.err
    assert "too long" in result.err
