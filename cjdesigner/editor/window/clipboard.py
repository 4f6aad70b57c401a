"""Cut, copy, paste and duplicate of touchpoints through the system clipboard, as JSON.

The clipboard holds ``{"touchpoints": [...], "connections": [...], "channels": [...]}`` in the
model's JSON form, under ``application/x-cjdesigner-touchpoints+json`` and as plain text, so
cards travel between windows and running copies. ``channels`` carries the channel definitions
the cards use, so a card of a custom channel pastes into a map that lacks it. ``stages`` and
``personas`` list the copied map's stage and persona ids in order, so cards pasted into another
map land in the same column and lane there. Pasted cards get new ids and keep the connections
among themselves.
"""

from __future__ import annotations

import atexit
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QGuiApplication

from cjdesigner.editor.commands import (
    CompoundCommand,
    InsertChannel,
    InsertTouchpoints,
    MapCommand,
    delete_selection,
)
from cjdesigner.editor.window.controller_inputs import (
    CurrentDocument,
    MapSelection,
    RevealIds,
    ShowMessage,
)
from cjdesigner.model import Channel, Connection, JourneyMap, Touchpoint, new_id

CLIPBOARD_MIME = "application/x-cjdesigner-touchpoints+json"


@dataclass
class Clip:
    """What is on the clipboard, validated."""

    touchpoints: list[Touchpoint]
    connections: list[Connection]
    channels: list[Channel]
    stages: list[str] = field(default_factory=list)
    """The copied map's stage ids in order (empty: text from elsewhere or an older copy)."""
    personas: list[str] = field(default_factory=list)


def encode(m: JourneyMap, ids: Sequence[str]) -> str:
    """The clipboard JSON of the cards ``ids`` (in map order) and the flows among them."""
    wanted = set(ids)
    stage_pos = {s.id: i for i, s in enumerate(m.stages)}
    persona_pos = {p.id: i for i, p in enumerate(m.personas)}
    cards = sorted(
        (t for t in m.touchpoints if t.id in wanted),
        key=lambda t: (persona_pos.get(t.persona_id, 0), stage_pos.get(t.stage_id, 0), t.order),
    )
    flows = [c for c in m.connections if c.source in wanted and c.target in wanted]
    used = {t.channel for t in cards}
    channels = [c for c in m.channels if c.id in used]
    payload = {
        "touchpoints": [t.model_dump(mode="json") for t in cards],
        "connections": [c.model_dump(mode="json") for c in flows],
        "channels": [c.model_dump(mode="json") for c in channels],
        "stages": [s.id for s in m.stages],
        "personas": [p.id for p in m.personas],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)


def decode(text: str) -> Clip | None:
    """The cards in clipboard JSON, or None when it is not ours or not valid."""
    try:
        data: Any = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("touchpoints"), list):
        return None
    try:
        return Clip(
            touchpoints=[Touchpoint.model_validate(t) for t in data["touchpoints"]],
            connections=[Connection.model_validate(c) for c in data.get("connections") or []],
            channels=[Channel.model_validate(c) for c in data.get("channels") or []],
            stages=_ids(data.get("stages")),
            personas=_ids(data.get("personas")),
        )
    except (ValidationError, TypeError):
        return None


def _ids(value: Any) -> list[str]:
    """A list of ids from the clipboard JSON; anything else (missing, damaged) is no list."""
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, str)]


def _same_place(own: str, copied_order: list[str], order: list[str]) -> str:
    """``own`` if this map has it; else the id at its place in the copied map's order."""
    if own in order:
        return own
    if own in copied_order:
        return order[min(copied_order.index(own), len(order) - 1)]
    return order[0]


def paste_command(
    doc: Any,
    clip: Clip,
    target: tuple[str, str, int] | None,
    text: str,
) -> tuple[MapCommand, list[str]] | None:
    """One undo step inserting fresh copies of ``clip``'s cards; returns it and the new ids.

    ``target`` (stage id, persona id, index) puts every card into that cell from that index;
    without it each card goes back to its own cell, at the end of the cell. A stage or persona
    the map does not have (cards from another map) is replaced by the one at the same place in
    this map's order (the last one if this map has fewer; the first if the place is unknown).
    """
    m: JourneyMap = doc.map
    if not clip.touchpoints or not m.stages or not m.personas:
        return None
    parts: list[MapCommand] = []
    channel_ids = {c.id for c in m.channels}
    for channel in clip.channels:
        if channel.id not in channel_ids and any(t.channel == channel.id for t in clip.touchpoints):
            parts.append(InsertChannel(doc, channel))
            channel_ids.add(channel.id)
    fallback_channel = m.channels[0].id if m.channels else None
    stage_order = [s.id for s in m.stages]
    persona_order = [p.id for p in m.personas]
    counts: dict[tuple[str, str], int] = {}
    for t in m.touchpoints:
        counts[t.cell] = counts.get(t.cell, 0) + 1
    new_ids = {t.id: new_id() for t in clip.touchpoints}
    cards: list[Touchpoint] = []
    next_index = target[2] if target else 0
    for original in clip.touchpoints:
        if target is not None:
            cell = (target[0], target[1])
            order = next_index
            next_index += 1
        else:
            cell = (
                _same_place(original.stage_id, clip.stages, stage_order),
                _same_place(original.persona_id, clip.personas, persona_order),
            )
            order = counts.get(cell, 0)
            counts[cell] = order + 1
        channel = original.channel if original.channel in channel_ids else fallback_channel
        if channel is None:
            return None
        cards.append(
            original.model_copy(
                update={
                    "id": new_ids[original.id],
                    "stage_id": cell[0],
                    "persona_id": cell[1],
                    "order": order,
                    "channel": channel,
                }
            )
        )
    flows = [
        c.model_copy(
            update={"id": new_id(), "source": new_ids[c.source], "target": new_ids[c.target]}
        )
        for c in clip.connections
        if c.source in new_ids and c.target in new_ids and c.source != c.target
    ]
    parts.append(InsertTouchpoints(doc, cards, flows))
    command = parts[0] if len(parts) == 1 else CompoundCommand(doc, text, parts)
    if len(parts) == 1:
        command.setText(text)
    return command, [c.id for c in cards]


class ClipboardController(QObject):
    """Edit > Cut / Copy / Paste / Duplicate for one window.

    It takes the window's document, its map selection, a status-bar message and (optionally) a
    way to scroll pasted cards into view — not the window itself.
    """

    def __init__(
        self,
        document: CurrentDocument,
        selection: MapSelection,
        show_message: ShowMessage,
        reveal: RevealIds | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._selection = selection
        self._show_message = show_message
        self._reveal = reveal

    def _selected(self) -> list[str]:
        return self._selection.selected_touchpoint_ids()

    def copy(self) -> bool:
        doc = self._document()
        ids = self._selected()
        if doc is None or not ids:
            return False
        text = encode(doc.map, ids)
        mime = QMimeData()
        mime.setData(CLIPBOARD_MIME, text.encode("utf-8"))
        mime.setText(text)
        QGuiApplication.clipboard().setMimeData(mime)
        _release_clipboard_at_exit()
        self._show_message(self.tr("Copied %n touchpoint(s)", "", len(ids)), 3000)
        return True

    def cut(self) -> bool:
        doc = self._document()
        ids = self._selected()
        if doc is None or not ids or not self.copy():
            return False
        command = delete_selection(doc, ids, [])
        command.setText(self.tr("Cut"))
        doc.push(command)
        return True

    def clip(self) -> Clip | None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return None
        if mime.hasFormat(CLIPBOARD_MIME):
            raw = bytes(mime.data(CLIPBOARD_MIME).data()).decode("utf-8", errors="replace")
            return decode(raw)
        if mime.hasText():
            return decode(mime.text())
        return None

    def can_paste(self) -> bool:
        mime = QGuiApplication.clipboard().mimeData()
        return mime is not None and (mime.hasFormat(CLIPBOARD_MIME) or mime.hasText())

    def paste(self) -> list[str]:
        """Paste after the selected card (in its cell), or into the cards' own cells."""
        doc = self._document()
        if doc is None:
            return []
        clip = self.clip()
        if clip is None:
            self._show_message(self.tr("The clipboard holds no touchpoints to paste"), 4000)
            return []
        return self._insert(clip, self._target(), self.tr("Paste"))

    def _target(self) -> tuple[str, str, int] | None:
        doc = self._document()
        ids = self._selected()
        if doc is None or not ids:
            return None
        cards = [doc.map.touchpoint(i) for i in ids]
        anchor = max(cards, key=lambda t: t.order)
        return anchor.stage_id, anchor.persona_id, anchor.order + 1

    def duplicate(self) -> list[str]:
        """Copies of the selected cards, each right after its original."""
        doc = self._document()
        ids = self._selected()
        if doc is None or not ids:
            return []
        clip = decode(encode(doc.map, ids))
        if clip is None:
            return []
        new_ids = {t.id: new_id() for t in clip.touchpoints}
        shift: dict[tuple[str, str], int] = {}
        cards: list[Touchpoint] = []
        for original in sorted(clip.touchpoints, key=lambda t: (t.cell, t.order)):
            before = shift.get(original.cell, 0)
            cards.append(
                original.model_copy(
                    update={"id": new_ids[original.id], "order": original.order + before + 1}
                )
            )
            shift[original.cell] = before + 1
        flows = [
            c.model_copy(
                update={"id": new_id(), "source": new_ids[c.source], "target": new_ids[c.target]}
            )
            for c in clip.connections
        ]
        doc.push(InsertTouchpoints(doc, cards, flows, text=self.tr("Duplicate")))
        self._select([c.id for c in cards])
        return [c.id for c in cards]

    def _insert(self, clip: Clip, target: tuple[str, str, int] | None, text: str) -> list[str]:
        doc = self._document()
        if doc is None:
            return []
        made = paste_command(doc, clip, target, text)
        if made is None:
            return []
        command, ids = made
        doc.push(command)
        self._select(ids)
        return ids

    def _select(self, ids: list[str]) -> None:
        self._selection.select_ids(ids)
        if self._reveal is not None:
            self._reveal(ids)


_exit_hook_installed = False


def _release_clipboard_at_exit() -> None:
    """Hand our clipboard data back to Qt before Python shuts down.

    The QMimeData we put on the clipboard was made from Python; if Qt deletes it in its own
    exit handlers, after the interpreter is gone, PySide crashes the process (exit 139). So
    the clipboard is cleared while Python still runs — but only if it still holds our data.
    """
    global _exit_hook_installed
    if _exit_hook_installed:
        return
    _exit_hook_installed = True
    atexit.register(release_clipboard)


def release_clipboard() -> None:
    """Clear the system clipboard if it holds touchpoints we copied (safe without an app)."""
    app = QGuiApplication.instance()
    if app is None:
        return
    clipboard = QGuiApplication.clipboard()
    if clipboard.ownsClipboard() or clipboard.mimeData().hasFormat(CLIPBOARD_MIME):
        clipboard.clear()
