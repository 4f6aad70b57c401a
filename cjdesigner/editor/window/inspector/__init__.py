"""The inspector panel: edits whatever the canvas has selected (or the map itself)."""

from cjdesigner.editor.window.inspector.panel import Inspector

__all__ = ["Inspector"]
