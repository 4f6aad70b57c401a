"""Regenerate the corpus of bad map files in ``bad_files/`` (one file per case).

    python tests/storage/make_bad_files.py

The files are committed; this script documents how each was made. ``test_bad_files.py`` holds
the expected error of every file and fails on a file it has no expectation for.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cjdesigner.model import Connection, JourneyMap, MapInfo, Persona, Stage, Touchpoint
from cjdesigner.storage import dumps_map

OUT = Path(__file__).parent / "bad_files"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24


def base_doc() -> dict[str, Any]:
    when = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
    m = JourneyMap(
        info=MapInfo(title="Bad files base", created=when, modified=when),
        stages=[Stage(id="s0", name="Aware"), Stage(id="s1", name="Act")],
        personas=[Persona(id="p0", name="Zofia")],
        touchpoints=[
            Touchpoint(id="t0", stage_id="s0", persona_id="p0", title="Ad", channel="advertising"),
            Touchpoint(
                id="t1", stage_id="s0", persona_id="p0", order=1, title="Site", channel="website"
            ),
            Touchpoint(
                id="t2", stage_id="s1", persona_id="p0", title="Buy", channel="store", emotion=1
            ),
        ],
        connections=[Connection(id="c0", source="t0", target="t2")],
    )
    return json.loads(dumps_map(m))


def text_of(doc: Any) -> bytes:
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def edit(change: Callable[[dict[str, Any]], None]) -> bytes:
    doc = copy.deepcopy(base_doc())
    change(doc)
    return text_of(doc)


def tp(doc: dict[str, Any], index: int) -> dict[str, Any]:
    return doc["map"]["touchpoints"][index]


def cases() -> dict[str, bytes]:
    good = text_of(base_doc())
    return {
        "not_json.cjm": b"Customer journey: Aware -> Ask -> Act\n",
        "truncated.cjm": good[: len(good) // 2],
        "empty.cjm": b"",
        "whitespace_only.cjm": b"  \n\n",
        "binary.cjm": PNG + bytes(range(256)),
        "invalid_utf8.cjm": good.replace(b'"Zofia"', b'"Zofia \xff\xfe"'),
        "utf16.cjm": good.decode("utf-8").encode("utf-16"),
        "top_level_array.cjm": b"[1, 2, 3]\n",
        "missing_format_marker.cjm": text_of(base_doc()["map"]),
        "wrong_format_marker.cjm": edit(lambda d: d.update(format="vendor.diagram")),
        "missing_format_version.cjm": edit(lambda d: d.pop("format_version")),
        "format_version_text.cjm": edit(lambda d: d.update(format_version="1")),
        "newer_version.cjm": edit(lambda d: d.update(format_version=99)),
        "older_unknown_version.cjm": edit(lambda d: d.update(format_version=0)),
        "unknown_top_level_field.cjm": edit(lambda d: d.update(comments=["hi"])),
        "missing_map.cjm": edit(lambda d: d.pop("map")),
        "map_not_object.cjm": edit(lambda d: d.update(map=[])),
        "wrong_types.cjm": edit(lambda d: tp(d, 1).update(order="second")),
        "number_as_text.cjm": edit(lambda d: tp(d, 2).update(emotion="1")),
        "flag_as_number.cjm": edit(lambda d: tp(d, 0).update(milestone=1)),
        "kpi_not_a_number.cjm": edit(
            lambda d: tp(d, 1).update(kpis=[{"name": "NPS", "value": float("nan")}])
        ),
        "unknown_sentiment.cjm": edit(lambda d: tp(d, 0).update(sentiment="ecstatic")),
        "missing_required_field.cjm": edit(lambda d: tp(d, 2).pop("title")),
        "unknown_field.cjm": edit(lambda d: tp(d, 0).update(mood="happy")),
        "duplicate_ids.cjm": edit(lambda d: tp(d, 1).update(id="t0")),
        "dangling_stage_reference.cjm": edit(lambda d: tp(d, 2).update(stage_id="s9")),
        "dangling_connection.cjm": edit(lambda d: d["map"]["connections"][0].update(target="gone")),
        "emotion_out_of_range.cjm": edit(lambda d: tp(d, 2).update(emotion=5)),
        "bad_base64_avatar.cjm": edit(
            lambda d: d["map"]["personas"][0].update(
                avatar={"media_type": "image/png", "data": "not base64!!"}
            )
        ),
        "avatar_not_png.cjm": edit(
            lambda d: d["map"]["personas"][0].update(
                avatar={"media_type": "image/png", "data": "R0lGODlhAQABAAAAACw="}
            )
        ),
        "bad_colour.cjm": edit(lambda d: d["map"]["personas"][0].update(colour="blue")),
        "date_without_timezone.cjm": edit(
            lambda d: d["map"]["info"].update(created="2026-01-05T12:00:00")
        ),
        "title_too_long.cjm": edit(lambda d: tp(d, 0).update(title="x" * 201)),
        "many_problems.cjm": edit(
            lambda d: [tp(d, i).update(emotion=9, sentiment="meh") for i in range(3)]
        ),
    }


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, data in cases().items():
        (OUT / name).write_bytes(data)
    print(f"wrote {len(cases())} files to {OUT}")


if __name__ == "__main__":
    main()
