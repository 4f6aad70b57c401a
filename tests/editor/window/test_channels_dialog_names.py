"""Map > Manage Channels: clearing a channel's name does not leave an empty field behind."""

from __future__ import annotations

from cjdesigner.editor.window import MainWindow
from cjdesigner.editor.window.channels_dialog import ChannelsDialog


def test_a_cleared_name_shows_the_name_the_channel_keeps(window: MainWindow) -> None:
    """The channel kept its name but the field stayed empty, as if it had none."""
    doc = window.doc
    assert doc is not None
    dialog = ChannelsDialog(doc, window)
    channel = doc.map.channels[0]
    depth = doc.undo_stack.count()
    for typed in ("", "   "):
        dialog.name.setText(typed)
        dialog.name.editingFinished.emit()
        assert dialog.name.text() == channel.name
        assert doc.map.channel(channel.id).name == channel.name
    assert doc.undo_stack.count() == depth  # nothing to undo
    dialog.name.setText("  Strona WWW  ")
    dialog.name.editingFinished.emit()
    assert doc.map.channel(channel.id).name == "Strona WWW"
    dialog.done(0)


def test_a_name_another_channel_has_is_refused_with_a_reason(window: MainWindow) -> None:
    """Two "E-mail" channels looked alike in the palette and on the cards, and a sheet
    exported and imported again put every card on the first one."""
    doc = window.doc
    assert doc is not None
    dialog = ChannelsDialog(doc, window)
    first, second = doc.map.channels[0], doc.map.channels[1]
    dialog.list.setCurrentRow(1)
    depth = doc.undo_stack.count()
    dialog.name.setText(f" {first.name.upper()} ")
    dialog.name.editingFinished.emit()
    assert doc.map.channel(second.id).name == second.name
    assert dialog.name.text() == second.name
    assert f"“{first.name.upper()}”" in dialog.usage.text()
    assert doc.undo_stack.count() == depth
    dialog.name.setText(second.name.lower())  # its own name in other letters: a rename
    dialog.name.editingFinished.emit()
    assert doc.map.channel(second.id).name == second.name.lower()
    dialog.done(0)


def test_new_channels_get_names_of_their_own(window: MainWindow) -> None:
    doc = window.doc
    assert doc is not None
    dialog = ChannelsDialog(doc, window)
    made = [doc.map.channel(dialog.add_channel()).name for _ in range(3)]
    assert made == ["New channel", "New channel 2", "New channel 3"]
    dialog.done(0)
