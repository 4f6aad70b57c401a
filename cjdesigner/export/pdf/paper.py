"""Paper sizes, orientation and the margins and type scale that go with a sheet.

Every page of an export is one of these sheets: the map is scaled onto it (fit) or cut into
sheet-sized tiles (poster), never put on an oversized page — PDF pages stop at 200 in (5.08 m),
and printers at far less.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A0, A1, A2, A3, A4, LEGAL, LETTER, TABLOID
from reportlab.lib.units import mm

from cjdesigner.export.options import ExportOptions, Orientation
from cjdesigner.map_language import label

PORTRAIT_SIZES: dict[str, tuple[float, float]] = {
    "A4": A4,
    "A3": A3,
    "A2": A2,
    "A1": A1,
    "A0": A0,
    "Letter": LETTER,
    "Legal": LEGAL,
    "Tabloid": TABLOID,
}
"""Width × height in points, portrait."""


def page_size(name: str, orientation: Orientation) -> tuple[float, float]:
    """The (width, height) of a sheet in points, turned to the orientation."""
    short, long_ = sorted(PORTRAIT_SIZES[name])
    if orientation == Orientation.LANDSCAPE:
        return (long_, short)
    return (short, long_)


def margin(page: tuple[float, float]) -> float:
    """A printer-safe margin that grows a little on posters so the sheet does not look crowded."""
    return max(12 * mm, min(page) * 0.025)


def footer_line(page: tuple[float, float]) -> tuple[float, float]:
    """The page footer's baseline (points from the bottom edge) and type size on ``page``."""
    return margin(page) * 0.45, 7.5 * chrome_scale(page)


def chrome_scale(page: tuple[float, float]) -> float:
    """How much the title block and legend grow with the sheet (1.0 on A3, never below 0.8).

    The map is scaled to the page anyway; the surrounding text should stay in proportion to it
    so that an A0 poster does not carry a stamp-sized title, nor an A4 page a shouting one.
    """
    a3_short = 297 * mm
    return max(0.8, min(2.4, min(page) / a3_short))


MAX_FIT_SCALE = 1.5
"""A small map is enlarged to fill an A3 sheet, but not beyond 1.5× (cards stay card-sized);
posters allow proportionally more (A0: 3.6×), so a small map still fills the wall sheet."""


@dataclass(frozen=True)
class PageSetup:
    """The sheet every page uses, with its margin and the scale of titles and legend."""

    size: tuple[float, float]
    margin: float
    chrome: float
    label: str

    @classmethod
    def of(
        cls, options: ExportOptions, language: str = "en", *, details: bool = False
    ) -> PageSetup:
        """The map's sheet, or with ``details`` the detail pages' (``--details-page``)."""
        name, orientation = options.page, options.orientation
        if details:
            name = options.details_page or name
            orientation = options.details_orientation or orientation
        size = page_size(name, orientation)
        paper = f"{name} {label(str(orientation), language)}"
        return cls(size, margin(size), chrome_scale(size), paper)

    @property
    def inner_width(self) -> float:
        return self.size[0] - 2 * self.margin
