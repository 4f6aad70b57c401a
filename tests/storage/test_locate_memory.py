"""Locating the error in a big invalid file costs memory in proportion to the file, not ~120×.

The regex that skipped JSON strings kept a backtracking frame per character (a 30 MB file
took 3.2 GB). tracemalloc sees every Python allocation; the figures are peaks above what was
allocated before the call, against the text's size (no timing assertions:
benchmarks/bench_invalid_memory.py measures whole-process RSS and time on 200 MB files).
"""

from __future__ import annotations

import contextlib
import json
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from cjdesigner.storage import InvalidFormatError, loads_map
from cjdesigner.storage.locate import value_lines

SAMPLE = Path(__file__).parents[2] / "samples" / "online-shop-purchase.cjm"
SIZE = 4_000_000


def _peak(call: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        with contextlib.suppress(InvalidFormatError):
            call()
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def _file_with_goal(unit: str) -> bytes:
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["map"]["personas"][0]["goals"] = ["@@"]
    head, tail = json.dumps(doc, ensure_ascii=False).split("@@")
    return (head + unit * (SIZE // len(unit)) + tail).encode()


@pytest.mark.parametrize("unit", ["x", '\\"', "ł"])
def test_value_lines_of_a_long_string_stays_small(unit: str) -> None:
    text = _file_with_goal(unit).decode()
    wanted = {"map.personas[0].goals[0]", "map.touchpoints[3].emotion"}
    peak = _peak(lambda: value_lines(text, wanted))
    assert peak < 0.5 * len(text), peak  # the text is already there; the scan adds little


@pytest.mark.parametrize("unit", ["x", '\\"'])
def test_refusing_a_file_with_a_long_string_stays_within_twice_its_size(unit: str) -> None:
    data = _file_with_goal(unit)
    with pytest.raises(InvalidFormatError, match=r"goals\[0\] \(line 1\): is too long"):
        loads_map(data, "big.cjm")
    peak = _peak(lambda: loads_map(data, "big.cjm"))
    assert peak < 2 * len(data), (peak, len(data))


def test_value_lines_reads_bytes_as_it_reads_text() -> None:
    text = (
        '{\n  "zażółć": [\n    1,\n    {"b": "x\\\\\\"y"}\n  ],\n'
        '  "c\\"d": {\n    "e": null\n  }\n}\n'
    )
    assert value_lines(text.encode()) == value_lines(text)
    assert value_lines(text)["zażółć[1].b"] == 4


def test_far_too_many_cards_are_refused_before_building_them() -> None:
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    card = json.dumps(doc["map"]["touchpoints"][0], ensure_ascii=False)
    head, tail = json.dumps(doc, ensure_ascii=False).split('"touchpoints": [', 1)
    data = (head + '"touchpoints": [' + ", ".join([card] * 100_001) + ", " + tail).encode()
    assert len(data) > 8 * 1024 * 1024
    with pytest.raises(InvalidFormatError, match=r"map.touchpoints: has too many items"):
        loads_map(data, "big.cjm")
    assert _peak(lambda: loads_map(data, "big.cjm")) < 0.1 * len(data)


def test_a_string_no_field_allows_is_refused_before_parsing() -> None:
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["map"]["personas"][1]["quote"] = "@@"
    head, tail = json.dumps(doc, ensure_ascii=False, indent=2).split("@@")
    data = (head + "ł" * 5_000_000 + tail).encode()  # 10 MB
    with pytest.raises(InvalidFormatError) as caught:
        loads_map(data, "big.cjm")
    line = caught.value.line
    assert line is not None
    assert data.split(b"\n")[line - 1].strip().startswith('"quote": "ł'.encode())
    assert f"map.personas[1].quote (line {caught.value.line}): is far too long" in str(caught.value)
    assert _peak(lambda: loads_map(data, "big.cjm")) < 0.1 * len(data)
