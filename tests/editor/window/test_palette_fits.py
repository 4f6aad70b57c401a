"""The Touchpoints panel's channel list on a 1366×768 laptop: long channel names end in "…"
(the tooltip holds them whole); the list never grows a few-pixel horizontal scroll bar, which
it did for the blank Polish template ("Media społecznościowe" was 3 px too wide)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cjdesigner import storage, templates
from cjdesigner.editor import translations
from cjdesigner.editor.window import MainWindow, room


@pytest.fixture
def polish(qapp: QApplication) -> Iterator[None]:
    translations.install("pl")
    yield
    translations.install("en")


def test_the_channel_list_never_scrolls_sideways(
    make_window: Callable[..., MainWindow], qtbot: QtBot, tmp_path: Path, polish: None
) -> None:
    path = tmp_path / "pusta.cjm"
    storage.save_map(templates.build_map("blank-5a", "pl"), path)
    window = make_window()
    room.first_start_layout(window, QRect(0, 0, 1366, 768))
    window.show()
    qtbot.waitExposed(window)
    assert window.files.open_path(path, ask_to_save=False)
    qtbot.wait(20)
    channels = window.palette_panel.channels
    policy = channels.horizontalScrollBarPolicy()
    assert policy == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert not channels.horizontalScrollBar().isVisible()
    assert channels.textElideMode() == Qt.TextElideMode.ElideRight
    names = [channels.item(i).text() for i in range(channels.count())]
    assert "Media społecznościowe" in names  # whole in the item (and its tooltip), elided drawn
    item = channels.item(names.index("Media społecznościowe"))
    assert "Media społecznościowe" in item.toolTip()
