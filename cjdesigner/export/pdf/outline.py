"""The PDF's structure for a reader: bookmarks (the viewer's outline) and named destinations.

An entry is placed where its content is drawn: :class:`Bookmark` is a flowable of no size in
the detail story (a persona, a stage's table, the insights), :func:`bookmark_here` marks a
full page (the map, a poster tile, the cover). Outline levels must not skip (0, then 1), so
each entry says its level and the story adds them in reading order.

Destination names are ours only (``tp-…``, ``card-…``, ``persona-…``): the links between a
card on the map page and its detail row (see :mod:`cjdesigner.export.pdf.links`) use them.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable


def bookmark_here(canv: Canvas, key: str, title: str | None, level: int = 0) -> None:
    """A destination at the top of the current page (and an outline entry when titled)."""
    canv.bookmarkPage(key, fit="Fit")
    if title is not None:
        canv.addOutlineEntry(_one_line(title), key, level=level)


class Bookmark(Flowable):
    """A destination where the next flowable starts, with an outline entry when titled."""

    _ZERO_SIZE = 1

    def __init__(self, key: str, title: str | None = None, level: int = 0) -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.level = level
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, 2)
        if self.title is not None:
            self.canv.addOutlineEntry(_one_line(self.title), self.key, level=self.level)


def _one_line(title: str) -> str:
    """An outline entry's words on one line, at most 120 characters."""
    words = " ".join(title.split())
    return words if len(words) <= 120 else words[:119].rstrip() + "…"
