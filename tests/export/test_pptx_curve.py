"""The PowerPoint emotion curve follows the PDF's rules: every touchpoint at its own emotion in
journey order, a band of at least 15 % of the lane, a -2…+2 scale with words in the map's
language, unscored cards as hollow estimated points."""

from __future__ import annotations

import io

import pytest
from pptx import Presentation
from pptx.enum.dml import MSO_FILL
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.oxml.ns import qn

from cjdesigner.export.pptx import pptx_bytes
from cjdesigner.export.pptx.plan import BAND_H, SIZES, geometry, plan_slides
from cjdesigner.export.pptx.symbols import MM
from cjdesigner.layout.emotion import scale_label
from cjdesigner.map_language import emotion_axis, label
from cjdesigner.model import Persona, Sentiment, Stage, Touchpoint
from cjdesigner.templates import build_map


def swinging_map(language: str = "pl"):  # type: ignore[no-untyped-def]
    """Two stages, one persona: +2 and -2 in the first stage (a stage mean would be flat 0),
    an unscored negative card in the second."""
    m = build_map("blank-5a", language)
    m.stages = [Stage(name="Etap A"), Stage(name="Etap B")]
    m.personas = [Persona(name="Ania")]
    a, b = m.stages
    p = m.personas[0]
    m.touchpoints = [
        Touchpoint(
            stage_id=a.id, persona_id=p.id, order=0, title="Radość", emotion=2, channel="email"
        ),
        Touchpoint(
            stage_id=a.id, persona_id=p.id, order=1, title="Złość", emotion=-2, channel="email"
        ),
        Touchpoint(
            stage_id=b.id,
            persona_id=p.id,
            order=0,
            title="Bez oceny",
            sentiment=Sentiment.NEGATIVE,
            channel="email",
        ),
    ]
    m.check()
    return m


def map_slide(m, size: str = "A4"):  # type: ignore[no-untyped-def]
    return Presentation(io.BytesIO(pptx_bytes(m, size)[0])).slides[1]


def centres(shape) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """The slide positions (EMU) of the circles of a freeform of points."""
    found = []
    for path in shape._element.iter(qn("a:path")):
        kx, ky = shape.width / int(path.get("w")), shape.height / int(path.get("h"))
        radius = int(path.find(qn("a:arcTo")).get("wR"))
        for start in path.iter(qn("a:moveTo")):
            x, y = int(start[0].get("x")), int(start[0].get("y"))
            found.append((round(shape.left + (x - radius) * kx), round(shape.top + y * ky)))
    return found


def test_the_curve_goes_through_every_touchpoint_at_its_own_emotion_as_a_smooth_line() -> None:
    m = swinging_map()
    slide = map_slide(m)
    curve = next(s for s in slide.shapes if s.name == "Emotion curve: Ania")
    path = curve._element.find(".//" + qn("a:path"))
    assert len(path.findall(qn("a:cubicBezTo"))) == len(m.touchpoints) - 1
    assert not path.findall(qn("a:lnTo"))
    filled = centres(next(s for s in slide.shapes if s.name == "Emotion points: Ania"))
    assert len(filled) == 2  # the +2 and the -2
    (_, high), (_, low) = filled
    band = geometry("A4").band_height(1) * MM
    assert low - high > band * 0.6  # the swing spans most of the band: no flat sparkline
    estimated = label("emotion estimated from sentiment", "pl")
    hollow = [s for s in slide.shapes if s.name == f"Emotion points: Ania ({estimated})"]
    assert len(hollow) == 1 and hollow[0].fill.fore_color.rgb == (255, 255, 255)
    [(_, middle)] = centres(hollow[0])  # at its sentiment: -1, between +2 and -2, nearer -2
    assert high < middle < low and middle - high > (low - high) / 2
    ring = next(s for s in slide.shapes if s.name == "Emotion points: Ania (moment prawdy)")
    assert ring.fill.type == MSO_FILL.BACKGROUND and "C45700" in ring._element.xml
    [(x, y)] = centres(ring)  # the -2: the lane's moment of truth
    assert abs(x - filled[1][0]) < 0.1 * MM and abs(y - filled[1][1]) < 0.1 * MM
    assert any(s.name.startswith("Legend: ") and s.text_frame.text == "" for s in slide.shapes)


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_the_scale_is_labelled_minus_two_to_plus_two_in_the_maps_language(language: str) -> None:
    slide = map_slide(swinging_map(language))
    scale = [
        s.text_frame.text
        for s in slide.shapes
        if s.name == "Emotion scale" and s.shape_type != MSO_SHAPE_TYPE.FREEFORM
    ]
    for score in range(-2, 3):
        assert scale_label(score) in scale
    for word in emotion_axis(language).values():
        assert word in scale
    rules = [
        s
        for s in slide.shapes
        if s.name == "Emotion scale" and s.shape_type == MSO_SHAPE_TYPE.FREEFORM
    ]
    assert sum(len(list(r._element.iter(qn("a:lnTo")))) for r in rules) == 5  # a line a level


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("rows", [1, 4, 30])
def test_the_band_is_at_least_fifteen_percent_of_its_lane(size: str, rows: int) -> None:
    geo = geometry(size)
    for r in range(1, min(rows, geo.max_rows()) + 1):
        band = geo.band_height(r)
        assert band >= BAND_H
        assert band >= 0.15 * geo.piece_height(r) - 1e-9
    assert geo.piece_height(geo.max_rows()) <= geo.grid_height + 0.01


def test_a_lane_split_over_slides_keeps_every_piece_on_the_slide() -> None:
    m = swinging_map()
    stage, persona = m.stages[0], m.personas[0]
    m.touchpoints += [
        Touchpoint(
            stage_id=stage.id,
            persona_id=persona.id,
            order=k,
            title=f"Karta {k}",
            emotion=1,
            channel="email",
        )
        for k in range(2, 40)
    ]
    m.check()
    geo = geometry("A4")
    plans = plan_slides(m, geo)
    assert len(plans) > 1
    for plan in plans:
        used = sum(geo.piece_height(piece.rows) for piece in plan.pieces)
        assert used <= geo.grid_height + 0.01
