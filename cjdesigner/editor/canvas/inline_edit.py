"""Rename a stage or persona in place, or label a flow: a line edit over the name or label.

Enter or leaving the field commits (one ``UpdateFields`` step, nothing if unchanged; an empty
name is refused, an empty label removes the label); Esc cancels. The editor is a plain widget
over the view's viewport, so typing, selection and input methods behave as everywhere else.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QGraphicsView, QLineEdit

from cjdesigner.editor.canvas import edits, style
from cjdesigner.editor.document import MapDocument
from cjdesigner.model.text import NAME_MAX, SHORT_TEXT_MAX

LABEL_EDIT_MIN_WIDTH = 200
"""Pixels: a flow's label editor is at least this wide (a short or empty label has no room)."""
_KEEP_OPEN_ON = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)


class InlineEditor(QObject):
    """The one in-place name editor of a view (at most one open at a time)."""

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self._view = view
        self.line_edit: QLineEdit | None = None
        self._target: tuple[MapDocument, str, str] | None = None

    @property
    def active(self) -> bool:
        return self.line_edit is not None

    def start(
        self, doc: MapDocument, kind: str, item_id: str, name: str, rect: QRect, zoom: float
    ) -> None:
        self.finish()
        label = kind == "connection"
        edit = QLineEdit(self._view.viewport())
        edit.setObjectName("inline_label" if label else "inline_rename")
        edit.setMaxLength(SHORT_TEXT_MAX if label else NAME_MAX)
        edit.setText(name)
        edit.selectAll()
        if label:
            edit.setPlaceholderText(self.tr("Label of the flow (empty: none)"))
            font = style.font(max(9, round(style.BODY_PX * zoom)))
            width = max(rect.width() + 8, LABEL_EDIT_MIN_WIDTH)
            left = rect.center().x() - width // 2
        else:
            font = style.font(max(8, round(style.HEADER_PX * zoom)), bold=True)
            width, left = rect.width() + 8, rect.x() - 4
        edit.setFont(font)
        height = max(rect.height(), edit.sizeHint().height())
        edit.setGeometry(left, rect.center().y() - height // 2, width, height)
        edit.installEventFilter(self)
        edit.returnPressed.connect(self.finish)
        self.line_edit = edit
        self._target = (doc, kind, item_id)
        edit.show()
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.line_edit:
            return False
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.cancel()
            return True
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            # committed here and the key kept: passed on to the canvas, Enter would edit again
            self.finish()
            return True
        if (
            event.type() == QEvent.Type.FocusOut
            and isinstance(event, QFocusEvent)
            and event.reason() not in _KEEP_OPEN_ON
        ):
            # clicking elsewhere commits; a menu closing or the window losing focus does not
            QTimer.singleShot(0, self._finish_if_unfocused)
        return False

    def _finish_if_unfocused(self) -> None:
        if self.line_edit is not None and not self.line_edit.hasFocus():
            self.finish()

    def finish(self) -> None:
        """Commit the typed name (if it changed) and close the editor."""
        edit, target = self.line_edit, self._target
        if edit is None or target is None:
            return
        text = edit.text()
        self._close()
        doc, kind, item_id = target
        if kind == "connection":
            edits.set_connection_label(doc, item_id, text)
        else:
            edits.rename(doc, kind, item_id, text)

    def cancel(self) -> None:
        """Close the editor and keep the old name."""
        self._close()

    def _close(self) -> None:
        edit = self.line_edit
        self.line_edit = None
        self._target = None
        if edit is not None:
            edit.returnPressed.disconnect(self.finish)
            edit.removeEventFilter(self)
            edit.hide()
            edit.deleteLater()
            self._view.setFocus(Qt.FocusReason.OtherFocusReason)
