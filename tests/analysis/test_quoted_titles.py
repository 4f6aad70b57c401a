"""A card title with its own quotes stands inside a message's quotes nested, per language.

Messages put titles between the language's quotation marks („…” or “…”); a title such as
SMS od oszusta „z banku” printed „SMS od oszusta „z banku”” — two openings, two closings, and
no way to tell where the title ends. Its own quotes become the inner pair: Polish and
Romanian „…«…»…”, English “…‘…’…”.
"""

from __future__ import annotations

import pytest

from cjdesigner import map_language
from cjdesigner.analysis import FindingKind, analyze
from cjdesigner.model import Connection, JourneyMap, MapInfo, Persona, Stage, Touchpoint

NESTED = {
    "pl": "„SMS od oszusta «z banku»”",
    "ro": "„SMS od oszusta «z banku»”",
    "en": "“SMS od oszusta ‘z banku’”",
}


def _map(language: str, title: str = "SMS od oszusta „z banku”") -> JourneyMap:
    """Two stages, one persona: a dead end and a loop through the quoted title."""
    stages = [Stage(name="Start"), Stage(name="Middle"), Stage(name="End")]
    persona = Persona(name="Ada")
    quoted = Touchpoint(
        stage_id=stages[0].id, persona_id=persona.id, order=0, title=title, channel="website"
    )
    other = Touchpoint(
        stage_id=stages[1].id, persona_id=persona.id, order=0, title="Call", channel="phone"
    )
    return JourneyMap(
        info=MapInfo(title="Quotes", language=language),
        stages=stages,
        personas=[persona],
        touchpoints=[quoted, other],
        connections=[
            Connection(source=quoted.id, target=other.id),
            Connection(source=other.id, target=quoted.id),
        ],
    )


@pytest.mark.parametrize("language", ["pl", "ro", "en"])
def test_a_quoted_title_nests_in_every_message(language: str) -> None:
    report = analyze(_map(language))
    naming = [f.message for f in report.findings if "banku" in f.message]
    kinds = {f.kind for f in report.findings if "banku" in f.message}
    assert {FindingKind.LOOP, FindingKind.BACKWARD_FLOW, FindingKind.ENTRY_POINT} <= kinds
    for message in naming:
        assert NESTED[language] in message, message
        assert "„z banku”" not in message and "“z banku”" not in message


def test_straight_quotes_and_english_quotes_nest_too() -> None:
    m = _map("pl", 'Plakat "Emerytura bez opłat" przy poczcie')
    messages = " ".join(f.message for f in analyze(m).findings)
    assert "„Plakat «Emerytura bez opłat» przy poczcie”" in messages
    m = _map("en", "The “best” offer")
    messages = " ".join(f.message for f in analyze(m).findings)
    assert "“The ‘best’ offer”" in messages


def test_a_title_without_quotes_and_an_apostrophe_stay_as_typed() -> None:
    m = _map("en", "Marek’s call")
    messages = [f.message for f in analyze(m).findings if "Marek" in f.message]
    assert messages and all("“Marek’s call”" in message for message in messages)


def test_map_language_quote_nests() -> None:
    assert map_language.quote("Plakat „Emerytura”", "pl") == "„Plakat «Emerytura»”"
    assert map_language.quote('SMS "z banku"', "ro") == "„SMS «z banku»”"
    assert map_language.quote("The “best” offer", "en") == "“The ‘best’ offer”"
    assert map_language.quote("Plakat «Emerytura»", "pl") == "„Plakat «Emerytura»”"
    assert map_language.quote("plain", "de") == "“plain”"


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
@pytest.mark.parametrize(
    "title",
    ["Plain title", 'Straight "quoted" words', "Polish „cytat” here", "“curly” start", "end”"],
)
def test_context_titles_are_inner_quoted_exactly_when_they_hold_a_quote(
    language: str, title: str
) -> None:
    """The analysis looks for a title's own quotes before nesting them: every title comes out
    as :func:`map_language.inner_quotes` makes it, with a quote or without."""
    from cjdesigner.analysis.context import Context
    from cjdesigner.analysis.graph import map_data

    m = _map(language, title)
    ctx = Context(map_data(m), language)
    assert ctx.titles[m.touchpoints[0].id] == map_language.inner_quotes(title, language)
