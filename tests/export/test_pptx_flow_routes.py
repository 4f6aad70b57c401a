"""Flows that go back or skip cards are routed around the cards on the slides (QA s7 J4: a
straight connector ran under the cards in between and vanished): read back with python-pptx,
each elbow's path computed from its stored geometry as PowerPoint draws it."""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable
from pathlib import Path

import pytest
from pptx import Presentation

from cjdesigner.export.pptx import pptx_bytes
from cjdesigner.model import Connection, Persona, Stage, Touchpoint
from cjdesigner.templates import build_map

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def routed_map():  # type: ignore[no-untyped-def]
    """Two lanes over five stages; Anna's first cell holds three cards. Flows: to the next
    stage, a drop to the card below, back from the last stage to the second, a skip over a
    stage, a skip over a card in one cell, a flow back into the other lane."""
    m = build_map("blank-5a", "pl")
    m.stages = [Stage(name=f"Etap {i}") for i in range(1, 6)]
    anna, marek = Persona(name="Anna"), Persona(name="Marek")
    m.personas = [anna, marek]
    cards = {}
    for persona in m.personas:
        for column, stage in enumerate(m.stages):
            for row in range(3 if (persona is anna and column == 0) else 1):
                card = Touchpoint(
                    stage_id=stage.id,
                    persona_id=persona.id,
                    order=row,
                    title=f"{persona.name} {column + 1}.{row + 1}",
                    channel="email",
                )
                cards[card.title] = card
                m.touchpoints.append(card)
    pairs = [
        ("Anna 1.1", "Anna 2.1"),  # next stage: straight
        ("Anna 1.1", "Anna 1.2"),  # the card below: straight
        ("Anna 5.1", "Anna 2.1"),  # back over two stages
        ("Anna 2.1", "Anna 4.1"),  # skips stage 3
        ("Anna 1.1", "Anna 1.3"),  # skips the card between in its cell
        ("Anna 3.1", "Anna 1.2"),  # back to a lower row
        ("Marek 4.1", "Anna 2.1"),  # back and up into the other lane
        ("Anna 4.1", "Marek 5.1"),  # down into the other lane, next stage: straight
    ]
    m.connections = [Connection(source=cards[a].id, target=cards[b].id) for a, b in pairs]
    m.check()
    return m, pairs


def elbow_path(flow) -> list[tuple[float, float]]:  # type: ignore[no-untyped-def]
    """A bentConnector4's corners on the slide (EMU), from its box, flips and adjustments, by
    the preset's own formulas: (l,t) (x1,t) (x1,y2) (r,y2) (r,b)."""
    xfrm = flow._element.spPr.find(f"{_A}xfrm")
    x, y = int(xfrm[0].get("x")), int(xfrm[0].get("y"))
    w, h = int(xfrm[1].get("cx")), int(xfrm[1].get("cy"))
    adj = [int(g.get("fmla").split()[1]) for g in flow._element.iter(f"{_A}gd")]
    x1, y2 = w * adj[0] / 100000, h * adj[1] / 100000
    local = [(0, 0), (x1, 0), (x1, y2), (w, y2), (w, h)]
    flip_h, flip_v = xfrm.get("flipH") == "1", xfrm.get("flipV") == "1"
    return [(x + (w - px if flip_h else px), y + (h - py if flip_v else py)) for px, py in local]


def crosses(segment, box, margin: float = 0.0) -> bool:  # type: ignore[no-untyped-def]
    """Whether an axis-parallel segment passes through a box's inside (``margin`` EMU in)."""
    (ax, ay), (bx, by) = segment
    left, top, right, bottom = box
    left, top, right, bottom = left + margin, top + margin, right - margin, bottom - margin
    return max(ax, bx) > left and min(ax, bx) < right and max(ay, by) > top and min(ay, by) < bottom


def flows_of(slide):  # type: ignore[no-untyped-def]
    """The slide's cards by title, and its flows: (source, target) titles from each flow's
    alternative text, its geometry and its element."""
    cards = {
        s.name.removeprefix("Touchpoint: "): s
        for s in slide.shapes
        if s.name.startswith("Touchpoint: ")
    }
    flows = {}
    for shape in slide.shapes:
        if shape.name == "Flow":
            source, target = shape._element.xpath("./*[1]/*[1]/@descr")[0].split(" → ")
            pair = (source.split(" (")[0], target.split(" (")[0])
            flows[pair] = (shape._element.spPr.find(f"{_A}prstGeom").get("prst"), shape)
    return cards, flows


@pytest.mark.parametrize("page", ["16:9", "A4", "A3"])
def test_back_and_skipping_flows_run_around_the_cards(page: str) -> None:
    m, pairs = routed_map()
    deck = Presentation(io.BytesIO(pptx_bytes(m, page)[0]))
    slide = deck.slides[1]
    cards, flows = flows_of(slide)
    assert sorted(flows) == sorted(pairs)
    straight = {pairs[0], pairs[1], pairs[7]}
    order = [s.shape_id for s in slide.shapes]
    last_card = max(order.index(c.shape_id) for c in cards.values())
    for pair, (preset, shape) in flows.items():
        source, target = cards[pair[0]], cards[pair[1]]
        xml = shape._element.xml
        assert 'type="triangle"' in xml  # an arrowhead
        if pair in straight:  # between neighbours: a connector glued to both cards
            assert preset == "line"
            assert shape._element.xpath(".//*[local-name()='stCxn']/@id") == [str(source.shape_id)]
            assert shape._element.xpath(".//*[local-name()='endCxn']/@id") == [str(target.shape_id)]
            continue
        assert preset == "bentConnector4", pair
        path = elbow_path(shape)
        # out of the source's right side, down into the target's top
        assert abs(path[0][0] - (source.left + source.width)) < 5
        assert abs(path[0][1] - (source.top + source.height / 2)) < 5
        assert abs(path[-1][0] - (target.left + target.width / 2)) < 5
        assert abs(path[-1][1] - target.top) < 5
        assert path[-2][1] < target.top
        for segment in itertools.pairwise(path):
            for card in cards.values():
                box = (card.left, card.top, card.left + card.width, card.top + card.height)
                assert not crosses(segment, box, margin=5), (pair, card.name)
        # over the cards: nothing can hide it
        assert order.index(shape.shape_id) > last_card


@pytest.mark.slow
def test_libreoffice_draws_the_back_flow_above_the_card_row(
    tmp_path: Path, libreoffice_pdf: Callable[..., None]
) -> None:
    """LibreOffice draws the flow back from stage 5 to stage 2 above the card row, over the
    cards between, not hidden under them, and down into the target's top."""
    import pdfplumber

    m, _ = routed_map()
    m.connections = m.connections[2:3]  # only the flow back over two stages
    m.check()
    deck = tmp_path / "back.pptx"
    deck.write_bytes(pptx_bytes(m, "16:9")[0])
    libreoffice_pdf(deck)
    shapes = Presentation(io.BytesIO(deck.read_bytes())).slides[1].shapes
    cards = {s.name.removeprefix("Touchpoint: "): s for s in shapes if s.name.startswith("Touch")}
    emu_pt = 12700
    row_top = cards["Anna 2.1"].top / emu_pt
    left = (cards["Anna 2.1"].left + cards["Anna 2.1"].width / 2) / emu_pt
    right = (cards["Anna 5.1"].left) / emu_pt
    with pdfplumber.open(tmp_path / "back.pdf") as pdf:
        page = pdf.pages[1]
        grey = [
            o
            for o in page.lines + page.curves
            if o.get("stroking_color")
            and max(o["stroking_color"]) < 0.5
            and o["x0"] <= left + 1
            and o["x1"] >= right
            and o["top"] < row_top - 3  # the strip 2 mm above the row
            and o["bottom"] >= row_top - 1  # and down into the card's top
        ]
    assert grey, "no line from stage 5 back to stage 2 drawn above the card row"
