"""The PDF's words in the map's language: see :mod:`cjdesigner.map_language` (shared with the
canvas, so it lives outside the export package)."""

from cjdesigner.map_language import POSTER_NOTE, catalogue, label, messages

__all__ = ["POSTER_NOTE", "catalogue", "label", "messages"]
