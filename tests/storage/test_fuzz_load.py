"""Fuzzing the loader: whatever the bytes, the result is a map or a MapFileError, nothing else."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from cjdesigner.storage import MapFileError, loads_map

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def _outcome(data: bytes | str) -> None:
    try:
        loads_map(data, source="fuzz.cjm")
    except MapFileError as exc:
        message = str(exc)
        assert message.startswith("“fuzz.cjm”: ")
        assert "Traceback" not in message and "[type=" not in message


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes(data: bytes) -> None:
    _outcome(data)


@settings(max_examples=150, deadline=None)
@given(st.floats(0, 1), st.integers(0, 40), st.binary(max_size=8))
def test_damaged_good_file(good_file_bytes: bytes, where: float, cut: int, insert: bytes) -> None:
    at = int(where * len(good_file_bytes))
    _outcome(good_file_bytes[:at] + insert + good_file_bytes[at + cut :])


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


@settings(max_examples=200, deadline=None)
@given(st.data(), json_values)
def test_any_value_anywhere(good_file_bytes: bytes, data: st.DataObject, value: Any) -> None:
    doc = json.loads(good_file_bytes)
    path = data.draw(st.sampled_from(_paths(doc)[1:]))
    node = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    _outcome(json.dumps(doc, ensure_ascii=False))
