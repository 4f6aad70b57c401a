"""What the loader accepts, every later stage handles: each field a later stage uses is checked.

Each case here was accepted by ``validate`` before and then crashed or misbehaved later
(issue 12): icon paths, numbers of thousands of digits, dates no stage can format, damaged and
huge avatars, control characters.
"""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from cjdesigner.assets import icon_path, resources_dir
from cjdesigner.model import Avatar, Channel, Persona
from cjdesigner.model.picture import PICTURE_MAX_SIDE
from cjdesigner.storage import InvalidFormatError, loads_map

SAMPLE = Path(__file__).parents[2] / "samples" / "online-shop-purchase.cjm"


def sample() -> dict[str, Any]:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def refused(doc: dict[str, Any] | str, *words: str) -> str:
    text = doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=False)
    with pytest.raises(InvalidFormatError) as caught:
        loads_map(text, "shop.cjm")
    message = str(caught.value)
    assert message.startswith("“shop.cjm”: "), message
    assert "Traceback" not in message and "[type=" not in message
    for word in words:
        assert word in message, (word, message)
    return message


def png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (0, 114, 178)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "icon",
    ["/etc/passwd", "../../secret", "a/b", "evil\x00", "x" * 256, "C:\\Users\\x", "..", ""],
)
def test_icon_that_is_not_a_name_is_refused(icon: str) -> None:
    doc = sample()
    doc["map"]["channels"][0]["icon"] = icon
    refused(doc, "map.channels[0].icon", "cjdesigner's icons")


def test_well_formed_unknown_icon_loads_and_draws_the_generic_icon() -> None:
    # A newer cjdesigner may ship more icons: the name loads, and is drawn as "generic".
    doc = sample()
    doc["map"]["channels"][0]["icon"] = "rocket"
    assert loads_map(json.dumps(doc)).channels[0].icon == "rocket"
    assert icon_path("rocket") == icon_path("generic")


def test_icon_path_never_leaves_the_shipped_icons(tmp_path: Path) -> None:
    (tmp_path / "evil.svg").write_text("<svg/>", encoding="utf-8")
    icons = resources_dir() / "icons"
    for key in (str(tmp_path / "evil"), "../fonts/NotoSans-Regular", "website/../../x", "x" * 300):
        path = icon_path(key)
        assert path.parent == icons and path.name == "generic.svg"
    assert icon_path("website") == icons / "website.svg"
    with pytest.raises(ValueError):
        Channel(id="c", name="C", icon=str(tmp_path / "evil"))


@pytest.mark.parametrize("digits", [4301, 100_000])
def test_number_of_thousands_of_digits_is_refused_by_the_reader(digits: int) -> None:
    text = SAMPLE.read_text(encoding="utf-8").replace(
        '"emotion": -2', '"emotion": ' + "1" * digits, 1
    )
    line = text[: text.index('"emotion": ' + "1" * digits)].count("\n") + 1
    message = refused(text, "too long", f"{digits} characters", f"line {line}, column")
    assert "4300" not in message and "int_max_str_digits" not in message


@pytest.mark.parametrize("field", ['"emotion": -2', '"order": 0'])
def test_whole_number_of_hundreds_of_digits_is_out_of_range(field: str) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    text = text.replace(field, field.split(":")[0] + ": " + "9" * 300, 1)
    refused(text, "at most", "a number of about 300 digits", "(line ")


def test_long_fraction_is_only_a_float() -> None:
    # 0.000…0001 with 400 digits parses as a float (here 1e-401 → 0.0): nothing to overflow.
    text = SAMPLE.read_text(encoding="utf-8")
    assert '"value": 1.8,' in text
    text = text.replace('"value": 1.8', '"value": 0.' + "0" * 400 + "1", 1)
    values = [k.value for t in loads_map(text).touchpoints for k in t.kpis]
    assert 0.0 in values


def test_a_long_digit_run_inside_text_still_loads() -> None:
    doc = sample()
    doc["map"]["info"]["description"] = "Order no. " + "7" * 200
    assert loads_map(json.dumps(doc)).info.description.endswith("7" * 200)


@pytest.mark.parametrize("order", [10**20, 2**63])
def test_huge_card_order_is_refused(order: int) -> None:
    doc = sample()
    doc["map"]["touchpoints"][0]["order"] = order
    refused(doc, "map.touchpoints[0].order", "at most")


@pytest.mark.parametrize("value", [1e300, -1e16])
def test_huge_kpi_value_is_refused(value: float) -> None:
    doc = sample()
    card = next(t for t in doc["map"]["touchpoints"] if t["kpis"])
    card["kpis"][0]["value"] = value
    refused(doc, ".kpis[0].value", "at most" if value > 0 else "at least")


@pytest.mark.parametrize(
    "when", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "1800-01-01T00:00:00Z"]
)
def test_dates_no_stage_can_format_are_refused(when: str) -> None:
    doc = sample()
    doc["map"]["info"]["modified"] = when
    refused(doc, "map.info.modified", "1900", "9998")


def test_truncated_avatar_is_refused_naming_the_persona() -> None:
    doc = sample()
    persona = doc["map"]["personas"][0]
    data = png(64, 64)
    persona["avatar"] = {
        "media_type": "image/png",
        "data": base64.b64encode(data[: len(data) // 2]).decode(),
    }
    refused(doc, "map.personas[0]", persona["name"], "damaged")


def test_decompression_bomb_avatar_is_refused_before_decoding() -> None:
    doc = sample()
    persona = doc["map"]["personas"][0]
    bomb = png(PICTURE_MAX_SIDE + 1, 20_000)  # a few tens of KB, hundreds of MB decoded
    assert len(bomb) < 512 * 1024
    persona["avatar"] = {"media_type": "image/png", "data": base64.b64encode(bomb).decode()}
    refused(doc, persona["name"], "pixels")


def test_good_avatar_still_loads() -> None:
    persona = Persona(name="Ana", avatar=Avatar(media_type="image/png", data=png(200, 100)))
    assert persona.avatar is not None


def test_control_characters_are_dropped_at_load_tab_and_newline_kept() -> None:
    doc = sample()
    doc["map"]["info"]["title"] = "Shop\x1b[2J\x1b]0;pwned\x07 map\x03"
    doc["map"]["touchpoints"][0]["description"] = "one\ttwo\nthree\x00\x7f\x9b"
    m = loads_map(json.dumps(doc))
    assert m.info.title == "Shop[2J]0;pwned map"
    assert m.touchpoints[0].description == "one\ttwo\nthree"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (png(8, 8), ("binary file", "not a cjdesigner map")),
        (b"", ("empty", "not a cjdesigner map")),
        (b"stage;persona;title\nAware;Ana;Sees an advert\n", ("not a cjdesigner map", "text")),
        (bytes(range(128, 256)) * 4, ("not a cjdesigner map", "a map is UTF-8 text")),
        (b'{"nodes": [], "edges": []}', ("not a cjdesigner map", "marker is missing")),
        (b"[1, 2, 3]", ("not a cjdesigner map", "list")),
        (b'"just a string"', ("not a cjdesigner map",)),
        (b"12.5", ("not a cjdesigner map",)),
    ],
)
def test_a_file_that_is_not_a_map_says_so_plainly(content: bytes, words: tuple[str, ...]) -> None:
    with pytest.raises(InvalidFormatError) as caught:
        loads_map(content, "shop.cjm")
    message = str(caught.value)
    for word in words:
        assert word in message, (word, message)
    assert "JSON" not in message and "Expecting" not in message, message


@pytest.mark.parametrize(
    ("where", "field", "limit"),
    [
        (("connections", 0), "label", 500),
        (("touchpoints", 0, "kpis", 0), "name", 200),
        (("touchpoints", 0, "kpis", 0), "unit", 500),
        (("channels", 0), "name", 200),
    ],
)
def test_labels_and_kpi_fields_keep_their_length_caps(
    where: tuple[Any, ...], field: str, limit: int
) -> None:
    doc = sample()
    card = doc["map"]["touchpoints"][0]
    card.setdefault("kpis", [{"name": "NPS"}])
    if not card["kpis"]:
        card["kpis"].append({"name": "NPS"})
    node: Any = doc["map"]
    for step in where:
        node = node[step]
    node[field] = "x" * (limit + 1)
    refused(doc, f".{field}", "too long", str(limit))
