"""The bundled sample maps: valid, canonical, and as rich as the README says they are."""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from cjdesigner.cli import main
from cjdesigner.export import missing_glyphs
from cjdesigner.model import Evidence, JourneyMap, Sentiment
from cjdesigner.storage import cedilla_warnings, dumps_map, load_map

SAMPLES = {
    "online-shop-purchase.cjm": "en",
    "bank-account-opening-pl.cjm": "pl",
    "mobile-subscription-ro.cjm": "ro",
}
LETTERS = {"pl": set("ąćęłńóśźż"), "ro": set("ăâîșț")}


@pytest.fixture(params=sorted(SAMPLES))
def sample(request: pytest.FixtureRequest, samples_dir: Path) -> tuple[str, JourneyMap]:
    """(file name, map) of each sample."""
    name: str = request.param
    return name, load_map(samples_dir / name).map


def _all_text(m: JourneyMap) -> str:
    return dumps_map(m)


def test_exactly_the_documented_samples_are_bundled(samples_dir: Path) -> None:
    assert sorted(p.name for p in samples_dir.glob("*.cjm")) == sorted(SAMPLES)
    assert not list(samples_dir.glob("*.bak"))


def test_samples_are_stored_in_canonical_form(samples_dir: Path) -> None:
    """Saving a sample unchanged gives the same bytes: the samples diff cleanly in git."""
    for name in SAMPLES:
        path = samples_dir / name
        assert dumps_map(load_map(path).map) == path.read_text("utf-8"), name


def test_the_cli_validates_every_sample(
    samples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", *(str(samples_dir / n) for n in SAMPLES)]) == 0
    assert capsys.readouterr().err == ""


def test_metadata_and_language(sample: tuple[str, JourneyMap]) -> None:
    name, m = sample
    assert m.info.language.value == SAMPLES[name]
    for field in ("title", "client", "author", "description", "version_label"):
        assert getattr(m.info, field).strip(), field
    assert m.info.created < m.info.modified


def test_personas_have_real_profiles(sample: tuple[str, JourneyMap]) -> None:
    _, m = sample
    assert 2 <= len(m.personas) <= 4
    assert len({p.colour for p in m.personas}) == len(m.personas)
    for p in m.personas:
        assert p.role and len(p.quote) > 30 and len(p.demographics) > 60, p.name
        assert len(p.goals) >= 2 and len(p.frustrations) >= 2, p.name


def test_touchpoints_fill_every_stage_and_persona(sample: tuple[str, JourneyMap]) -> None:
    _, m = sample
    assert len(m.touchpoints) >= 25
    cells = m.cells()
    for stage in m.stages:
        for persona in m.personas:
            assert cells.get((stage.id, persona.id)), (stage.name, persona.name)
    for stage in m.stages:
        assert stage.description and stage.goal and stage.colour


def test_every_sentiment_with_matching_emotions(sample: tuple[str, JourneyMap]) -> None:
    _, m = sample
    assert set(Counter(t.sentiment for t in m.touchpoints)) == set(Sentiment)
    emotions = set()
    for t in m.touchpoints:
        assert t.emotion is not None, t.title
        emotions.add(t.emotion)
        if t.sentiment is Sentiment.POSITIVE:
            assert t.emotion > 0, t.title
        elif t.sentiment is Sentiment.NEGATIVE:
            assert t.emotion < 0, t.title
    assert emotions == {-2, -1, 0, 1, 2}


def test_touchpoints_are_filled_in(sample: tuple[str, JourneyMap]) -> None:
    _, m = sample
    for t in m.touchpoints:
        assert len(t.description) > 30 and t.customer_action and t.owner, t.title
        if t.sentiment is Sentiment.NEGATIVE:
            assert t.pain_points and t.opportunities, t.title
    assert len({t.channel for t in m.touchpoints}) >= 8
    assert sum(len(t.opportunities) for t in m.touchpoints) >= 20
    assert sum(t.milestone for t in m.touchpoints) >= 3
    assert any(t.journey_end for t in m.touchpoints)
    assert set(Counter(t.evidence for t in m.touchpoints)) == set(Evidence)


def test_kpis_with_values_targets_and_units(sample: tuple[str, JourneyMap]) -> None:
    _, m = sample
    kpis = [k for t in m.touchpoints for k in t.kpis]
    assert sum(bool(t.kpis) for t in m.touchpoints) >= 20
    assert sum(k.value is not None and k.target is not None for k in kpis) >= 20
    assert sum(bool(k.unit) for k in kpis) >= 20
    names = " ".join(k.name for k in kpis)
    assert "NPS" in names and "CSAT" in names


def test_flows_loop_skip_and_go_back(sample: tuple[str, JourneyMap]) -> None:
    _, m = sample
    column = {s.id: i for i, s in enumerate(m.stages)}
    stage_of = {t.id: column[t.stage_id] for t in m.touchpoints}
    graph = nx.DiGraph([(c.source, c.target) for c in m.connections])
    assert nx.find_cycle(graph), "a loop: the customer repeats steps"
    jumps = [stage_of[c.target] - stage_of[c.source] for c in m.connections]
    assert any(j >= 2 for j in jumps), "a skip: a flow jumps over a stage"
    assert sum(j < 0 for j in jumps) >= 2, "flows that go back to an earlier stage"
    assert any(c.label for c in m.connections)
    # Every touchpoint takes part in the journey's flows.
    assert set(graph.nodes) == {t.id for t in m.touchpoints}


def test_real_text_with_full_diacritics(sample: tuple[str, JourneyMap]) -> None:
    name, m = sample
    text = _all_text(m)
    assert "lorem" not in text.lower() and "todo" not in text.lower()
    assert text == unicodedata.normalize("NFC", text)
    assert cedilla_warnings(m) == []
    language = SAMPLES[name]
    if language in LETTERS:
        assert LETTERS[language] <= set(text), LETTERS[language] - set(text)
    titles = [t.title for t in m.touchpoints]
    assert len(set(titles)) == len(titles)


def test_every_character_prints_in_the_pdf(sample: tuple[str, JourneyMap]) -> None:
    """Consultants hand samples out as PDFs: no character may print as an empty box."""
    _, m = sample
    assert missing_glyphs(m) == []
