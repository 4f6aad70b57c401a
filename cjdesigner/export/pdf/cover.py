"""The cover page (``--cover``): what the deliverable is, for whom, by whom, when, which version.

The client's logo (``info.logo``, a PNG or JPEG embedded in the map, capped like an avatar)
sits at the top left; the title wraps between words, never hyphenated or cut (as the names in
the facts); a band of the stages' colours runs along the bottom, a quiet reference to the map
that follows.
"""

from __future__ import annotations

import io
import logging

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf.chrome import format_date, state_label
from cjdesigner.export.pdf.fonts import BOLD, REGULAR, string_width
from cjdesigner.export.pdf.text import wrap
from cjdesigner.export.pdf.textops import TextWriter
from cjdesigner.export.pdf.theme import INK, MUTED, RULE, stage_colours
from cjdesigner.map_language import label
from cjdesigner.model import JourneyMap

_log = logging.getLogger(__name__)

LOGO_MAX_W = 0.28
"""The logo's box, as shares of the content's width and height."""
LOGO_MAX_H = 0.16


def cover_facts(m: JourneyMap) -> list[tuple[str, str]]:
    """(label, value) lines of the cover: client, consultant, date, version (the empty ones
    left out), in the map's language."""
    language = str(m.info.language)
    info = m.info
    facts = [
        ("Client", info.client),
        ("Consultant", info.author),
        ("Date", format_date(info.modified.date(), language)),
        ("Version", info.version_label),
    ]
    return [(label(name, language), value) for name, value in facts if value.strip()]


def draw_cover(canv: Canvas, m: JourneyMap, size: tuple[float, float], margin: float) -> None:
    """The whole cover page on ``canv`` (a sheet of ``size`` points with ``margin``)."""
    language = str(m.info.language)
    width, height = size
    inner_w = width - 2 * margin
    inner_h = height - 2 * margin
    scale = max(0.8, min(2.4, min(size) / 842.0))
    top = height - margin
    logo_h = _draw_logo(canv, m, margin, top, inner_w * LOGO_MAX_W, inner_h * LOGO_MAX_H)

    text_w = min(inner_w, 900 * scale)
    for title_pt in (34 * scale, 28 * scale, 22 * scale, 18 * scale):  # whole, in <= 4 lines
        lines = wrap(m.info.title, BOLD, title_pt, text_w, None, language, hyphenate=False)
        if len(lines) <= 4:
            break
    y = height * 0.62 if logo_h < height * 0.2 else top - logo_h - 60 * scale
    writer = TextWriter(canv)
    kind = state_label(m.info.state, language)
    writer.line(margin, y + title_pt * 0.6, kind.upper(), BOLD, 10 * scale, MUTED)
    for line in lines:
        y -= title_pt * 1.15
        writer.line(margin, y, line, BOLD, title_pt, INK)
    if m.info.description:
        y -= 20 * scale
        for line in wrap(m.info.description, REGULAR, 12 * scale, text_w * 0.8, 4, language):
            y -= 12 * scale * 1.4
            writer.line(margin, y, line, REGULAR, 12 * scale, MUTED)

    facts = cover_facts(m)
    fact_pt = 12 * scale
    label_w = max((string_width(name.upper(), BOLD, 9 * scale) for name, _ in facts), default=0)
    y_fact = margin + 40 * scale + len(facts) * fact_pt * 1.7
    for name, value in facts:
        writer.line(margin, y_fact, name.upper(), BOLD, 9 * scale, MUTED)
        room = inner_w - label_w - 24 * scale
        value_lines = wrap(value, REGULAR, fact_pt, room, 2, language, hyphenate=False) or [""]
        for i, line in enumerate(value_lines):
            writer.line(
                margin + label_w + 24 * scale,
                y_fact - i * fact_pt * 1.2,
                line,
                REGULAR,
                fact_pt,
                INK,
            )
        y_fact -= fact_pt * 1.7 + (len(value_lines) - 1) * fact_pt * 1.2
    writer.finish()

    canv.saveState()
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.6)
    rule_y = margin + 56 * scale + len(facts) * fact_pt * 1.7
    canv.line(margin, rule_y, margin + inner_w, rule_y)
    _stage_band(canv, m, margin, margin, inner_w, 8 * scale)
    canv.restoreState()


def _draw_logo(
    canv: Canvas, m: JourneyMap, x: float, top: float, max_w: float, max_h: float
) -> float:
    """The client's logo in a box at the top left, aspect kept; returns the height used."""
    logo = m.info.logo
    if logo is None:
        return 0.0
    try:
        image = ImageReader(io.BytesIO(logo.data))
        width, height = image.getSize()
    except Exception as exc:  # Pillow raises many kinds on a damaged picture
        _log.warning("cannot read the client logo: %s", exc)
        return 0.0
    if width <= 0 or height <= 0:
        return 0.0
    factor = min(max_w / width, max_h / height)
    w, h = width * factor, height * factor
    canv.drawImage(image, x, top - h, w, h, mask="auto")
    return h


def _stage_band(canv: Canvas, m: JourneyMap, x: float, y: float, width: float, h: float) -> None:
    """A strip of the stages' colours, each stage an equal share."""
    if not m.stages:
        return
    share = width / len(m.stages)
    for i, stage in enumerate(m.stages):
        _band, accent = stage_colours(stage.colour)
        canv.setFillColor(accent)
        canv.rect(x + i * share, y, share, h, stroke=0, fill=1)
