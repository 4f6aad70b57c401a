"""Map slides use their height (QA s7 J14: one lane ended 118 mm down a 190 mm 16:9 slide with
8.5 pt titles): the cards grow to fill the slide and their type with them as far as every card
keeps its text, lanes get a slide each where together they stay small, and a persona column
widens for a long name so it prints near the other names' size (the J5 follow-up)."""

from __future__ import annotations

import io
from itertools import combinations
from pathlib import Path

import pytest
from pptx import Presentation

from cjdesigner.export.pptx import SLIDE_NAMES, pptx_bytes
from cjdesigner.export.pptx.plan import MARGIN, SIZES, geometry, plan_slides
from cjdesigner.export.pptx.room import WIDER, laid_out, with_names
from cjdesigner.export.pptx.symbols import longest_piece, text_width, wrapped_lines
from cjdesigner.model import Persona, Stage, Touchpoint
from cjdesigner.storage import load_map
from cjdesigner.templates import build_map

MM = 36000
SAMPLES = Path(__file__).parents[2] / "samples"
STAGES = [
    "Conștientizare",
    "Atracție",
    "Întrebare",
    "Acțiune",
    "Susținere",
    "Reînnoirea contractului",
]
TITLES = [
    "Reclamă TV",
    "Comparator de prețuri",
    "Vizită în magazin",
    "Prima factură — surpriză",
    "Reînnoire cu reducere de fidelitate",
    "Răspuns la recenzia de pe Google Maps",
    "Apel la serviciul clienți",
]
NAMES = ["Anna Wiśniewska, 34 lata", "Marek Żółkiewski (przedsiębiorca)", "Ioana Mureșan"]


def workshop_map(names: list[str] = NAMES, rows: int = 4):  # type: ignore[no-untyped-def]
    """Three lanes of up to ``rows`` cards a cell over six stages: the QA's 60-card map."""
    m = build_map("blank-5a", "ro")
    m.stages = [Stage(name=name) for name in STAGES]
    m.personas = [Persona(name=name) for name in names]
    k = 0
    for persona in m.personas:
        for column, stage in enumerate(m.stages):
            for order in range(rows - column % 2):
                m.touchpoints.append(
                    Touchpoint(
                        stage_id=stage.id,
                        persona_id=persona.id,
                        order=order,
                        title=TITLES[k % len(TITLES)],
                        emotion=(k % 5) - 2,
                        channel="email",
                    )
                )
                k += 1
    m.check()
    return m


def deck(m, page: str):  # type: ignore[no-untyped-def]
    return Presentation(io.BytesIO(pptx_bytes(m, page)[0]))


def cards(slide) -> list:  # type: ignore[no-untyped-def]
    return [s for s in slide.shapes if s.name.startswith("Touchpoint: ")]


def map_slides(presentation) -> list:  # type: ignore[no-untyped-def]
    return [s for s in presentation.slides if cards(s)]


def title_pt(card) -> float:  # type: ignore[no-untyped-def]
    return card.text_frame.paragraphs[1].runs[0].font.size.pt


def persona_names(slide, names: list[str] = NAMES) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """The persona column's names on a map slide and their sizes."""
    found = {}
    for shape in slide.shapes:
        if shape.has_text_frame and shape.text_frame.paragraphs[0].runs:
            run = shape.text_frame.paragraphs[0].runs[0]
            if run.font.bold and run.text.removesuffix(" (…)") in names:
                found[run.text] = run.font.size.pt
    return found


def overlap(a, b) -> bool:  # type: ignore[no-untyped-def]
    return (
        a.left < b.left + b.width
        and b.left < a.left + a.width
        and a.top < b.top + b.height
        and b.top < a.top + a.height
    )


def check_slide(slide, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    """Every shape inside the slide, no two cards overlapping, the cards above the legend."""
    for shape in slide.shapes:
        assert shape.left >= 0 and shape.top >= 0, shape.name
        assert shape.left + shape.width <= width + MM // 100, shape.name
        assert shape.top + shape.height <= height + MM // 100, shape.name
    shown = cards(slide)
    for a, b in combinations(shown, 2):
        assert not overlap(a, b), (a.name, b.name)
    for card in shown:
        assert card.top + card.height <= height - MARGIN * MM + MM // 100


@pytest.mark.parametrize("page", ["16:9", "A4"])
def test_one_lane_a_slide_fills_it_with_readable_titles(page: str) -> None:
    presentation = deck(workshop_map(), page)
    slides = map_slides(presentation)
    assert len(slides) == 3  # one lane a slide: two do not fit at a full slide's sizes
    geo = geometry(page)
    for slide in slides:
        check_slide(slide, presentation.slide_width, presentation.slide_height)
        shown = cards(slide)
        assert {title_pt(c) for c in shown} and min(title_pt(c) for c in shown) >= 11
        assert min(c.height for c in shown) > SIZES[page].card_height * 1.6 * MM
        lowest = max(s.top + s.height for s in slide.shapes if s.name.startswith("Emotion scale"))
        # the lane and its curve band reach the grid's bottom (the legend's margin below)
        assert lowest >= (geo.height - MARGIN - 6) * MM
    headers = [s for s in slides[0].shapes if s.name.startswith("Stage: ")]
    assert len(headers) == 6
    header_pt = min(h.text_frame.paragraphs[0].runs[0].font.size.pt for h in headers)
    # grown with the cards on 16:9; on A4 "Conștientizare" keeps them at a full slide's 10 pt
    assert header_pt > 10 if page == "16:9" else header_pt == 10


def test_every_title_stays_whole_on_grown_cards() -> None:
    for page in SLIDE_NAMES:
        for slide in map_slides(deck(workshop_map(), page)):
            for card in cards(slide):
                assert card.text_frame.text.split("\n", 1)[1] in TITLES


def test_a3_keeps_lanes_together_and_fills_its_height() -> None:
    m = load_map(SAMPLES / "bank-account-opening-pl.cjm").map
    presentation = deck(m, "A3")
    slides = map_slides(presentation)
    assert len(slides) == 1  # three lanes on one A3 slide, as before
    check_slide(slides[0], presentation.slide_width, presentation.slide_height)


@pytest.mark.parametrize("page", ["16:9", "A4"])
def test_lanes_that_stay_small_together_get_a_slide_each(page: str) -> None:
    m = load_map(SAMPLES / "bank-account-opening-pl.cjm").map
    _, plans = laid_out(m, geometry(page))
    assert max(len(plan.pieces) for plan in plan_slides(m, geometry(page))) > 1
    assert all(len(plan.pieces) == 1 for plan in plans)
    presentation = deck(m, page)
    slides = map_slides(presentation)
    assert len(slides) == len(m.personas)
    for slide in slides:
        check_slide(slide, presentation.slide_width, presentation.slide_height)
        assert min(title_pt(c) for c in cards(slide)) >= 11


def test_a_big_map_split_by_stage_columns_repeats_names_and_headers() -> None:
    m = workshop_map(rows=2)
    m.stages += [Stage(name=f"Etap {i}") for i in range(7, 15)]
    m.touchpoints += [
        Touchpoint(stage_id=s.id, persona_id=p.id, order=0, title="Karta", channel="email")
        for s in m.stages[6:]
        for p in m.personas
    ]
    m.check()
    for page in SLIDE_NAMES:
        presentation = deck(m, page)
        slides = map_slides(presentation)
        stages_seen = set()
        for slide in slides:
            check_slide(slide, presentation.slide_width, presentation.slide_height)
            headers = [s.name for s in slide.shapes if s.name.startswith("Stage: ")]
            assert headers and persona_names(slide)
            stages_seen.update(headers)
        assert len(stages_seen) == len(m.stages)  # every stage on some slide
        assert len(slides) > 1


@pytest.mark.parametrize("page", SLIDE_NAMES)
def test_long_persona_names_print_near_the_others_size(page: str) -> None:
    names = [*NAMES[:2], "Alexandra Bălănescu-Popovici"]
    sizes = {}
    for slide in map_slides(deck(workshop_map(names), page)):
        sizes.update(persona_names(slide, names))
    assert set(sizes) == set(names)
    assert min(sizes.values()) >= 10  # "(przedsiębiorca)" was 7.5 pt
    assert max(sizes.values()) - min(sizes.values()) <= 1.0
    geo = geometry(page)
    column = with_names(geo, workshop_map(names)).size.persona_column
    assert geo.size.persona_column < column <= geo.size.persona_column + WIDER


def test_a_short_name_keeps_the_persona_column() -> None:
    m = workshop_map(["Ola", "Ewa", "Jan"])
    for page in SLIDE_NAMES:
        geo = geometry(page)
        assert with_names(geo, m) == geo


def test_a_line_breaks_after_a_hyphen_and_words_wrap_whole() -> None:
    assert longest_piece("Alexandra Bălănescu-Popovici") == "Bălănescu-"
    assert longest_piece("Marek Żółkiewski (przedsiębiorca)") == "(przedsiębiorca)"
    assert wrapped_lines("Reclamă TV", 100, 10) == 1
    word = text_width("Comparator", 10)
    assert wrapped_lines("Comparator de prețuri", word + 1, 10) == 2
    assert wrapped_lines("Comparator de prețuri", word * 3, 10) == 1
