"""Mermaid journeys: one per persona, escaped for Mermaid's grammar, saying what is left out."""

from __future__ import annotations

import re
from pathlib import Path

from cjdesigner.export.mermaid import mermaid_journeys, mermaid_text, score
from cjdesigner.model import Sentiment, Touchpoint
from cjdesigner.storage import load_map
from cjdesigner.templates import build_map

SHOP = Path(__file__).parents[2] / "samples" / "online-shop-purchase.cjm"
# Mermaid's journey grammar: a section name and a task name stop at # : ; or a line break;
# the task's data is the score and comma-separated actors.
SECTION = re.compile(r"^    section [^#:\n;]+$")
TASK = re.compile(r"^      [^#:\n;]+: [1-5]: [^#:\n;,]+$")


def test_each_persona_gets_a_journey_with_stages_as_sections() -> None:
    m = load_map(SHOP).map
    text, notes = mermaid_journeys(m)
    diagrams = text.count("\njourney\n") + text.startswith("journey\n")
    assert diagrams == len(m.personas)
    for line in text.splitlines():
        if line.startswith("    section"):
            assert SECTION.match(line), line
        elif line.startswith("      "):
            assert TASK.match(line), line
    assert any("flows left out" in note for note in notes)
    assert any("render" in note for note in notes)


def test_grammar_characters_are_escaped() -> None:
    m = build_map("blank-5a", "ro")
    m.stages[0].name = "Etapa #1: start; apoi"
    m.personas[0].name = "Ana, Ion: clienți"
    m.touchpoints.append(
        Touchpoint(
            stage_id=m.stages[0].id,
            persona_id=m.personas[0].id,
            title="Apel: 20% reducere;\n#oferta",
            channel="phone",
            sentiment=Sentiment.NEGATIVE,
        )
    )
    text, notes = mermaid_journeys(m)
    lines = text.splitlines()
    section = next(line for line in lines if line.startswith("    section"))
    task = next(line for line in lines if line.startswith("      "))
    assert SECTION.match(section) and TASK.match(task), (section, task)
    assert task.endswith(": 2: Ana‚ Ion꞉ clienți")  # no emotion: scored from the sentiment
    assert any("scored from their sentiment" in n for n in notes)
    assert mermaid_text("") == "–"


def test_scores() -> None:
    t = Touchpoint(stage_id="s", persona_id="p", title="t", channel="c", emotion=-2)
    assert score(t) == 1
    assert score(t.model_copy(update={"emotion": 2})) == 5


def test_markdown_wraps_each_journey_in_a_fenced_block() -> None:
    m = load_map(SHOP).map
    text, notes = mermaid_journeys(m, markdown=True)
    assert text.count("```mermaid\njourney\n") == len(m.personas)
    assert not any("render" in note for note in notes)
