"""Short references that tie a card on the map page to its row in the detail tables.

A card whose description must be shortened on the map says where the whole text is ("2.3":
stage 2, third row of that stage's table), and the detail table prints the same reference in
the row. Both sides call :func:`touchpoint_references`, so the numbering cannot drift. The order
is the detail tables' order: stages left to right, then persona lanes top to bottom, then the
cards of each cell in their order.
"""

from __future__ import annotations

from cjdesigner.model import JourneyMap


def touchpoint_references(m: JourneyMap) -> dict[str, str]:
    """Map each touchpoint id to its reference ``"<stage number>.<row in that stage>"``."""
    cells = m.cells()
    references: dict[str, str] = {}
    for stage_number, stage in enumerate(m.stages, start=1):
        row = 0
        for persona in m.personas:
            for touchpoint in cells.get((stage.id, persona.id), []):
                row += 1
                references[touchpoint.id] = f"{stage_number}.{row}"
    return references
