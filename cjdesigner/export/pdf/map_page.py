"""The map drawn as on the canvas: stage header band, persona lanes, curves, arrows and cards.

:func:`paint_map` draws the grid in layout units under one transform (translate + scale, with
y negated because layout y grows downward), and only what intersects ``view`` — so a poster
tile of a 5,000-card map draws the cards it shows, not all of them.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf.avatars import draw_avatar
from cjdesigner.export.pdf.cards import (
    CardBoxes,
    cards_lines,
    paint_mini_card,
    paint_moment_outline,
)
from cjdesigner.export.pdf.curves import paint_curve_band
from cjdesigner.export.pdf.flow_labels import paint_labels
from cjdesigner.export.pdf.flows import connection_operators, connection_style
from cjdesigner.export.pdf.fonts import BOLD, REGULAR, string_width
from cjdesigner.export.pdf.icons import draw_moment_badge
from cjdesigner.export.pdf.persona_name import persona_name_lines
from cjdesigner.export.pdf.scene import MapScene
from cjdesigner.export.pdf.text import wrap
from cjdesigner.export.pdf.textops import TextWriter
from cjdesigner.export.pdf.theme import (
    CARD_TITLE_PT,
    HAIRLINE,
    INK,
    LANE_HEADER_TINTS,
    LANE_TINTS,
    MUTED,
    PAPER,
    RULE,
    hex_colour,
    stage_colours,
)
from cjdesigner.layout import Rect, curve_points
from cjdesigner.model import Touchpoint
from cjdesigner.templates import is_persona_prompt

STAGE_PT = 11.0
STAGE_LEADING = 13.2
STAGE_ACCENT = 3.0
PERSONA_PT = 10.5
PERSONA_LEADING = 12.6
ROLE_PT = 8.0
ROLE_LEADING = 9.8
AVATAR_RADIUS = 19.0
LANE_ACCENT = 4.0


def paint_map(
    canv: Canvas,
    scene: MapScene,
    x: float,
    y_top: float,
    scale: float,
    view: Rect | None = None,
    *,
    mini: bool = False,
) -> None:
    """Draw the map with its top-left corner at (x, y_top) in PDF points, scaled by ``scale``.

    ``view`` (layout units) limits drawing to what a tile shows; ``mini`` draws cards as plain
    tinted boxes for miniatures too small to read.
    """
    layout = scene.layout

    def visible(r: Rect) -> bool:
        return view is None or r.intersects(view)

    canv.saveState()
    canv.translate(x, y_top)
    canv.scale(scale, scale)

    for row, persona_id in enumerate(layout.persona_order):
        lane = layout.lanes[persona_id]
        if visible(lane):
            canv.setFillColor(LANE_TINTS[row % 2])
            canv.rect(lane.x, -lane.bottom, lane.w, lane.h, stroke=0, fill=1)
    canv.setStrokeColor(HAIRLINE)
    canv.setLineWidth(0.6)
    for stage_id in layout.stage_order[1:]:
        column = layout.columns[stage_id]
        if visible(column):
            canv.line(column.x, -column.y, column.x, -column.bottom)

    for row, persona_id in enumerate(layout.persona_order):
        band = layout.curve_bands.get(persona_id)
        if band is not None and visible(band):
            points = curve_points(scene.m, layout, persona_id, scene.touchpoints)
            paint_curve_band(canv, layout, persona_id, points, scene.language, scene.moments)
        header = layout.lane_headers[persona_id]
        if visible(header):
            _paint_lane_header(canv, scene, persona_id, header, row)

    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.75)
    for persona_id in layout.persona_order[1:]:
        top = layout.lane_headers[persona_id].y
        canv.line(0, -top, layout.width, -top)

    for stage_id in layout.stage_order:
        header = layout.stage_headers[stage_id]
        if visible(header):
            _paint_stage_header(canv, scene, stage_id, header)
    if visible(layout.corner):
        canv.setFillColor(LANE_HEADER_TINTS[1])
        corner = layout.corner
        canv.rect(corner.x, -corner.bottom, corner.w, corner.h, stroke=0, fill=1)

    if not mini:
        canv.saveState()
        connection_style(canv)
        arrows: list[str] = []
        for connection in scene.m.connections:
            flow = scene.flow(connection)
            if flow is None or (view is not None and not flow.bounds().intersects(view)):
                continue
            arrows.append(connection_operators(flow))
        canv.addLiteral("\n".join(arrows))
        canv.restoreState()

    moments = scene.moments
    boxes = CardBoxes(canv, scene)
    badges: list[Rect] = []
    shown: list[tuple[Touchpoint, Rect]] = []  # the cards whose text is written
    touchpoints = scene.touchpoints
    for card_id, rect in layout.cards.items():
        # a moment's outline and badge reach past its card: a tile may show them alone
        if card_id in moments and (view is None or visible(_grown(rect, MOMENT_MARGIN))):
            paint_moment_outline(canv, rect)
            badges.append(rect)
        if view is None or rect.intersects(view):
            t = touchpoints[card_id]
            if mini:
                paint_mini_card(canv, t, rect)
            else:
                boxes.paint(t, rect)
                shown.append((t, rect))
    lines = cards_lines(scene, shown)
    if lines:  # every card's text in one text object, in the cards' order
        writer = TextWriter(canv, lines[0][0], lines[0][1])
        writer.lines(lines)
        writer.finish()
    # badges over the cards (and a neighbour's edge), as the canvas draws them
    for rect in badges:
        draw_moment_badge(canv, rect.right, -rect.y)
    # flow labels last (whole on a free spot of their flow, else a numbered marker)
    if not mini:
        paint_labels(canv, scene.label_plan(), view)

    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.9)
    canv.setDash([])
    canv.rect(0, -layout.height, layout.width, layout.height, stroke=1, fill=0)
    canv.restoreState()


MOMENT_MARGIN = 9.0
"""How far a moment of truth's outline and badge reach past its card (as on the canvas)."""


def _grown(r: Rect, margin: float) -> Rect:
    return Rect(r.x - margin, r.y - margin, r.w + 2 * margin, r.h + 2 * margin)


def _paint_stage_header(canv: Canvas, scene: MapScene, stage_id: str, r: Rect) -> None:
    stage = scene.stages[stage_id]
    band, accent = stage_colours(stage.colour)
    canv.setFillColor(band)
    canv.rect(r.x, -r.bottom, r.w, r.h, stroke=0, fill=1)
    canv.setFillColor(accent)
    canv.rect(r.x, -r.bottom, r.w, STAGE_ACCENT, stroke=0, fill=1)
    canv.setStrokeColor(PAPER)
    canv.setLineWidth(0.6)
    canv.line(r.x, -r.y, r.x, -r.bottom)
    size, lines = stage_name_lines(stage.name, r.w - 24, scene.language)
    leading = STAGE_LEADING * size / STAGE_PT
    block = size + (len(lines) - 1) * leading
    baseline = r.y + (r.h - STAGE_ACCENT - block) / 2 + size * 0.78
    canv.setFillColor(INK)
    canv.setFont(BOLD, size)
    for line in lines:
        canv.drawString(r.x + 12, -baseline, line)
        baseline += leading


STAGE_MIN_PT = CARD_TITLE_PT
"""The smallest a stage name shrinks to (layout units) so that it wraps between words: never
smaller than the card titles under it."""


def stage_name_lines(name: str, width: float, language: str) -> tuple[float, list[str]]:
    """The size and lines of a stage name in its header, ``width`` wide, in two lines.

    A stage's name is a name: it wraps between words, whole, at the header's size or a few
    steps smaller ("Obsługa posprzedażowa" in a narrow column printed "posprzedażo-" / "wa"),
    and is hyphenated (or shortened) only when even the smallest step cannot hold it."""
    words = name.split()
    size = STAGE_PT
    while size >= STAGE_MIN_PT - 0.01:
        if all(string_width(word, BOLD, size) <= width for word in words):
            lines = wrap(name, BOLD, size, width, None, language, hyphenate=False)
            if len(lines) <= 2:
                return size, lines
        size = round(size - 0.5, 2)
    return STAGE_MIN_PT, wrap(name, BOLD, STAGE_MIN_PT, width, 2, language)


def _paint_lane_header(canv: Canvas, scene: MapScene, persona_id: str, r: Rect, row: int) -> None:
    persona = scene.personas[persona_id]
    canv.setFillColor(LANE_HEADER_TINTS[row % 2])
    canv.rect(r.x, -r.bottom, r.w, r.h, stroke=0, fill=1)
    canv.setFillColor(hex_colour(persona.colour))
    canv.rect(r.x, -r.bottom, LANE_ACCENT, r.h, stroke=0, fill=1)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.75)
    canv.line(r.right, -r.y, r.right, -r.bottom)

    pad = 14.0
    cx = r.x + LANE_ACCENT + pad + AVATAR_RADIUS - 4
    cy = r.y + pad + AVATAR_RADIUS
    draw_avatar(canv, persona, cx, -cy, AVATAR_RADIUS)
    text_x = cx + AVATAR_RADIUS + 9
    width = r.right - text_x - 8
    top = r.y + pad + 4
    role = bool(persona.role) and not is_persona_prompt(persona.role)  # a prompt: not content
    room = r.bottom - 10 - top - (ROLE_LEADING + 3 if role else 0)  # a role line kept
    size, leading, names = persona_name_lines(
        persona.name, PERSONA_PT, PERSONA_LEADING, width, room, scene.language
    )
    baseline = top + size * 0.78
    canv.setFillColor(INK)
    canv.setFont(BOLD, size)
    for line in names:
        canv.drawString(text_x, -baseline, line)
        baseline += leading
    if role:
        baseline += PERSONA_LEADING - leading  # the role's place as after a full-size name
        max_lines = max(1, int((r.bottom - 10 - baseline) // ROLE_LEADING))
        most = min(4, max_lines)  # a name and a role wrap between words only (issue 9)
        roles = wrap(persona.role, REGULAR, ROLE_PT, width, most, scene.language, hyphenate=False)
        baseline += ROLE_LEADING - PERSONA_LEADING + 3
        canv.setFillColor(MUTED)
        canv.setFont(REGULAR, ROLE_PT)
        for line in roles:
            canv.drawString(text_x, -baseline, line)
            baseline += ROLE_LEADING
