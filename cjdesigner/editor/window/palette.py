"""The touchpoint palette: the map's channels to drag onto the canvas, and the legend below.

A drag carries the channel id as ``application/x-cjdesigner-channel`` (the canvas contract);
the canvas creates a card of that channel where it is dropped.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QDrag, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window.icons import (
    evidence_icon,
    moment_icon,
    point_icon,
    sentiment_icon,
    svg_icon,
)
from cjdesigner.model import Evidence, Sentiment
from cjdesigner.model.no_channel import shows_channel
from cjdesigner.model.search import fold

CHANNEL_MIME = "application/x-cjdesigner-channel"
ICON_SIZE = 22


class ChannelList(QListWidget):
    """The channel entries; dragging one starts a channel drag for the canvas."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("palette_channels")
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setSpacing(1)
        self.setUniformItemSizes(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # a long name ends in "…" (its tooltip holds it whole), never a few-pixel side scroll
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def mimeTypes(self) -> list[str]:
        return [CHANNEL_MIME]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        if items:
            channel_id = str(items[0].data(Qt.ItemDataRole.UserRole))
            data.setData(CHANNEL_MIME, channel_id.encode("utf-8"))
        return data

    def startDrag(self, supported: Qt.DropAction) -> None:
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.setPixmap(item.icon().pixmap(QSize(32, 32)))
        drag.exec(Qt.DropAction.CopyAction)


class Palette(QWidget):
    """The left panel (object name ``palette``): filter, channels, legend."""

    channel_activated = Signal(str)
    """Double-click or Enter on a channel: add a card without dragging (keyboard users)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("palette")
        self.doc: MapDocument | None = None
        self.filter = QLineEdit(self, objectName="palette_filter")
        self.filter.setPlaceholderText(self.tr("Filter channels…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.channels = ChannelList(self)
        self.channels.setToolTip(
            self.tr("Drag a channel into a cell of the map to add a touchpoint there")
        )
        self.channels.itemActivated.connect(
            lambda item: self.channel_activated.emit(str(item.data(Qt.ItemDataRole.UserRole)))
        )
        hint = QLabel(self.tr("Drag a channel onto the map to add a touchpoint"), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(hint)
        layout.addWidget(self.filter)
        layout.addWidget(self.channels, 1)
        layout.addWidget(self._legend())

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def _legend(self) -> QWidget:
        box = QFrame(self, objectName="legend")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(box)
        grid.setContentsMargins(8, 6, 8, 8)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        grid.addWidget(self._heading(self.tr("Legend")), 0, 0, 1, 2)
        rows = [
            (sentiment_icon(Sentiment.POSITIVE), self.tr("Positive (▲)")),
            (sentiment_icon(Sentiment.NEUTRAL), self.tr("Neutral (●)")),
            (sentiment_icon(Sentiment.NEGATIVE), self.tr("Negative (▼)")),
            (svg_icon("milestone"), self.tr("Milestone")),
            (evidence_icon(Evidence.PARTIAL), self.tr("Dotted border: partly researched")),
            (evidence_icon(Evidence.ASSUMPTION), self.tr("Dashed border: assumption")),
            (moment_icon(), self.tr("Moment of truth: a persona's lowest emotion")),
            (point_icon(True), self.tr("Flow label with no room: point at it to read it")),
            (point_icon(False), self.tr("Hollow point: emotion estimated from the sentiment")),
        ]
        for row, (icon, text) in enumerate(rows, start=1):
            mark = QLabel(box)
            mark.setPixmap(icon.pixmap(QSize(16, 16)))
            grid.addWidget(mark, row, 0)
            label = QLabel(text, box)
            label.setWordWrap(True)
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(1, 1)
        return box

    def set_document(self, doc: MapDocument | None) -> None:
        if self.doc is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.doc.channels_changed.disconnect(self.refresh)
        self.doc = doc
        if doc is not None:
            doc.channels_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """One entry per channel of the map's catalogue, in catalogue order ("no channel
        given" left out: it is no channel to drag; the Inspector offers it)."""
        self.channels.clear()
        if self.doc is None:
            return
        for channel in filter(lambda c: shows_channel(c.id), self.doc.map.channels):
            item = QListWidgetItem(svg_icon(channel.icon), channel.name)
            item.setData(Qt.ItemDataRole.UserRole, channel.id)
            item.setToolTip(
                self.tr(
                    "Drag “%1” onto the map, or double-click to add it to the selected cell"
                ).replace("%1", channel.name)
            )
            self.channels.addItem(item)
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        """Channels whose name holds what was typed, case and accents ignored ("aplicatie"
        finds "Aplicație", as Edit > Find does for cards)."""
        needle = fold(text.strip())
        for row in range(self.channels.count()):
            item = self.channels.item(row)
            item.setHidden(bool(needle) and needle not in fold(item.text()))

    def channel_ids(self, visible_only: bool = False) -> list[str]:
        return [
            str(self.channels.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.channels.count())
            if not (visible_only and self.channels.item(row).isHidden())
        ]
