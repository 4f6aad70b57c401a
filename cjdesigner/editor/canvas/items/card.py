"""A touchpoint card: channel icon, sentiment marker and edge, bold title, muted description.

Cards have a fixed size (the layout's), so every shape is shared by all cards and computed
once. Text is laid out lazily, on a card's first paint, into ``QStaticText`` lines that are kept
until the touchpoint changes: painting does no layout work, and the thousands of cards outside
the window cost nothing but their construction.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QStaticText,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from cjdesigner.editor.canvas import style
from cjdesigner.editor.canvas.icons import icons
from cjdesigner.editor.canvas.items import Z_CARD
from cjdesigner.model import Channel, Touchpoint
from cjdesigner.model.no_channel import shows_channel

TOOLTIP_MAX = 400
SIMPLE_LOD = 0.4
"""Below this zoom a card is drawn as a plain tinted block (text would be unreadable)."""

TITLE_TOP = 27.0
TITLE_STEP = 15.5
BODY_STEP = 14.0
_ELIDE = Qt.TextElideMode.ElideRight
_TITLE_BAR = style.TEXT_FAINT
# Enum members looked up once: thousands of cards are made in one go.
_NO_PEN = Qt.PenStyle.NoPen
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache


@cache
def _shapes(width: float, height: float) -> tuple[QPainterPath, QPainterPath]:
    """The card's rounded outline and its sentiment edge (shared by all cards of a size)."""
    outline = QPainterPath()
    outline.addRoundedRect(QRectF(0, 0, width, height), style.CARD_RADIUS, style.CARD_RADIUS)
    strip = QPainterPath()
    strip.addRect(QRectF(0, 0, style.CARD_EDGE, height))
    return outline, outline.intersected(strip)


@cache
def _fonts() -> tuple[object, object, object]:
    return (
        style.font(style.TITLE_PX, bold=True),
        style.font(style.BODY_PX),
        style.font(style.SMALL_PX),
    )


@cache
def _channel_fonts() -> tuple[object, QFontMetricsF, object, QFontMetricsF]:
    """The channel name's font and a step down (for a name a little too long for its line),
    each with its metrics (made once: thousands of cards are laid out in one go)."""
    small = _fonts()[2]
    smaller = style.font(style.SMALL_PX - 1)
    return small, QFontMetricsF(small), smaller, QFontMetricsF(smaller)  # type: ignore[arg-type]


MILESTONE_ROOM = 19.0
"""What the milestone flag takes from the channel name's line (the flag and its gap)."""


class _CardText:
    """The card's text, laid out once: two title lines, a description line, the channel name."""

    __slots__ = ("channel", "channel_font", "description", "title")
    title: list[QStaticText]
    description: list[QStaticText]

    def __init__(self, tp: Touchpoint, channel_name: str, width: float) -> None:
        title_font, body_font, _small = _fonts()
        inner = width - style.CARD_EDGE - 2 * style.CARD_PAD + 2
        self.title = [_static(line, title_font) for line in _two_lines(tp.title, title_font, inner)]
        room = 2 if len(self.title) < 2 else 1
        if room == 2:
            body = _two_lines(tp.description, body_font, inner)
        else:
            flat = " ".join(tp.description.split())
            body = [QFontMetricsF(body_font).elidedText(flat, _ELIDE, inner)] if flat else []
        self.description = [_static(line, body_font) for line in body]
        # the line from the channel icon to the sentiment marker (and the milestone flag):
        # "Media społecznościowe", the Polish template's own channel, was cut on every card
        name_width = inner - style.ICON_SIZE - style.MARKER_SIZE - 30 + MILESTONE_ROOM
        if tp.milestone:
            name_width -= MILESTONE_ROOM
        font, metrics, smaller, smaller_metrics = _channel_fonts()
        small = metrics.elidedText(channel_name, Qt.TextElideMode.ElideRight, name_width)
        if small != channel_name and smaller_metrics.horizontalAdvance(channel_name) <= name_width:
            font, small = smaller, channel_name  # whole a step smaller rather than cut
        self.channel_font = font
        self.channel = _static(small, font) if small else None


MOMENT_MARGIN = 9.0
"""Room around a moment of truth for its outline and its badge on the top-right corner."""
MOMENT_BADGE_RADIUS = 7.5


def paint_moment_badge(painter: QPainter, centre: QPointF) -> None:
    """A vermillion disc with a white "!" (drawn, not a glyph): reads in greyscale too.

    The legend draws the same badge.
    """
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(style.CARD_BACKGROUND, 1.5))
    painter.setBrush(style.MOMENT)
    painter.drawEllipse(centre, MOMENT_BADGE_RADIUS, MOMENT_BADGE_RADIUS)
    painter.setPen(QPen(style.CARD_BACKGROUND, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    x, y = centre.x(), centre.y()
    painter.drawLine(QPointF(x, y - 3.8), QPointF(x, y + 0.8))
    painter.drawPoint(QPointF(x, y + 3.8))


def _static(text: str, font: object) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
    static.prepare(font=font)  # type: ignore[call-arg]
    return static


def _two_lines(text: str, font: object, width: float) -> list[str]:
    """Wrap ``text`` to at most two lines of ``width``; the second ends in "…" if cut."""
    text = " ".join(text.split())
    if not text:
        return []
    layout = QTextLayout(text, font)  # type: ignore[arg-type]
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    first = layout.createLine()
    first.setLineWidth(width)
    layout.endLayout()
    cut = first.textStart() + first.textLength()
    lines = [text[:cut].rstrip()]
    rest = text[cut:].strip()
    if rest:
        metrics = QFontMetricsF(font)  # type: ignore[arg-type]
        lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return lines


def _channel_line(tp: Touchpoint, channel: Channel | None) -> tuple[str, str]:
    """The channel name and icon key a card shows: none at all for a card whose channel was
    not given (:func:`shows_channel`), the generic icon for a channel the map lacks."""
    if not shows_channel(tp.channel):
        return "", ""
    if channel is None:
        return "", "generic"
    return channel.name, channel.icon


def tooltip_for(tp: Touchpoint, channel_name: str) -> str:
    """The full title (and the start of the description) for the tooltip."""
    parts = [tp.title]
    if channel_name:
        parts.append(f"[{channel_name}]")
    text = " ".join(parts)
    if tp.description.strip():
        description = tp.description.strip()
        if len(description) > TOOLTIP_MAX:
            description = description[: TOOLTIP_MAX - 1] + "…"
        text += "\n\n" + description
    return text


class CardItem(QGraphicsRectItem):
    """One touchpoint. It reads its touchpoint; it never writes the model.

    Based on ``QGraphicsRectItem`` so that the bounding rectangle is answered in C++: without
    an index the view asks every item for it on each repaint, thousands of times per frame.
    """

    kind = "touchpoint"
    Z = Z_CARD

    def __init__(self, tp: Touchpoint, channel: Channel | None, width: float, height: float):
        super().__init__(QRectF(-4, -4, width + 8, height + 8))
        self.setPen(_NO_PEN)
        self.item_id = tp.id
        self.tp = tp
        self._channel_name, self._icon = _channel_line(tp, channel)
        self._rect = QRectF(0, 0, width, height)
        self._text: _CardText | None = None
        self._moment = False
        self._focus_ring = False
        self.setFlag(_SELECTABLE)
        self.setZValue(Z_CARD)
        # Repaints during a drag or under a moving flow become a pixmap copy.
        self.setCacheMode(_DEVICE_CACHE)

    def set_touchpoint(self, tp: Touchpoint, channel: Channel | None) -> None:
        """Show ``tp`` (after a change of its fields or its channel)."""
        self.tp = tp
        self._channel_name, self._icon = _channel_line(tp, channel)
        self._text = None
        self.update()

    @property
    def moment(self) -> bool:
        """A moment of truth: the lowest (negative) emotion of its lane."""
        return self._moment

    def set_moment(self, moment: bool) -> None:
        """Stand out as a moment of truth (a vermillion outline and a "!" badge) or not."""
        if moment == self._moment:
            return
        self._moment = moment
        w, h = self._rect.width(), self._rect.height()
        margin = MOMENT_MARGIN if moment else 4.0
        self.setRect(QRectF(-margin, -margin, w + 2 * margin, h + 2 * margin))
        self.update()

    @property
    def focus_ring(self) -> bool:
        """The keyboard is on this card (``keyboard.FocusRing``)."""
        return self._focus_ring

    def set_focus_ring(self, on: bool) -> None:
        if on != self._focus_ring:
            self._focus_ring = on
            self.update()

    def tooltip_text(self) -> str:
        """The full title and description; the scene shows it (made on demand, not per card)."""
        text = tooltip_for(self.tp, self._channel_name)
        if self._moment:
            note = QCoreApplication.translate(
                "MapScene", "Moment of truth: the lowest emotion of this persona's journey"
            )
            text = f"{text}\n\n{note}"
        return text

    def card_rect(self) -> QRectF:
        """The card's rectangle in scene coordinates."""
        return self._rect.translated(self.pos())

    def shape(self) -> QPainterPath:
        return _shapes(self._rect.width(), self._rect.height())[0]

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        tp = self.tp
        rect = self._rect
        outline, edge = _shapes(rect.width(), rect.height())
        sentiment = style.SENTIMENT_COLOURS[tp.sentiment]
        selected = self.isSelected()
        lod = option.levelOfDetailFromTransform(painter.worldTransform())  # type: ignore[attr-defined]

        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.SELECTION_HALO)
            painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), 8, 8)
        if self._focus_ring:  # where the keyboard is: a dark ring around the selection
            painter.setPen(QPen(style.FOCUS_RING, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 7, 7)
        if self._moment:
            painter.setPen(QPen(style.MOMENT, 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-2.5, -2.5, 2.5, 2.5), 7, 7)
        simple = lod < SIMPLE_LOD
        painter.setBrush(style.SENTIMENT_TINTS[tp.sentiment] if simple else style.CARD_BACKGROUND)
        if selected:
            painter.setPen(QPen(style.SELECTION, 2.0))
        else:
            pen = QPen(style.CARD_BORDER, 1.2)
            pen.setStyle(style.evidence_pen_style(tp.evidence))  # type: ignore[arg-type]
            painter.setPen(pen)
        painter.drawPath(outline)
        painter.fillPath(edge, QBrush(sentiment))
        if self._moment:
            paint_moment_badge(painter, QPointF(rect.right(), rect.top()))
        if simple:
            # An overview: the sentiment tint carries the pattern; a bar stands for the title.
            painter.fillRect(QRectF(style.CARD_EDGE + 8, 24, rect.width() * 0.6, 10), _TITLE_BAR)
            return

        if self._text is None:
            self._text = _CardText(tp, self._channel_name, rect.width())
        text = self._text
        left = style.CARD_EDGE + style.CARD_PAD - 1
        top = 7.0
        ic = icons()
        if self._icon:  # "": a card with no channel
            ic.draw(painter, self._icon, QRectF(left, top, style.ICON_SIZE, style.ICON_SIZE))
        marker = QRectF(
            rect.width() - style.CARD_PAD - style.MARKER_SIZE + 2,
            top + 1,
            style.MARKER_SIZE,
            style.MARKER_SIZE,
        )
        ic.draw(painter, style.SENTIMENT_ICONS[tp.sentiment], marker)
        if tp.milestone:
            flag = QRectF(marker.left() - style.MARKER_SIZE - 5, marker.top(), 14.0, 14.0)
            ic.draw(painter, "milestone", flag)

        title_font, body_font, _small = _fonts()
        if text.channel is not None:
            painter.setFont(text.channel_font)  # type: ignore[arg-type]
            painter.setPen(style.TEXT_MUTED)
            painter.drawStaticText(QPointF(left + style.ICON_SIZE + 6, top + 1), text.channel)
        painter.setFont(title_font)  # type: ignore[arg-type]
        painter.setPen(style.TEXT)
        for row, line in enumerate(text.title):
            painter.drawStaticText(QPointF(left, TITLE_TOP + row * TITLE_STEP), line)
        if text.description:
            painter.setFont(body_font)  # type: ignore[arg-type]
            painter.setPen(style.TEXT_MUTED)
            top = TITLE_TOP + len(text.title) * TITLE_STEP + 1
            for row, line in enumerate(text.description):
                painter.drawStaticText(QPointF(left, top + row * BODY_STEP), line)
