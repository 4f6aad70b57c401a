"""Channel icons and sentiment markers: the canvas's SVG files, drawn into the PDF as vectors.

Each SVG is parsed once per export (svglib) and written once into the PDF as a form XObject;
every card then only references it, so 5,000 cards cost 5,000 tiny references, not 5,000
copies of the paths. A missing or broken icon file falls back to the ``generic`` icon, and to
a plain drawn shape if that is missing too, so an export never fails for want of an icon.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from stat import S_ISREG

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from svglib.svglib import svg2rlg

from cjdesigner.assets import icon_path
from cjdesigner.export.pdf.fonts import REGULAR
from cjdesigner.export.pdf.textops import _NUMBERS, num, place_form
from cjdesigner.export.pdf.theme import MOMENT, PAPER, SENTIMENT_COLOURS
from cjdesigner.model import Sentiment

_log = logging.getLogger(__name__)

FALLBACK_KEY = "generic"

_PARSED: dict[Path, tuple[tuple[int, int], Drawing | None]] = {}
"""Parsed icon files by path, with the (modification time, size) they were parsed at."""


def _parse(path: Path) -> Drawing | None:
    """The icon file as a drawing, or None when it is unreadable or empty."""
    try:
        drawing = svg2rlg(str(path))
    except Exception as exc:  # svglib raises many kinds on a malformed file
        _log.warning("cannot read icon %s: %s", path, exc)
        return None
    if drawing is None or drawing.width <= 0 or drawing.height <= 0:
        return None
    # reportlab's graphics state starts in Helvetica; an icon must not pull it into the PDF.
    drawing.initialFontName = REGULAR
    return drawing


class IconSet:
    """The icons of one export, parsed lazily and cached by key."""

    def __init__(self, resolve: Callable[[str], Path] = icon_path) -> None:
        self._resolve = resolve
        self._drawings: dict[str, Drawing | None] = {}

    def drawing(self, key: str) -> Drawing | None:
        """The parsed SVG of ``key`` (None when the file is missing or unreadable)."""
        if key not in self._drawings:
            self._drawings[key] = self._load(key)
        return self._drawings[key]

    def _load(self, key: str) -> Drawing | None:
        path = self._resolve(key)
        try:
            stat = path.stat()
        except OSError:
            return None
        if not S_ISREG(stat.st_mode):
            return None
        # Parsed once per process while the file is unchanged: every export draws the same
        # few icons, and parsing them is a good part of a small export's time.
        found = _PARSED.get(path)
        if found is not None and found[0] == (stat.st_mtime_ns, stat.st_size):
            return found[1]
        drawing = _parse(path)
        _PARSED[path] = ((stat.st_mtime_ns, stat.st_size), drawing)
        return drawing

    def draw(self, canv: Canvas, key: str, x: float, y: float, size: float) -> bool:
        """Draw icon ``key`` in the ``size`` square whose bottom-left corner is (x, y).

        Returns False when neither the icon nor the fallback exists (the caller draws a shape).
        """
        for candidate in (key, FALLBACK_KEY):
            drawing = self.drawing(candidate)
            if drawing is not None:
                break
        else:
            return False
        form = f"cjicon-{candidate}"
        if not canv.hasForm(form):
            canv.beginForm(form, 0, 0, drawing.width, drawing.height)
            renderPDF.draw(drawing, canv, 0, 0)
            canv.endForm()
        factor = size / max(drawing.width, drawing.height)
        place_form(
            canv,
            form,
            x + (size - drawing.width * factor) / 2,
            y + (size - drawing.height * factor) / 2,
            factor,
        )
        return True


SENTIMENT_ICON_KEYS: dict[Sentiment, str] = {
    Sentiment.POSITIVE: "sentiment-positive",
    Sentiment.NEUTRAL: "sentiment-neutral",
    Sentiment.NEGATIVE: "sentiment-negative",
}


def draw_sentiment_marker(
    canv: Canvas, icons: IconSet, sentiment: Sentiment, cx: float, cy: float, size: float
) -> None:
    """The sentiment marker centred on (cx, cy): ▲ positive, ● neutral, ▼ negative.

    Uses the canvas's marker SVG when it exists, else draws the same shape and colour.
    """
    if icons.drawing(SENTIMENT_ICON_KEYS[sentiment]) is not None:
        icons.draw(canv, SENTIMENT_ICON_KEYS[sentiment], cx - size / 2, cy - size / 2, size)
        return
    draw_marker_shape(canv, sentiment, cx, cy, size, SENTIMENT_COLOURS[sentiment])


def draw_sentiment_markers(
    canv: Canvas,
    icons: IconSet,
    markers: list[tuple[Sentiment, float, float]],
    size: float,
) -> None:
    """:func:`draw_sentiment_marker` for each (sentiment, cx, cy), in order: the same
    operators, the placements of an SVG marker already in the document written as one
    literal (a detail table has a marker in every row: thousands in an export)."""
    # what each SVG marker's placement writes, kept with the canvas (one per document): a
    # table runs over hundreds of pages, each drawing its own markers
    placed: dict[tuple[IconSet, float, Sentiment], tuple[str, float, float, str, str]] | None
    placed = getattr(canv, "_cj_markers", None)
    if placed is None:
        placed = canv._cj_markers = {}  # type: ignore[attr-defined]
    ops: list[str] = []
    known = _NUMBERS.get  # num()'s table, looked up inline (a marker in every row)
    for sentiment, cx, cy in markers:
        found = placed.get((icons, size, sentiment))
        if found is None:
            if ops:
                canv.addLiteral("\n".join(ops))
                ops = []
            draw_sentiment_marker(canv, icons, sentiment, cx, cy, size)  # makes its form
            key = SENTIMENT_ICON_KEYS[sentiment]
            drawing = icons.drawing(key)
            if drawing is not None and canv.hasForm(f"cjicon-{key}"):
                factor = size / max(drawing.width, drawing.height)
                placed[(icons, size, sentiment)] = (
                    f"q {num(factor)} 0 0 {num(factor)} ",
                    (size - drawing.width * factor) / 2,
                    (size - drawing.height * factor) / 2,
                    f"cjicon-{key}",
                    f" cm\n/{canv._doc.getXObjectName(f'cjicon-{key}')} Do\nQ",
                )
            continue
        head, dx, dy, form, tail = found
        x, y = cx - size / 2 + dx, cy - size / 2 + dy
        ops.append(f"{head}{known(x) or num(x)} {known(y) or num(y)}{tail}")
        canv._formsinuse.append(form)  # as place_form: the page's resources name the form
    if ops:
        canv.addLiteral("\n".join(ops))


def draw_marker_shape(
    canv: Canvas, sentiment: Sentiment, cx: float, cy: float, size: float, colour: Color
) -> None:
    """The plain vector marker (used when the SVG is absent, and in tiny miniatures)."""
    canv.saveState()
    canv.setFillColor(colour)
    canv.setStrokeColor(colour)
    r = size / 2
    if sentiment == Sentiment.NEUTRAL:
        canv.circle(cx, cy, r * 0.82, stroke=0, fill=1)
    else:
        up = sentiment == Sentiment.POSITIVE
        path = canv.beginPath()
        tip, base = (cy + r, cy - r * 0.8) if up else (cy - r, cy + r * 0.8)
        path.moveTo(cx, tip)
        path.lineTo(cx + r, base)
        path.lineTo(cx - r, base)
        path.close()
        canv.drawPath(path, stroke=0, fill=1)
    canv.restoreState()


def draw_milestone_flag(canv: Canvas, icons: IconSet, x: float, y: float, size: float) -> None:
    """The milestone flag in the ``size`` square at (x, y) (bottom-left)."""
    if icons.drawing("milestone") is not None:
        icons.draw(canv, "milestone", x, y, size)
        return
    canv.saveState()
    canv.setStrokeColor(Color(0.1, 0.12, 0.14))
    canv.setFillColor(Color(0.0, 0.447, 0.698))
    canv.setLineWidth(size * 0.09)
    canv.line(x + size * 0.2, y, x + size * 0.2, y + size)
    path = canv.beginPath()
    path.moveTo(x + size * 0.2, y + size)
    path.lineTo(x + size * 0.95, y + size * 0.78)
    path.lineTo(x + size * 0.2, y + size * 0.52)
    path.close()
    canv.drawPath(path, stroke=0, fill=1)
    canv.restoreState()


MOMENT_BADGE_RADIUS = 7.5
"""The moment-of-truth badge on a card's top-right corner (layout units, as the canvas's)."""


def draw_moment_badge(canv: Canvas, cx: float, cy: float, scale: float = 1.0) -> None:
    """The canvas's moment-of-truth badge centred on (cx, cy): a vermillion disc with a white
    edge and a white "!" drawn as a stroke and a dot (no glyph), so it reads in greyscale.

    ``scale`` 1 is the card's size (radius 7.5); the legend draws it smaller. Written once as
    a form: a big map can have hundreds of moments (every card tied at the lowest emotion).
    """
    name = "cjmoment-badge"
    if not canv.hasForm(name):
        r = MOMENT_BADGE_RADIUS
        canv.beginForm(name, -r - 1, -r - 1, r + 1, r + 1)
        canv.setDash([])
        canv.setFillColor(MOMENT)
        canv.setStrokeColor(PAPER)
        canv.setLineWidth(1.5)
        canv.circle(0, 0, r, stroke=1, fill=1)
        canv.setLineWidth(2.2)
        canv.setLineCap(1)
        canv.line(0, 3.8, 0, -0.8)
        canv.setFillColor(PAPER)
        canv.circle(0, -3.8, 1.1, stroke=0, fill=1)
        canv.endForm()
    place_form(canv, name, cx, cy, scale)
