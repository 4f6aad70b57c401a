"""Field errors name the line of the value, so a hand-edited file can be fixed quickly."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjdesigner.storage import InvalidFormatError, load_map
from cjdesigner.storage.locate import line_of, value_lines

BAD_FILES = Path(__file__).parent / "bad_files"


def test_value_lines_of_nested_json() -> None:
    text = '{\n  "a": [\n    1,\n    {"b": []}\n  ],\n  "c\\"d": {\n    "e": null\n  }\n}\n'
    lines = value_lines(text)
    assert lines == {"a": 2, "a[0]": 3, "a[1]": 4, "a[1].b": 4, 'c"d': 6, 'c"d.e': 7}
    assert line_of(lines, "a[1].b") == 4
    assert line_of(lines, 'c"d.missing') == 6  # a missing field: its object's line
    assert line_of(lines, "zzz") is None
    early = value_lines(text, {"a[0]"})  # stops once the wanted paths are seen
    assert early["a[0]"] == 3 and 'c"d' not in early


@pytest.mark.parametrize(
    ("name", "text_on_line"),
    [
        ("emotion_out_of_range.cjm", '"emotion": 5'),
        ("unknown_field.cjm", '"mood": "happy"'),
        ("dangling_connection.cjm", '"target": "gone"'),
        ("bad_colour.cjm", '"colour": "blue"'),
        ("kpi_not_a_number.cjm", '"value": NaN'),
        ("number_as_text.cjm", '"emotion": "1"'),
    ],
)
def test_field_errors_name_the_line(name: str, text_on_line: str) -> None:
    path = BAD_FILES / name
    with pytest.raises(InvalidFormatError) as info:
        load_map(path)
    line = info.value.line
    assert line is not None
    assert text_on_line in path.read_text(encoding="utf-8").splitlines()[line - 1]
    assert f"(line {line}): " in str(info.value)
