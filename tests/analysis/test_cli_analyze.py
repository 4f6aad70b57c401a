"""``cjdesigner analyze FILE [--json]``: text, JSON, exit codes and clear messages for bad files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cjdesigner import storage
from cjdesigner.analysis import SEVERITY, FindingKind, analyze
from cjdesigner.cli import main
from cjdesigner.cli.analyze import display_width
from cjdesigner.model import JourneyMap


@pytest.fixture
def shop_file(shop_map: JourneyMap, tmp_path: Path) -> Path:
    path = tmp_path / "sklep — ścieżka.cjm"
    storage.save_map(shop_map, path)
    return path


def test_json_output(shop_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(shop_file), "--json"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    doc = json.loads(out)
    assert doc["format"] == "cjdesigner.analysis"
    assert doc["format_version"] == 1
    assert doc["file"] == str(shop_file)
    assert doc["title"] == "Online shop"
    assert doc["counts"] == {
        "stages": 5,
        "personas": 3,
        "touchpoints": 14,
        "connections": 14,
        "touchpoints_without_flows": 1,  # Zofia's one card
    }
    assert doc["notes"] == [
        "Touchpoints without a flow yet (1) are not listed as entry, end or dead-end points."
    ]
    assert doc["summary"]["dead_end"] == 2
    assert set(doc["summary"]) == {k.value for k in FindingKind}
    by_kind: dict[str, list[dict[str, object]]] = {}
    for finding in doc["findings"]:
        assert set(finding) == {
            "kind",
            "severity",
            "message",
            "touchpoint_ids",
            "connection_ids",
            "persona_id",
            "stage_id",
            "score",
        }
        assert finding["severity"] == SEVERITY[FindingKind(finding["kind"])].value
        by_kind.setdefault(str(finding["kind"]), []).append(finding)
    assert [f["touchpoint_ids"] for f in by_kind["dead_end"]] == [["a_promo"], ["m_pay"]]
    assert [f["touchpoint_ids"] for f in by_kind["unreachable"]] == [["a_forum"], ["a_faq"]]
    skip = by_kind["skip"][0]
    assert skip["touchpoint_ids"] == ["a_ad", "a_buy"]
    assert skip["connection_ids"] == ["a_ad:a_buy"]
    assert skip["persona_id"] == "pa"
    assert skip["score"] == 2.0
    critical = by_kind["critical_moment"]
    assert [f["touchpoint_ids"][0] for f in critical[:4]] == [
        "a_buy",
        "a_call",
        "a_chat",
        "a_promo",
    ]
    assert critical[0]["score"] == pytest.approx(0.8)
    gap = by_kind["gap"][0]
    assert (gap["persona_id"], gap["stage_id"], gap["touchpoint_ids"]) == ("pm", "s2", [])
    # The same findings, in the same order, as the library gives.
    report = analyze(storage.load_map(shop_file).map)
    assert [f["message"] for f in doc["findings"]] == [f.message for f in report.findings]
    figures = {(f["stage_id"], f["persona_id"]): f for f in doc["figures"]}
    ask = figures["s3", "pa"]
    assert ask["stage"] == "Ask"
    assert ask["persona"] == "Anna"
    assert ask["sentiment"] == {"positive": 0, "neutral": 1, "negative": 2}
    assert ask["average_emotion"] == pytest.approx(-1.5)
    assert ask["channels"] == [
        {"id": "website", "name": "Website", "count": 1},
        {"id": "phone", "name": "Phone / call centre", "count": 1},
        {"id": "chat", "name": "Chat / support", "count": 1},
    ]
    assert figures["s2", "pm"]["average_emotion"] is None
    assert [t["stage_id"] for t in doc["stage_totals"]] == ["s1", "s2", "s3", "s4", "s5"]


def test_text_output_groups_by_kind_and_aligns_the_figures(
    shop_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyze", str(shop_file)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Online shop"
    assert lines[1] == (
        "personas: 3 · stages: 5 · touchpoints: 14 · connections: 14 · findings: 29"
    )
    assert lines[2] == (  # Zofia's one card has no flow yet
        "Touchpoints without a flow yet (1) are not listed as entry, end or dead-end points."
    )
    headings = [line for line in lines if line and not line.startswith(" ")][3:]
    assert headings == [  # problems first, then what may be intended, facts last
        "Dead ends (2)",
        "Unreachable touchpoints (2)",
        "Gaps (6)",
        "Critical moments (6)",
        "Loops (3)",
        "Skipped stages (2)",
        "Backward flows (2)",
        "Entry points (2)",
        "End points (4)",
        "Figures per stage and persona",
    ]
    dead = lines.index("Dead ends (2)")
    assert lines[dead + 1].startswith("  • “Promo e-mail” (Appeal, Anna) leads nowhere")
    assert all(len(line) <= 100 for line in lines[: lines.index("Figures per stage and persona")])
    table = lines[lines.index("Figures per stage and persona") + 1 :]
    assert table[0].split() == [
        "Stage",
        "Persona",
        "Touchpoints",
        "Positive",
        "Neutral",
        "Negative",
        "Avg",
        "emotion",
        "Channels",
    ]
    # 5 stages × (3 personas + all personas) rows; numbers right-aligned under their heading.
    assert len(table) == 1 + 5 * 4
    right_edge = table[0].index("Avg emotion") + len("Avg emotion")
    ask_anna = next(row for row in table if row.lstrip().startswith("Ask"))
    assert ask_anna[:right_edge].endswith("-1.5")
    gap_row = table[table.index(ask_anna) - 3]  # Appeal, Marek: no card
    assert "Marek" in gap_row
    assert gap_row[:right_edge].endswith("–")


def test_an_unreadable_file_is_one_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "zepsuta.cjm"
    bad.write_text('{"format": "cjdesigner.journey-map", "format_version": 1, "map": {', "utf-8")
    assert main(["analyze", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "zepsuta.cjm" in err
    assert "Traceback" not in err
    assert err.count("\n") == 1


def test_a_missing_file_and_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(tmp_path / "nie-ma.cjm")]) == 1
    assert "nie-ma.cjm" in capsys.readouterr().err
    assert main(["analyze", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert str(tmp_path.name) in err
    assert "Traceback" not in err


def test_wrong_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze"]) == 2
    assert "FILE" in capsys.readouterr().err


def test_display_width_counts_what_a_terminal_shows() -> None:
    assert display_width("Ștefan") == 6
    assert display_width("S\u0326tefan") == 6  # S + combining comma below
    assert display_width("日本") == 4


def test_the_console_script_runs_analyze(shop_file: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cjdesigner", "analyze", "--json", str(shop_file)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["loop"] == 3


# -- the bundled samples ----------------------------------------------------------------------


def test_every_sample_is_analysed_with_its_loops_and_skips(
    samples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = sorted(samples_dir.glob("*.cjm"))
    assert files, "the samples folder has no maps"
    for path in files:
        report = analyze(storage.load_map(path).map)
        counts = report.counts()
        # The samples are written to show non-linear journeys: each has a loop and a skip.
        assert counts[FindingKind.LOOP] >= 1, path.name
        assert counts[FindingKind.SKIP] >= 1, path.name
        for finding in report.of_kind(FindingKind.LOOP) + report.of_kind(FindingKind.SKIP):
            assert len(finding.touchpoint_ids) >= 2
            assert finding.connection_ids
        assert main(["analyze", str(path)]) == 0
        assert main(["analyze", "--json", str(path)]) == 0
        capsys.readouterr()
