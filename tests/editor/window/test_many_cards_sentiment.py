"""The sentiment of many selected cards is one undo step with one change signal.

A compound of one field edit per card re-drew the lane's curve and the inspector once per card:
setting the sentiment of a select-all on the 5,000-card map took 22 s, its undo 23 s.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cjdesigner.editor.window import MainWindow
from cjdesigner.editor.window.inspector.multi_form import MultiForm
from cjdesigner.model import Sentiment


def _sentiments(window: MainWindow) -> dict[str, Sentiment]:
    assert window.doc is not None
    return {t.id: t.sentiment for t in window.doc.map.touchpoints}


def test_sentiment_of_all_from_the_inspector_is_one_step_and_one_signal(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.doc is not None
    before = _sentiments(window)
    window.window_actions.select_all.trigger()
    (form,) = window.inspector.findChildren(MultiForm)
    signals: list[list[str]] = []
    window.doc.touchpoints_changed.connect(signals.append)
    form.set_sentiment(Sentiment.NEGATIVE)
    assert set(_sentiments(window).values()) == {Sentiment.NEGATIVE}
    assert len(signals) == 1 and sorted(signals[0]) == ["t0", "t1", "t3", "t4"]  # t2 was already
    assert window.doc.undo_stack.count() == 1
    assert window.doc.undo_stack.undoText() == "Set sentiment"
    window.window_actions.undo.trigger()
    assert _sentiments(window) == before  # each card its own sentiment again
    assert len(signals) == 2
    assert sorted(window.scene.selected_touchpoint_ids()) == ["t0", "t1", "t3", "t4"]
    window.window_actions.redo.trigger()
    assert set(_sentiments(window).values()) == {Sentiment.NEGATIVE}


def test_a_number_key_on_several_cards_is_one_step(window: MainWindow, qtbot: QtBot) -> None:
    assert window.doc is not None
    window.show()
    qtbot.waitExposed(window)
    window.view.setFocus()
    window.scene.select_ids(["t0", "t2", "t3"])
    qtbot.keyClick(window.view, Qt.Key.Key_2)  # neutral
    assert [_sentiments(window)[i] for i in ("t0", "t2", "t3")] == [Sentiment.NEUTRAL] * 3
    assert window.doc.undo_stack.count() == 1
    window.doc.undo_stack.undo()
    assert _sentiments(window)["t0"] == Sentiment.POSITIVE
    assert _sentiments(window)["t2"] == Sentiment.NEGATIVE
