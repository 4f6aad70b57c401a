"""Cards without any flow yet: left out of where journeys start, stop and break off.

A map being built (a workshop's sheet just imported, a lane not drawn yet) has cards that no
flow starts or ends at. Each of them would be an entry point, an end point and, before the last
stage, a dead end, which buries the findings about the journeys that are drawn (and calls a card
nobody has linked yet one that "leads nowhere"). So the analysis gives such a card none of those
findings (nor unreachable: it starts its own journey), counts it, and every view of the analysis
(the editor's Insights panel, the PDF's insights page, ``cjdesigner analyze``) says how many it
left out with :func:`left_out_note`. Gaps, critical moments and figures still count every card.
A map whose every card has a flow is analysed as before (nothing is left out, no note).
"""

from __future__ import annotations

from cjdesigner.analysis.context import Context
from cjdesigner.map_language import label

LEFT_OUT_NOTE = (
    "Touchpoints without a flow yet ({count}) are not listed as entry, end or dead-end points."
)
"""The note's English template (the map's language through :mod:`cjdesigner.map_language`;
the count in brackets, as the loop findings write theirs, so no plural form is needed)."""


def left_out_count(ctx: Context) -> int:
    """How many cards have no flow in or out at all (own or across lanes)."""
    has_flow = ctx.has_flow
    return sum(1 for node in ctx.data if node not in has_flow)


def left_out_note(count: int, language: str) -> str:
    """The one-line note on ``count`` cards left out, in ``language`` ("" when none are)."""
    if not count:
        return ""
    return label(LEFT_OUT_NOTE, language).format(count=count)
