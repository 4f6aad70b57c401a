"""What the keyboard and the context menu ask for on the selected cards.

Keys (the canvas contract): ``1``/``2``/``3`` (or ``+``/``0``/``-``) mark the selected cards
positive, neutral or negative; Delete (or Backspace) removes the selection. The right-click menu
offers the same and the milestone flag. Every request becomes one undo step (``edits``).

Arrow keys, Ctrl+arrows and Enter are the keyboard module's (``keyboard.navigation_key``):
moving the selection between cards, moving a card, editing what is selected.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, SignalInstance
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent
from PySide6.QtWidgets import QMenu, QWidget

from cjdesigner.editor.canvas import edits, keyboard, style
from cjdesigner.editor.canvas.icons import icons
from cjdesigner.model import Sentiment


@runtime_checkable
class MenuScene(keyboard.KeyboardScene, Protocol):
    """What the menus and the card keys use of the scene: what the keyboard does, and asking
    for a flow's label editor."""

    @property
    def label_edit_requested(self) -> SignalInstance: ...


SENTIMENT_KEYS: dict[int, Sentiment] = {
    Qt.Key.Key_1: Sentiment.POSITIVE,
    Qt.Key.Key_Plus: Sentiment.POSITIVE,
    Qt.Key.Key_2: Sentiment.NEUTRAL,
    Qt.Key.Key_0: Sentiment.NEUTRAL,
    Qt.Key.Key_3: Sentiment.NEGATIVE,
    Qt.Key.Key_Minus: Sentiment.NEGATIVE,
}


def handle_card_key(scene: MenuScene, event: QKeyEvent) -> bool:
    """Apply a navigation, sentiment or delete key to the selection; True if the key was used."""
    if keyboard.navigation_key(scene, event.key(), event.modifiers()):
        return True
    doc = scene.document
    if doc is None or scene.read_only:
        return False
    ids = scene.selected_touchpoint_ids()
    key = event.key()
    # "+" needs Shift on most layouts; keypad keys carry the keypad modifier
    plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    sentiment = SENTIMENT_KEYS.get(key)
    if sentiment is not None and ids and (plain or key == Qt.Key.Key_Plus):
        edits.set_sentiment(doc, ids, sentiment)
        return True
    if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and plain:
        return edits.delete(doc, ids, scene.selected_connection_ids())
    return False


def header_menu(scene: MenuScene, kind: str, item_id: str, parent: QWidget | None) -> QMenu:
    """The context menu of a stage or lane header: rename in place."""
    menu = QMenu(parent)
    menu.setObjectName("header_menu")
    rename = QAction(QCoreApplication.translate("MapScene", "Rename"), menu)
    rename.setObjectName("rename")
    rename.setEnabled(scene.document is not None and not scene.read_only)
    # after the menu has closed and given the focus back, or the editor would lose it at once
    rename.triggered.connect(
        lambda: QTimer.singleShot(0, lambda: scene.rename_requested.emit(kind, item_id))
    )
    menu.addAction(rename)
    return menu


def card_menu(scene: MenuScene, parent: QWidget | None = None) -> QMenu:
    """The context menu of the selected cards; actions have object names for tests."""
    doc = scene.document
    ids = scene.selected_touchpoint_ids()
    flows = scene.selected_connection_ids()
    editable = doc is not None and not scene.read_only
    menu = QMenu(parent)
    menu.setObjectName("card_menu")
    cards = [doc.map.touchpoint(i) for i in ids] if doc is not None else []
    current = {t.sentiment for t in cards}
    group = QActionGroup(menu)
    labels = {
        Sentiment.POSITIVE: (QCoreApplication.translate("MapScene", "Positive"), "1"),
        Sentiment.NEUTRAL: (QCoreApplication.translate("MapScene", "Neutral"), "2"),
        Sentiment.NEGATIVE: (QCoreApplication.translate("MapScene", "Negative"), "3"),
    }
    for sentiment, (label, key) in labels.items():
        action = QAction(label, menu)
        action.setObjectName(f"sentiment_{sentiment.value}")
        action.setCheckable(True)
        action.setChecked(current == {sentiment})
        action.setShortcut(key)
        action.setIcon(icons().pixmap(style.SENTIMENT_ICONS[sentiment], 32))
        action.setEnabled(editable)
        group.addAction(action)
        action.triggered.connect(
            lambda _=False, s=sentiment: doc is not None and edits.set_sentiment(doc, ids, s)
        )
        menu.addAction(action)
    menu.addSeparator()
    milestone = QAction(QCoreApplication.translate("MapScene", "Milestone"), menu)
    milestone.setObjectName("milestone")
    milestone.setCheckable(True)
    milestone.setChecked(bool(cards) and all(t.milestone for t in cards))
    milestone.setEnabled(editable)
    milestone.triggered.connect(lambda: doc is not None and edits.toggle_milestone(doc, ids))
    menu.addAction(milestone)
    menu.addSeparator()
    delete = QAction(QCoreApplication.translate("MapScene", "Delete"), menu)
    delete.setObjectName("delete")
    delete.setShortcut(Qt.Key.Key_Delete)
    delete.setEnabled(editable)
    delete.triggered.connect(lambda: doc is not None and edits.delete(doc, ids, flows))
    menu.addAction(delete)
    return menu


def connection_menu(scene: MenuScene, connection_id: str, parent: QWidget | None = None) -> QMenu:
    """The context menu of a flow: edit its label, delete it (with any other selected flows)."""
    doc = scene.document
    editable = doc is not None and not scene.read_only
    menu = QMenu(parent)
    menu.setObjectName("connection_menu")
    label = QAction(QCoreApplication.translate("MapScene", "Edit Label…"), menu)
    label.setObjectName("edit_label")
    label.setEnabled(editable)
    # after the menu has closed and given the focus back, or the editor would lose it at once
    label.triggered.connect(
        lambda: QTimer.singleShot(0, lambda: scene.label_edit_requested.emit(connection_id))
    )
    menu.addAction(label)
    menu.addSeparator()
    flows = scene.selected_connection_ids() or [connection_id]
    cards = scene.selected_touchpoint_ids()
    delete = QAction(QCoreApplication.translate("MapScene", "Delete"), menu)
    delete.setObjectName("delete")
    delete.setShortcut(Qt.Key.Key_Delete)
    delete.setEnabled(editable)
    delete.triggered.connect(lambda: doc is not None and edits.delete(doc, cards, flows))
    menu.addAction(delete)
    return menu
