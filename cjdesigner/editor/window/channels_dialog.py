"""Map > Manage Channels: add channels of the consultant's own, rename, change icon, remove.

Every change is an undo command pushed at once, so the palette and the cards update while the
dialog is open, and Edit > Undo takes any of it back. A channel that cards still use cannot be
removed; the dialog says how many use it.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.editor.commands import InsertChannel, RemoveChannel, UpdateFields
from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window.icons import blank_icon, svg_icon
from cjdesigner.map_language import label as map_label
from cjdesigner.model import ICON_KEYS, Channel, new_id
from cjdesigner.model.no_channel import shows_channel
from cjdesigner.model.text import NAME_MAX

ICON_NAMES = {
    "website": QT_TRANSLATE_NOOP("ChannelsDialog", "website"),
    "social": QT_TRANSLATE_NOOP("ChannelsDialog", "social media"),
    "advertising": QT_TRANSLATE_NOOP("ChannelsDialog", "advertising"),
    "email": QT_TRANSLATE_NOOP("ChannelsDialog", "e-mail"),
    "app": QT_TRANSLATE_NOOP("ChannelsDialog", "app"),
    "phone": QT_TRANSLATE_NOOP("ChannelsDialog", "phone"),
    "chat": QT_TRANSLATE_NOOP("ChannelsDialog", "chat"),
    "store": QT_TRANSLATE_NOOP("ChannelsDialog", "store"),
    "reviews": QT_TRANSLATE_NOOP("ChannelsDialog", "reviews"),
    "word_of_mouth": QT_TRANSLATE_NOOP("ChannelsDialog", "word of mouth"),
    "events": QT_TRANSLATE_NOOP("ChannelsDialog", "events"),
    "partner": QT_TRANSLATE_NOOP("ChannelsDialog", "partner"),
    "billing": QT_TRANSLATE_NOOP("ChannelsDialog", "billing"),
    "generic": QT_TRANSLATE_NOOP("ChannelsDialog", "other"),
}
"""What the icon menu calls each icon (the keys are stored in the file, never shown)."""


class ChannelsDialog(QDialog):
    """Edits the channel catalogue of one map."""

    def __init__(self, doc: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channels_dialog")
        self.setWindowTitle(self.tr("Manage Channels"))
        self.setMinimumSize(520, 420)
        self.doc = doc
        self.list = QListWidget(self, objectName="channels_list")
        self.list.setIconSize(QSize(22, 22))
        self.list.currentRowChanged.connect(self._show_current)

        self.name = QLineEdit(self, objectName="channel_name")
        self.name.setMaxLength(NAME_MAX)
        self.name.editingFinished.connect(self._rename)
        self.icon = QComboBox(self, objectName="channel_icon")
        self.icon.setIconSize(QSize(20, 20))
        for key in ICON_KEYS:
            name = ICON_NAMES.get(key, key.replace("_", " "))
            self.icon.addItem(svg_icon(key), self.tr(name), key)
        self.icon.activated.connect(self._change_icon)
        self.usage = QLabel(self)
        self.usage.setWordWrap(True)
        self.usage.setStyleSheet("color: palette(placeholder-text);")

        self.add_button = QPushButton(self.tr("Add Channel"), self, objectName="channel_add")
        self.remove_button = QPushButton(self.tr("Remove"), self, objectName="channel_remove")
        self.add_button.clicked.connect(self.add_channel)
        self.remove_button.clicked.connect(self.remove_current)

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Icon:"), self.icon)
        form.addRow(self.usage)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        side.addLayout(row)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)

        doc.channels_changed.connect(self.refresh)
        doc.touchpoints_added.connect(self._show_current)
        doc.touchpoints_removed.connect(self._show_current)
        self.refresh()
        self.list.setCurrentRow(0)

    def done(self, result: int) -> None:
        for signal, slot in (
            (self.doc.channels_changed, self.refresh),
            (self.doc.touchpoints_added, self._show_current),
            (self.doc.touchpoints_removed, self._show_current),
        ):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)
        super().done(result)

    def current_channel(self) -> Channel | None:
        item = self.list.currentItem()
        if item is None:
            return None
        try:
            return self.doc.map.channel(str(item.data(Qt.ItemDataRole.UserRole)))
        except KeyError:
            return None

    def refresh(self) -> None:
        current = self.current_channel()
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for channel in self.doc.map.channels:
            if shows_channel(channel.id):
                item = QListWidgetItem(svg_icon(channel.icon), channel.name)
            else:  # "no channel given": no icon, no name of its own on the map
                item = QListWidgetItem(blank_icon(), self.tr("No channel"))
            item.setData(Qt.ItemDataRole.UserRole, channel.id)
            self.list.addItem(item)
        ids = [c.id for c in self.doc.map.channels]
        if current is not None and current.id in ids:
            row = ids.index(current.id)
        self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))
        self.list.blockSignals(False)
        self._show_current()

    def _uses(self, channel_id: str) -> int:
        return sum(1 for t in self.doc.map.touchpoints if t.channel == channel_id)

    def _show_current(self, *_args: object) -> None:
        channel = self.current_channel()
        enabled = channel is not None
        for widget in (self.name, self.icon, self.remove_button):
            widget.setEnabled(enabled)
        if channel is None:
            self.name.clear()
            self.usage.clear()
            return
        if self.name.text() != channel.name:
            self.name.setText(channel.name)
        self.icon.setCurrentIndex(max(self.icon.findData(channel.icon), 0))
        uses = self._uses(channel.id)
        self.usage.setText(
            self.tr("Used by %n touchpoint(s).", "", uses)
            if uses
            else self.tr("Not used by any touchpoint yet.")
        )
        if not shows_channel(channel.id):  # nothing of it is drawn: nothing to rename
            self.name.setEnabled(False)
            self.icon.setEnabled(False)
            self.usage.setText(
                self.usage.text() + " " + self.tr("A card with no channel shows none on the map.")
            )
        self.remove_button.setEnabled(uses == 0)
        self.remove_button.setToolTip(
            self.tr("Change the channel of its touchpoints first") if uses else ""
        )

    def _taken(self, name: str, channel_id: str | None = None) -> bool:
        """Whether another channel already has ``name`` (case aside): two "E-mail" channels
        look alike in the palette and on the cards, and a sheet names a channel by its name."""
        folded = name.casefold()
        return any(
            c.id != channel_id and c.name.casefold() == folded for c in self.doc.map.channels
        )

    def add_channel(self) -> str:
        name = base = map_label("New channel", self.doc.map.info.language)
        number = 2
        while self._taken(name):  # "New channel 2", not a second "New channel"
            name, number = f"{base} {number}", number + 1
        channel = Channel(id=new_id(), name=name, icon="generic")
        self.doc.push(InsertChannel(self.doc, channel))
        ids = [c.id for c in self.doc.map.channels]
        self.list.setCurrentRow(ids.index(channel.id))
        self.name.setFocus()
        self.name.selectAll()
        return channel.id

    def _rename(self) -> None:
        channel = self.current_channel()
        name = self.name.text().strip()
        if channel is not None and not name:
            self.name.setText(channel.name)  # a channel keeps a name: show the one it still has
            return
        if channel is None or name == channel.name:
            return
        if self._taken(name, channel.id):
            self.name.setText(channel.name)
            self.usage.setText(
                self.tr("There is already a channel named “%1”; choose another name.").replace(
                    "%1", name
                )
            )
            return
        self.doc.push(UpdateFields(self.doc, "channel", channel.id, {"name": name}))

    def _change_icon(self, index: int) -> None:
        channel = self.current_channel()
        key = self.icon.itemData(index)
        if channel is None or key == channel.icon:
            return
        self.doc.push(UpdateFields(self.doc, "channel", channel.id, {"icon": key}))

    def remove_current(self) -> bool:
        channel = self.current_channel()
        if channel is None or self._uses(channel.id):
            return False
        self.doc.push(RemoveChannel(self.doc, channel.id))
        return True
