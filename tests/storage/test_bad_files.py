"""Every bad file gives one clear message naming the file and the place, never a traceback."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from cjdesigner.storage import (
    MAX_FILE_BYTES,
    InvalidFormatError,
    MapFileError,
    UnsupportedFormatVersionError,
    load_map,
    loads_map,
)

BAD_FILES = Path(__file__).parent / "bad_files"

# file name → (error class, field path of the first problem or None, words the message must hold)
EXPECTED: dict[str, tuple[type[MapFileError], str | None, tuple[str, ...]]] = {
    "not_json.cjm": (InvalidFormatError, None, ("not a cjdesigner map", "plain text")),
    "truncated.cjm": (InvalidFormatError, None, ("not valid JSON", "truncated")),
    "empty.cjm": (InvalidFormatError, None, ("empty", "not a cjdesigner map")),
    "whitespace_only.cjm": (InvalidFormatError, None, ("empty", "not a cjdesigner map")),
    "binary.cjm": (InvalidFormatError, None, ("binary file", "not a cjdesigner map")),
    "invalid_utf8.cjm": (InvalidFormatError, None, ("not valid UTF-8", "0xFF", "line 35")),
    "utf16.cjm": (InvalidFormatError, None, ("UTF-16", "UTF-8")),
    "top_level_array.cjm": (InvalidFormatError, None, ("not a cjdesigner map", "list")),
    "missing_format_marker.cjm": (InvalidFormatError, None, ("marker is missing", "bare map")),
    "wrong_format_marker.cjm": (InvalidFormatError, None, ('"vendor.diagram"',)),
    "missing_format_version.cjm": (InvalidFormatError, None, ("format_version", "null")),
    "format_version_text.cjm": (InvalidFormatError, None, ("format_version", "whole number")),
    "newer_version.cjm": (UnsupportedFormatVersionError, None, ("newer cjdesigner", "99")),
    "older_unknown_version.cjm": (UnsupportedFormatVersionError, None, ("version 0", "oldest")),
    "unknown_top_level_field.cjm": (InvalidFormatError, None, ("comments:", "not a known field")),
    "missing_map.cjm": (InvalidFormatError, "map", ("required",)),
    "map_not_object.cjm": (InvalidFormatError, "map", ("must be an object",)),
    "wrong_types.cjm": (
        InvalidFormatError,
        "map.touchpoints[1].order",
        ("whole number", "'second'"),
    ),
    "number_as_text.cjm": (
        InvalidFormatError,
        "map.touchpoints[2].emotion",
        ("whole number", "'1'"),
    ),
    "flag_as_number.cjm": (
        InvalidFormatError,
        "map.touchpoints[0].milestone",
        ("true or false", "found 1"),
    ),
    "kpi_not_a_number.cjm": (
        InvalidFormatError,
        "map.touchpoints[1].kpis[0].value",
        ("finite number",),
    ),
    "unknown_sentiment.cjm": (
        InvalidFormatError,
        "map.touchpoints[0].sentiment",
        ("'positive'", "'ecstatic'"),
    ),
    "missing_required_field.cjm": (
        InvalidFormatError,
        "map.touchpoints[2].title",
        ("required but missing",),
    ),
    "unknown_field.cjm": (InvalidFormatError, "map.touchpoints[0].mood", ("not a known field",)),
    "duplicate_ids.cjm": (
        InvalidFormatError,
        "map.touchpoints[1]",
        ("'t0' is already used by map.touchpoints[0]",),
    ),
    "dangling_stage_reference.cjm": (
        InvalidFormatError,
        "map.touchpoints[2].stage_id",
        ("no stage", "'s9'"),
    ),
    "dangling_connection.cjm": (
        InvalidFormatError,
        "map.connections[0].target",
        ("no touchpoint", "'gone'"),
    ),
    "emotion_out_of_range.cjm": (
        InvalidFormatError,
        "map.touchpoints[2].emotion",
        ("at most 2", "found 5"),
    ),
    "bad_base64_avatar.cjm": (InvalidFormatError, "map.personas[0].avatar.data", ("base64",)),
    "avatar_not_png.cjm": (InvalidFormatError, "map.personas[0].avatar", ("not a PNG",)),
    "bad_colour.cjm": (InvalidFormatError, "map.personas[0].colour", ("#RRGGBB", "'blue'")),
    "date_without_timezone.cjm": (InvalidFormatError, "map.info.created", ("time zone",)),
    "title_too_long.cjm": (InvalidFormatError, "map.touchpoints[0].title", ("too long", "200")),
    "many_problems.cjm": (
        InvalidFormatError,
        "map.touchpoints[0].sentiment",
        ("6 problems", "map.touchpoints[2].sentiment", "1 more"),
    ),
}


def _check_message(err: MapFileError, path: Path, words: tuple[str, ...]) -> None:
    message = str(err)
    assert message.startswith(f"“{path}”: "), message
    assert "Traceback" not in message
    assert "pydantic" not in message.lower() and "[type=" not in message
    for word in words:
        assert word in message, (word, message)
    assert err.path == path


def test_every_corpus_file_has_an_expectation() -> None:
    names = {p.name for p in BAD_FILES.iterdir()}
    assert names == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_gives_one_clear_error(name: str) -> None:
    cls, field, words = EXPECTED[name]
    path = BAD_FILES / name
    with pytest.raises(MapFileError) as info:
        load_map(path)
    assert type(info.value) is cls
    _check_message(info.value, path, words)
    assert info.value.field == field
    # The same text given directly names its source the same way.
    with pytest.raises(cls) as direct:
        loads_map(path.read_bytes(), source="clipboard")
    assert str(direct.value).startswith("“clipboard”: ")


def test_json_errors_carry_line_and_column() -> None:
    with pytest.raises(InvalidFormatError) as info:
        load_map(BAD_FILES / "truncated.cjm")
    assert info.value.line is not None and info.value.line > 1
    assert f"line {info.value.line}, column {info.value.column}" in str(info.value)
    text = '{\n  "format": "cjdesigner.journey-map",\n  "format_version": 1,\n  "map": {,}\n}\n'
    with pytest.raises(InvalidFormatError) as info:
        loads_map(text, source="hand.cjm")
    assert (info.value.line, info.value.column) == (4, 11)
    assert "a field name in double quotes was expected" in str(info.value)


def test_huge_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.cjm"
    with path.open("wb") as f:  # sparse: no disk space used, nothing committed
        f.truncate(MAX_FILE_BYTES + 1)

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file must not be opened")

    monkeypatch.setattr(Path, "open", no_reading)
    with pytest.raises(InvalidFormatError) as info:
        load_map(path)
    _check_message(info.value, path, ("too large", "200 MB"))


def test_huge_text_is_refused() -> None:
    with pytest.raises(InvalidFormatError, match="too large"):
        loads_map(b" " * (MAX_FILE_BYTES + 1))


def test_folder(tmp_path: Path) -> None:
    folder = tmp_path / "maps.cjm"
    folder.mkdir()
    with pytest.raises(InvalidFormatError) as info:
        load_map(folder)
    _check_message(info.value, folder, ("folder",))


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.cjm"
    with pytest.raises(InvalidFormatError) as info:
        load_map(path)
    _check_message(info.value, path, ("does not exist",))


def test_special_files_are_not_opened(tmp_path: Path) -> None:
    if hasattr(os, "mkfifo"):
        special = tmp_path / "pipe.cjm"
        os.mkfifo(special)  # opening it for reading would block forever
    else:
        special = Path(os.devnull)
    with pytest.raises(InvalidFormatError) as info:
        load_map(special)
    _check_message(info.value, special, ("not a regular file",))


def test_permission_denied_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.cjm"
    path.write_bytes((BAD_FILES / "not_json.cjm").read_bytes())

    def denied(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(MapFileError) as info:
        load_map(path)
    _check_message(info.value, path, ("no permission to read",))


def test_permission_denied_for_real(tmp_path: Path) -> None:
    path = tmp_path / "locked.cjm"
    path.write_bytes((BAD_FILES / "not_json.cjm").read_bytes())
    path.chmod(0)
    try:
        if os.geteuid() != 0:
            with pytest.raises(MapFileError) as info:
                load_map(path)
            _check_message(info.value, path, ("no permission to read",))
        else:
            # root reads anything: the file is read and judged on its content instead.
            with pytest.raises(InvalidFormatError, match="not a cjdesigner map"):
                load_map(path)
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_other_os_error_is_a_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "net.cjm"
    path.write_text("{}", encoding="utf-8")

    def broken(self: Path, *args: object, **kwargs: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(Path, "open", broken)
    with pytest.raises(MapFileError) as info:
        load_map(path)
    _check_message(info.value, path, ("cannot be read", "Input/output error"))


def test_deeply_nested_json_is_refused_clearly() -> None:
    with pytest.raises(InvalidFormatError, match="nested too deeply"):
        loads_map("[" * 100_000 + "]" * 100_000, source="deep.cjm")


def test_lone_surrogate_in_text_input() -> None:
    with pytest.raises(InvalidFormatError, match="not valid UTF-8"):
        loads_map('{"format": "\ud800"}', source="paste")


@pytest.mark.parametrize("number", ["Infinity", "-Infinity", "1e400"])
def test_infinite_kpi_numbers_are_refused(number: str) -> None:
    text = (BAD_FILES / "kpi_not_a_number.cjm").read_text(encoding="utf-8")
    text = text.replace('"value": NaN', f'"value": 1, "target": {number}')
    with pytest.raises(InvalidFormatError) as info:
        loads_map(text, source="kpi.cjm")
    assert info.value.field == "map.touchpoints[1].kpis[0].target"
    assert "finite number" in str(info.value)
