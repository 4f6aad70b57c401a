"""The narrow inputs the window's controllers take instead of the whole window.

A controller (clipboard, structure, file, recovery) gets the few services it really uses —
the current document, the map's selection, a place for status messages, the dialogs — as
callables or small protocols. The window builds them from its parts and passes them in; a test
builds them from a bare :class:`MapDocument` and a few lambdas. So no controller imports the
window (or the canvas scene) and they form no import circle with it (import-linter guards it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from cjdesigner.editor.document import MapDocument

CurrentDocument = Callable[[], MapDocument | None]
"""The window's document now (it changes on New, Open and Reload), or None before the first."""

ShowMessage = Callable[[str, int], None]
"""A short message in the status bar: the text and how many milliseconds it stays."""

RevealIds = Callable[[list[str]], None]
"""Scroll the map so the cards or flows with these ids show."""


class MapSelection(Protocol):
    """What is selected on the map, by id, and selecting by id (the canvas scene has these)."""

    def selected_touchpoint_ids(self) -> list[str]: ...

    def selected_connection_ids(self) -> list[str]: ...

    def selected_stage_id(self) -> str | None: ...

    def selected_persona_id(self) -> str | None: ...

    def select_ids(self, ids: Iterable[str]) -> None: ...
