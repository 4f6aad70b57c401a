"""Every length the model allows prints: persona, stage and touchpoint texts at their caps flow
over pages (a 2,350-character persona goal once stopped every PDF export with a LayoutError)."""

from __future__ import annotations

import pytest

from cjdesigner.export import ExportOptions, export_pdf_bytes
from cjdesigner.model import JourneyMap
from cjdesigner.model.text import LONG_TEXT_MAX, NAME_MAX, SHORT_TEXT_MAX

WORDS = "Długi tekst persony z wieloma słowami i znakami ąęł "


def text(length: int, words: str = WORDS, end: str = "") -> str:
    """``length`` characters of words, ending in ``end`` (a marker to find in the PDF)."""
    body = (words * (length // len(words) + 1))[: length - len(end)]
    return body + end


def longest(m: JourneyMap, items: int) -> JourneyMap:
    for i, p in enumerate(m.personas):
        p.name = text(NAME_MAX, "Imię ", f"P{i}")
        p.role = text(SHORT_TEXT_MAX)
        p.quote = text(LONG_TEXT_MAX, end=f"KONIECCYTATU{i}")
        p.demographics = text(LONG_TEXT_MAX, end=f"KONIECDEMO{i}")
        p.goals = [text(LONG_TEXT_MAX, end=f"KONIECCELU{i}x{j}") for j in range(items)]
        p.frustrations = [text(LONG_TEXT_MAX, end=f"KONIECFRU{i}x{j}") for j in range(items)]
    for s in m.stages:
        s.name = text(NAME_MAX, "Etap ")
        s.description = text(LONG_TEXT_MAX)
        s.goal = text(LONG_TEXT_MAX)
    for t in m.touchpoints[:2]:
        t.title = text(NAME_MAX, "Tytuł ")
        t.description = text(LONG_TEXT_MAX, end="KONIECOPISU")
        t.customer_action = text(LONG_TEXT_MAX)
        t.pain_points = [text(LONG_TEXT_MAX) for _ in range(items)]
        t.opportunities = [text(LONG_TEXT_MAX) for _ in range(items)]
        t.owner = text(SHORT_TEXT_MAX)
    m.info.description = text(LONG_TEXT_MAX)
    m.info.title = text(NAME_MAX, "Tytuł mapy ")
    m.info.client = text(NAME_MAX, "Klient ")
    return m


@pytest.mark.parametrize(("page", "mode"), [("A4", "fit"), ("A3", "fit"), ("A1", "tile")])
def test_every_text_at_its_cap_exports_and_prints_whole(
    diacritics_map, pdf, page: str, mode: str
) -> None:
    m = longest(diacritics_map, items=2)
    data, result = export_pdf_bytes(m, ExportOptions(page=page, mode=mode))
    assert result.page_count == len(pdf.sizes(data)) > 5
    whole = "".join(pdf.texts(data)).replace(" ", "").replace("-", "")
    for i in range(2):
        for marker in (f"KONIECCYTATU{i}", f"KONIECDEMO{i}", f"KONIECCELU{i}x1", f"KONIECFRU{i}x1"):
            assert marker in whole, marker
    assert "KONIECOPISU" in whole


def test_a_persona_with_the_most_goals_the_model_allows_exports(diacritics_map, pdf) -> None:
    persona = diacritics_map.personas[0]
    persona.goals = [text(LONG_TEXT_MAX, end=f"CEL{j}.") for j in range(100)]
    persona.quote = text(3_300)
    data, result = export_pdf_bytes(diacritics_map, ExportOptions(page="A4"))
    assert result.page_count > 50
    whole = "".join(pdf.texts(data)).replace(" ", "").replace("-", "")
    assert "CEL0." in whole and "CEL99." in whole


@pytest.mark.parametrize("length", [2_350, 3_250, 4_350])
def test_the_reported_lengths_export(diacritics_map, length: int) -> None:
    persona = diacritics_map.personas[0]
    persona.goals = [text(length)]
    persona.quote = text(length)
    persona.demographics = text(length)
    _data, result = export_pdf_bytes(diacritics_map, ExportOptions())
    assert result.page_count >= 3
