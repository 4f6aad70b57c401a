"""Cards whose channel was not given (the reserved "no channel", as a sheet import makes them)
in the editor: the canvas card shows no channel line or icon, the PNG/SVG and its legend leave
it out, the palette offers no such channel to drag, the Inspector shows "No channel" and lets
the user pick a real one, Manage Channels lists it without a name to edit."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window import MainWindow
from cjdesigner.editor.window.image_export import image_bytes
from cjdesigner.editor.window.image_legend import _items
from cjdesigner.model import JourneyMap
from cjdesigner.model.no_channel import NO_CHANNEL, no_channel
from tests.editor.window.conftest import sample_map

STAND_IN = "Bez kanału"


@pytest.fixture
def journey_map() -> JourneyMap:
    """The sample map with t1 and t3 of no channel (named as an import names it)."""
    m = sample_map()
    m.channels.append(no_channel(STAND_IN))
    m.touchpoints[1].channel = NO_CHANNEL
    m.touchpoints[3].channel = NO_CHANNEL
    m.check()
    return m


def _drawn_text(window: MainWindow, card_id: str) -> tuple[str, str]:
    """The channel line and icon key the card draws (laid out as its first paint does)."""
    from cjdesigner.editor.canvas.items.card import _CardText

    item = window.scene.cards[card_id]
    text = _CardText(item.tp, item._channel_name, item.card_rect().width())
    return (text.channel.text() if text.channel is not None else "", item._icon)


def test_the_canvas_card_shows_no_channel_line_or_icon(window: MainWindow) -> None:
    assert _drawn_text(window, "t1") == ("", "")
    assert _drawn_text(window, "t2") == ("E-mail", "email")
    assert STAND_IN not in window.scene.cards["t1"].tooltip_text()


def test_the_image_and_its_legend_leave_it_out(document: MapDocument) -> None:
    assert STAND_IN not in [item.text for item in _items(document.map)]
    assert "E-mail" in [item.text for item in _items(document.map)]
    svg = image_bytes(document, "svg").decode("utf-8")
    assert STAND_IN not in svg and "E-mail" in svg


def test_the_palette_offers_no_such_channel(window: MainWindow) -> None:
    ids = window.palette_panel.channel_ids()
    assert NO_CHANNEL not in ids and "website" in ids
    assert len(ids) == len(window.doc.map.channels) - 1  # type: ignore[union-attr]


def test_the_inspector_shows_no_channel_and_picks_a_real_one(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.scene.select_ids(["t1"])
    form = window.inspector.touchpoint_form
    assert form.channel.currentData() == NO_CHANNEL
    assert form.channel.currentText() == "No channel"
    blank = form.channel.itemIcon(form.channel.currentIndex()).pixmap(16, 16).toImage()
    assert all(blank.pixelColor(x, y).alpha() == 0 for x in range(16) for y in range(16))
    assert form.channel.itemData(0) == NO_CHANNEL  # the "none" state first
    assert form.channel.count() == len(window.doc.map.channels)  # type: ignore[union-attr]
    form.channel.activated.emit(form.channel.findData("store"))
    doc = window.doc
    assert doc is not None and doc.map.touchpoint("t1").channel == "store"
    assert _drawn_text(window, "t1")[1] == "store"
    doc.undo_stack.undo()
    assert doc.map.touchpoint("t1").channel == NO_CHANNEL
    assert _drawn_text(window, "t1") == ("", "")


def test_manage_channels_lists_it_without_a_name_to_edit(window: MainWindow, qtbot: QtBot) -> None:
    from cjdesigner.editor.window.channels_dialog import ChannelsDialog

    doc = window.doc
    assert doc is not None
    dialog = ChannelsDialog(doc, window)
    qtbot.addWidget(dialog)
    row = [c.id for c in doc.map.channels].index(NO_CHANNEL)
    assert dialog.list.item(row).text() == "No channel"
    dialog.list.setCurrentRow(row)
    assert not dialog.name.isEnabled() and not dialog.icon.isEnabled()
    assert not dialog.remove_button.isEnabled()  # two cards still use it
    dialog.list.setCurrentRow(0)
    assert dialog.name.isEnabled()


def test_no_channel_is_offered_on_a_map_without_it_and_undone_in_one_step(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    """A map made in the editor has no reserved channel: choosing "No channel" adds it to
    the catalogue and moves the card in one undo step; undo takes both back."""
    w = make_window()
    w.set_document(MapDocument(sample_map()))
    doc = w.doc
    assert doc is not None and NO_CHANNEL not in {c.id for c in doc.map.channels}
    w.scene.select_ids(["t2"])
    form = w.inspector.touchpoint_form
    assert form.channel.itemData(0) == NO_CHANNEL and form.channel.currentData() == "email"
    steps = doc.undo_stack.count()
    form.channel.activated.emit(0)
    assert doc.map.touchpoint("t2").channel == NO_CHANNEL
    assert doc.map.channel(NO_CHANNEL).name == "No channel"  # the map's language: English
    assert doc.undo_stack.count() == steps + 1
    assert form.channel.currentData() == NO_CHANNEL
    assert _drawn_text(w, "t2") == ("", "")
    doc.map.check()  # raises when the card names a channel the catalogue lacks
    doc.undo_stack.undo()
    assert doc.map.touchpoint("t2").channel == "email"
    assert NO_CHANNEL not in {c.id for c in doc.map.channels}
    assert form.channel.currentData() == "email"
    doc.undo_stack.redo()
    assert doc.map.touchpoint("t2").channel == NO_CHANNEL
