"""No two of the window's actions share a key: Qt runs neither of two that do."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import pytest
from PySide6.QtGui import QAction, QKeySequence

from cjdesigner.editor.window import MainWindow, actions


class _LinuxKeys(QKeySequence):
    """The key bindings of a Linux desktop (KDE, GNOME), where Delete includes Ctrl+D."""

    @staticmethod
    def keyBindings(key: QKeySequence.StandardKey) -> list[QKeySequence]:
        found = list(QKeySequence.keyBindings(key))
        if key == QKeySequence.StandardKey.Delete:
            found.append(QKeySequence("Ctrl+D"))
        return found


@pytest.mark.parametrize("linux", [False, True])
def test_no_two_actions_of_the_window_share_a_shortcut(
    make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch, linux: bool
) -> None:
    """On Linux Qt's Delete binding includes Ctrl+D, which is Duplicate here: both actions
    had it and Ctrl+D did nothing but log "Ambiguous shortcut overload" (QA s8 K7)."""
    if linux:
        monkeypatch.setattr(actions, "QKeySequence", _LinuxKeys)
    window = make_window()
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            owners[key.toString(QKeySequence.SequenceFormat.PortableText)].add(
                action.objectName() or action.text()
            )
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}
    duplicate = window.findChild(QAction, "action_duplicate")
    delete = window.findChild(QAction, "action_delete")
    assert QKeySequence("Ctrl+D") in duplicate.shortcuts()
    assert QKeySequence(QKeySequence.StandardKey.Delete) in delete.shortcuts()
