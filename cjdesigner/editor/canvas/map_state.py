"""What most canvas parts read of the scene: the open map, its layout, and whether it may change.

Each part names what it uses of the scene as a small protocol (so none imports the scene); these
two are the members nearly all of them share, declared once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from cjdesigner.editor.document import MapDocument
    from cjdesigner.layout import GridLayout


@runtime_checkable
class LaidOutMap(Protocol):
    """The scene's open document and the grid it is laid out on (None before a map opens)."""

    @property
    def document(self) -> MapDocument | None: ...

    @property
    def grid_layout(self) -> GridLayout | None: ...


@runtime_checkable
class EditableMap(LaidOutMap, Protocol):
    """A laid-out map that may be read-only (a file opened read-only, presentation mode)."""

    @property
    def read_only(self) -> bool: ...
