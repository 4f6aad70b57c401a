"""The "Journey insights" page: heading, known findings, bounded length, map language."""

from __future__ import annotations

import pytest

from cjdesigner.analysis import FindingKind, analyze, left_out_note
from cjdesigner.export import ExportOptions, export_pdf_bytes
from cjdesigner.export.pdf.insights import (
    MAX_CRITICAL,
    MAX_MESSAGES,
    TEMPLATES_PL,
    TEMPLATES_RO,
    format_average,
    localise_message,
)
from cjdesigner.map_language import label
from cjdesigner.model import (
    Connection,
    JourneyMap,
    Language,
    MapInfo,
    Persona,
    Sentiment,
    Stage,
    Touchpoint,
)

HEADINGS = {
    Language.EN: "Journey insights",
    Language.PL: "Wnioski ze ścieżki klienta",
    Language.RO: "Concluzii despre parcursul clientului",
}


def _flow_map(language: Language = Language.EN) -> JourneyMap:
    """Entry → Form ⇄ Review (a loop and a backward flow), Entry → Stuck (a dead end)."""
    stages = [Stage(name="Aware"), Stage(name="Apply"), Stage(name="Decide"), Stage(name="Use")]
    persona = Persona(name="Ada")

    def card(title: str, stage: int, order: int = 0, sentiment: str = "neutral") -> Touchpoint:
        return Touchpoint(
            stage_id=stages[stage].id,
            persona_id=persona.id,
            order=order,
            title=title,
            channel="website",
            sentiment=Sentiment(sentiment),
            emotion=-2 if sentiment == "negative" else 1,
        )

    entry, form, stuck = card("Entry", 0), card("Form", 1), card("Stuck", 1, 1)
    review, done = card("Review", 2, sentiment="negative"), card("Done", 3)
    flows = [(entry, form), (form, review), (review, form), (entry, stuck), (review, done)]
    return JourneyMap(
        info=MapInfo(title="Flows", language=language),
        stages=stages,
        personas=[persona],
        touchpoints=[entry, form, stuck, review, done],
        connections=[Connection(source=a.id, target=b.id) for a, b in flows],
    )


def _insight_pages(texts: list[str], language: Language) -> list[str]:
    """The pages from the insights heading up to the touchpoint tables."""
    first = next(i for i, t in enumerate(texts) if HEADINGS[language] in t)
    end = next(
        (i for i in range(first + 1, len(texts)) if "Touchpoint Description" in texts[i]),
        len(texts),
    )
    return texts[first:end]


def test_the_pdf_carries_the_insights_page_with_known_findings(pdf) -> None:
    m = _flow_map()
    report = analyze(m)
    dead_end = report.of_kind(FindingKind.DEAD_END)[0].message
    assert "Stuck" in dead_end
    data, _ = export_pdf_bytes(m, ExportOptions(page="A3"))
    texts = pdf.texts(data)
    pages = _insight_pages(texts, Language.EN)
    assert len(pages) == 1
    page = pages[0]
    assert "Touchpoints: 5 · Flows: 5" in page
    for heading in ("Critical moments (1)", "Dead ends (1)", "Loops (1)", "Figures by stage"):
        assert heading in page
    assert "“Stuck” (Apply, Ada) leads nowhere" in page
    assert "Loop for Ada: “Form” → “Review” → “Form”." in page
    # critical moments come before the other kinds
    assert page.index("Critical moments") < page.index("Dead ends") < page.index("Loops")
    # the figures table: one row per stage and a total
    assert "All stages 5" in page


def test_no_insights_leaves_the_page_out(pdf) -> None:
    m = _flow_map()
    with_page, _ = export_pdf_bytes(m, ExportOptions())
    without, _ = export_pdf_bytes(m, ExportOptions(insights=False))
    assert any("Journey insights" in t for t in pdf.texts(with_page))
    assert not any("Journey insights" in t for t in pdf.texts(without))
    assert not any(
        "Journey insights" in t
        for t in pdf.texts(export_pdf_bytes(m, ExportOptions(details=False))[0])
    )


@pytest.mark.parametrize("language", [Language.PL, Language.RO])
def test_headings_and_messages_in_the_map_language(pdf, language: Language) -> None:
    data, _ = export_pdf_bytes(_flow_map(language), ExportOptions())
    page = " ".join(_insight_pages(pdf.texts(data), language))
    assert HEADINGS[language] in page
    assert "leads nowhere" not in page and "Loop for" not in page
    dead_end = {
        Language.PL: "„Stuck” (Apply, Ada) nie prowadzi dalej",
        Language.RO: "„Stuck” (Apply, Ada) nu duce nicăieri",
    }[language]
    assert dead_end in page
    assert {Language.PL: "Wszystkie etapy", Language.RO: "Toate etapele"}[language] in page


@pytest.mark.parametrize("language", [Language.EN, Language.PL, Language.RO])
def test_cards_without_a_flow_are_noted_once_not_listed(pdf, language: Language) -> None:
    """QA J8: an unlinked card is no entry point, end point or dead end "leading nowhere"; the
    page says how many such cards it leaves out, with the counts the editor and the CLI show."""
    m = _flow_map(language)
    ada = m.personas[0].id
    m.touchpoints.append(  # a card of the workshop's sheet not linked yet
        Touchpoint(stage_id=m.stages[1].id, persona_id=ada, order=2, title="Flyer", channel="email")
    )
    report = analyze(m)
    assert report.left_out == 1
    data, _ = export_pdf_bytes(m, ExportOptions())
    page = " ".join(_insight_pages(pdf.texts(data), language))
    assert left_out_note(1, str(language)) in page
    assert "(1)" in left_out_note(1, str(language))
    findings_part = page.split(label("Figures by stage", str(language)))[0]
    assert "Flyer" not in findings_part  # listed in no finding
    findings = {Language.EN: "Findings", Language.PL: "Ustalenia", Language.RO: "Constatări"}
    assert f"{findings[language]}: {len(report.findings)}" in page
    # a map whose every card has a flow: no note
    plain = " ".join(_insight_pages(pdf.texts(export_pdf_bytes(_flow_map(language))[0]), language))
    assert left_out_note(1, str(language))[:20] not in plain


def test_every_message_template_is_worded_in_polish_and_romanian() -> None:
    assert set(TEMPLATES_PL) == set(TEMPLATES_RO)
    m = _flow_map()
    for finding in analyze(m).findings:
        for language in ("pl", "ro"):
            assert localise_message(finding.message, language) != finding.message
    assert localise_message("A message of a newer analysis.", "pl") == (
        "A message of a newer analysis."
    )
    assert localise_message("Loop for X: “a” → “b” → “a”.", "en") == "Loop for X: “a” → “b” → “a”."


def test_a_huge_map_gets_a_bounded_insights_section(pdf, map_factory) -> None:
    m = map_factory(1500, stages=8, personas=6)
    report = analyze(m)
    counts = report.counts()
    assert counts[FindingKind.CRITICAL_MOMENT] > MAX_CRITICAL
    assert counts[FindingKind.ENTRY_POINT] > MAX_MESSAGES
    data, _ = export_pdf_bytes(m, ExportOptions(page="A3"))
    # the pages after the map only: reading back 1,500 cards or all tables takes long
    texts = [pdf.norm(p.extract_text() or "") for p in pdf.read(data).pages[1:8]]
    pages = _insight_pages(texts, Language.EN)
    assert len(pages) <= 3
    text = " ".join(pages)
    more = counts[FindingKind.ENTRY_POINT] - MAX_MESSAGES
    assert f"… and {more} more" in text
    # every other card has no flow: counted in one note, not listed as an entry or end point
    assert report.left_out == 750
    assert left_out_note(750, "en") in text
    # a cut list still names every persona
    for persona in m.personas:
        assert f"for {persona.name}:" in text


def test_average_emotion_formats() -> None:
    assert format_average(None, "en") == "not scored"
    assert format_average(-0.66, "pl") == "\u20130,7"
    assert format_average(1.0, "en") == "+1.0"
    assert format_average(0.01, "ro") == "0"


def test_findings_grouped_by_kind_as_the_report_gives_them(map_factory) -> None:
    """A report's groups (``JourneyReport.by_kind``, which a report given to the page is cut
    from) are each kind's findings in report order, whether the report lists them kind by
    kind (as analyze does) or not."""
    import dataclasses
    import random

    report = analyze(map_factory(120))
    expected = {kind: list(report.of_kind(kind)) for kind in FindingKind}
    assert sum(1 for found in expected.values() if found) >= 3
    assert report.by_kind() == expected
    shuffled = list(report.findings)
    random.Random(7).shuffle(shuffled)
    mixed = dataclasses.replace(report, findings=tuple(shuffled))
    assert mixed.by_kind() == {kind: list(mixed.of_kind(kind)) for kind in FindingKind}
