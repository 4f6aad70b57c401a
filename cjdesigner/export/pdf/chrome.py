"""What frames the map on a page: the title block, the legend and the date in the map's language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf.fonts import BOLD, REGULAR, string_width
from cjdesigner.export.pdf.icons import (
    MOMENT_BADGE_RADIUS,
    draw_milestone_flag,
    draw_moment_badge,
    draw_sentiment_marker,
)
from cjdesigner.export.pdf.scene import MapScene, shows_curve_bands
from cjdesigner.export.pdf.text import elide
from cjdesigner.export.pdf.theme import (
    CARD_BORDER,
    CONNECTION,
    CURVE,
    EVIDENCE_DASH,
    INK,
    MUTED,
    PAPER,
    RULE,
    hex_colour,
    tint,
)
from cjdesigner.map_language import label
from cjdesigner.model import Evidence, JourneyMap, JourneyState, Sentiment

_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    # Polish dates use the genitive: 23 listopada 2026.
    "pl": [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
    "ro": [
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "mai",
        "iunie",
        "iulie",
        "august",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie",
    ],
}


def format_date(day: date, language: str) -> str:
    """A date as a reader of the map's language writes it (``23 listopada 2026``)."""
    months = _MONTHS.get(language, _MONTHS["en"])
    return f"{day.day} {months[day.month - 1]} {day.year}"


def state_label(state: JourneyState, language: str) -> str:
    message = "As-is journey" if state == JourneyState.AS_IS else "To-be journey"
    return label(message, language)


def meta_parts(m: JourneyMap) -> list[str]:
    """Client, author, version and date, in the order the title block shows them."""
    info = m.info
    parts: list[str] = []
    if info.client:
        parts.append(info.client)
    if info.author:
        parts.append(label("prepared by {author}", str(info.language)).format(author=info.author))
    if info.version_label:
        parts.append(info.version_label)
    parts.append(format_date(info.modified.date(), str(info.language)))
    return parts


def title_block_height(chrome: float) -> float:
    return (20 + 6 + 10 + 10) * chrome


def draw_title_block(
    canv: Canvas, m: JourneyMap, x: float, y_top: float, width: float, chrome: float
) -> float:
    """Title, then client · author · version · date, and the as-is/to-be chip at the right.

    Returns the height used (everything below it is free for the map).
    """
    title_pt = 20 * chrome
    meta_pt = 9.5 * chrome
    chip_pt = 8.5 * chrome
    chip_text = state_label(m.info.state, str(m.info.language))
    chip_w = string_width(chip_text, BOLD, chip_pt) + 14 * chrome
    chip_h = chip_pt * 2.0
    is_plan = m.info.state == JourneyState.TO_BE
    chip_colour = hex_colour("#0072B2" if is_plan else "#5F5F5F")
    canv.setFillColor(tint(chip_colour, 0.86))
    canv.setStrokeColor(chip_colour)
    canv.setLineWidth(0.6)
    canv.roundRect(
        x + width - chip_w,
        y_top - chip_h - 2 * chrome,
        chip_w,
        chip_h,
        chip_h / 2,
        stroke=1,
        fill=1,
    )
    canv.setFillColor(INK)
    canv.setFont(BOLD, chip_pt)
    canv.drawCentredString(
        x + width - chip_w / 2, y_top - 2 * chrome - chip_h / 2 - chip_pt * 0.35, chip_text
    )

    canv.setFont(BOLD, title_pt)
    title = elide(m.info.title, BOLD, title_pt, width - chip_w - 16 * chrome)
    canv.drawString(x, y_top - title_pt * 0.95, title)
    canv.setFillColor(MUTED)
    canv.setFont(REGULAR, meta_pt)
    meta = elide("  ·  ".join(meta_parts(m)), REGULAR, meta_pt, width)
    canv.drawString(x, y_top - title_pt - 6 * chrome - meta_pt * 0.8, meta)
    height = title_block_height(chrome)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.6)
    canv.line(x, y_top - height + 4 * chrome, x + width, y_top - height + 4 * chrome)
    return height


@dataclass(frozen=True)
class _Item:
    kind: str
    key: str
    label: str


def _has_curve_bands(scene: MapScene) -> bool:
    """Whether the map's lanes have curve bands, without laying the map out: every layout of
    the export shows them when :func:`shows_curve_bands` says so, one per lane
    (asking ``scene.layout`` before the map is fitted would lay out the whole map for the
    canvas only to throw it away)."""
    return bool(scene.m.personas) and shows_curve_bands(scene.m)


class Legend:
    """Sentiment markers, evidence borders, milestones, moments of truth, flows and the channels
    the map uses, in rows."""

    def __init__(self, scene: MapScene, chrome: float) -> None:
        self.scene = scene
        self.chrome = chrome
        self.text_pt = 8.0 * chrome
        self.symbol = 10.0 * chrome
        self.row_h = 15.0 * chrome
        language = scene.language
        items = [
            _Item("sentiment", Sentiment.POSITIVE, label("positive", language)),
            _Item("sentiment", Sentiment.NEUTRAL, label("neutral", language)),
            _Item("sentiment", Sentiment.NEGATIVE, label("negative", language)),
            _Item("gap", "", ""),
            _Item("evidence", Evidence.RESEARCH, label("research", language)),
            _Item("evidence", Evidence.PARTIAL, label("partly researched", language)),
            _Item("evidence", Evidence.ASSUMPTION, label("assumption", language)),
        ]
        if any(t.milestone for t in scene.m.touchpoints):
            items.append(_Item("milestone", "", label("milestone", language)))
        if scene.moments:
            items.append(_Item("moment", "", label("moment of truth", language)))
        if scene.m.connections:
            items.append(_Item("flow", "", label("flow", language)))
        self._marker_at = len(items)
        self._marker = (
            _Item("marker", "", label("flow label: see the flow labels table", language))
            if scene.m.connections
            else None
        )
        if _has_curve_bands(scene) and any(t.emotion is None for t in scene.m.touchpoints):
            items.append(
                _Item("estimated", "", label("emotion estimated from sentiment", language))
            )
        items.append(_Item("gap", "", ""))
        items += [_Item("channel", c.icon, c.name) for c in scene.used_channels()]
        self._items: list[_Item] | None = None if self._marker else items
        self._unsettled = items

    @property
    def items(self) -> list[_Item]:
        """The items, with the flow-label marker's when some label of the map is a marker.

        Asked only when needed: placing the labels is the export's dearest step, and the
        height of the legend for fitting the map usually does not depend on it (see
        :meth:`height`)."""
        if self._items is None:
            items = self._unsettled
            if self._marker is not None and self.scene.label_plan().markers:
                items = [*items[: self._marker_at], self._marker, *items[self._marker_at :]]
            self._items = items
        return self._items

    def _width(self, item: _Item) -> float:
        if item.kind == "gap":
            return 10 * self.chrome
        symbol = self.symbol * (1.6 if item.kind in ("evidence", "flow") else 1.0)
        return (
            symbol
            + 4 * self.chrome
            + string_width(item.label, REGULAR, self.text_pt)
            + 12 * self.chrome
        )

    def rows(self, width: float) -> list[list[tuple[_Item, float]]]:
        """Items placed left to right, wrapping to new rows within ``width``."""
        return self._rows(self.items, width)

    def _rows(self, items: list[_Item], width: float) -> list[list[tuple[_Item, float]]]:
        rows: list[list[tuple[_Item, float]]] = [[]]
        used = 0.0
        for item in items:
            w = self._width(item)
            if item.kind == "gap" and not rows[-1]:
                continue
            if used + w > width and rows[-1]:
                rows.append([])
                used = 0.0
                if item.kind == "gap":
                    continue
            rows[-1].append((item, w))
            used += w
        return [row for row in rows if row]

    def height(self, width: float) -> float:
        """The legend's height; the labels are placed only when the marker's item would
        change the number of rows (fitting the map asks this before its layout is final,
        so placing them then would be work thrown away)."""
        if self._items is None and self._marker is not None:
            without = self._rows(self._unsettled, width)
            at = self._marker_at
            with_marker = self._rows(
                [*self._unsettled[:at], self._marker, *self._unsettled[at:]], width
            )
            if len(without) == len(with_marker):
                return len(without) * self.row_h
        return len(self.rows(width)) * self.row_h

    def draw(self, canv: Canvas, x: float, y_top: float, width: float) -> None:
        """Draw the legend's rows below ``y_top``, left-aligned at ``x``."""
        for index, row in enumerate(self.rows(width)):
            cx = x
            mid = y_top - index * self.row_h - self.row_h / 2
            for item, w in row:
                if item.kind != "gap":
                    symbol_w = self._draw_symbol(canv, item, cx, mid)
                    canv.setFillColor(INK)
                    canv.setFont(REGULAR, self.text_pt)
                    canv.drawString(
                        cx + symbol_w + 4 * self.chrome, mid - self.text_pt * 0.35, item.label
                    )
                cx += w

    def _draw_symbol(self, canv: Canvas, item: _Item, x: float, mid: float) -> float:
        s = self.symbol
        icons = self.scene.icons
        if item.kind == "sentiment":
            draw_sentiment_marker(canv, icons, Sentiment(item.key), x + s / 2, mid, s * 0.9)
            return s
        if item.kind == "milestone":
            draw_milestone_flag(canv, icons, x, mid - s / 2, s)
            return s
        if item.kind == "moment":  # the badge, the size of the other symbols
            draw_moment_badge(canv, x + s / 2, mid, s / (2 * MOMENT_BADGE_RADIUS + 1.5))
            return s
        if item.kind == "channel":
            icons.draw(canv, item.key, x, mid - s / 2, s)
            return s
        if item.kind in ("marker", "estimated"):  # as the map draws them: a circled 1, a hollow dot
            marker = item.kind == "marker"
            radius = s * (0.45 if marker else 0.25)
            canv.setFillColor(PAPER)
            canv.setStrokeColor(CONNECTION if marker else CURVE)
            canv.setLineWidth((0.8 if marker else 1.2) * self.chrome)
            canv.circle(x + s / 2, mid, radius, stroke=1, fill=1)
            if marker:
                canv.setFillColor(INK)
                canv.setFont(BOLD, s * 0.6)
                canv.drawCentredString(x + s / 2, mid - s * 0.21, "1")
            return s
        w = s * 1.6
        if item.kind == "evidence":
            dash, line_width = EVIDENCE_DASH[Evidence(item.key)]
            canv.setFillColor(PAPER)
            canv.setStrokeColor(CARD_BORDER)
            canv.setLineWidth(line_width * self.chrome)
            canv.setDash([d * self.chrome for d in dash])
            canv.roundRect(x, mid - s * 0.4, w, s * 0.8, 2 * self.chrome, stroke=1, fill=1)
            canv.setDash([])
            return w
        # a flow: a short grey arrow
        canv.setStrokeColor(CONNECTION)
        canv.setFillColor(CONNECTION)
        canv.setLineWidth(0.9 * self.chrome)
        canv.line(x, mid, x + w - 4 * self.chrome, mid)
        head = canv.beginPath()
        head.moveTo(x + w, mid)
        head.lineTo(x + w - 5 * self.chrome, mid + 2.2 * self.chrome)
        head.lineTo(x + w - 5 * self.chrome, mid - 2.2 * self.chrome)
        head.close()
        canv.drawPath(head, stroke=0, fill=1)
        return w
