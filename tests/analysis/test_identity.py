"""The analysis gives exactly the report it gave before it was made faster.

``snapshots/*.json`` hold :func:`report_to_json` of the three sample maps and of seeded
synthetic maps, written by the straightforward networkx implementation (commit b94d3c7)
before the speed work. Every finding (order, message, ids, score) and every figure must stay
the same: consultants quote the findings, and the editor and the PDF show them.

Rewrite the snapshots only when the wording or the rules change on purpose, and say so in the
commit: ``python tests/analysis/test_identity.py --write``.
"""

from __future__ import annotations

import gc
import json
import random
import sys
from pathlib import Path
from typing import Any

import pytest

from cjdesigner import storage
from cjdesigner.analysis import (
    SEVERITY,
    FindingKind,
    analyze,
    analyze_graph,
    build_graph,
    report_to_json,
)
from cjdesigner.model import (
    Connection,
    JourneyMap,
    MapInfo,
    Persona,
    Sentiment,
    Stage,
    Touchpoint,
    default_channels,
)

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SAMPLE_FILES = (
    "bank-account-opening-pl.cjm",
    "mobile-subscription-ro.cjm",
    "online-shop-purchase.cjm",
)


def seeded_map(
    seed: int, cards: int, stages: int, personas: int, flows: int, style: str
) -> JourneyMap:
    """A synthetic map; the same arguments always give the same map (``random.Random``).

    ``style``: ``"random"`` flows between any two cards (large tangles of loops, many lanes
    crossed); ``"lanes"`` journey-like flows, mostly forward within a lane, some back, skips to
    the end and hand-overs; ``"rings"`` small closed loops within lanes (cycles listed one by
    one, lanes drawn as a closed loop). Every map has an empty lane (gaps), untitled cards and
    an unnamed persona, unscored emotions and journey ends, so every message form is covered.
    """
    rng = random.Random(seed)
    stage_list = [Stage(id=f"s{i}", name=f"Etap {i + 1}") for i in range(stages)]
    persona_list = [Persona(id=f"p{i}", name=f"Persona {i + 1} Ștefan") for i in range(personas)]
    persona_list[-1] = Persona(id=f"p{personas - 1}", name="   ")
    persona_list.append(Persona(id="p_empty", name="Nobody yet"))
    channels = [c.id for c in default_channels()]
    next_order: dict[tuple[str, str], int] = {}
    touchpoints: list[Touchpoint] = []
    for i in range(cards):
        stage = f"s{rng.randrange(stages)}"
        persona = f"p{rng.randrange(personas)}"
        order = next_order.get((stage, persona), 0)
        next_order[(stage, persona)] = order + 1
        touchpoints.append(
            Touchpoint(
                id=f"t{i:04d}",
                stage_id=stage,
                persona_id=persona,
                order=order,
                title=" " if i % 17 == 0 else f"Karta {i} „{rng.choice('ąęłśź')}”",
                channel=rng.choice(channels),
                sentiment=rng.choice(list(Sentiment)),
                emotion=None if rng.random() < 0.2 else rng.randint(-2, 2),
                journey_end=rng.random() < 0.1,
            )
        )
    rng.shuffle(touchpoints)
    by_lane: dict[str, list[Touchpoint]] = {}
    for t in touchpoints:
        by_lane.setdefault(t.persona_id, []).append(t)
    for lane in by_lane.values():
        lane.sort(key=lambda t: (t.stage_id, t.order))
    pairs: list[tuple[str, str]] = []
    if style == "rings":
        for lane in by_lane.values():
            for start in range(0, len(lane) - 2, 5):
                ring = lane[start : start + rng.randint(2, 6)]
                pairs.extend((a.id, b.id) for a, b in zip(ring, [*ring[1:], ring[0]], strict=True))
    attempts = 0
    while len(pairs) < flows and attempts < flows * 20:
        attempts += 1
        source = rng.choice(touchpoints)
        if style == "random" or rng.random() < 0.08:
            target = rng.choice(touchpoints)
        else:
            lane = by_lane[source.persona_id]
            here = int(source.stage_id[1:])
            if style == "lanes" and rng.random() < 0.85:
                ahead = [t for t in lane if 0 <= int(t.stage_id[1:]) - here <= 2]
            else:
                ahead = lane
            if not ahead:
                continue
            target = rng.choice(ahead)
        pairs.append((source.id, target.id))
    seen: set[tuple[str, str]] = set()
    links: list[Connection] = []
    for source_id, target_id in pairs:
        if source_id == target_id or (source_id, target_id) in seen:
            continue
        seen.add((source_id, target_id))
        links.append(Connection(id=f"f{len(links):04d}", source=source_id, target=target_id))
    return JourneyMap(
        info=MapInfo(title=f"Seeded {style} map {seed}"),
        stages=stage_list,
        personas=persona_list,
        touchpoints=touchpoints,
        connections=links,
    )


SEEDED: dict[str, tuple[int, int, int, int, int, str]] = {
    "seeded-random-small": (1, 40, 4, 3, 45, "random"),
    "seeded-random-large": (2, 300, 6, 5, 600, "random"),
    "seeded-lanes": (3, 400, 8, 6, 700, "lanes"),
    "seeded-lanes-sparse": (4, 200, 5, 4, 150, "lanes"),
    "seeded-rings": (5, 150, 5, 4, 40, "rings"),
    "seeded-rings-dense": (6, 120, 4, 3, 90, "rings"),
}


def load(name: str) -> JourneyMap:
    """A sample map by file name, or a seeded map by its key in :data:`SEEDED`."""
    if name in SEEDED:
        return seeded_map(*SEEDED[name])
    return storage.load_map(SAMPLES / name).map


def as_json(report_json: dict[str, Any]) -> Any:
    """Through JSON and back, as ``cjdesigner analyze --json`` prints it (tuples become lists).

    A finding's ``severity`` follows from its kind alone (``SEVERITY``, checked here and in
    test_findings.py); the snapshots hold what the rules find, so it is left out of them.
    """
    doc = json.loads(json.dumps(report_json, ensure_ascii=False))
    for finding in doc["findings"]:
        assert finding.pop("severity") == SEVERITY[FindingKind(finding["kind"])].value
    return doc


def snapshot_path(name: str) -> Path:
    return SNAPSHOTS / f"{name.removesuffix('.cjm')}.json"


@pytest.mark.parametrize("name", [*SAMPLE_FILES, *SEEDED])
@pytest.mark.parametrize("route", ["analyze", "build_graph+analyze_graph"])
def test_report_is_identical_to_the_snapshot(name: str, route: str) -> None:
    """Both ways in (the CLI and PDF read the map, the editor a graph snapshot) agree.

    The snapshots hold the English wording (the Polish and Romanian samples' own language is
    tested in tests/analysis/test_map_language.py), hence ``"en"`` and no "language" key.
    """
    m = load(name)
    expected = json.loads(snapshot_path(name).read_text(encoding="utf-8"))
    if route == "analyze":
        got = snapshot_of(m)  # as write_snapshots records it
    else:
        got = as_json(report_to_json(analyze_graph(build_graph(m), "en")))
        assert got.pop("language") == "en"
    # Findings one by one first, so a failure names the first one that differs.
    for index, (g, e) in enumerate(zip(got["findings"], expected["findings"], strict=False)):
        assert g == e, f"finding {index} differs"
    assert got == expected


def test_the_writer_records_exactly_the_snapshots(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--write`` then the test is green: written now, every file equals the committed one
    (the writer once recorded the map's language and a language key the test never reads)."""
    committed = SNAPSHOTS
    monkeypatch.setattr(sys.modules[__name__], "SNAPSHOTS", tmp_path)
    write_snapshots()
    written = sorted(path.name for path in tmp_path.iterdir())
    assert written == sorted(snapshot_path(name).name for name in [*SAMPLE_FILES, *SEEDED])
    for name in written:
        assert (tmp_path / name).read_bytes() == (committed / name).read_bytes(), name


def test_seeded_maps_cover_every_finding_kind_and_message_form() -> None:
    """The snapshots are only worth something if they exercise every rule."""
    kinds: set[str] = set()
    messages: set[str] = set()
    for name in SEEDED:
        doc = json.loads(snapshot_path(name).read_text(encoding="utf-8"))
        kinds |= {k for k, n in doc["summary"].items() if n}
        messages |= {f["message"] for f in doc["findings"]}
    assert kinds == set(json.loads(snapshot_path(next(iter(SEEDED))).read_text())["summary"])
    assert any("taken as the start" in m for m in messages)
    assert any(m.startswith("Loop for") for m in messages)
    assert any("are tied together by loops" in m and m.endswith("…") for m in messages)
    assert any("not yet connected" in m for m in messages)
    assert any("(emotion not scored)" in m for m in messages)
    assert any("(untitled)" in m for m in messages)
    assert any("(unnamed)" in m for m in messages)
    assert any(" / " in m for m in messages if m.startswith("Loop for"))


def test_graph_built_once_gives_the_same_report_twice() -> None:
    """``analyze_graph`` leaves the graph as it found it (the editor may re-use a snapshot)."""
    g = build_graph(load("seeded-lanes"))
    first = report_to_json(analyze_graph(g))
    assert report_to_json(analyze_graph(g)) == first


def test_the_analysis_leaves_no_cyclic_garbage() -> None:
    """Large maps made each run leave thousands of objects for the collector's slow passes."""
    m = load("seeded-random-large")
    analyze(m)  # first-use caches (translations, regular expressions) are not garbage
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        report = analyze(m)
        g = build_graph(m)
        analyze_graph(g)
        del g
        assert gc.collect() == 0
    finally:
        if was_enabled:
            gc.enable()
    assert report.findings


def snapshot_of(m: JourneyMap) -> Any:
    """What a snapshot holds of ``m``'s report: the English wording, no "language" key and no
    severities (the test compares exactly this, so writing then testing is green)."""
    doc = as_json(report_to_json(analyze(m, "en")))
    assert doc.pop("language") == "en"
    return doc


def write_snapshots() -> None:
    """Record the current reports (only when the rules or wording change on purpose)."""
    SNAPSHOTS.mkdir(exist_ok=True)
    for name in [*SAMPLE_FILES, *SEEDED]:
        text = json.dumps(snapshot_of(load(name)), ensure_ascii=False, indent=0)
        snapshot_path(name).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        write_snapshots()
    else:
        print(__doc__)
