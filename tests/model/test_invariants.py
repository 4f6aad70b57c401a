"""The model refuses broken maps with messages that name the item's path."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pydantic import ValidationError

from cjdesigner.model import (
    AVATAR_MAX_BYTES,
    Avatar,
    Channel,
    Connection,
    JourneyMap,
    Kpi,
    Persona,
    Stage,
    Touchpoint,
)
from cjdesigner.model.integrity import _sound, integrity_problems
from cjdesigner.model.text import cedilla_to_comma, has_cedilla_forms, nfc


def build(**parts: object) -> JourneyMap:
    base: dict[str, object] = {
        "stages": [Stage(id="s0", name="Awareness")],
        "personas": [Persona(id="p0", name="Anna")],
    }
    base.update(parts)
    return JourneyMap.model_validate(base)


def card(**fields: object) -> Touchpoint:
    values: dict[str, object] = {
        "stage_id": "s0",
        "persona_id": "p0",
        "title": "Ad",
        "channel": "website",
    }
    values.update(fields)
    return Touchpoint.model_validate(values)


def test_valid_map_builds() -> None:
    m = build(touchpoints=[card(id="t0")])
    assert m.touchpoint("t0").title == "Ad"


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (
            {"stages": [Stage(id="x", name="A"), Stage(id="x", name="B")]},
            "stages[1]: id 'x' is already used by stages[0]",
        ),
        (
            {"touchpoints": [card(stage_id="nope")]},
            "touchpoints[0].stage_id: there is no stage with id 'nope'",
        ),
        (
            {"touchpoints": [card(persona_id="nope")]},
            "touchpoints[0].persona_id: there is no persona",
        ),
        (
            {"touchpoints": [card(channel="fax")]},
            "touchpoints[0].channel: there is no channel with id 'fax'",
        ),
        (
            {"touchpoints": [card(id="a"), card(id="b")]},
            "touchpoints[1].order: another touchpoint of the same cell",
        ),
        (
            {"touchpoints": [card(id="a")], "connections": [Connection(source="a", target="zzz")]},
            "connections[0].target: there is no touchpoint with id 'zzz'",
        ),
        (
            {"touchpoints": [card(id="a")], "connections": [Connection(source="a", target="a")]},
            "connections[0]: a connection must join two different touchpoints",
        ),
        (
            {
                "touchpoints": [card(id="a"), card(id="b", order=1)],
                "connections": [
                    Connection(source="a", target="b"),
                    Connection(source="a", target="b"),
                ],
            },
            "connections[1]: the same two touchpoints are already connected",
        ),
        (
            {"touchpoints": [card(id="s0")]},
            "touchpoints[0]: id 's0' is already used by stages[0]",
        ),
        (
            {
                "touchpoints": [card(id="a"), card(id="b", order=1)],
                "connections": [Connection(id="b", source="a", target="b")],
            },
            "connections[0]: id 'b' is already used by touchpoints[1]",
        ),
        (
            {"channels": [Channel(id="web", name="Web"), Channel(id="web", name="Site")]},
            "channels[1]: channel id 'web' appears twice",
        ),
        (
            {"touchpoints": [card(id="a")], "connections": [Connection(source="zzz", target="a")]},
            "connections[0].source: there is no touchpoint with id 'zzz'",
        ),
    ],
)
def test_integrity_problems_name_the_path(parts: dict[str, object], expected: str) -> None:
    with pytest.raises(ValidationError) as info:
        build(**parts)
    assert expected in str(info.value)


@pytest.mark.parametrize("emotion", [-3, 3, 10])
def test_emotion_out_of_range_is_refused(emotion: int) -> None:
    with pytest.raises(ValidationError, match="emotion"):
        card(emotion=emotion)


def test_unknown_field_is_refused() -> None:
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        Touchpoint.model_validate(
            {
                "stage_id": "s0",
                "persona_id": "p0",
                "title": "x",
                "channel": "website",
                "colour": "red",
            }
        )


def test_text_caps() -> None:
    with pytest.raises(ValidationError, match="at most 200 characters"):
        Stage(name="x" * 201)
    with pytest.raises(ValidationError):
        card(pain_points=["p"] * 101)


def test_assignment_is_checked() -> None:
    t = card()
    with pytest.raises(ValidationError):
        t.sentiment = "great"  # type: ignore[assignment]


def test_avatar_signature_and_cap() -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 100
    assert Avatar(media_type="image/png", data=png).data == png
    with pytest.raises(ValidationError, match="not a JPEG image"):
        Avatar(media_type="image/jpeg", data=png)
    with pytest.raises(ValidationError, match="at most"):
        Avatar(media_type="image/png", data=png + b"\0" * AVATAR_MAX_BYTES)
    with pytest.raises(ValidationError, match="not valid base64"):
        Avatar.model_validate({"media_type": "image/png", "data": "!!not base64!!"})


def test_avatar_round_trips_as_base64_in_json() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (3, 2), (0, 114, 178)).save(buffer, "PNG")
    png = buffer.getvalue()
    persona = Persona(name="Ana", avatar=Avatar(media_type="image/png", data=png))
    again = Persona.model_validate_json(persona.model_dump_json())
    assert again.avatar is not None and again.avatar.data == png


def test_text_is_nfc_normalised() -> None:
    decomposed = "Za\u0304z\u0307o\u0301\u0142c\u0301"  # combining marks
    stage = Stage(name=decomposed)
    assert stage.name == nfc(decomposed)
    assert len(stage.name) < len(decomposed)


def test_romanian_cedilla_is_detected_not_changed() -> None:
    stage = Stage(name="Conştientizare")
    assert stage.name == "Conştientizare"  # never changed silently
    assert has_cedilla_forms(stage.name)
    assert cedilla_to_comma(stage.name) == "Conștientizare"
    assert not has_cedilla_forms("Conștientizare")


def test_kpi_and_initials() -> None:
    kpi = Kpi(name="NPS", value=32, target=45, unit="points")
    assert kpi.value == 32.0
    assert Persona(name="Anna Kowalska").initials == "AK"
    assert Persona(name="Ștefan").initials == "ȘT"
    assert Persona(name="  ").initials == "?"


def test_many_problems_are_summarised() -> None:
    cards = [card(id=f"t{i}", stage_id="gone", order=i) for i in range(40)]
    with pytest.raises(ValidationError, match="and 20 more problems"):
        build(touchpoints=cards)


def test_sound_maps_pass_the_quick_check_and_broken_ones_do_not() -> None:
    """The set-based check that spares the walk agrees with it: the walk finds nothing where
    it passes, and it never passes a map the walk finds a problem in."""
    good = build(
        touchpoints=[card(id="a"), card(id="b", order=1)],
        connections=[Connection(source="a", target="b"), Connection(source="b", target="a")],
    )
    assert _sound(good) and integrity_problems(good) == []
    broken = [
        good.model_copy(update={"touchpoints": [*good.touchpoints, good.touchpoints[0]]}),
        good.model_copy(update={"connections": [*good.connections, good.connections[0]]}),
        good.model_copy(update={"channels": [*good.channels, good.channels[0]]}),
        good.model_copy(update={"stages": []}),
        good.model_copy(update={"personas": []}),
        good.model_copy(update={"touchpoints": good.touchpoints[:1]}),
    ]
    for m in broken:
        assert not _sound(m)
        assert integrity_problems(m)


def test_control_characters_leave_every_text() -> None:
    """C0 and C1 controls go, in printable-looking and multi-line texts alike; tab, line
    feed and carriage return stay."""
    assert nfc("Shop\x1b[2J map\x07") == "Shop[2J map"
    assert nfc("a\x85b\x9fc\x7f") == "abc"
    assert nfc("line\nnext\x02\tcell\r") == "line\nnext\tcell\r"
    assert nfc("Zaz\u0307o\u0301\u0142c\u0301\x01") == "Zażółć"
    assert nfc("\u00a0Łódź") == "\u00a0Łódź"
