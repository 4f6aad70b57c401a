"""Cards without a flow yet: left out of entry, end and dead-end findings, counted, one note.

The state of a map after a workshop (QA J8): a few flows drawn through one lane, the rest of
its cards and every card of another lane not linked yet. The editor's panel, the PDF's page
(the digest) and ``cjdesigner analyze`` all read the same report.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cjdesigner import storage
from cjdesigner.analysis import (
    FindingKind,
    ReportDigest,
    analyze,
    analyze_digest,
    analyze_graph,
    build_graph,
    left_out_note,
    report_to_json,
)
from cjdesigner.cli import main
from cjdesigner.model import JourneyMap, Sentiment

from .conftest import MapBuilder
from .test_identity import SAMPLE_FILES, SAMPLES

NEG = Sentiment.NEGATIVE
NOTES = {
    "en": "Touchpoints without a flow yet (6) are not listed as entry, end or dead-end points.",
    "pl": "Punkty styku, które nie mają jeszcze przejść (6), nie są uwzględniane jako punkty "
    "wejścia, punkty końcowe ani ślepe zaułki.",
    "ro": "Punctele de contact încă fără flux (6) nu sunt listate ca puncte de intrare, de final "
    "sau fundături.",
}
PAGE = {kind: 15 if kind == FindingKind.CRITICAL_MOMENT else 12 for kind in FindingKind}


def workshop_map() -> JourneyMap:
    """Anna: a1 (s1) → a2 (s2) → a3 (s3); a4 (s2), a5 (s4, negative), a6 (s5) not linked.
    Marek: three cards, no flow at all."""
    b = MapBuilder([("pa", "Anna"), ("pm", "Marek")], title="Workshop")
    b.card("a1", "s1", "pa", "Ad").card("a2", "s2", "pa", "Site").card("a3", "s3", "pa", "Call")
    b.card("a4", "s2", "pa", "Flyer").card("a5", "s4", "pa", "Queue", sentiment=NEG, emotion=-2)
    b.card("a6", "s5", "pa", "Review")
    b.card("m1", "s1", "pm", "Store").card("m2", "s2", "pm", "Phone", sentiment=NEG, emotion=-2)
    b.card("m3", "s3", "pm", "Pay")
    return b.flow("a1", "a2").flow("a2", "a3").build()


def _cards(report_kind: tuple[object, ...]) -> list[str]:
    return [f.touchpoint_ids[0] for f in report_kind]  # type: ignore[attr-defined]


def test_cards_without_a_flow_are_left_out_and_counted() -> None:
    report = analyze(workshop_map())
    assert _cards(report.of_kind(FindingKind.ENTRY_POINT)) == ["a1"]
    assert _cards(report.of_kind(FindingKind.END_POINT)) == ["a3"]
    assert _cards(report.of_kind(FindingKind.DEAD_END)) == ["a3"]  # Ask is not the last stage
    assert not report.of_kind(FindingKind.UNREACHABLE)
    assert report.left_out == 6
    assert report.note == NOTES["en"]
    # critical moments and gaps still count every card
    critical = report.of_kind(FindingKind.CRITICAL_MOMENT)
    assert sorted(_cards(critical)) == ["a5", "m2"]
    assert all("not yet connected" in f.message for f in critical)
    assert len(report.of_kind(FindingKind.GAP)) == 2  # Marek in s4, s5


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_the_note_is_in_the_reports_language_everywhere(language: str) -> None:
    m = workshop_map()
    report = analyze(m, language)
    assert report.note == NOTES[language] == left_out_note(6, language)
    digest = analyze_digest(m, PAGE, language)
    assert digest.left_out == report.left_out == 6
    assert digest.note == report.note
    assert digest.counts == report.counts()
    assert ReportDigest.of_report(report, PAGE) == digest
    graph_report = analyze_graph(build_graph(m), language)
    assert graph_report.left_out == 6 and graph_report.findings == report.findings


def test_json_counts_and_notes() -> None:
    doc = json.loads(json.dumps(report_to_json(analyze(workshop_map())), ensure_ascii=False))
    assert doc["counts"]["touchpoints_without_flows"] == 6
    assert doc["notes"] == [NOTES["en"]]
    assert doc["summary"]["entry_point"] == 1 and doc["summary"]["dead_end"] == 1


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_a_map_whose_every_card_has_a_flow_has_no_note(name: str) -> None:
    m = storage.load_map(SAMPLES / name).map
    report = analyze(m)
    assert report.left_out == 0 and report.note == ""
    assert report_to_json(report)["notes"] == []
    assert analyze_digest(m, PAGE).left_out == 0
    assert left_out_note(0, "pl") == ""


def test_a_map_without_any_flow_leaves_out_every_card() -> None:
    b = MapBuilder([("pa", "Anna")]).card("a1", "s1", "pa", "Ad").card("a2", "s5", "pa", "End")
    report = analyze(b.build(), "pl")
    assert report.left_out == 2
    assert not [f for f in report.findings if f.kind is not FindingKind.GAP]
    assert report.note == NOTES["pl"].replace("(6)", "(2)")


def test_the_cli_prints_the_note_under_the_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "warsztat.cjm"
    storage.save_map(workshop_map(), path)
    assert main(["analyze", str(path), "--lang", "pl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].endswith("ustalenia: 7")  # an entry, an end, a dead end, 2 critical, 2 gaps
    assert " ".join(lines[2:4]) == NOTES["pl"]
    assert main(["analyze", str(path), "--json", "--lang", "ro"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["notes"] == [NOTES["ro"]]
