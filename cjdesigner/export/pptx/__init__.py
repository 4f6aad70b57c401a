"""The map as an editable PowerPoint deck (python-pptx): native shapes and text, no pictures.

``pptx_bytes(m, "A3")`` gives the deck's bytes and its slide count: a title slide, the map over
as many slides as its stage columns and lanes need (see :mod:`.plan`), and a slide per persona
with a profile (a quote, goals, frustrations or demographics; a persona with only a name and a
role shows it all on the map slides already, and its own slide would stand empty). Slide
sizes: A3, A4 (landscape unless ``portrait``) and 16:9. See :mod:`.slides` for what is drawn
and how. Each slide's heading is in its title placeholder.
"""

from __future__ import annotations

import io

from cjdesigner.export.pptx.plan import SLIDE_NAMES, geometry
from cjdesigner.i18n import ntr
from cjdesigner.model import JourneyMap

__all__ = ["SLIDE_NAMES", "pptx_bytes"]


def pptx_bytes(
    m: JourneyMap, page: str = "A3", *, portrait: bool = False, notes: list[str] | None = None
) -> tuple[bytes, int]:
    """The deck's bytes and how many slides it has; ``notes`` gets what the deck leaves out."""
    from pptx import Presentation

    from cjdesigner.export.pptx.part_names import remember_notes_names
    from cjdesigner.export.pptx.room import laid_out, with_names
    from cjdesigner.export.pptx.slides import MapSlides, has_profile, mm

    geo = with_names(geometry(page, portrait), m)  # a persona column for long names (J5)
    presentation = Presentation()
    presentation.slide_width = mm(geo.width)
    presentation.slide_height = mm(geo.height)
    presentation.core_properties.title = m.info.title
    presentation.core_properties.author = m.info.author or "cjdesigner"
    presentation.core_properties.language = m.info.language.value
    remember_notes_names(presentation.part.package)
    # a map that leaves its slides part empty grows to fill them, its type as far as every
    # card keeps its text, with a slide for each lane where that reads better (QA s7 J14)
    geo, plans = laid_out(m, geo)
    drawer = MapSlides(presentation, m, geo)
    drawer.title_slide()
    drawer.number(plans)
    for plan in plans:
        drawer.map_slide(plan)
    for persona in m.personas:
        if has_profile(persona):  # a name alone would make an empty slide (QA s7 J18)
            drawer.persona_slide(persona)
    undrawn = len(m.connections) - drawer.flows_drawn
    if notes is not None and undrawn:
        notes.append(
            ntr(
                "%n flow(s) between cards on different slides (or from a card to itself) not "
                "drawn as connectors; such a card carries a “→ page” tag naming the page its "
                "flow leads to, and its speaker notes name the cards",
                undrawn,
            )
        )
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue(), len(presentation.slides)
