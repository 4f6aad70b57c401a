"""The round persona avatar: the embedded picture clipped to a circle, else initials."""

from __future__ import annotations

import io
import logging

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf.fonts import BOLD
from cjdesigner.export.pdf.theme import PAPER, hex_colour, text_on
from cjdesigner.model import Persona

_log = logging.getLogger(__name__)


def draw_avatar(canv: Canvas, persona: Persona, cx: float, cy: float, radius: float) -> None:
    """Draw ``persona``'s avatar centred on (cx, cy) in PDF coordinates (y up)."""
    colour = hex_colour(persona.colour)
    canv.saveState()
    if persona.avatar is not None and _draw_picture(canv, persona, cx, cy, radius):
        canv.restoreState()
        canv.saveState()
    else:
        canv.setFillColor(colour)
        canv.circle(cx, cy, radius, stroke=0, fill=1)
        initials = persona.initials
        size = radius * (0.78 if len(initials) < 2 else 0.7)
        canv.setFillColor(text_on(colour))
        canv.setFont(BOLD, size)
        canv.drawCentredString(cx, cy - size * 0.36, initials)
    canv.setStrokeColor(PAPER)
    canv.setLineWidth(max(1.0, radius * 0.08))
    canv.circle(cx, cy, radius, stroke=1, fill=0)
    canv.restoreState()


def _draw_picture(canv: Canvas, persona: Persona, cx: float, cy: float, radius: float) -> bool:
    assert persona.avatar is not None
    try:
        image = ImageReader(io.BytesIO(persona.avatar.data))
        width, height = image.getSize()
    except Exception as exc:  # Pillow raises many kinds on a damaged picture
        _log.warning("cannot read the avatar of %s: %s", persona.name, exc)
        return False
    # Cover the circle: scale the shorter side to the diameter and centre the picture.
    factor = 2 * radius / min(width, height)
    w, h = width * factor, height * factor
    clip = canv.beginPath()
    clip.circle(cx, cy, radius)
    canv.clipPath(clip, stroke=0, fill=0)
    canv.drawImage(image, cx - w / 2, cy - h / 2, w, h, mask="auto")
    return True
