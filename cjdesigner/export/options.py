"""What the user chose for a PDF export (the CLI's flags and the editor dialog's fields)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cjdesigner.i18n import tr

PAGE_NAMES: tuple[str, ...] = ("A4", "A3", "A2", "A1", "A0", "Letter", "Legal", "Tabloid")
"""Paper sizes offered to the user, smallest ISO first, then the North-American sizes."""

OVERLAP_MAX_MM = 50.0


def _paper(name: str) -> str:
    """The canonical spelling of a paper size name, or a clear ValueError."""
    canonical = {known.lower(): known for known in PAGE_NAMES}.get(str(name).lower())
    if canonical is None:
        raise ValueError(
            tr("unknown page size {page!r}; choose one of {names}").format(
                page=name, names=", ".join(PAGE_NAMES)
            )
        )
    return canonical


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
    details_page: str | None = None
    """The detail pages' paper (``--details-page``: the map on A1, the details on A4); None:
    the map's."""
    details_orientation: Orientation | None = None
    """The detail pages' orientation; None: the map's."""
    auto_orientation: bool = False
    """Poster only: print the tiles in the orientation that needs fewer sheets (the CLI's
    ``--tile`` without ``--portrait``/``--landscape``); the detail pages keep ``orientation``."""
    cover: bool = False
    """A cover page first: title, client, consultant, date, version and the client's logo."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "page", _paper(self.page))
        if self.details_page is not None:
            object.__setattr__(self, "details_page", _paper(self.details_page))
        if self.details_orientation is not None:
            object.__setattr__(self, "details_orientation", Orientation(self.details_orientation))
        object.__setattr__(self, "orientation", Orientation(self.orientation))
        object.__setattr__(self, "mode", FitMode(self.mode))
        if not 0.0 <= float(self.overlap_mm) <= OVERLAP_MAX_MM:
            raise ValueError(
                tr("the tile overlap must be between 0 and {max:g} mm, not {value:g}").format(
                    max=OVERLAP_MAX_MM, value=float(self.overlap_mm)
                )
            )
