"""Drawing the slides with python-pptx: native shapes and text a consultant can edit.

Every card is a rounded rectangle holding its channel and title as text, with a small native
triangle or circle for its sentiment and a flag when it is a milestone; a moment of truth is
ringed in vermillion with a "!" badge on its corner, as on the canvas and in the PDF; stage
headers and persona names are filled rectangles; each lane's emotion curve is a freeform line in
a band under the lane's cards (as on the canvas and in the PDF); a small map's cards and type
grow to fill more of the slide, as far as no card loses text (:mod:`.room`); flows
between cards on the same slide have an arrowhead: a connector glued to both cards between
neighbours, an elbow around the cards for a flow back or over cards (:mod:`.routes`), and a
card whose flow leads to a card on another slide carries a small "→ page 3" tag (the page number
each split map slide shows in its title), the card it leads to a "← page 1" tag; a legend in the
bottom margin names the symbols in the map's language (:mod:`.symbols` draws them). Text is
Calibri only (Arial and Calibri have ą ł ș ț; LibreOffice shows Carlito in Calibri's place). The
speaker notes of a map slide hold the details of every card on it, with the labels of its flows
(no room for them on the slide).
"""

from __future__ import annotations

import math
from typing import Any

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from cjdesigner.export.pptx.fast_shapes import (
    ShapeStamper,
    fill_text,
    flows_behind,
    untitled_slide,
)
from cjdesigner.export.pptx.plan import (
    GAP,
    MARGIN,
    TITLE_H,
    Geometry,
    SlidePlan,
    SlideSize,
    cards_of,
)
from cjdesigner.export.pptx.routes import route, strip_above
from cjdesigner.export.pptx.symbols import (
    AVERAGE_CHAR_EM,
    BADGE,
    BOLD_STAND_IN,
    MM,
    MOMENT,
    PT_PER_MM,
    frame,
    legend,
    legend_items,
    longest_piece,
    milestone_flag,
    moment_badge,
    moment_ring,
    page_tag,
    sentiment_marker,
    size_for_words,
    text_width,
    wrapped_lines,
)
from cjdesigner.interchange.cells import format_kpis, format_list
from cjdesigner.layout.emotion import LanePoint, lane_points, level_y, moments_of_truth, scale_label
from cjdesigner.map_language import emotion_axis, label, quote, signed
from cjdesigner.model import EMOTION_MAX, EMOTION_MIN, JourneyMap, Persona, Touchpoint
from cjdesigner.model.no_channel import printed_channel_names

NAME_INSETS = 4.0  # the persona column's colour bar and the name box's margins (mm)
NAME_PT = 12.0  # the persona names' type on a grown map, at most (10 pt at full size)
ROLE_PT = 9.5  # ...and their roles' (8 pt at full size)
FONT = "Calibri"
INK = RGBColor(0x22, 0x22, 0x22)
MUTED = RGBColor(0x59, 0x59, 0x59)
LINE = RGBColor(0xBF, 0xBF, 0xBF)
LANE_TINT = RGBColor(0xF5, 0xF5, 0xF5)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
CURVE = "0072B2"  # one blue for every curve, as on the canvas and in the PDF
LEVEL = "D9D9D9"
SCALE_PT = 6.0
CURVE_MARGIN = 2.5  # mm kept free above +2 and below -2 in the band, for the points
POINT = 2.4  # a point's diameter, mm
RING = 4.6  # a moment of truth's ring on the curve, mm


def mm(value: float) -> Emu:
    return Emu(round(value * MM))


def rgb(colour: str | None, default: RGBColor = LANE_TINT) -> RGBColor:
    return RGBColor.from_string(colour[1:]) if colour else default


def text_box(
    slide: Any,
    x: float,
    y: float,
    w: float,
    h: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    colour: RGBColor = INK,
    align: PP_ALIGN = PP_ALIGN.LEFT,
    anchor: MSO_ANCHOR = MSO_ANCHOR.TOP,
    title: bool = False,
) -> Any:
    """A text box; with ``title`` the slide's title placeholder, placed and set like one, so
    PowerPoint's outline, the slide sorter and screen readers see the slide's heading (QA s7
    J18) while the slide looks the same (left aligned, the text box's own autofit)."""
    if title:
        box = slide.shapes.title
        box.left, box.top, box.width, box.height = mm(x), mm(y), mm(w), mm(h)
        box.text_frame.auto_size = MSO_AUTO_SIZE.SHAPE_TO_FIT_TEXT  # as add_textbox's
    else:
        box = slide.shapes.add_textbox(mm(x), mm(y), mm(w), mm(h))
    frame = box.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = anchor
    for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
        setattr(frame, side, mm(0.8))
    _paragraphs(frame, text.split("\n"), size, bold=bold, colour=colour, align=align)
    return box


def _paragraphs(
    frame: Any,
    lines: list[str],
    size: float,
    *,
    bold: bool = False,
    colour: RGBColor = INK,
    align: PP_ALIGN = PP_ALIGN.LEFT,
) -> None:
    for index, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.alignment = align
        run = paragraph.add_run()
        run.text = line
        _font(run.font, size, bold=bold, colour=colour)


def _font(font: Any, size: float, *, bold: bool = False, colour: RGBColor = INK) -> None:
    font.name = FONT
    font.size = Pt(size)
    font.bold = bold
    font.color.rgb = colour


def box(
    slide: Any,
    x: float,
    y: float,
    w: float,
    h: float,
    fill: RGBColor | None,
    line: RGBColor | None = None,
    shape: MSO_SHAPE = MSO_SHAPE.RECTANGLE,
) -> Any:
    drawn = slide.shapes.add_shape(shape, mm(x), mm(y), mm(w), mm(h))
    if fill is None:
        drawn.fill.background()
    else:
        drawn.fill.solid()
        drawn.fill.fore_color.rgb = fill
    if line is None:
        drawn.line.fill.background()
    else:
        drawn.line.color.rgb = line
        drawn.line.width = Pt(0.75)
    no_shadow(drawn)
    return drawn


def no_shadow(shape: Any) -> None:
    """No shadow in PowerPoint (an empty effect list) nor in LibreOffice (no theme effect)."""
    shape.shadow.inherit = False
    for effect in shape._element.iter(qn("a:effectRef")):
        effect.set("idx", "0")


def _line_mm(size_pt: float) -> float:
    """The height of one line of ``size_pt`` text, in millimetres."""
    return size_pt * 1.2 / PT_PER_MM


def _lines_needed(text: str, width_mm: float, size_pt: float) -> int:
    per_line = max(4, int(width_mm * PT_PER_MM / (size_pt * AVERAGE_CHAR_EM)))
    return max(1, -(-len(text) // per_line))


def shortened(text: str, width_mm: float, lines: int, size_pt: float) -> str:
    """``text`` cut with an ellipsis to about ``lines`` lines of ``width_mm`` (whole words)."""
    per_line = max(4, int(width_mm * PT_PER_MM / (size_pt * AVERAGE_CHAR_EM)))
    budget = per_line * max(lines, 1)
    if len(text) <= budget:
        return text
    cut = text[: budget - 1].rsplit(" ", 1)[0] or text[: budget - 1]
    return cut.rstrip(" ,.;:") + "…"


def card_title_lines(size: SlideSize) -> int:
    """How many lines of title a card of ``size`` holds under its channel line."""
    channel_h = size.channel_pt / PT_PER_MM * 1.2
    return int((size.card_height - 2.5 - channel_h) / (size.title_pt / PT_PER_MM * 1.2))


def _card_texts(
    card: Touchpoint, channel: str, size: SlideSize, width: float, tagged: bool = False
) -> tuple[str, str]:
    """The channel and title a card of ``width`` shows with ``size``'s type, shortened to its
    lines; ``tagged``: its bottom line holds "→ page" tags (:meth:`MapSlides._card`)."""
    title_lines = card_title_lines(size)
    title_width = width - 3
    if tagged:
        # The tags take the card's bottom line, and the title must end above it even where
        # a wider font stands in for Calibri (LibreOffice without Carlito: DejaVu Sans).
        title_lines = max(1, title_lines - 1)
        title_width *= 0.8
    return (
        shortened(channel, width - (11.5 if card.milestone else 8), 1, size.channel_pt),
        shortened(card.title, title_width, title_lines, size.title_pt),
    )


class MapSlides:
    """Draws the map slides, the title slide and the persona slides of one presentation."""

    def __init__(self, presentation: Any, m: JourneyMap, geo: Geometry) -> None:
        self.presentation = presentation
        self.m = m
        self.geo = geo
        self.language = m.info.language.value
        self.layout = presentation.slide_layouts[5]  # "Title Only": each slide's heading
        self.cells = m.cells()
        self.channels = printed_channel_names(m.channels)  # "": no channel line
        self.stages = {s.id: s for s in m.stages}
        self.stage_numbers = {s.id: i for i, s in enumerate(m.stages, start=1)}
        self.personas = {p.id: p for p in m.personas}
        card_ids = {cell: [t.id for t in cards] for cell, cards in self.cells.items()}
        stage_ids = [s.id for s in m.stages]
        self.curves: dict[str, dict[str, list[LanePoint]]] = {}
        """Each persona's curve (shared with the PDF: :func:`lane_points`) by stage id."""
        for persona in m.personas:
            by_stage = self.curves[persona.id] = {}
            for point in lane_points(m, persona.id, stage_ids, card_ids):
                by_stage.setdefault(stage_ids[point.column], []).append(point)
        self.estimated = any(
            p.estimated for stages in self.curves.values() for ps in stages.values() for p in ps
        )
        self.flows_drawn = 0
        stage_names = {s.id: s.name for s in m.stages}
        self.titles = {
            t.id: f"{t.title} ({stage_names.get(t.stage_id, '')})" for t in m.touchpoints
        }
        self.outgoing: dict[str, list[str]] = {}
        self.incoming: dict[str, list[str]] = {}
        self.flow_labels: dict[tuple[str, str], str] = {}
        """Each labelled flow's label: no room for it on the slide, so the notes hold it."""
        for connection in m.connections:
            if connection.label:
                self.flow_labels[connection.source, connection.target] = connection.label
            self.outgoing.setdefault(connection.source, []).append(connection.target)
            self.incoming.setdefault(connection.target, []).append(connection.source)
        self.moments = moments_of_truth(m)
        self.type_zoom = min(geo.text_zoom, 1.5)
        """The persona column's and the emotion scale's type on a grown map (:mod:`.room`):
        grown less than the cards, as the column keeps its width."""
        column = geo.size.persona_column - NAME_INSETS
        top = min(NAME_PT, round(10 * self.type_zoom * 2) / 2)
        names = [size_for_words(p.name, column, top, stand_in=BOLD_STAND_IN) for p in m.personas]
        self.name_pt = max(min(names, default=top), round(top * 0.8 * 2) / 2)
        """The persona names' one size (the column is widened for long names, :func:`.room.
        with_names`), unless a name would need much smaller type: that one alone shrinks."""
        self.header_pt = 10.0
        """The stage headers' type (:meth:`number` grows it with the headers)."""
        self.slide_of: dict[str, int] = {}
        """Each card's map page (the "Page 2 of 3" in its slide's title), once :meth:`number`
        has run."""

    def _header_pt(self, column_width: float) -> float:
        """The stage headers' type: 10 pt, grown with the headers (:attr:`Geometry.header_zoom`)
        as far as each stage's number and name keep to two lines of its column, its words
        whole, by the deck's estimate with room for a bold stand-in font ("Orędownictw|o")."""
        size = math.floor(10 * self.geo.header_zoom * 2) / 2
        width = column_width - GAP - 2.0  # the header's insets
        while size > 10 and any(
            wrapped_lines(f"{n}. {s.name}", width * BOLD_STAND_IN, size) > 2
            or text_width(longest_piece(s.name), size) > width * BOLD_STAND_IN
            for n, s in enumerate(self.m.stages, start=1)
        ):
            size -= 0.5
        return size

    def number(self, plans: list[SlidePlan]) -> None:
        """Note the map page each card lands on, so a flow to another slide can name it (and
        size the stage headers' type for the slides' columns)."""
        if plans:
            self.header_pt = self._header_pt(plans[0].column_width)
        for plan in plans:
            for piece in plan.pieces:
                for stage_id in plan.stage_ids:
                    for card in cards_of(self.cells, stage_id, piece):
                        self.slide_of[card.id] = plan.part

    def _elsewhere(self, ends: dict[str, list[str]], card: Touchpoint, here: int) -> list[int]:
        """The other map pages holding the far ends of this card's flows (``ends``: outgoing
        or incoming), in order."""
        slides = {self.slide_of.get(end) for end in ends.get(card.id, ())}
        return sorted(n for n in slides if n is not None and n != here)

    def _slide(self) -> Any:
        return self.presentation.slides.add_slide(self.layout)

    def title_slide(self) -> None:
        """The map's title, state, client, author and description: one text box (the slide's
        title placeholder), so a title that wraps pushes the rest down instead of running into
        it."""
        slide = self._slide()
        info = self.m.info
        geo = self.geo
        k = geo.type_scale
        width = geo.width - MARGIN * 4
        state = label("As-is journey" if info.state == "as_is" else "To-be journey", self.language)
        author = label("prepared by {author}", self.language).format(author=info.author)
        details = [line for line in (state, info.client, info.author and author) if line]
        details += [info.version_label] if info.version_label else []
        top = geo.height * 0.22
        holder = text_box(
            slide,
            MARGIN * 2,
            top,
            width,
            geo.height - top - MARGIN,
            shortened(info.title, width, 3, 32 * k),
            32 * k,
            bold=True,
            title=True,
        )
        frame = holder.text_frame
        _paragraphs_after(frame, [""], 10 * k)
        _paragraphs_after(frame, details, 16 * k, colour=MUTED)
        if info.description:
            room = geo.height - top - MARGIN - _line_mm(32 * k) * 3 - _line_mm(16 * k) * 5
            lines = max(1, int(room / _line_mm(14 * k)))
            _paragraphs_after(frame, [""], 10 * k)
            _paragraphs_after(frame, [shortened(info.description, width, lines, 14 * k)], 14 * k)

    def map_slide(self, plan: SlidePlan) -> None:
        slide = untitled_slide(self.presentation, self.layout)
        geo = self.geo
        symbols = legend_items(
            any(t.milestone for t in self.m.touchpoints),
            bool(self.moments),
            self.language,
            estimated=self.estimated,
        )
        room = geo.width - 2 * MARGIN
        suffix = ""
        if plan.parts > 1:
            suffix = "  ·  " + label("Page {n} of {total}", self.language).format(
                n=plan.part, total=plan.parts
            )
        title_room = room - len(suffix) * 14 * AVERAGE_CHAR_EM / PT_PER_MM
        # The backgrounds first, stamped (see fast_shapes): stage headers, lane tints, the
        # persona's colour bars; python-pptx's text and curves over them; the cards last.
        stamper = ShapeStamper(slide)
        self._backgrounds(stamper, plan)
        stamper.heading(  # in its title placeholder, as text_box(..., title=True) makes it
            frame(MARGIN, MARGIN, room, TITLE_H - 1),
            shortened(self.m.info.title, title_room, 1, 14) + suffix,
            14,
        )
        y = geo.grid_top
        placed: list[tuple[Touchpoint, Persona, float, float]] = []
        dots: list[tuple[float, float, LanePoint, tuple[str, int]]] = []
        strips: dict[str, int] = {}
        """The free strip above each card's row (EMU), where a flow routed to it runs."""
        for piece in plan.pieces:
            # the cards at the top of the lane, the curve band under them, as the canvas and
            # the PDF draw a lane
            persona = self.personas[piece.persona_id]
            height = geo.piece_height(piece.rows)
            band = geo.band_height(piece.rows)
            cards_h = max(piece.rows, 1) * geo.row_height
            self._persona_cell(slide, persona, y + GAP, cards_h - GAP, piece.continued)
            stamper.resync()
            band_y = y + GAP + cards_h
            self._scale(stamper, band_y, band)
            self._curve(stamper, plan, persona, band_y, band, dots)
            for column, stage_id in enumerate(plan.stage_ids):
                x = geo.grid_left + column * plan.column_width + GAP
                for row, card in enumerate(cards_of(self.cells, stage_id, piece)):
                    card_y = y + GAP + row * geo.row_height
                    placed.append((card, persona, x, card_y))
                    strips[card.id] = strip_above(round(card_y * MM), row == 0, round(GAP * MM))
            y += height
        # Cards and flows last, stamped from prepared XML (see fast_shapes): the slow part.
        stamper.resync()
        legend(stamper, symbols, geo.width - MARGIN, geo.height - MARGIN / 2)
        self._points(stamper, dots)
        width = plan.column_width - 2 * GAP
        cards: dict[str, tuple[int, tuple[int, int, int, int]]] = {}
        first_card = len(stamper.tree)
        here = plan.part
        for card, persona, x, card_y in placed:
            cards[card.id] = self._card(
                stamper,
                card,
                x,
                card_y,
                width,
                persona,
                (
                    self._elsewhere(self.outgoing, card, here),
                    self._elsewhere(self.incoming, card, here),
                ),
            )
        if len(stamper.tree) > first_card:
            # straight flows under the cards' edges; routed ones between the cards, over them
            self._connections(stamper, cards, strips)
            flows_behind(stamper, stamper.tree[first_card])
        moment = label("moment of truth", self.language)
        for card, _, x, card_y in placed:  # badges over the cards, as the canvas draws them
            if card.id in self.moments:
                moment_badge(stamper, x + width, card_y, BADGE, 8, f"{moment}: {card.title}")
        if placed:
            notes = "\n\n".join(self._note(card, here) for card, _, _, _ in placed)
            fill_text(slide.notes_slide.notes_text_frame, notes.split("\n"))

    def _backgrounds(self, stamper: ShapeStamper, plan: SlidePlan) -> None:
        """The stage headers, every other lane's tint and each lane's persona colour bar."""
        geo = self.geo
        for column, stage_id in enumerate(plan.stage_ids):
            stage = self.stages[stage_id]
            x = geo.grid_left + column * plan.column_width
            stamper.tag(
                f"Stage: {stage.name}",
                frame(x + GAP / 2, MARGIN + TITLE_H, plan.column_width - GAP, geo.header_height),
                f"{self.stage_numbers[stage_id]}. {stage.name}",
                self.header_pt,
                fill=str(rgb(stage.colour)),
                bold=True,
                align="ctr",
                wrap=True,
                inset=MM,
            )
        y = geo.grid_top
        for index, piece in enumerate(plan.pieces):
            height = geo.piece_height(piece.rows)
            if index % 2 == 0:
                lane = frame(MARGIN, y, geo.width - 2 * MARGIN, height - GAP / 2)
                stamper.mark("Lane", lane, "rect", str(LANE_TINT), False)
            colour = str(rgb(self.personas[piece.persona_id].colour))
            bar = frame(MARGIN, y, 1.6, height - GAP / 2)
            stamper.mark(
                f"Persona: {self.personas[piece.persona_id].name}", bar, "rect", colour, False
            )
            y += height

    def _persona_cell(
        self, slide: Any, persona: Persona, y: float, height: float, continued: bool
    ) -> None:
        width = self.geo.size.persona_column
        k = self.type_zoom
        name = persona.name + (" (…)" if continued else "")
        # wrapped at spaces only: smaller type where a word would not fit the column (J5)
        size = size_for_words(name, width - NAME_INSETS, self.name_pt, stand_in=BOLD_STAND_IN)
        role = size_for_words(persona.role, width - NAME_INSETS, min(ROLE_PT, round(8 * k, 1)))
        lines = [name] + ([shortened(persona.role, width, 3, role)] if persona.role else [])
        holder = text_box(slide, MARGIN + 2.4, y, width - 2.4, height, lines[0], size, bold=True)
        if len(lines) > 1:
            _paragraphs_after(holder.text_frame, lines[1:], role, colour=MUTED)

    def _scale(self, stamper: ShapeStamper, y: float, band: float) -> None:
        """The band's -2…+2 scale, as in the PDF: a line across the lane at each level (0 a
        little stronger), the numbers at the grid's left and the words at +2, 0 and -2 in the
        map's language in the persona column."""
        geo = self.geo
        words = emotion_axis(self.language)
        left, right = geo.grid_left, geo.width - MARGIN
        k = self.type_zoom
        number_w = 4.5 * k
        scale_pt = round(SCALE_PT * k, 1)
        levels = {
            s: level_y(y, band, CURVE_MARGIN, s) for s in range(EMOTION_MAX, EMOTION_MIN - 1, -1)
        }
        x1, x2 = round(left * MM), round(right * MM)
        for strong, width in ((False, 3175), (True, 9525)):  # 0 a little stronger, as in the PDF
            rules = [(x1, x2, round(v * MM)) for s, v in levels.items() if (s == 0) == strong]
            stamper.lines("Emotion scale", rules, LEVEL, width)
        for score, level in levels.items():
            number = frame(left - GAP - number_w, level - 1.5 * k, number_w, 3.0 * k)
            stamper.tag(
                "Emotion scale",
                number,
                scale_label(score),
                scale_pt,
                ink="595959",
                bold=True,
                align="r",
            )
            word = words.get(score)
            if word:
                room = left - GAP - number_w - (MARGIN + 2.4) - 0.5
                size = scale_pt * min(1.0, room / max(0.1, text_width(word, scale_pt)))
                box_ = frame(MARGIN + 2.4, level - 1.5 * k, room, 3.0 * k)
                stamper.tag("Emotion scale", box_, word, round(size, 1), ink="595959")

    def _curve(
        self,
        stamper: ShapeStamper,
        plan: SlidePlan,
        persona: Persona,
        y: float,
        band: float,
        dots: list[tuple[float, float, LanePoint, tuple[str, int]]],
    ) -> None:
        """The persona's curve over the slide's stage columns as a native line, through each
        touchpoint at its own emotion in journey order (the PDF's points: :func:`lane_points`),
        spread evenly across its stage's column; the points themselves are stamped later."""
        curve = self.curves.get(persona.id, {})
        points: list[tuple[float, float, LanePoint]] = []
        for column, stage_id in enumerate(plan.stage_ids):
            left = self.geo.grid_left + column * plan.column_width
            for p in curve.get(stage_id, ()):
                x = left + plan.column_width / p.count * (p.slot + 0.5)
                points.append((x, level_y(y, band, CURVE_MARGIN, p.emotion), p))
        if len(points) > 1:
            line = [(round(x * MM), round(y_ * MM)) for x, y_, _ in points]
            stamper.curve(f"Emotion curve: {persona.name}", line, CURVE, 25400)
        lane = (persona.name, len(dots))  # a shape for each lane piece
        dots.extend((x, y_, p, lane) for x, y_, p in points)

    def _points(
        self, stamper: ShapeStamper, dots: list[tuple[float, float, LanePoint, tuple[str, int]]]
    ) -> None:
        """The curves' points over the lines, as the PDF draws them: scored ones filled in the
        curve's blue on a white edge, estimated ones (no score, placed by their sentiment)
        hollow — a freeform of circles each (one shape per lane, not one per card: a big map
        has thousands) — and a moment of truth's point ringed in vermillion."""
        radius = round(POINT / 2 * MM)
        edge = round(0.3 * MM)
        words = label("emotion estimated from sentiment", self.language)
        for estimated, fill, line in ((False, CURVE, "FFFFFF"), (True, "FFFFFF", CURVE)):
            lanes: dict[tuple[str, int], list[tuple[int, int]]] = {}
            for x, y, point, lane in dots:
                if point.estimated == estimated:
                    lanes.setdefault(lane, []).append((round(x * MM), round(y * MM)))
            for (persona, _), centres in lanes.items():
                name = f"Emotion points: {persona}" + (f" ({words})" if estimated else "")
                stamper.dots(name, centres, radius, fill, line, edge)
        rings: dict[tuple[str, int], list[tuple[int, int]]] = {}
        for x, y, point, lane in dots:
            if point.card_id in self.moments:
                rings.setdefault(lane, []).append((round(x * MM), round(y * MM)))
        moment = label("moment of truth", self.language)
        for (persona, _), centres in rings.items():
            name = f"Emotion points: {persona} ({moment})"
            stamper.dots(name, centres, round(RING / 2 * MM), None, MOMENT, round(0.5 * MM))

    def _card(
        self,
        stamper: ShapeStamper,
        card: Touchpoint,
        x: float,
        y: float,
        width: float,
        persona: Persona,
        elsewhere: tuple[list[int], list[int]],
    ) -> tuple[int, tuple[int, int, int, int]]:
        """One card with its sentiment marker, milestone flag, moment ring and the tags naming
        the pages its flows lead on to and come from; returns the card's shape id and box
        (EMU)."""
        size = self.geo.size
        height = size.card_height
        onward, back = elsewhere  # the pages its flows lead to, and come from
        channel = self.channels.get(card.channel, card.channel)
        texts = _card_texts(card, channel, size, width, tagged=bool(onward or back))
        box_ = frame(x, y, width, height)
        if card.id in self.moments:  # under its card
            name = f"{label('moment of truth', self.language)}: {card.title}"
            moment_ring(stamper, x, y, width, height, name)
        shape_id = stamper.card(
            f"Touchpoint: {card.title}",
            box_,
            (persona.colour or "#7F7F7F")[1:].upper(),
            texts,
            (size.channel_pt, size.title_pt),
        )
        name = f"Sentiment: {card.sentiment.value}"
        sentiment_marker(stamper, card.sentiment, x + width - 4.6, y + 1.2, name)
        if card.milestone:
            name = f"{label('milestone', self.language)}: {card.title}"
            milestone_flag(stamper, x + width - 8.2, y + 0.9, 3.0, name)
        room = (width - 3) / 2 if onward and back else width - 2
        bottom = y + height - 0.8
        if onward:
            page_tag(stamper, onward, "→", x + width - 1, bottom, room, self.language)
        if back:
            page_tag(stamper, back, "←", x + 1, bottom, room, self.language)
        return shape_id, box_

    def _connections(
        self,
        stamper: ShapeStamper,
        cards: dict[str, tuple[int, tuple[int, int, int, int]]],
        strips: dict[str, int],
    ) -> None:
        """A line for each flow whose two cards are both on this slide: a connector to the
        next column or the card below, else an elbow around the cards (:func:`.routes.route`)."""
        gap = round(GAP * MM)
        for source_id, (source, source_box) in cards.items():
            for target_id in self.outgoing.get(source_id, []):
                found = cards.get(target_id)
                if found is None or target_id == source_id:
                    continue
                target, target_box = found
                way = route(source_box, target_box, strips[target_id], gap)
                stamper.flow(
                    way.start,
                    way.end,
                    (source, way.sites[0]),
                    (target, way.sites[1]),
                    way.bend,
                    f"{self.titles[source_id]} → {self.titles[target_id]}",
                )
                self.flows_drawn += 1

    def _away(self, card_id: str, here: int) -> bool:
        return self.slide_of.get(card_id, here) != here

    def _note(self, card: Touchpoint, here: int) -> str:
        lang = self.language
        slide = label("page {n}", lang)
        stage = self.stages[card.stage_id].name
        persona = self.personas[card.persona_id].name
        head = [
            f"{card.title} — {stage} / {persona}",
            ", ".join(
                part
                for part in (
                    self.channels.get(card.channel, card.channel),
                    label(card.sentiment.value, lang),
                    label("emotion {score}", lang).format(score=signed(card.emotion))
                    if card.emotion is not None
                    else "",
                    label("milestone", lang) if card.milestone else "",
                    label("moment of truth", lang) if card.id in self.moments else "",
                )
                if part
            ),
        ]
        sections = [
            ("Description", card.description),
            ("Customer action", card.customer_action),
            ("Pain points", format_list(card.pain_points).replace("\n", "; ")),
            ("Opportunities", format_list(card.opportunities).replace("\n", "; ")),
            (
                "Owner and KPIs",
                " · ".join(
                    p for p in (card.owner, format_kpis(card.kpis, lang).replace("\n", "; ")) if p
                ),
            ),
        ]
        head += [f"{label(name, lang)}: {text}" for name, text in sections if text]
        flow_label = self.flow_labels.get
        targets = [
            self.titles[t]
            + (f" {quote(flow_label((card.id, t)), lang)}" if flow_label((card.id, t)) else "")
            + (f" — {slide.format(n=self.slide_of[t])}" if self._away(t, here) else "")
            for t in self.outgoing.get(card.id, [])
            if t in self.titles
        ]
        if targets:
            head.append(f"{label('flow', lang)} → " + "; ".join(targets))
        return "\n".join(head)

    def persona_slide(self, persona: Persona) -> None:
        """Name, role and quote in one box at the top (the slide's title placeholder); goals,
        frustrations and demographics in three columns below, from a fixed height (the quote is
        shortened to end above it)."""
        slide = self._slide()
        geo = self.geo
        lang = self.language
        k = geo.type_scale
        width = geo.width - MARGIN * 4
        box(slide, 0, 0, geo.width, 4, rgb(persona.colour))
        top = MARGIN + 4
        columns_y = top + _line_mm(30 * k) + _line_mm(18 * k) * 2 + _line_mm(16 * k) * 3 + 6
        holder = text_box(
            slide,
            MARGIN * 2,
            top,
            width,
            columns_y - top - 2,
            shortened(persona.name, width, 1, 30 * k),
            30 * k,
            bold=True,
            title=True,
        )
        if persona.role:
            role = shortened(persona.role, width, 2, 18 * k)
            _paragraphs_after(holder.text_frame, [role], 18 * k, colour=MUTED)
        if persona.quote:
            quote = f"„{persona.quote}”" if lang in ("pl", "ro") else f"“{persona.quote}”"
            _paragraphs_after(holder.text_frame, [shortened(quote, width, 3, 16 * k)], 16 * k)
        column = (width - MARGIN) / 3
        blocks = [
            ("Goals", format_list(persona.goals)),
            ("Frustrations", format_list(persona.frustrations)),
            ("Demographics", persona.demographics),
        ]
        for index, (name, text) in enumerate(blocks):
            if not text:
                continue
            x = MARGIN * 2 + index * (column + MARGIN / 2)
            holder = text_box(
                slide,
                x,
                columns_y,
                column,
                geo.height - columns_y - MARGIN,
                label(name, lang),
                16 * k,
                bold=True,
            )
            _paragraphs_after(
                holder.text_frame, text.split("\n"), 13 * k, bullet=name != "Demographics"
            )


def has_profile(persona: Persona) -> bool:
    """Whether the persona has more to show than the map slides' persona column (its name and
    role): a quote, goals, frustrations or demographics, what its own slide shows."""
    return bool(persona.quote or persona.goals or persona.frustrations or persona.demographics)


def _paragraphs_after(
    frame: Any, lines: list[str], size: float, *, colour: RGBColor = INK, bullet: bool = False
) -> None:
    for line in lines:
        paragraph = frame.add_paragraph()
        paragraph.alignment = PP_ALIGN.LEFT  # a title placeholder's own is centred
        run = paragraph.add_run()
        run.text = f"• {line}" if bullet else line
        _font(run.font, size, colour=colour)
