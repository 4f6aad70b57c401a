"""The file layout: marker, version, stable diffable JSON, round trips, text normalisation."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from cjdesigner.model import JourneyMap, Persona, Stage, Touchpoint
from cjdesigner.storage import (
    DEFAULT_SUFFIX,
    FORMAT_MARKER,
    FORMAT_VERSION,
    cedilla_warnings,
    dumps_map,
    load_map,
    loads_map,
    save_map,
    with_comma_below,
)
from cjdesigner.storage.schema import SCHEMA_PATH, file_schema, schema_text


def test_constants() -> None:
    assert FORMAT_MARKER == "cjdesigner.journey-map"
    assert FORMAT_VERSION == 1
    assert DEFAULT_SUFFIX == ".cjm"


def test_layout(rich_map: JourneyMap) -> None:
    text = dumps_map(rich_map)
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert text.startswith('{\n  "format": "cjdesigner.journey-map",\n  "format_version": 1,\n')
    assert "Świadomość" in text and "Acțiune" in text  # ensure_ascii=False: readable diffs
    assert "\\u" not in text
    doc = json.loads(text)
    assert list(doc) == ["format", "format_version", "map"]
    assert list(doc["map"]) == list(JourneyMap.model_fields)
    assert list(doc["map"]["touchpoints"][0]) == list(Touchpoint.model_fields)
    assert list(doc["map"]["personas"][0]) == list(Persona.model_fields)
    # indent 2 throughout
    assert '\n    "info": {\n      "title": ' in text


def test_touchpoints_sorted_by_stage_persona_order(rich_map: JourneyMap) -> None:
    before = [t.id for t in rich_map.touchpoints]
    doc = json.loads(dumps_map(rich_map))
    # stages aware, ask, act; personas anna, ion
    assert [t["id"] for t in doc["map"]["touchpoints"]] == ["t-friend", "t-ad", "t-call", "t-act"]
    # other lists keep model order
    assert [s["id"] for s in doc["map"]["stages"]] == ["aware", "ask", "act"]
    assert [c["id"] for c in doc["map"]["connections"]] == ["c1", "c2", "c3"]
    assert [c["id"] for c in doc["map"]["channels"]] == [c.id for c in rich_map.channels]
    assert [t.id for t in rich_map.touchpoints] == before  # dumping does not change the model


def test_output_is_stable(rich_map: JourneyMap) -> None:
    text = dumps_map(rich_map)
    assert dumps_map(loads_map(text)) == text
    assert dumps_map(loads_map(dumps_map(loads_map(text)))) == text


def test_round_trip_keeps_everything(rich_map: JourneyMap) -> None:
    again = loads_map(dumps_map(rich_map))
    assert again.model_dump(exclude={"touchpoints"}) == rich_map.model_dump(exclude={"touchpoints"})
    by_id = {t.id: t for t in rich_map.touchpoints}
    assert {t.id: t for t in again.touchpoints} == by_id
    assert again.personas[0].avatar == rich_map.personas[0].avatar


def test_editing_one_field_is_a_one_line_diff(rich_map: JourneyMap) -> None:
    before = dumps_map(rich_map).splitlines()
    rich_map.touchpoint("t-call").emotion = -1
    after = dumps_map(rich_map).splitlines()
    assert len(before) == len(after)
    assert sum(a != b for a, b in zip(before, after, strict=True)) == 1


def test_any_extension_opens(tmp_path: Path, rich_map: JourneyMap) -> None:
    for name in ("map.cjm", "map.json", "map.txt", "no_extension"):
        save_map(rich_map, tmp_path / name)
        assert load_map(tmp_path / name).map.info.title == rich_map.info.title


def test_utf8_bom_is_accepted(tmp_path: Path, rich_map: JourneyMap) -> None:
    data = b"\xef\xbb\xbf" + dumps_map(rich_map).encode("utf-8")
    (tmp_path / "notepad.cjm").write_bytes(data)
    assert load_map(tmp_path / "notepad.cjm").map.info.title == rich_map.info.title
    assert loads_map("\ufeff" + dumps_map(rich_map)).info.title == rich_map.info.title


def test_loaded_text_is_nfc(rich_map: JourneyMap) -> None:
    doc = json.loads(dumps_map(rich_map))
    decomposed = unicodedata.normalize("NFD", "Zażółć gęślą jaźń")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    doc["map"]["info"]["title"] = decomposed
    doc["map"]["touchpoints"][0]["pain_points"] = [decomposed]
    doc["map"]["stages"][0]["name"] = "Acț" + "i\u0306une"  # ĭ as i + combining breve
    raw = json.dumps(doc, ensure_ascii=False)
    escaped = json.dumps(doc, ensure_ascii=True)  # the same, written as \\u escapes
    for text in (raw, escaped):
        m = loads_map(text)
        assert m.info.title == "Zażółć gęślą jaźń"
        assert m.touchpoints[0].pain_points == ["Zażółć gęślą jaźń"]
        assert m.stages[0].name == "Acțĭune"
        assert unicodedata.is_normalized("NFC", dumps_map(m))


def test_cedillas_are_kept_and_reported(rich_map: JourneyMap) -> None:
    rich_map.info.title = "Abonament în Constanţa"
    rich_map.touchpoint("t-call").pain_points = ["Aşteaptă", "ok"]
    rich_map.personas[1].name = "Ion Popescu"
    m = loads_map(dumps_map(rich_map))
    assert m.info.title == "Abonament în Constanţa"  # never changed silently
    warnings = cedilla_warnings(m)
    index = [t.id for t in m.touchpoints].index("t-call")
    assert warnings == ["map.info.title", f"map.touchpoints[{index}].pain_points[0]"]
    fixed = with_comma_below(m)
    assert fixed.info.title == "Abonament în Constanța"
    assert fixed.touchpoints[index].pain_points == ["Așteaptă", "ok"]
    assert cedilla_warnings(fixed) == []
    assert m.info.title == "Abonament în Constanţa"  # the fix is a copy


def test_comma_below_forms_give_no_warning(rich_map: JourneyMap) -> None:
    rich_map.info.title = "Constanța, Timișoara"
    assert cedilla_warnings(rich_map) == []


def test_schema_is_committed_and_fresh() -> None:
    committed = SCHEMA_PATH.read_text(encoding="utf-8")
    assert committed == schema_text(), (
        "journey-map.schema.json is stale: run  python -m cjdesigner.storage.schema --write"
    )


def test_schema_describes_the_file() -> None:
    schema = file_schema()
    assert schema["$schema"].endswith("2020-12/schema")
    assert schema["required"] == ["format", "format_version", "map"]
    assert schema["properties"]["format"]["const"] == FORMAT_MARKER
    assert schema["properties"]["format_version"]["const"] == FORMAT_VERSION
    assert schema["additionalProperties"] is False
    touchpoint = schema["$defs"]["Touchpoint"]
    assert touchpoint["additionalProperties"] is False
    emotion = touchpoint["properties"]["emotion"]["anyOf"][0]
    assert (emotion["minimum"], emotion["maximum"]) == (-2, 2)
    assert schema["$defs"]["Sentiment"]["enum"] == ["positive", "neutral", "negative"]


def test_schema_cli(capsys: pytest.CaptureFixture[str]) -> None:
    from cjdesigner.storage.schema import main

    assert main([]) == 0
    assert capsys.readouterr().out == schema_text()
    assert main(["--bogus"]) == 2


def test_minimal_file_uses_model_defaults() -> None:
    text = json.dumps({"format": FORMAT_MARKER, "format_version": 1, "map": {}})
    m = loads_map(text)
    assert m.stages == [] and m.touchpoints == []
    assert [c.id for c in m.channels][:2] == ["website", "social"]


def test_hand_built_map_saved_then_loaded(tmp_path: Path) -> None:
    m = JourneyMap(stages=[Stage(name="Ask")], personas=[Persona(name="Ştefan")])
    save_map(m, tmp_path / "x.cjm")
    loaded = load_map(tmp_path / "x.cjm")
    assert loaded.map == m
    assert loaded.path == tmp_path / "x.cjm"
