"""A small map fills more of its slide (cards and their type grow as far as no text is lost),
each lane's curve band lies under its cards as on the canvas and in the PDF, and a flow's label
is in the speaker notes (QA s4 F11: the map took the top third of the slide, the band sat above
the cards, the labels were on no slide)."""

from __future__ import annotations

import io

from pptx import Presentation

from cjdesigner.export.pptx import pptx_bytes
from cjdesigner.export.pptx.plan import SIZES, ZOOM_MAX, geometry, plan_slides, room_zoom
from cjdesigner.export.pptx.room import readable_zoom
from cjdesigner.model import Connection, Persona, Stage, Touchpoint
from cjdesigner.templates import build_map

TITLES = ["Porównywarka ofert w sieci", "Infolinia: pytanie o zniżki", "E-mail z polisą"]


def small_map(titles: list[str] = TITLES):  # type: ignore[no-untyped-def]
    """Two lanes of one card row over six stages, as a workshop's first map."""
    m = build_map("blank-5a", "pl")
    m.stages = [Stage(name=f"Etap {i}") for i in range(1, 7)]
    m.personas = [Persona(name="Łukasz Wójcik"), Persona(name="Zofia Ślęzak")]
    m.touchpoints = [
        Touchpoint(
            stage_id=m.stages[i * 2].id,
            persona_id=persona.id,
            order=0,
            title=title,
            emotion=(-1) ** i,
            channel="email",
        )
        for persona in m.personas
        for i, title in enumerate(titles)
    ]
    first, second = m.touchpoints[:2]
    m.connections = [Connection(source=first.id, target=second.id, label="dzwoni po zniżkę")]
    m.check()
    return m


def cards(slide) -> list:  # type: ignore[no-untyped-def]
    return [s for s in slide.shapes if s.name.startswith("Touchpoint: ")]


def title_size(card) -> float:  # type: ignore[no-untyped-def]
    return card.text_frame.paragraphs[1].runs[0].font.size.pt


def test_a_small_map_grows_on_its_slide_and_keeps_every_title_whole() -> None:
    m = small_map()
    deck = Presentation(io.BytesIO(pptx_bytes(m, "A3")[0]))
    shown = cards(deck.slides[1])
    assert len(shown) == len(m.touchpoints)
    for card in shown:
        assert title_size(card) > SIZES["A3"].title_pt  # bigger than a full slide's 10 pt
        channel, title = card.text_frame.text.split("\n", 1)
        assert title in TITLES and channel == "E-mail"
    geo = geometry("A3")
    plans = plan_slides(m, geo)
    titles, channels = readable_zoom(m, geo, plans, room_zoom(geo, plans))
    assert 1.0 < titles <= ZOOM_MAX and 1.0 <= channels <= titles


def test_the_zoom_stops_where_a_title_would_lose_words() -> None:
    long = "Porównanie ofert ubezpieczenia w porównywarkach"  # two lines at 10 pt, not at 15
    m = small_map([long, *TITLES[1:]])
    geo = geometry("A3")
    plans = plan_slides(m, geo)
    top = room_zoom(geo, plans)
    zoom, _ = readable_zoom(m, geo, plans, top)
    assert top == ZOOM_MAX and zoom < top
    deck = Presentation(io.BytesIO(pptx_bytes(m, "A3")[0]))
    titles = [c.text_frame.text.split("\n", 1)[1] for c in cards(deck.slides[1])]
    assert long in titles  # whole, as at a full slide's size
    assert {title_size(c) for c in cards(deck.slides[1])} == {
        int(SIZES["A3"].title_pt * zoom * 2) / 2
    }


def test_a_full_slide_keeps_its_size() -> None:
    m = small_map()
    cell = m.touchpoints[0]
    m.touchpoints += [
        Touchpoint(
            stage_id=cell.stage_id,
            persona_id=cell.persona_id,
            order=k,
            title=f"Karta {k}",
            channel="email",
        )
        for k in range(1, 12)
    ]
    m.check()
    geo = geometry("A3")
    assert room_zoom(geo, plan_slides(m, geo)) < 1.1
    deck = Presentation(io.BytesIO(pptx_bytes(m, "A3")[0]))
    assert {title_size(c) for c in cards(deck.slides[1])} == {SIZES["A3"].title_pt}


def test_each_lanes_curve_band_lies_under_its_cards() -> None:
    m = small_map()  # one card row a lane
    slide = Presentation(io.BytesIO(pptx_bytes(m, "16:9")[0])).slides[1]
    rows = sorted({(c.top, c.top + c.height) for c in cards(slide)})
    assert len(rows) == 2
    curves = sorted(
        s.top for s in slide.shapes if s.name.startswith("Emotion curve: ")
    )  # one a lane
    (_top_1, bottom_1), (top_2, bottom_2) = rows
    assert bottom_1 <= curves[0] < top_2  # the first lane's band under its cards
    assert bottom_2 <= curves[1]


def test_a_flows_label_is_in_the_speaker_notes() -> None:
    m = small_map()
    deck = Presentation(io.BytesIO(pptx_bytes(m, "A3")[0]))
    notes = deck.slides[1].notes_slide.notes_text_frame.text
    assert "Infolinia: pytanie o zniżki (Etap 3) „dzwoni po zniżkę”" in notes
