"""Rename a stage or persona in place: a line edit over its header name.

Enter or leaving the field commits (one ``UpdateFields`` step, nothing if unchanged or empty);
Esc cancels. The editor is a plain widget over the view's viewport, so typing, selection and
input methods behave as everywhere else.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsView, QLineEdit

from cjdesigner.editor.canvas import edits, style
from cjdesigner.editor.document import MapDocument
from cjdesigner.model.text import NAME_MAX


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
        edit.editingFinished.connect(self.finish)
        self.line_edit = edit
        self._target = (doc, kind, item_id)
        edit.show()
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.line_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.cancel()
            return True
        return False

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
            edit.editingFinished.disconnect(self.finish)
            edit.removeEventFilter(self)
            edit.hide()
            edit.deleteLater()
            self._view.setFocus(Qt.FocusReason.OtherFocusReason)
