"""Which ``export`` options each output format uses, and the refusal of one it would ignore.

``cjdesigner export map.cjm -o map.csv --tile`` once wrote the sheet and said nothing about
``--tile``: the user believed a poster option had done something. A flag the chosen format does
not use is a wrong command line like a ``--format`` that contradicts the extension: one message
naming the flag and the formats it is for, exit 2, nothing written.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from cjdesigner.export import FitMode, Orientation
from cjdesigner.i18n import tr

#: The formats each format-specific flag of ``export`` is for (every other flag is for all).
FLAG_FORMATS: dict[str, tuple[str, ...]] = {
    "--page": ("pdf", "pptx"),
    "--details-page": ("pdf",),
    "--cover": ("pdf",),
    "--landscape": ("pdf", "pptx"),
    "--portrait": ("pdf", "pptx"),
    "--fit": ("pdf",),
    "--tile": ("pdf",),
    "--overlap": ("pdf",),
    "--no-details": ("pdf",),
    "--no-insights": ("pdf",),
    "--reproducible": ("pdf",),
    "--allow-missing-glyphs": ("pdf",),
    "--dpi": ("png",),
}

#: Whether the command line gave each flag (the parser's defaults are None/False for that).
_GIVEN: dict[str, Callable[[argparse.Namespace], bool]] = {
    "--page": lambda a: a.page is not None,
    "--details-page": lambda a: a.details_page is not None,
    "--cover": lambda a: bool(a.cover),
    "--landscape": lambda a: a.orientation == Orientation.LANDSCAPE,
    "--portrait": lambda a: a.orientation == Orientation.PORTRAIT,
    "--fit": lambda a: a.mode == FitMode.FIT,
    "--tile": lambda a: a.mode == FitMode.TILE,
    "--overlap": lambda a: a.overlap is not None,
    "--no-details": lambda a: not a.details,
    "--no-insights": lambda a: not a.insights,
    "--reproducible": lambda a: bool(a.reproducible),
    "--allow-missing-glyphs": lambda a: bool(a.allow_missing_glyphs),
    "--dpi": lambda a: a.dpi is not None,
}

#: How the help and the messages name a format.
FORMAT_NAMES: dict[str, str] = {
    "pdf": "PDF",
    "png": "PNG",
    "svg": "SVG",
    "csv": "CSV",
    "xlsx": "XLSX",
    "pptx": "PowerPoint",
    "mmd": "Mermaid",
    "md": "Mermaid",
}


def unused_flags(args: argparse.Namespace, kind: str) -> list[str]:
    """The flags given on the command line that a ``kind`` export would ignore, in help order."""
    return [
        flag for flag, formats in FLAG_FORMATS.items() if kind not in formats and _GIVEN[flag](args)
    ]


def unused_flags_message(args: argparse.Namespace, kind: str) -> str | None:
    """Why the command line is wrong for ``kind`` (one line), or None when every flag applies."""
    unused = unused_flags(args, kind)
    if not unused:
        return None
    flags = ", ".join(
        tr("{flag} ({formats} only)").format(
            flag=flag, formats=tr(" and ").join(FORMAT_NAMES[f] for f in FLAG_FORMATS[flag])
        )
        for flag in unused
    )
    return tr("the {kind} export has no use for {flags}").format(
        kind=FORMAT_NAMES[kind], flags=flags
    )


def marker(flag: str) -> str:
    """``(PDF)`` or ``(PDF, PowerPoint)``: how the help marks a flag for some formats only."""
    return "(" + ", ".join(FORMAT_NAMES[kind] for kind in FLAG_FORMATS[flag]) + ")"
