"""The open map as the editor sees it: the model, its undo stack, and fine-grained signals.

The model stays plain pydantic; this thin QObject is where changes become Qt signals. Only undo
commands (``editor.commands``) change the map, and they tell the document what changed, so the
canvas, inspector and panels update just the items concerned.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from cjdesigner.model import JourneyMap


class MapDocument(QObject):
    """One open map. Signals carry lists of ids so batch edits cost one emission."""

    touchpoints_added = Signal(list)
    touchpoints_removed = Signal(list)
    touchpoints_changed = Signal(list)
    """Fields other than the place changed (title, sentiment…)."""
    touchpoints_moved = Signal(list)
    """Cells or orders changed: the layout must be recomputed for these cards."""
    connections_added = Signal(list)
    connections_removed = Signal(list)
    connections_changed = Signal(list)
    stages_changed = Signal(list)
    personas_changed = Signal(list)
    structure_changed = Signal()
    """Stages or personas were added, removed or reordered."""
    channels_changed = Signal()
    info_changed = Signal()
    modified_changed = Signal(bool)
    path_changed = Signal()

    def __init__(
        self, journey_map: JourneyMap, path: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._map = journey_map
        self._path = path
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    @property
    def map(self) -> JourneyMap:
        """The model. Read it freely; change it only through commands."""
        return self._map

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: Path | None) -> None:
        if path != self._path:
            self._path = path
            self.path_changed.emit()

    @property
    def modified(self) -> bool:
        """Unsaved changes exist: the undo stack is not at its clean index."""
        return not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self.undo_stack.setClean()

    def push(self, command: object) -> None:
        """Run ``command`` and put it on the undo stack (the only way edits happen)."""
        self.undo_stack.push(command)  # type: ignore[arg-type]
