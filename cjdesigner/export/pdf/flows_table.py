"""The flows table after the map: the whole label of every flow the map page shows as a
numbered marker (see :mod:`cjdesigner.export.pdf.flow_labels`, which decides the markers).

A detail-side table, in the detail pages' styles and fast row table, so it looks like the
others; kept apart from the map page's label placement, which needs nothing of the details.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from cjdesigner.export.pdf.detail_blocks import make_styles
from cjdesigner.export.pdf.flow_labels import LabelPlan
from cjdesigner.export.pdf.fonts import BOLD, REGULAR
from cjdesigner.export.pdf.outline import Bookmark
from cjdesigner.export.pdf.rows import Block, Cell, RowTable
from cjdesigner.export.pdf.rows import TableStyle as RowStyle
from cjdesigner.export.pdf.scene import MapScene
from cjdesigner.export.pdf.text import markup
from cjdesigner.export.pdf.theme import HAIRLINE, INK, LANE_HEADER_TINTS, MUTED, RULE
from cjdesigner.map_language import label as word


def flows_table_story(
    scene: MapScene, plan: LabelPlan, width: float, frame_height: float
) -> list[Flowable]:
    """The flows table: every labelled flow with its number, from and to cards and its whole
    label — printed when at least one label is a marker on the map (empty otherwise). Built
    on the detail pages' fast row table: a big map has thousands of labelled flows."""
    if not plan.markers:
        return []
    language = scene.language
    st = make_styles(language, width)
    touchpoints = scene.touchpoints
    personas = scene.personas

    def card(card_id: str) -> str:
        t = touchpoints.get(card_id)
        return t.title if t is not None else card_id

    header: list[Cell] = [
        [Block(text, BOLD, 8, 10, INK)]
        for text in ("#", *(word(w, language) for w in ("From", "To", "Flow label")))
    ]
    rows: list[list[Cell]] = []
    # blocks made as tuple.__new__(Block, …), every field given (a named tuple's constructor
    # is a Python call, and a big map lists thousands of flows); a persona's line is one
    # block for all its flows
    lanes: dict[str, Block] = {}
    for connection in scene.m.connections:
        number = plan.numbers.get(connection.id)
        if number is None:
            continue
        source = touchpoints.get(connection.source)
        persona = personas.get(source.persona_id) if source is not None else None
        origin: Cell = [
            _tuple(Block, (card(connection.source), REGULAR, 8, 10.4, INK, False, None, 0.0))
        ]
        if persona is not None:
            lane = lanes.get(persona.id)
            if lane is None:
                lane = lanes[persona.id] = _tuple(
                    Block, (persona.name, REGULAR, 7.5, 9.6, MUTED, False, None, 0.0)
                )
            origin.append(lane)
        label = " ".join(connection.label.split())
        rows.append(
            [
                [_tuple(Block, (str(number), BOLD, 8.5, 10.8, INK, False, None, 0.0))],
                origin,
                [_tuple(Block, (card(connection.target), REGULAR, 8, 10.4, INK, False, None, 0.0))],
                [_tuple(Block, (label, REGULAR, 8, 10.4, INK, False, None, 0.0))],
            ]
        )
    style = RowStyle(
        header_fill=LANE_HEADER_TINTS[0],
        header_rule=RULE,
        row_fills=(None, LANE_HEADER_TINTS[0]),
        rule=RULE,
        column_rule=HAIRLINE,
    )
    number_share = min(0.08, 36.0 / max(width, 1.0))
    shares = [number_share, 0.3, 0.28, 0.42 - number_share]
    return [
        Bookmark("flows", word("Flow labels", language)),
        Paragraph(markup(word("Flow labels", language)), st.h1),
        Paragraph(markup(word(MARKERS_NOTE, language)), st.muted),
        Spacer(1, 4),
        RowTable(header, rows, shares, style, scene.icons, language, frame_height),
    ]


_tuple = tuple.__new__

MARKERS_NOTE = "The numbered circles on the map's flows refer to these rows."
