"""Stage header bands, persona lane headers (round avatar, name, role) and the map title block."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjdesigner.editor.canvas import style
from cjdesigner.editor.canvas.items import Z_HEADER
from cjdesigner.editor.canvas.items.persona_name import fit_name
from cjdesigner.map_language import label as map_label
from cjdesigner.model import JourneyMap, JourneyState, Persona, Stage
from cjdesigner.templates import is_persona_prompt

STAGE_ACCENT_HEIGHT = 4.0
"""A strip of the stage's colour, a shade darker, along the band's bottom edge."""


class _HeaderItem(QGraphicsItem):
    """A selectable header in scene coordinates; ``set_rect`` follows the layout."""

    kind = ""

    def __init__(self, item_id: str, rect: QRectF) -> None:
        super().__init__()
        self.item_id = item_id
        self._rect = QRectF(rect)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_HEADER)

    def rect(self) -> QRectF:
        return QRectF(self._rect)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)

    def boundingRect(self) -> QRectF:
        return self._rect

    def name_rect(self) -> QRectF:
        """Where the name is drawn: the in-place editor opens over it."""
        return self._rect


class StageHeaderItem(_HeaderItem):
    """A coloured band with the stage's name; double-click renames it in place."""

    kind = "stage"

    def __init__(self, stage: Stage, rect: QRectF) -> None:
        super().__init__(stage.id, rect)
        self.stage = stage
        self._font = style.font(style.HEADER_PX, bold=True)
        self._update_tooltip()

    def set_stage(self, stage: Stage) -> None:
        self.stage = stage
        self._update_tooltip()
        self.update()

    def _update_tooltip(self) -> None:
        parts = [self.stage.name]
        if self.stage.goal:
            parts.append(self.stage.goal)
        self.setToolTip("\n".join(parts))

    def fill_colour(self) -> QColor:
        return QColor(self.stage.colour) if self.stage.colour else style.STAGE_DEFAULT_TINT

    def name_rect(self) -> QRectF:
        return self._rect.adjusted(10, 6, -10, -STAGE_ACCENT_HEIGHT - 6)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        r = self._rect
        fill = self.fill_colour()
        painter.fillRect(r, fill)
        painter.fillRect(
            QRectF(r.left(), r.bottom() - STAGE_ACCENT_HEIGHT, r.width(), STAGE_ACCENT_HEIGHT),
            fill.darker(135),
        )
        painter.setPen(QPen(QColor(255, 255, 255), 2.0))
        painter.drawLine(QPointF(r.right(), r.top()), QPointF(r.right(), r.bottom()))
        painter.setFont(self._font)
        painter.setPen(style.readable_on(fill))
        text_rect = self.name_rect()
        name = QFontMetricsF(self._font).elidedText(
            self.stage.name.upper(), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name
        )
        if self.isSelected():
            painter.setPen(QPen(style.SELECTION, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(r.adjusted(1.25, 1.25, -1.25, -1.25))


def avatar_pixmap(persona: Persona, size: int) -> QPixmap | None:
    """The persona's picture cropped to a centred square of ``size`` pixels, or None."""
    if persona.avatar is None:
        return None
    image = QImage.fromData(persona.avatar.data)
    if image.isNull():
        return None
    side = min(image.width(), image.height())
    square = image.copy(
        (image.width() - side) // 2, (image.height() - side) // 2, side, side
    ).scaled(
        size,
        size,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return QPixmap.fromImage(square)


class PersonaHeaderItem(_HeaderItem):
    """The lane header: round avatar (picture, or initials on the persona's colour), name, role."""

    kind = "persona"
    AVATAR_PIXELS = 128

    def __init__(self, persona: Persona, rect: QRectF) -> None:
        super().__init__(persona.id, rect)
        self._name_font = style.font(style.LANE_NAME_PX, bold=True)
        self._role_font = style.font(style.SMALL_PX + 1)
        self._initials_font = style.font(16, bold=True)
        self.persona = persona
        self._avatar: QPixmap | None = None
        self._content_dy = 0.0
        self._name_key: tuple[str, bool, float, float] | None = None
        self._name_fit: tuple[QFont, float, list[str]] = (self._name_font, 20.0, [])
        self.set_persona(persona)

    CONTENT_HEIGHT = 120.0
    """Room the avatar, name and role need; kept in view when the lane is scrolled past."""

    def keep_content_below(self, top: float) -> None:
        """Slide the avatar and name down so they stay below scene height ``top``."""
        room = max(0.0, self._rect.height() - self._content_height())
        dy = min(max(0.0, top - self._rect.top()), room)
        if dy != self._content_dy:
            self._content_dy = dy
            self.update()

    def set_persona(self, persona: Persona) -> None:
        self.persona = persona
        self._avatar = avatar_pixmap(persona, self.AVATAR_PIXELS)
        tip = [persona.name]
        if persona.role and not is_persona_prompt(persona.role):
            tip.append(persona.role)
        if persona.quote:
            tip.append(f"“{persona.quote}”")
        self.setToolTip("\n".join(tip))
        self.update()

    def _avatar_rect(self) -> QRectF:
        r = self._rect
        top = r.top() + 14 + self._content_dy
        return QRectF(r.left() + 14, top, style.AVATAR_SIZE, style.AVATAR_SIZE)

    NAME_LINE = 20.0
    """A line of the name (at the name's full size)."""

    def name_rect(self) -> QRectF:
        """The name's first line (the in-place editor opens over it)."""
        a = self._avatar_rect()
        return QRectF(
            a.right() + 10, a.top() + 2, self._rect.right() - a.right() - 18, self.NAME_LINE
        )

    def _has_role(self) -> bool:
        return bool(self.persona.role) and not is_persona_prompt(self.persona.role)

    def name_lines(self) -> tuple[QFont, float, list[str]]:
        """The name's font, line height and lines: whole in as many lines as the lane holds
        above a line of the role (QA s7 J5), worked out once per name and lane size."""
        width = self.name_rect().width()
        key = (self.persona.name, self._has_role(), width, self._rect.height())
        if self._name_key != key:
            room = self._rect.height() - self._NAME_TOP - self._BOTTOM_PAD
            if self._has_role():
                room -= QFontMetricsF(self._role_font).lineSpacing() + 1
            self._name_fit = fit_name(
                self.persona.name, style.LANE_NAME_PX, self.NAME_LINE, width, room
            )
            self._name_key = key
        return self._name_fit

    _NAME_TOP = 16.0
    """The name's first line below the header's top (the avatar's top and 2)."""
    _BOTTOM_PAD = 8.0
    _ROLE_HEIGHT = 64.0
    """The most a role takes (four lines)."""

    def _content_height(self) -> float:
        """The room the avatar, name and role need: :attr:`CONTENT_HEIGHT` (a name of two
        lines), more for a name of more lines."""
        _font, line, names = self.name_lines()
        return self.CONTENT_HEIGHT + max(0.0, len(names) * line - 2 * self.NAME_LINE)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        r = self._rect
        painter.fillRect(r, style.LANE_HEADER_BACKGROUND)
        painter.setPen(QPen(style.GRID_LINE_STRONG, 1.0))
        painter.drawLine(QPointF(r.right(), r.top()), QPointF(r.right(), r.bottom()))
        painter.setPen(QPen(style.GRID_LINE, 1.0))
        painter.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()))

        a = self._avatar_rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        circle = QPainterPath()
        circle.addEllipse(a)
        colour = QColor(self.persona.colour)
        if self._avatar is not None:
            painter.save()
            painter.setClipPath(circle)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(a, self._avatar, QRectF(self._avatar.rect()))
            painter.restore()
        else:
            painter.fillPath(circle, QBrush(colour))
            painter.setFont(self._initials_font)
            painter.setPen(style.readable_on(colour))
            painter.drawText(a, Qt.AlignmentFlag.AlignCenter, self.persona.initials)
        painter.setPen(QPen(colour, 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(a)

        name_rect = self.name_rect()
        name_font, line, names = self.name_lines()
        painter.setFont(name_font)
        painter.setPen(style.TEXT)
        top = name_rect.top()
        for row, text in enumerate(names):
            painter.drawText(
                QRectF(name_rect.left(), top + row * line, name_rect.width(), line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        if self._has_role():
            role_top = top + len(names) * line + 1
            spacing = QFontMetricsF(self._role_font).lineSpacing()
            most = max(1, min(4, int((r.bottom() - self._BOTTOM_PAD - role_top) // spacing)))
            height = self._ROLE_HEIGHT if most == 4 else most * spacing  # within the lane
            role_rect = QRectF(name_rect.left(), role_top, name_rect.width(), height)
            painter.setFont(self._role_font)
            painter.setPen(style.TEXT_MUTED)
            painter.drawText(
                role_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                _elide_lines(self.persona.role, self._role_font, role_rect.width(), most),
            )
        if self.isSelected():
            painter.setPen(QPen(style.SELECTION, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(r.adjusted(1.25, 1.25, -1.25, -1.25))


def _elide_lines(text: str, font: object, width: float, lines: int) -> str:
    """``text`` cut so that it wraps to at most ``lines`` lines of ``width`` (ending in "…")."""
    metrics = QFontMetricsF(font)  # type: ignore[arg-type]
    words = text.split()
    out: list[str] = []
    current = ""
    for i, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        out.append(current)
        current = word
        if len(out) == lines - 1:
            rest = " ".join([current, *words[i + 1 :]])
            out.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            return "\n".join(out)
    out.append(current)
    return "\n".join(out)


class CornerItem(QGraphicsItem):
    """The empty top-left cell; it covers the crossing of pinned stage and lane headers."""

    kind = "corner"

    def __init__(self, rect: QRectF) -> None:
        super().__init__()
        self.item_id = ""
        self._rect = QRectF(rect)
        self.setZValue(Z_HEADER + 1)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        r = self._rect
        painter.fillRect(r, style.HEADER_CORNER)
        painter.setPen(QPen(style.GRID_LINE_STRONG, 1.0))
        painter.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()))
        painter.drawLine(QPointF(r.right(), r.top()), QPointF(r.right(), r.bottom()))


class TitleItem(QGraphicsItem):
    """The map's title and its client, version and state, above the grid (as in the PDF)."""

    kind = "info"

    def __init__(self, width: float) -> None:
        super().__init__()
        self.item_id = ""
        self._width = width
        self._title = ""
        self._subtitle = ""
        self._title_font = style.font(style.MAP_TITLE_PX, bold=True)
        self._sub_font = style.font(style.BODY_PX + 1)

    def set_map(self, m: JourneyMap, width: float) -> None:
        if width != self._width:
            self.prepareGeometryChange()
            self._width = width
        info = m.info
        # in the map's language, as the PDF's title block says it
        journey = "As-is journey" if info.state == JourneyState.AS_IS else "To-be journey"
        state = map_label(journey, info.language)
        parts = [p for p in (info.client, info.version_label, state) if p]
        self._title = info.title
        self._subtitle = " · ".join(parts)
        self.update()

    @property
    def subtitle(self) -> str:
        """Client · version · journey state, as shown under the title."""
        return self._subtitle

    def boundingRect(self) -> QRectF:
        return QRectF(0, -style.MAP_TITLE_HEIGHT, max(self._width, 400.0), style.MAP_TITLE_HEIGHT)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        r = self.boundingRect()
        painter.setFont(self._title_font)
        painter.setPen(style.TEXT)
        metrics = QFontMetricsF(self._title_font)
        title = metrics.elidedText(self._title, Qt.TextElideMode.ElideRight, r.width())
        painter.drawText(
            QRectF(r.left(), r.top() + 4, r.width(), 28), Qt.AlignmentFlag.AlignLeft, title
        )
        painter.setFont(self._sub_font)
        painter.setPen(style.TEXT_MUTED)
        painter.drawText(
            QRectF(r.left(), r.top() + 32, r.width(), 18),
            Qt.AlignmentFlag.AlignLeft,
            self._subtitle,
        )
