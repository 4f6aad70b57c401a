"""The PDF map marks moments of truth and draws emotion curves as the canvas does."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export import ExportOptions, export_pdf_bytes
from cjdesigner.export.pdf import map_page
from cjdesigner.export.pdf.fonts import register_fonts
from cjdesigner.export.pdf.scene import MapScene
from cjdesigner.export.pdf.textops import stroke_operator
from cjdesigner.export.pdf.theme import CURVE, MOMENT, hex_colour
from cjdesigner.layout import GridMetrics
from cjdesigner.layout.emotion import moments_of_truth
from cjdesigner.model import JourneyMap


def _paint(m: JourneyMap, monkeypatch: pytest.MonkeyPatch) -> tuple[list, list, Canvas]:
    """Paint the map page, noting the outlined cards and where the badges go."""
    register_fonts()
    outlined: list = []
    badges: list = []
    paint_outline = map_page.paint_moment_outline
    draw_badge = map_page.draw_moment_badge

    def outline(canv: Canvas, rect: object) -> None:
        outlined.append(rect)
        paint_outline(canv, rect)

    def badge(canv: Canvas, cx: float, cy: float, scale: float = 1.0) -> None:
        badges.append((cx, cy))
        draw_badge(canv, cx, cy, scale)

    monkeypatch.setattr(map_page, "paint_moment_outline", outline)
    monkeypatch.setattr(map_page, "draw_moment_badge", badge)
    canv = Canvas(io.BytesIO())
    map_page.paint_map(canv, MapScene.build(m), 0, 800, 0.5)
    return outlined, badges, canv


def test_each_moment_of_truth_is_outlined_and_badged(diacritics_map, monkeypatch) -> None:
    moments = moments_of_truth(diacritics_map)
    assert moments  # the fixture's personas dip to -2
    outlined, badges, _canv = _paint(diacritics_map, monkeypatch)
    scene = MapScene.build(diacritics_map)
    expected = [scene.layout.cards[i] for i in scene.layout.cards if i in moments]
    assert outlined == expected
    # the badge sits on the card's top-right corner (layout y is negated on the page)
    assert badges == [(r.right, -r.y) for r in expected]


def test_no_moments_without_a_negative_emotion(diacritics_map, monkeypatch) -> None:
    for t in diacritics_map.touchpoints:
        t.emotion = None if t.emotion is None else abs(t.emotion)
    outlined, badges, _canv = _paint(diacritics_map, monkeypatch)
    assert outlined == [] and badges == []


def test_curves_are_one_blue_with_rings_at_the_moments(diacritics_map, monkeypatch) -> None:
    _outlined, _badges, canv = _paint(diacritics_map, monkeypatch)
    stream = "\n".join(canv._code)
    blue = stroke_operator(canv, CURVE)
    assert blue in stream
    own = [stroke_operator(canv, hex_colour(p.colour)) for p in diacritics_map.personas]
    assert any(colour != blue for colour in own)  # the fixture has a pink persona
    for colour in own:  # no curve in a persona's own colour
        assert colour == blue or colour not in stream
    scene = MapScene.build(diacritics_map)
    assert scene.moments  # each is ringed on its lane's curve, at its own point
    # the rings are the page's only vermillion strokes (outlines and badges are forms)
    lanes_with_rings = {scene.touchpoints[card_id].persona_id for card_id in scene.moments}
    assert stream.count(stroke_operator(canv, MOMENT)) == len(lanes_with_rings)
    assert stream.count("cjmoment-badge Do") == len(scene.moments)
    card = GridMetrics()
    outline = f"cjmoment-{card.card_width:g}x{card.card_height:g} Do"
    assert stream.count(outline) == len(scene.moments)


@pytest.mark.parametrize(
    ("language", "words"),
    [("pl", "moment prawdy"), ("ro", "momentul adevărului"), ("en", "moment of truth")],
)
def test_the_legend_explains_the_badge(diacritics_map, pdf, language: str, words: str) -> None:
    diacritics_map.info.language = language
    data, _ = export_pdf_bytes(diacritics_map, ExportOptions(details=False))
    assert words in pdf.texts(data)[0]
    for t in diacritics_map.touchpoints:
        t.emotion = None
    data, _ = export_pdf_bytes(diacritics_map, ExportOptions(details=False))
    assert words not in pdf.texts(data)[0]


def test_the_pdf_marks_the_cards_the_canvas_marks(samples_dir, qapp) -> None:
    """Until the canvas calls ``moments_of_truth`` itself, both definitions must agree."""
    from cjdesigner.editor.canvas import MapScene as CanvasScene
    from cjdesigner.editor.document import MapDocument
    from cjdesigner.storage import loads_map

    for path in sorted(samples_dir.glob("*.cjm")):
        m = loads_map(path.read_bytes(), source=str(path))
        scene = CanvasScene()
        scene.set_document(MapDocument(m))
        try:
            assert scene.moment_ids() == moments_of_truth(m), path.name
            assert scene.moment_ids(), path.name  # every sample has some
        finally:
            scene.set_document(None)
            scene.deleteLater()
