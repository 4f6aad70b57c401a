"""``export`` to the consultants' other formats: CSV/XLSX sheets, editable PowerPoint, Mermaid.

``cli/export.py`` hands over any output whose format is in :data:`FORMATS` (chosen by the
extension, or ``--format``); everything here is written atomically, never half a file, and an
existing file is replaced only with ``--force``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from cjdesigner.i18n import ntr, tr
from cjdesigner.model import JourneyMap
from cjdesigner.storage import MapFileError, atomic_write_bytes, load_map

EXIT_OK = 0
EXIT_BAD_INPUT = 1

#: What this module writes, by file extension.
FORMATS: tuple[str, ...] = ("csv", "xlsx", "pptx", "mmd", "md")

#: Slide sizes ``--page`` accepts besides the paper names (for ``.pptx`` only).
SLIDE_SIZES: tuple[str, ...] = ("16:9",)

#: Every slide size of ``.pptx`` (``export.pptx.SLIDE_NAMES``, named here for ``--help`` without
#: importing the PowerPoint writer).
SLIDE_PAGES: tuple[str, ...] = ("A3", "A4", "16:9")


def run(source: Path, out: Path, kind: str, args: argparse.Namespace) -> int:
    """Write ``source``'s map to ``out`` as ``kind``; one message and exit 1 on any failure."""
    if out.exists() and not args.force:
        return _fail(
            tr("“{out}”: the file already exists; add --force to replace it.").format(out=out)
        )
    try:
        m = load_map(source).map
    except MapFileError as err:
        return _fail(str(err))
    try:
        data, summary = _WRITERS[kind](m, args)
    except ValueError as err:
        return _fail(tr("cannot export “{out}”: {reason}").format(out=out, reason=err))
    atomic_write_bytes(out, data)
    print(tr("Wrote {out} ({summary}).").format(out=out, summary=summary))
    return EXIT_OK


def _csv(m: JourneyMap, args: argparse.Namespace) -> tuple[bytes, str]:
    from cjdesigner.interchange.sheet_export import csv_bytes

    _sheet_notes(m)
    return csv_bytes(m), ntr("CSV, UTF-8, %n touchpoint row(s)", len(m.touchpoints))


def _xlsx(m: JourneyMap, args: argparse.Namespace) -> tuple[bytes, str]:
    from cjdesigner.interchange.sheet_export import xlsx_bytes

    _sheet_notes(m)
    return xlsx_bytes(m), ntr("XLSX, %n touchpoint row(s)", len(m.touchpoints))


def _sheet_notes(m: JourneyMap) -> None:
    """Say what a sheet leaves out of the map (its flows, the persona profiles…)."""
    from cjdesigner.interchange.sheet_export import left_out_of_a_sheet

    for note in left_out_of_a_sheet(m):
        print(tr("cjdesigner: note: {message}").format(message=note), file=sys.stderr)


def _pptx(m: JourneyMap, args: argparse.Namespace) -> tuple[bytes, str]:
    from cjdesigner.export.pptx import SLIDE_NAMES, pptx_bytes

    wanted = args.page or "A3"  # --page's default, as for a PDF
    page = next((name for name in SLIDE_NAMES if name.lower() == wanted.lower()), None)
    if page is None:
        raise ValueError(
            tr("slides are {names}, not {page}; give --page {names}").format(
                names=" or ".join(SLIDE_NAMES), page=wanted
            )
        )
    notes: list[str] = []
    data, slides = pptx_bytes(m, page, portrait=str(args.orientation) == "portrait", notes=notes)
    for note in notes:
        print(tr("cjdesigner: note: {message}").format(message=note), file=sys.stderr)
    return data, ntr("PowerPoint, %n slide(s), {page}", slides).format(page=page)


def _mermaid(m: JourneyMap, args: argparse.Namespace) -> tuple[bytes, str]:
    from cjdesigner.export.mermaid import mermaid_journeys

    markdown = str(args.output).lower().endswith(".md") or args.format == "md"
    text, left_out = mermaid_journeys(m, markdown=markdown)
    journeys = text.count("journey\n    title ")
    if not journeys:
        raise ValueError(tr("the map has no touchpoints, so there is no journey to write"))
    for note in left_out:
        print(tr("cjdesigner: note: {message}").format(message=note), file=sys.stderr)
    return text.encode("utf-8"), ntr("Mermaid, %n journey(s)", journeys)


_WRITERS: dict[str, Callable[[JourneyMap, argparse.Namespace], tuple[bytes, str]]] = {
    "csv": _csv,
    "xlsx": _xlsx,
    "pptx": _pptx,
    "mmd": _mermaid,
    "md": _mermaid,
}


def _fail(message: str) -> int:
    print(f"cjdesigner: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT
