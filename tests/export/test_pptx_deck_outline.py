"""The deck of an imported map (QA s7 J18): each slide's heading in its title placeholder (the
outline, the slide sorter and screen readers see it), emotions in the speaker notes as the PDF
and the canvas print them, and no empty slide for a persona that has only a name."""

from __future__ import annotations

import io

from pptx import Presentation
from pptx.enum.text import PP_ALIGN

from cjdesigner.export.pptx import pptx_bytes
from cjdesigner.export.pptx.plan import MARGIN, geometry, plan_slides
from cjdesigner.model import Persona, Stage, Touchpoint
from cjdesigner.templates import build_map

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def imported_map(stages: int = 3):  # type: ignore[no-untyped-def]
    """A map as a sheet gives it: personas with a name (one also with a role), one with a
    profile written in the editor; emotions from -2 to +2 and one card without."""
    m = build_map("blank-5a", "pl")
    m.info.title = "pl-workshop-excel"
    m.stages = [Stage(name=f"Etap {i}") for i in range(1, stages + 1)]
    m.personas = [
        Persona(name="Anna Wiśniewska, 34 lata", role="klientka indywidualna"),
        Persona(name="Marek Żółkiewski (przedsiębiorca)", goals=["Konto firmowe w 10 minut"]),
        Persona(name="Ola"),
    ]
    emotions = [0, -2, 2, 1, None]
    m.touchpoints = [
        Touchpoint(
            stage_id=stage.id,
            persona_id=persona.id,
            order=0,
            title=f"{persona.name.split()[0]} {i}",
            channel="email",
            emotion=emotions[(i + j) % len(emotions)],
        )
        for j, persona in enumerate(m.personas)
        for i, stage in enumerate(m.stages)
    ]
    m.check()
    return m


def test_speaker_notes_write_emotions_as_the_pdf_and_the_canvas_do() -> None:
    m = imported_map()
    deck = Presentation(io.BytesIO(pptx_bytes(m, "16:9")[0]))
    notes = "\n".join(s.notes_slide.notes_text_frame.text for s in deck.slides if s.has_notes_slide)
    assert "emocje 0" in notes and "emocje \u20132" in notes and "emocje +2" in notes
    assert "emocje +1" in notes
    assert "emocje +0" not in notes and "emocje -" not in notes


def test_each_slide_has_its_heading_in_a_title_placeholder() -> None:
    m = imported_map(stages=14)  # split over several map slides
    data, _ = pptx_bytes(m, "A4")
    deck = Presentation(io.BytesIO(data))
    plans = plan_slides(m, geometry("A4"))
    assert len(plans) > 1
    slides = list(deck.slides)
    titles = [slide.shapes.title for slide in slides]
    assert all(title is not None and title.is_placeholder for title in titles)
    texts = [title.text_frame.text.split("\n")[0] for title in titles]
    assert texts[0] == "pl-workshop-excel"
    for plan, text in zip(plans, texts[1:], strict=False):
        assert text == f"pl-workshop-excel  ·  Strona {plan.part} z {plan.parts}"
    assert texts[1 + len(plans) :] == ["Marek Żółkiewski (przedsiębiorca)"]
    for title in titles:  # looks as the text box it replaced: left aligned, no shrinking
        frame = title.text_frame
        assert all(p.alignment == PP_ALIGN.LEFT for p in frame.paragraphs)
        body = frame._txBody.bodyPr
        assert body.find(f"{_A}spAutoFit") is not None and body.find(f"{_A}normAutofit") is None
        assert {r.font.name for p in frame.paragraphs for r in p.runs} == {"Calibri"}
    map_title = titles[1]
    assert abs(map_title.left - MARGIN * 36000) < 2 and abs(map_title.top - MARGIN * 36000) < 2


def test_only_personas_with_a_profile_get_a_slide() -> None:
    """Anna (a name and a role, both on the map slides) and Ola (a name) would get empty
    slides: left out; Marek's goal gets his."""
    m = imported_map()
    data, count = pptx_bytes(m, "16:9")
    map_slides = len(plan_slides(m, geometry("16:9")))
    assert count == 1 + map_slides + 1
    deck = Presentation(io.BytesIO(data))
    last = deck.slides[count - 1]
    shown = [s.text_frame.text for s in last.shapes if s.has_text_frame]
    assert any("Konto firmowe w 10 minut" in text for text in shown)
    for quote in ("a quote", ""):
        m.personas[2].quote = quote
        assert pptx_bytes(m, "16:9")[1] == count + bool(quote)
