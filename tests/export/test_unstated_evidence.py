"""A card whose evidence is not stated yet prints with a plain border and no evidence word."""

from __future__ import annotations

from cjdesigner.export import export_pdf_bytes
from cjdesigner.export.pdf.theme import EVIDENCE_DASH
from cjdesigner.model import Evidence, Touchpoint
from cjdesigner.templates import build_map


def test_a_new_card_has_no_evidence_level() -> None:
    card = Touchpoint(stage_id="s", persona_id="p", title="New", channel="website")
    assert card.evidence is None
    assert EVIDENCE_DASH[None] == EVIDENCE_DASH[Evidence.RESEARCH]  # plain, not dashed


def test_the_pdf_prints_a_card_without_evidence(pdf) -> None:
    m = build_map("blank-5a", "en")
    stage, persona = m.stages[0], m.personas[0]
    m.touchpoints.append(
        Touchpoint(
            stage_id=stage.id, persona_id=persona.id, title="Unstated card", channel="website"
        )
    )
    m.touchpoints.append(
        Touchpoint(
            stage_id=stage.id,
            persona_id=persona.id,
            order=1,
            title="Guessed card",
            channel="email",
            evidence=Evidence.ASSUMPTION,
        )
    )
    data, result = export_pdf_bytes(m)
    assert result.page_count >= 1
    text = " ".join(pdf.texts(data))
    # the detail rows: the guessed card names its evidence, the unstated card only its channel
    assert "Unstated card neutral Website 1.2 Guessed card neutral E-mail · assumption" in text
