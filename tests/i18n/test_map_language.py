"""Generated text follows the map's language: findings, ``analyze``, canvas hints, emotion words.

One source of these words (:mod:`cjdesigner.map_language`) serves the canvas, the PDF and the
CLI; ``analyze --lang`` overrides the map's language.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cjdesigner import map_language, storage
from cjdesigner.analysis import FindingKind, analyze, kind_title
from cjdesigner.cli import main

REPO = Path(__file__).resolve().parents[2]
ANALYSIS = REPO / "cjdesigner" / "analysis"
PL_SAMPLE = REPO / "samples" / "bank-account-opening-pl.cjm"
RO_SAMPLE = REPO / "samples" / "mobile-subscription-ro.cjm"

ENGLISH = re.compile(
    r"starts at|ends at|leads nowhere|cannot be reached|jumps to|goes back to|has no touchpoint"
    r"|is negative|tied together|Loop for|\(untitled\)|\(unnamed\)|not scored|journeys pass"
)


def analysis_templates() -> set[str]:
    """Every text the analysis writes through ``ctx.say`` (its message templates)."""
    found: set[str] = set()
    for path in ANALYSIS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "say"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(node.args[0].value)
    return found


@pytest.mark.parametrize("language", ["pl", "ro"])
def test_every_analysis_message_has_a_translation(language: str) -> None:
    templates = analysis_templates()
    assert len(templates) >= 14
    assert set(map_language.FINDING_TEMPLATES) <= templates
    assert len(templates - set(map_language.FINDING_TEMPLATES)) == 3  # untitled, unnamed, score
    missing = templates - set(map_language.catalogue(language))
    assert not missing
    for template in templates:
        fields = set(re.findall(r"\{(\w+)", template))
        assert set(re.findall(r"\{(\w+)", map_language.label(template, language))) == fields
    for kind in FindingKind:
        assert kind_title(kind, language) != kind_title(kind, "en")


def test_catalogues_are_complete_and_well_written() -> None:
    pl, ro = map_language.catalogue("pl"), map_language.catalogue("ro")
    assert set(pl) == set(ro)
    assert not [t for t in ro.values() if re.search("[şţŞŢ]", t)], "Romanian needs ș ț"
    assert not [t for t in [*pl.values(), *ro.values()] if "“" in t], "use „…” quotes"
    assert map_language.quote("Zakup", "pl") == "„Zakup”"
    assert map_language.quote("Buy", "en") == "“Buy”"


@pytest.mark.parametrize(
    ("sample", "language", "word"),
    [(PL_SAMPLE, "pl", "persony"), (RO_SAMPLE, "ro", "persone")],
)
def test_findings_speak_the_maps_language(sample: Path, language: str, word: str) -> None:
    report = analyze(storage.load_map(sample).map)
    assert report.language == language
    assert report.findings
    for finding in report.findings:
        assert not ENGLISH.search(finding.message), finding.message
        assert "“" not in finding.message, finding.message
    assert any(word in f.message for f in report.findings)
    english = analyze(storage.load_map(sample).map, "en")
    assert [f.kind for f in english.findings] == [f.kind for f in report.findings]
    assert any(ENGLISH.search(f.message) for f in english.findings)


def test_analyze_prints_the_maps_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(PL_SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "Punkty wejścia" in out and "zaczyna od „" in out
    assert "Dane według etapów i person" in out
    assert not ENGLISH.search(out)
    assert main(["analyze", str(RO_SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "Puncte de intrare" in out and "începe la „" in out
    assert not ENGLISH.search(out)


@pytest.mark.parametrize("flag", ["en", "EN", " En "])
def test_lang_overrides_in_any_case(flag: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(PL_SAMPLE), "--lang", flag, "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["language"] == "en"
    assert all(not re.search("zaczyna|persony", f["message"]) for f in document["findings"])
    assert any("starts at" in f["message"] for f in document["findings"])


def test_json_messages_follow_the_map(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(RO_SAMPLE), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["language"] == "ro"
    assert all(not ENGLISH.search(f["message"]) for f in document["findings"])
    assert main(["analyze", str(RO_SAMPLE), "--json", "--lang", "pl"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert any("zaczyna od" in f["message"] for f in document["findings"])


@pytest.mark.parametrize("flag", ["xx", "polish", ""])
def test_unknown_language_is_a_usage_error(flag: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(PL_SAMPLE), "--lang", flag]) == 2
    err = capsys.readouterr().err
    assert "choose one of en, pl, ro" in err
    assert "Traceback" not in err


def test_canvas_hints_and_emotion_menu_follow_the_map(qtbot: QtBot) -> None:
    from cjdesigner.editor.canvas.items.grid import GridItem
    from cjdesigner.editor.window.inspector.widgets import EmotionCombo
    from cjdesigner.layout import compute_layout
    from cjdesigner.templates import build_map

    m = build_map("blank-5a", "pl")
    grid = GridItem(compute_layout(m))
    grid.set_language("pl")
    assert grid._empty_hint == "przeciągnij tu kanał z palety"
    grid.set_language("ro")
    assert grid._hint == "plasați aici punctele de contact"

    combo = EmotionCombo()
    qtbot.addWidget(combo)
    items = [combo.itemText(i) for i in range(combo.count())]
    assert "+2  delighted" in items
    combo.set_language("pl")
    items = [combo.itemText(i) for i in range(1, combo.count())]
    assert items == [
        "+2  zachwycony",
        "+1  zadowolony",
        "0  obojętny",
        "–1  niezadowolony",
        "–2  sfrustrowany",
    ]  # an en dash, as the map's emotion scale prints it (map_language.signed)
    axis = map_language.emotion_axis("pl")
    assert set(axis.values()) <= set(map_language.emotion_words("pl").values())


def test_the_editor_shows_core_messages_in_its_language(qtbot: QtBot, tmp_path: Path) -> None:
    """A file that cannot be opened is explained in Polish; the CLI's words stay English."""
    from cjdesigner.editor import translations
    from cjdesigner.i18n import tr

    empty = tmp_path / "pusta.cjm"
    empty.write_text("", encoding="utf-8")
    try:
        translations.install("pl")
        with pytest.raises(storage.MapFileError) as polish:
            storage.load_map(empty)
        assert "plik jest pusty." in str(polish.value)
        translations.install("ro")
        assert tr("the file is empty.") == "fișierul este gol."
    finally:
        translations.install("en")
    with pytest.raises(storage.MapFileError) as english:
        storage.load_map(empty)
    assert "the file is empty." in str(english.value)
