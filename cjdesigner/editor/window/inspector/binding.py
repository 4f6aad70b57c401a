"""Two-way binding of inspector widgets to one item's fields, through undo commands only.

A widget edit becomes an ``UpdateFields`` command (typing merges into one undo step per
editing session: focusing a field starts a new session). When the document says the item
changed (undo, the canvas, another field), every widget whose value differs from the model is
updated; the field being typed in already equals the model, so it is never clobbered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from cjdesigner.editor.commands import UpdateFields
from cjdesigner.editor.document import MapDocument


class InspectorEdit(UpdateFields):
    """A typing edit: merges with the previous one only within the same editing session."""

    def __init__(
        self,
        doc: MapDocument,
        kind: str,
        item_id: str | None,
        changes: dict[str, Any],
        session: int,
    ) -> None:
        super().__init__(doc, kind, item_id, changes, merge=True)
        self.session = session

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, InspectorEdit) or other.session != self.session:
            return False
        return super().mergeWith(other)


def target_of(doc: MapDocument, kind: str, item_id: str | None) -> BaseModel | None:
    """The model object an inspector form edits, or None when it no longer exists."""
    m = doc.map
    try:
        if kind == "info":
            return m.info
        if item_id is None:
            return None
        finder: Callable[[str], BaseModel] = {
            "touchpoint": m.touchpoint,
            "stage": m.stage,
            "persona": m.persona,
            "channel": m.channel,
        }[kind]
        return finder(item_id)
    except KeyError:
        return None


def validation_error(target: BaseModel, changes: dict[str, Any]) -> str | None:
    """Why ``changes`` cannot apply to ``target`` (a user-facing sentence), or None."""
    try:
        type(target).model_validate({**target.__dict__, **changes})
    except ValidationError as exc:
        first = exc.errors()[0]
        return str(first["msg"])
    return None


class FieldBinder(QObject):
    """Binds widgets to fields of one item of ``kind``; :meth:`refresh` pulls model values."""

    error = Signal(str)
    """An edit was refused (too long, not a number…); the inspector shows the message."""

    def __init__(self, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.doc: MapDocument | None = None
        self.item_id: str | None = None
        self.session = 0
        self.showings = 0
        """How many times an item was set to be shown (a field shown anew shows its start)."""
        self._updating = False
        self._setters: list[tuple[str, Callable[[Any], None]]] = []

    # -- target --------------------------------------------------------------------------------

    def set_target(self, doc: MapDocument | None, item_id: str | None) -> None:
        self.doc, self.item_id = doc, item_id
        self.session += 1
        self.showings += 1

    def target(self) -> BaseModel | None:
        if self.doc is None:
            return None
        return target_of(self.doc, self.kind, self.item_id)

    def refresh(self) -> None:
        """Show the model's values; widgets that already show them are left alone."""
        target = self.target()
        if target is None:
            return
        self._updating = True
        try:
            for name, setter in self._setters:
                setter(getattr(target, name))
        finally:
            self._updating = False

    # -- edits ---------------------------------------------------------------------------------

    def apply(
        self, changes: dict[str, Any], *, typing: bool = False, text: str | None = None
    ) -> bool:
        """Push one command for ``changes`` (nothing if they change nothing)."""
        if self._updating or self.doc is None:
            return False
        target = self.target()
        if target is None:
            return False
        if all(getattr(target, name) == value for name, value in changes.items()):
            return True
        problem = validation_error(target, changes)
        if problem is not None:
            self.error.emit(problem)
            return False
        self.error.emit("")
        if typing:
            self.doc.push(InspectorEdit(self.doc, self.kind, self.item_id, changes, self.session))
        else:
            self.session += 1  # a discrete change ends the typing session before it
            self.doc.push(UpdateFields(self.doc, self.kind, self.item_id, changes, text=text))
        return True

    def new_session(self) -> None:
        self.session += 1

    def add_setter(self, name: str, setter: Callable[[Any], None]) -> None:
        self._setters.append((name, setter))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.new_session()
        elif event.type() == QEvent.Type.ShortcutOverride and _is_undo_or_redo(event):
            # One undo history: Ctrl+Z in a field undoes the map edit (the whole typing
            # session), not the field's private history that the map would not follow.
            event.ignore()
            return True
        return False

    # -- widgets -------------------------------------------------------------------------------

    def line(self, widget: QLineEdit, name: str, max_length: int | None = None) -> QLineEdit:
        """A one-line text field; typing merges into one undo step."""
        if max_length is not None:
            widget.setMaxLength(max_length)
        widget.installEventFilter(self)

        shown_in = [-1]  # the showing the field was last filled for

        def set_value(value: Any) -> None:
            text = "" if value is None else str(value)
            changed = widget.text() != text
            if changed:
                widget.setText(text)
            # an item shown anew, or a value from elsewhere: a long title shows its start, not
            # where typing ended (the echo of one's own typing leaves the cursor alone)
            if (changed or shown_in[0] != self.showings) and not widget.hasFocus():
                widget.setCursorPosition(0)
            shown_in[0] = self.showings

        widget.textChanged.connect(lambda text: self.apply({name: text}, typing=True))
        self.add_setter(name, set_value)
        return widget

    def text(self, widget: QPlainTextEdit, name: str) -> QPlainTextEdit:
        """A multi-line text field; typing merges into one undo step."""
        widget.installEventFilter(self)
        widget.setTabChangesFocus(True)

        def set_value(value: Any) -> None:
            text = "" if value is None else str(value)
            if widget.toPlainText() != text:
                widget.setPlainText(text)

        widget.textChanged.connect(lambda: self.apply({name: widget.toPlainText()}, typing=True))
        self.add_setter(name, set_value)
        return widget

    def combo(self, widget: QComboBox, name: str) -> QComboBox:
        """A choice among item data values (enums, ids, None)."""

        def set_value(value: Any) -> None:
            # Compare in Python: findData() cannot find None ("not scored") or every enum.
            index = next((i for i in range(widget.count()) if widget.itemData(i) == value), -1)
            if index >= 0 and widget.currentIndex() != index:
                widget.setCurrentIndex(index)

        def edited(index: int) -> None:
            if index >= 0:
                self.apply({name: widget.itemData(index)})

        widget.activated.connect(edited)
        self.add_setter(name, set_value)
        return widget

    def check(self, widget: QCheckBox, name: str) -> QCheckBox:
        def set_value(value: Any) -> None:
            if widget.isChecked() != bool(value):
                widget.setChecked(bool(value))

        widget.toggled.connect(lambda on: self.apply({name: bool(on)}))
        self.add_setter(name, set_value)
        return widget

    def custom(
        self, name: str, setter: Callable[[Any], None], signal: Any, typing: bool = False
    ) -> None:
        """Any widget with a setter and a signal that carries the new value."""
        signal.connect(lambda value: self.apply({name: value}, typing=typing))
        self.add_setter(name, setter)


def _is_undo_or_redo(event: QEvent) -> bool:
    return isinstance(event, QKeyEvent) and (
        event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
    )


def hint(widget: QWidget, text: str) -> QWidget:
    """Placeholder or tooltip text that tells a consultant what belongs in a field."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.setPlaceholderText(text)
    else:
        widget.setToolTip(text)
    return widget
