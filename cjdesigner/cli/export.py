"""The ``export`` command: a map file to a printable PDF (without the editor and Qt), a PNG or
SVG picture, a CSV/XLSX sheet, a PowerPoint deck or Mermaid journeys.

Exit codes: 0 written (warnings, such as card text too small in fit mode, go to stderr), 1 bad
input (unreadable map, characters the font cannot draw, an existing output without --force,
an output that cannot be written — never a partial file), 2 wrong usage (among them an output
name whose extension is not .pdf/.png/.svg without --format, or a --format that contradicts it:
``-o a.docx`` once wrote a PDF named ``a.docx``).

Characters no embedded font draws (emoji, CJK…; Noto Sans' symbol fallbacks draw arrows, maths
signs, check marks and stars) stop the export with a message naming each field;
``--allow-missing-glyphs`` exports anyway, each printed as a visible mark and listed. PNG/SVG
warn about them (they would show as empty boxes).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cjdesigner.cli import cedillas, export_flags, export_formats
from cjdesigner.export import (
    PAGE_NAMES,
    ExportError,
    ExportOptions,
    FitMode,
    Orientation,
    export_pdf,
)
from cjdesigner.i18n import ntr, tr
from cjdesigner.model import JourneyMap
from cjdesigner.storage import MapFileError, atomic_write_bytes, load_map

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2

DEFAULT_PAGE = "A3"
DEFAULT_OVERLAP_MM = 10.0
DEFAULT_DPI = 144.0

#: What ``export`` can write, each named by its file extension (the first is the default).
FORMATS: tuple[str, ...] = ("pdf", "png", "svg", *export_formats.FORMATS)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``export`` to the command line."""
    parser = subparsers.add_parser(
        "export",
        help=tr("export a map as a PDF, PNG, SVG, CSV, XLSX, PowerPoint or Mermaid file"),
        description=tr(
            "Export a map; the output's extension chooses the format. .pdf: a printable map "
            "(scaled to one page, or as a poster of tiles) and detail pages with the personas "
            "and every stage's touchpoints. .png/.svg: the map as the editor's canvas draws it, "
            "for slides. .csv/.xlsx: one row per touchpoint. .pptx: an editable PowerPoint deck. "
            ".mmd/.md: Mermaid journeys, one per persona. Options marked (PDF) apply to PDF only. "
            "An existing output file is replaced only with --force, and never left half-written."
        ),
    )
    parser.add_argument("file", metavar="FILE", help=tr("the map file"))
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help=tr(
            "the file to write: .pdf, .png, .svg, .csv, .xlsx, .pptx, .mmd or .md (its extension "
            "chooses the format)"
        ),
    )
    parser.add_argument(
        "--page",
        default=None,
        type=_page_name,
        metavar="SIZE",
        help=tr(
            "(PDF, PowerPoint) paper size: {names} (default: A3); PowerPoint slides: {slides}"
        ).format(names=", ".join(PAGE_NAMES), slides=", ".join(export_formats.SLIDE_PAGES)),
    )
    parser.add_argument(
        "--details-page",
        default=None,
        type=_page_name,
        metavar="SIZE",
        help=tr(
            "(PDF) paper size of the detail pages, e.g. the map on --page A1 and the details on A4 "
            "(default: the map's)"
        ),
    )
    parser.add_argument(
        "--cover",
        action="store_true",
        help=tr(
            "(PDF) start with a cover page: title, client, consultant, date, version and the "
            "client's logo"
        ),
    )
    orientation = parser.add_mutually_exclusive_group()
    orientation.add_argument(
        "--landscape",
        dest="orientation",
        action="store_const",
        const=Orientation.LANDSCAPE,
        help=tr(
            "(PDF, PowerPoint) landscape pages (the default; a poster without --portrait or "
            "--landscape takes the orientation that needs fewer sheets)"
        ),
    )
    orientation.add_argument(
        "--portrait",
        dest="orientation",
        action="store_const",
        const=Orientation.PORTRAIT,
        help=tr("(PDF, PowerPoint) portrait pages"),
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--fit",
        dest="mode",
        action="store_const",
        const=FitMode.FIT,
        help=tr("(PDF) the whole map on one page (the default)"),
    )
    mode.add_argument(
        "--tile",
        dest="mode",
        action="store_const",
        const=FitMode.TILE,
        help=tr("(PDF) a poster at a readable scale over several pages, with an overview page"),
    )
    parser.add_argument(
        "--overlap",
        type=float,
        default=None,
        metavar="MM",
        help=tr("(PDF) overlap of neighbouring poster tiles in millimetres (default: 10)"),
    )
    parser.add_argument(
        "--no-details",
        dest="details",
        action="store_false",
        help=tr("(PDF) leave out the persona and touchpoint detail pages"),
    )
    parser.add_argument(
        "--no-insights",
        dest="insights",
        action="store_false",
        help=tr("(PDF) leave out the journey insights page (findings and figures by stage)"),
    )
    parser.add_argument("--force", action="store_true", help=tr("replace OUT if it exists"))
    parser.add_argument(
        "--reproducible",
        action="store_true",
        help=tr("(PDF) byte-identical output for identical input (dated by the map's last change)"),
    )
    parser.add_argument(
        "--allow-missing-glyphs",
        action="store_true",
        help=tr(
            "(PDF) export even if no embedded font can draw some characters (emoji, CJK…): each "
            "prints as a visible replacement mark, and a warning lists them"
        ),
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help=tr(
            "the format to write: {formats} (default: from OUT's extension; needed when OUT "
            "ends in anything else)"
        ).format(formats=", ".join(FORMATS)),
    )
    parser.add_argument(
        "--dpi",
        type=float,
        default=None,
        help=tr(
            "(PNG) resolution of the image, in dots per inch of the map at 100 %% (default: 144)"
        ),
    )
    parser.set_defaults(run=run_export, orientation=None, mode=None)


def _page_name(value: str) -> str:
    for name in (*PAGE_NAMES, *export_formats.SLIDE_SIZES):
        if name.lower() == value.lower():
            return name
    raise argparse.ArgumentTypeError(
        tr("unknown page size {value!r}; choose one of {names}").format(
            value=value, names=", ".join(PAGE_NAMES)
        )
    )


def output_format(out: Path, requested: str | None) -> str:
    """The format to write ``out`` in, or :class:`ValueError` saying why the names disagree.

    The extension decides when ``--format`` is absent, so a PDF never hides behind another
    name; an explicit ``--format`` may name any file except one whose known extension says
    otherwise (``-o map.pdf --format png``).
    """
    extension = out.suffix.lower().lstrip(".")
    choices = ", ".join(f".{kind}" for kind in FORMATS)
    if requested is None:
        if extension in FORMATS:
            return extension
        if not extension:
            raise ValueError(
                tr(
                    "“{out}” has no extension, so the format is unknown; name it {choices}, "
                    "or give --format {formats}"
                ).format(out=out, choices=choices, formats="|".join(FORMATS))
            )
        raise ValueError(
            tr(
                "cannot export to a “.{extension}” file; the output must end in {choices} "
                "(or give --format {formats} to write that format under this name)"
            ).format(extension=out.suffix.lstrip("."), choices=choices, formats="|".join(FORMATS))
        )
    if extension in FORMATS and extension != requested:
        raise ValueError(
            tr(
                "--format {requested} contradicts the output's extension “.{extension}”; "
                "leave out --format, or end the file name in .{requested}"
            ).format(requested=requested, extension=out.suffix.lstrip("."))
        )
    return requested


def run_export(args: argparse.Namespace) -> int:
    """Load, check, render and write; every failure is one message on stderr and exit 1."""
    out = Path(args.output)
    source = Path(args.file)
    if out.is_dir():
        return _fail(tr("“{out}” is a folder; give the name of the file to write.").format(out=out))
    if out.exists() and _same_file(out, source):
        return _fail(tr("“{out}” is the map file itself; choose another output.").format(out=out))
    try:
        kind = output_format(out, args.format)
    except ValueError as err:
        return _usage(str(err))
    unused = export_flags.unused_flags_message(args, kind)
    if unused is not None:
        return _usage(unused)
    if kind == "pptx" and args.page:
        from cjdesigner.export.pptx.plan import SLIDE_NAMES

        if args.page not in SLIDE_NAMES:  # paper, not a slide: as wrong as --page B5
            return _usage(
                tr("slides are {names}, not {page}; give --page {names}").format(
                    names=" or ".join(SLIDE_NAMES), page=args.page
                )
            )
    if kind in export_formats.FORMATS:
        return export_formats.run(source, out, kind, args)
    for flag, page in (("--page", args.page), ("--details-page", args.details_page)):
        if page in export_formats.SLIDE_SIZES:  # as wrong a command line as --page B5
            return _usage(
                tr("{flag} {page} is a slide size (for .pptx); paper is one of {names}").format(
                    flag=flag, page=page, names=", ".join(PAGE_NAMES)
                )
            )
    try:
        options = ExportOptions(
            page=args.page or DEFAULT_PAGE,
            orientation=args.orientation or Orientation.LANDSCAPE,
            auto_orientation=args.orientation is None and args.mode == FitMode.TILE,
            details_page=args.details_page,
            cover=args.cover,
            mode=args.mode or FitMode.FIT,
            overlap_mm=DEFAULT_OVERLAP_MM if args.overlap is None else args.overlap,
            details=args.details,
            insights=args.insights,
            reproducible=args.reproducible,
            allow_missing_glyphs=args.allow_missing_glyphs,
        )
    except ValueError as err:
        return _fail(str(err))
    if out.exists() and not args.force:
        return _fail(
            tr("“{out}”: the file already exists; add --force to replace it.").format(out=out)
        )
    if kind != "pdf":
        return _export_image(source, out, kind, DEFAULT_DPI if args.dpi is None else args.dpi)
    try:
        m = load_map(source).map
        _warn_cedillas(args.file, m)
        result = export_pdf(m, out, options)
    except (MapFileError, ExportError) as err:
        return _fail(str(err))
    for warning in result.plan.warnings:
        print(tr("cjdesigner: warning: {message}").format(message=warning), file=sys.stderr)
    pages = result.page_count
    options = result.plan.options
    print(
        tr("Wrote {out} ({pages}, {paper} {orientation}, {mode}).").format(
            out=out,
            pages=ntr("%n page(s)", pages),
            paper=options.page,
            orientation=tr(str(options.orientation)),
            mode=tr(str(options.mode)),
        )
    )
    return EXIT_OK


def _export_image(source: Path, out: Path, kind: str, dpi: float) -> int:
    """PNG or SVG of the map as the canvas draws it (rendered offscreen by the editor's scene)."""
    if not 36 <= dpi <= 600:
        return _fail(tr("--dpi must be between 36 and 600 (got {dpi:g}).").format(dpi=dpi))
    try:
        m = load_map(source).map
        _warn_cedillas(str(source), m)
        from cjdesigner.editor.offscreen import missing_glyphs_warning, render_map_image

        data = render_map_image(m, kind, pixels_per_unit=dpi / 72.0)
        atomic_write_bytes(out, data)
        warning = missing_glyphs_warning(m)
        if warning:
            print(tr("cjdesigner: warning: {message}").format(message=warning), file=sys.stderr)
    except MapFileError as err:
        return _fail(str(err))
    except ValueError as err:
        return _fail(tr("cannot export “{out}”: {reason}.").format(out=out, reason=err))
    print(tr("Wrote {out} ({kind}).").format(out=out, kind=kind.upper()))
    return EXIT_OK


def _warn_cedillas(file: str, m: JourneyMap) -> None:
    """ş/ţ with a cedilla print, but wrongly for Romanian: say so (once) and export anyway."""
    found = cedillas.cedilla_fields(m)
    if found:
        print(cedillas.summary(file, found), file=sys.stderr)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def _usage(message: str) -> int:
    """A wrong command line (as argparse reports one): the message on stderr and exit 2."""
    print(
        tr("cjdesigner export: error: {message}").format(message=message),
        file=sys.stderr,
    )
    return EXIT_USAGE


def _fail(message: str) -> int:
    print(f"cjdesigner: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT
