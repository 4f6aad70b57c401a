"""Rename a stage or persona in place: a line edit over its header name.

Enter or leaving the field commits (one ``UpdateFields`` step, nothing if unchanged or empty);
Esc cancels. The editor is a plain widget over the view's viewport, so typing, selection and
input methods behave as everywhere else.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QGraphicsView, QLineEdit

from cjdesigner.editor.canvas import edits, style
from cjdesigner.editor.document import MapDocument
from cjdesigner.model.text import NAME_MAX

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
        edit = QLineEdit(self._view.viewport())
        edit.setObjectName("inline_rename")
        edit.setMaxLength(NAME_MAX)
        edit.setText(name)
        edit.selectAll()
        font = style.font(max(8, round(style.HEADER_PX * zoom)), bold=True)
        edit.setFont(font)
        height = max(rect.height(), edit.sizeHint().height())
        edit.setGeometry(rect.x() - 4, rect.center().y() - height // 2, rect.width() + 8, height)
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
