"""The insights page quotes a title that has its own quotes nested, in the map's language."""

from __future__ import annotations

import pytest

from cjdesigner import storage
from cjdesigner.analysis import analyze
from cjdesigner.export import ExportOptions, export_pdf_bytes
from cjdesigner.export.pdf.insights import localise_message
from cjdesigner.model import Connection, JourneyMap, MapInfo, Persona, Stage, Touchpoint
from tests.conftest import SAMPLES_DIR


def _map(language: str) -> JourneyMap:
    stages = [Stage(name="Start"), Stage(name="End"), Stage(name="After")]
    persona = Persona(name="Ada")
    sms = Touchpoint(
        stage_id=stages[0].id,
        persona_id=persona.id,
        order=0,
        title="SMS „z banku”",
        channel="website",
    )
    call = Touchpoint(
        stage_id=stages[1].id, persona_id=persona.id, order=0, title="Call", channel="website"
    )
    return JourneyMap(
        info=MapInfo(title="Quotes", language=language),
        stages=stages,
        personas=[persona],
        touchpoints=[sms, call],
        connections=[Connection(source=sms.id, target=call.id)],
    )


@pytest.mark.parametrize(
    ("language", "nested"),
    [("pl", "„SMS «z banku»”"), ("ro", "„SMS «z banku»”"), ("en", "“SMS ‘z banku’”")],
)
def test_the_insights_page_nests_a_titles_quotes(pdf, language: str, nested: str) -> None:
    data, _ = export_pdf_bytes(_map(language), ExportOptions())
    text = " ".join(pdf.texts(data))
    assert nested in text
    assert "„z banku””" not in text and "“z banku””" not in text


def test_an_english_report_worded_in_polish_keeps_the_nesting() -> None:
    """``localise_message`` turns the English inner pair into the Polish one."""
    m = storage.load_map(SAMPLES_DIR / "bank-account-opening-pl.cjm").map
    english = [f.message for f in analyze(m, "en").findings if "‘" in f.message]
    assert any("“SMS od oszusta ‘z banku’”" in message for message in english)
    for message in english:
        polish = localise_message(message, "pl")
        assert "‘" not in polish and "“" not in polish, polish
    worded = [localise_message(message, "pl") for message in english]
    assert any("„SMS od oszusta «z banku»”" in message for message in worded)
    loop = "Loop for X: “a ‘b’” → “c” → “a ‘b’”."
    assert localise_message(loop, "pl") == "Pętla (X): „a «b»” → „c” → „a «b»”."
    assert localise_message(loop, "ro") == "Buclă (X): „a «b»” → „c” → „a «b»”."
