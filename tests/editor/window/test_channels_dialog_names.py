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
