"""What the user chose for a PDF export (the CLI's flags and the editor dialog's fields)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cjdesigner.i18n import tr

PAGE_NAMES: tuple[str, ...] = ("A4", "A3", "A2", "A1", "A0", "Letter", "Legal", "Tabloid")
"""Paper sizes offered to the user, smallest ISO first, then the North-American sizes."""

OVERLAP_MAX_MM = 50.0


class Orientation(StrEnum):
    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"


class FitMode(StrEnum):
    """``fit``: the whole map on one page; ``tile``: a readable poster over several pages."""

    FIT = "fit"
    TILE = "tile"


@dataclass(frozen=True)
class ExportOptions:
    """One export's settings. Defaults match the CLI: A3 landscape, fit, with detail pages.

    ``reproducible`` gives byte-identical output for identical input (fixed document id and the
    map's ``info.modified`` as creation date). ``allow_missing_glyphs`` exports even when some
    characters cannot be drawn by the embedded fonts (each prints as the mark �, and the
    plan's warning lists them).
    """

    page: str = "A3"
    orientation: Orientation = Orientation.LANDSCAPE
    mode: FitMode = FitMode.FIT
    overlap_mm: float = 10.0
    details: bool = True
    insights: bool = True
    """The "Journey insights" page among the detail pages (only with ``details``)."""
    reproducible: bool = False
    allow_missing_glyphs: bool = False

    def __post_init__(self) -> None:
        canonical = {name.lower(): name for name in PAGE_NAMES}.get(str(self.page).lower())
        if canonical is None:
            raise ValueError(
                tr("unknown page size {page!r}; choose one of {names}").format(
                    page=self.page, names=", ".join(PAGE_NAMES)
                )
            )
        object.__setattr__(self, "page", canonical)
        object.__setattr__(self, "orientation", Orientation(self.orientation))
        object.__setattr__(self, "mode", FitMode(self.mode))
        if not 0.0 <= float(self.overlap_mm) <= OVERLAP_MAX_MM:
            raise ValueError(
                tr("the tile overlap must be between 0 and {max:g} mm, not {value:g}").format(
                    max=OVERLAP_MAX_MM, value=float(self.overlap_mm)
                )
            )
