"""The editable PowerPoint export: native shapes read back with python-pptx, and LibreOffice."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.dml import MSO_FILL
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Emu

from cjdesigner.export.pptx import SLIDE_NAMES, pptx_bytes
from cjdesigner.export.pptx.plan import geometry, plan_slides
from cjdesigner.model import Connection, Persona, Stage, Touchpoint
from cjdesigner.storage import load_map
from cjdesigner.templates import build_map

SAMPLES = sorted((Path(__file__).parents[2] / "samples").glob("*.cjm"))
SHOP = next(p for p in SAMPLES if p.stem == "online-shop-purchase")


def read(data: bytes) -> Presentation:
    return Presentation(io.BytesIO(data))


def texts(slide) -> list[str]:  # type: ignore[no-untyped-def]
    return [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_every_card_is_an_editable_rounded_rectangle_with_its_text(sample: Path) -> None:
    m = load_map(sample).map
    data, count = pptx_bytes(m, "A3")
    deck = read(data)
    assert len(deck.slides) == count == 1 + len(plan_slides(m, geometry("A3"))) + len(m.personas)
    cards = []
    for slide in deck.slides:
        for shape in slide.shapes:
            assert shape.shape_type != MSO_SHAPE_TYPE.PICTURE
            if shape.name.startswith("Touchpoint: "):
                assert shape.auto_shape_type == 5  # MSO_SHAPE.ROUNDED_RECTANGLE
                cards.append(shape)
    assert len(cards) == len(m.touchpoints)
    channel_names = {c.name for c in m.channels}
    for shape in cards:
        channel, title = shape.text_frame.text.split("\n", 1)
        assert channel.rstrip("…") and any(
            name.startswith(channel.rstrip("…")) for name in channel_names
        )
        assert title
    full = {t.title for t in m.touchpoints}
    shown = {shape.text_frame.text.split("\n", 1)[1] for shape in cards}
    assert len(shown & full) > len(full) * 0.8  # most titles whole; the rest shortened with …
    fonts = {
        run.font.name
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_text_frame
        for paragraph in shape.text_frame.paragraphs
        for run in paragraph.runs
    }
    assert fonts == {"Calibri"}


def test_stage_headers_curves_connectors_and_notes() -> None:
    m = load_map(SHOP).map
    deck = read(pptx_bytes(m, "A3")[0])
    slide = deck.slides[1]
    shown = texts(slide)
    for number, stage in enumerate(m.stages, start=1):
        assert f"{number}. {stage.name}" in shown
    for persona in m.personas:
        assert any(text.startswith(persona.name) for text in shown)
    curves = [s for s in slide.shapes if s.name.startswith("Emotion curve: ")]
    assert len(curves) == len(m.personas)
    assert all(s.shape_type == MSO_SHAPE_TYPE.FREEFORM for s in curves)
    flows = [s for s in slide.shapes if s.name == "Flow"]
    assert len(flows) == len(m.connections)
    for flow in flows:
        xml = flow._element.xml
        assert 'type="triangle"' in xml
        # glued to both cards, or an elbow around the cards (test_pptx_flow_routes)
        assert ("stCxn" in xml and "endCxn" in xml) or 'prst="bentConnector4"' in xml
    notes = slide.notes_slide.notes_text_frame.text
    for t in m.touchpoints:
        assert t.title in notes
    assert "Pain points:" in notes
    assert "flow → Price comparison site (Appeal)" in notes


def test_flows_between_slides_are_named_in_the_notes_and_reported() -> None:
    m = big_map(stages=14, personas=1, per_cell=1)
    m.connections = [Connection(source=m.touchpoints[0].id, target=m.touchpoints[-1].id)]
    m.check()
    left_out: list[str] = []
    deck = read(pptx_bytes(m, "A4", notes=left_out)[0])
    assert left_out and "1 flow between cards on different slides" in left_out[0]
    notes = deck.slides[1].notes_slide.notes_text_frame.text
    pages = plan_slides(m, geometry("A4"))
    last = next(p.part for p in pages if m.touchpoints[-1].stage_id in p.stage_ids)
    assert last > 1
    # the map is Polish: the target's page as the target slide's title says it
    assert f"przejście → Karta 0 (Etap 13) — strona {last}" in notes
    tags = [s for s in deck.slides[1].shapes if s.name.startswith("przejście ")]
    assert [t.text_frame.text for t in tags] == [f"→ strona {last}"]
    assert any("Strona 1 z" in t for t in texts(deck.slides[1]))
    # the card it leads to says where the flow comes from; no other card gets a tag
    back = [s for s in deck.slides[last].shapes if s.name.startswith("przejście ")]
    assert [t.text_frame.text for t in back] == ["← strona 1"]
    assert all(
        not s.name.startswith("przejście ")
        for number, slide in enumerate(deck.slides)
        if number not in (1, last)
        for s in slide.shapes
    )


def test_milestones_and_moments_of_truth_are_native_shapes_named_in_the_maps_language() -> None:
    """A milestone gets a flag (a pole and a pennant), a moment of truth a vermillion ring under
    its card and a "!" badge over its corner, as on the canvas and in the PDF; a legend in the
    bottom margin and the speaker notes name them in the map's language."""
    from cjdesigner.layout import moments_of_truth

    sample = next(p for p in SAMPLES if p.stem == "bank-account-opening-pl")
    m = load_map(sample).map
    moments = moments_of_truth(m)
    milestones = [t for t in m.touchpoints if t.milestone]
    assert moments and milestones
    deck = read(pptx_bytes(m, "A3")[0])
    shapes = [shape for slide in list(deck.slides)[1 : -len(m.personas)] for shape in slide.shapes]
    flags = [s for s in shapes if s.name.startswith("kamień milowy: ")]
    assert sorted({s.name for s in flags}) == sorted(
        f"kamień milowy: {t.title}" for t in milestones
    )
    assert len(flags) == 2 * len(milestones)  # a pole and a pennant each
    assert all(not s.text_frame.text for s in flags)
    rings = [s for s in shapes if s.name.startswith("moment prawdy: ") and not s.text_frame.text]
    badges = [s for s in shapes if s.name.startswith("moment prawdy: ") and s.text_frame.text]
    titles = sorted(t.title for t in m.touchpoints if t.id in moments)
    assert sorted(s.name.split(": ", 1)[1] for s in rings) == titles
    assert sorted(s.name.split(": ", 1)[1] for s in badges) == titles
    for ring in rings:
        assert ring.auto_shape_type == 5 and ring.fill.type == MSO_FILL.BACKGROUND
        assert "C45700" in ring._element.xml
        card = next(s for s in shapes if s.name == "Touchpoint: " + ring.name.split(": ", 1)[1])
        assert ring.left < card.left and ring.width > card.width  # around its card
    for badge in badges:
        assert badge.text_frame.text == "!" and "C45700" in badge._element.xml
    slide = deck.slides[1]
    legend = [
        s.text_frame.text
        for s in slide.shapes
        if s.name.startswith("Legend: ") and s.text_frame.text != "!"
    ]
    assert {"pozytywny", "neutralny", "negatywny", "kamień milowy", "moment prawdy"} <= set(legend)
    legend_top = min(s.top for s in slide.shapes if s.name.startswith("Legend: "))
    cards_bottom = max(s.top + s.height for s in slide.shapes if s.name.startswith("Touchpoint: "))
    assert legend_top > cards_bottom
    notes = "\n".join(
        s.notes_slide.notes_text_frame.text for s in list(deck.slides)[1 : -len(m.personas)]
    )
    assert "kamień milowy" in notes and "moment prawdy" in notes


def test_a_map_without_milestones_or_moments_leaves_them_out_of_the_legend() -> None:
    m = big_map(stages=3, personas=1, per_cell=1)
    deck = read(pptx_bytes(m, "A4")[0])
    names = [s.name for s in deck.slides[1].shapes]
    assert "Legend: pozytywny" in names
    assert not [n for n in names if "kamień milowy" in n or "moment prawdy" in n]


@pytest.mark.parametrize("page", SLIDE_NAMES)
def test_slide_sizes(page: str) -> None:
    m = load_map(SHOP).map
    deck = read(pptx_bytes(m, page)[0])
    geo = geometry(page)
    assert abs(deck.slide_width - Emu(round(geo.width * 36000))) < 10
    assert deck.slide_width > deck.slide_height


def big_map(stages: int, personas: int, per_cell: int):  # type: ignore[no-untyped-def]
    m = build_map("blank-5a", "pl")
    m.stages = [Stage(name=f"Etap {i}") for i in range(stages)]
    m.personas = [Persona(name=f"Persona {i}") for i in range(personas)]
    m.touchpoints = [
        Touchpoint(stage_id=s.id, persona_id=p.id, order=k, title=f"Karta {k}", channel="email")
        for s in m.stages
        for p in m.personas
        for k in range(per_cell)
    ]
    m.check()
    return m


def test_a_big_map_is_split_by_stage_columns_with_headers_and_personas_repeated() -> None:
    m = big_map(stages=14, personas=2, per_cell=2)
    plans = plan_slides(m, geometry("A4"))
    assert len({tuple(p.stage_ids) for p in plans}) > 1
    deck = read(pptx_bytes(m, "A4")[0])
    seen: list[str] = []
    for plan, slide in zip(plans, list(deck.slides)[1:], strict=False):
        shown = texts(slide)
        assert all(any(t.endswith(m.stage(s).name) for t in shown) for s in plan.stage_ids)
        assert any(t.startswith("Persona 0") for t in shown)
        seen += plan.stage_ids
    assert sorted(set(seen)) == sorted(s.id for s in m.stages)


def test_a_tall_lane_continues_on_the_next_slide() -> None:
    m = big_map(stages=3, personas=1, per_cell=30)
    plans = plan_slides(m, geometry("16:9"))
    pieces = [piece for plan in plans for piece in plan.pieces]
    assert len(pieces) > 1 and pieces[1].continued
    assert pieces[-1].last == 30
    deck = read(pptx_bytes(m, "16:9")[0])
    cards = sum(1 for s in deck.slides for shape in s.shapes if shape.name.startswith("Touchpoint"))
    assert cards == len(m.touchpoints)


def test_an_empty_map_still_makes_a_deck() -> None:
    m = build_map("blank-5a", "ro")
    data, count = pptx_bytes(m, "A4")
    # the title and the empty grid; the template's persona has only a name: no slide of its own
    assert count == len(read(data).slides) == 2


@pytest.mark.slow
def test_libreoffice_opens_each_sample_deck(
    tmp_path: Path, libreoffice_pdf: Callable[..., None]
) -> None:
    from pypdf import PdfReader

    decks = []
    for sample in SAMPLES:
        m = load_map(sample).map
        data, count = pptx_bytes(m, "A3")
        path = tmp_path / f"{sample.stem}.pptx"
        path.write_bytes(data)
        decks.append((path, count, m))
    libreoffice_pdf(*(p for p, _, _ in decks))
    for path, count, m in decks:
        pdf = PdfReader(path.with_suffix(".pdf"))
        assert len(pdf.pages) == count
        text = pdf.pages[1].extract_text()
        assert m.stages[0].name in text
        assert m.personas[0].name.split()[0] in text


def test_speaker_notes_keep_markup_characters_and_drop_control_ones() -> None:
    m = load_map(SHOP).map
    m.touchpoints[0].title = "R&D <beta> \x01“cytat”"
    m.touchpoints[0].description = "a > b & c"
    deck = read(pptx_bytes(m, "A3")[0])
    notes = "\n".join(s.notes_slide.notes_text_frame.text for s in deck.slides if s.has_notes_slide)
    assert "R&D <beta> “cytat”" in notes and "a > b & c" in notes
