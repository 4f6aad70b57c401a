"""The ``import`` command: a spreadsheet of touchpoints (CSV or XLSX) made into a map file.

Exit codes: 0 written (what was skipped or noticed goes to stderr), 1 bad input — a sheet that
cannot be read, or rows with problems (each listed with its row and column; nothing written
unless ``--skip-bad-rows``), an existing output without ``--force`` — 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cjdesigner import storage
from cjdesigner.cli.documents import MAP_SUFFIX, set_info
from cjdesigner.cli.errors import CommandError
from cjdesigner.i18n import ntr, tr
from cjdesigner.interchange.mapping import load_mapping
from cjdesigner.interchange.sheet_import import (
    CSV_EXTENSIONS,
    XLSX_EXTENSIONS,
    ImportResult,
    import_sheet,
)
from cjdesigner.interchange.table import SheetError
from cjdesigner.templates import DEFAULT_TEMPLATE, LANGUAGES, template_names

EXIT_OK = 0
EXIT_BAD_INPUT = 1

#: Problems printed before the rest are only counted (a broken 5,000-row sheet…).
MAX_LISTED = 200


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``import`` to the command line."""
    parser = subparsers.add_parser(
        "import",
        help=tr("make a map from a spreadsheet of touchpoints (CSV or XLSX)"),
        description=tr(
            "Make a map file from a spreadsheet with one touchpoint per row. Columns are "
            "recognised by their headers in English, Polish or Romanian (Stage/Etap/Etapă, "
            "Persona, Touchpoint/Punkt styku/Punct de contact, Channel/Kanał/Canal, "
            "Sentiment/Sentyment, Emotion/Emocje/Emoție, Description/Opis/Descriere, …) or by a "
            "mapping file. Rows with problems are listed with their row and column, and "
            "nothing is written unless --skip-bad-rows."
        ),
    )
    parser.add_argument("file", metavar="FILE", help=tr("the sheet: .csv or .xlsx"))
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT.cjm", help=tr("the map file to write")
    )
    parser.add_argument(
        "--template",
        default=DEFAULT_TEMPLATE,
        choices=template_names(),
        metavar="NAME",
        help=tr(
            "the template whose stages, channels and texts the map starts from; stages with the "
            "same name as the sheet's take the template's description and goal (default: {d})"
        ).format(d=DEFAULT_TEMPLATE),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help=tr("the map's language (default: the language of the sheet's headers)"),
    )
    parser.add_argument(
        "--mapping",
        metavar="MAPPING.json",
        help=tr(
            'a JSON file naming the columns, e.g. {"columns": {"title": "Co się dzieje", '
            '"stage": "B"}, "values": {"sentiment": {"super": "positive"}}}'
        ),
    )
    parser.add_argument(
        "--sheet", metavar="NAME", help=tr("the workbook's sheet to read (default: the first)")
    )
    parser.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help=tr("import the good rows and list the rows left out"),
    )
    parser.add_argument(
        "--fix-cedillas",
        action="store_true",
        help=tr("write Romanian ş/ţ (with a cedilla) as ș/ț with a comma below"),
    )
    parser.add_argument(
        "--title",
        metavar="TEXT",
        help=tr("the map's title, which the PDF's cover prints (default: the sheet's file name)"),
    )
    parser.add_argument("--client", metavar="TEXT", help=tr("the client the map is made for"))
    parser.add_argument("--author", metavar="TEXT", help=tr("who prepares the map"))
    parser.add_argument(
        "--force", action="store_true", help=tr("replace OUT.cjm if it exists (a .bak is kept)")
    )
    parser.set_defaults(run=run_import)


def run_import(args: argparse.Namespace) -> int:
    """Read, check every row, and write the map only when every row is good (or skipped)."""
    source = Path(args.file)
    out = Path(args.output)
    if out.suffix.lower() in CSV_EXTENSIONS + XLSX_EXTENSIONS:
        raise CommandError(tr("“{out}”: the output is the map file; name it .cjm").format(out=out))
    if out.suffix.lower() != MAP_SUFFIX and not out.is_dir():
        # `-o workshop.pdf` wrote a JSON map under a PDF's name, which could reach a client
        raise CommandError(
            tr(
                "“{out}”: the output is the map file, whose name ends in .cjm (for a PDF or "
                "slides, import into a .cjm map, then use `cjdesigner export`)."
            ).format(out=out)
        )
    if out.is_dir():
        raise CommandError(
            tr("“{out}”: this is a folder; give the name of a map file.").format(out=out)
        )
    if out.exists() and not args.force:
        raise CommandError(
            tr("“{out}”: the file already exists; add --force to replace it.").format(out=out)
        )
    if not source.exists():
        raise CommandError(tr("“{file}”: the file does not exist.").format(file=source))
    if args.title is not None and not args.title.strip():
        raise CommandError(tr("the title must not be empty."))
    try:
        mapping = load_mapping(Path(args.mapping)) if args.mapping else None
        result = import_sheet(
            source,
            sheet=args.sheet,
            template=args.template,
            language=args.lang,
            mapping=mapping,
            skip_bad_rows=args.skip_bad_rows,
            fix_cedillas=args.fix_cedillas,
        )
    except SheetError as err:
        raise CommandError(str(err) + err.command_line_hint) from None
    _print_problems(source, result, skipped=args.skip_bad_rows)
    if result.map is None:
        raise CommandError(
            tr(
                "“{file}”: {problems} in {rows}; nothing was written. Fix the sheet, or add "
                "--skip-bad-rows to import the other rows."
            ).format(
                file=source,
                problems=ntr("%n problem(s)", len(result.problems)),
                rows=ntr("%n row(s)", len(result.bad_rows)),
            )
        )
    set_info(result.map, title=args.title, client=args.client, author=args.author)
    storage.save_map(result.map, out)
    print(_summary(source, out, result))
    if result.cedilla_fields:
        print(
            tr(
                "cjdesigner: “{out}”: warning: Romanian ş/ţ written with a cedilla in {fields}; "
                "import again with --fix-cedillas, or run `cjdesigner validate "
                "--fix-cedillas {out}`."
            ).format(out=out, fields=ntr("%n field(s)", result.cedilla_fields)),
            file=sys.stderr,
        )
    return EXIT_OK


def _print_problems(source: Path, result: ImportResult, *, skipped: bool) -> None:
    for warning in result.warnings:
        print(
            tr("cjdesigner: “{file}”: warning: {warning}").format(file=source, warning=warning),
            file=sys.stderr,
        )
    for problem in result.problems[:MAX_LISTED]:
        print(f"cjdesigner: “{source}”: {problem}", file=sys.stderr)
    if len(result.problems) > MAX_LISTED:
        print(
            ntr("cjdesigner: … and %n more problem(s)", len(result.problems) - MAX_LISTED),
            file=sys.stderr,
        )
    if skipped and result.skipped_rows:
        rows = ", ".join(str(n) for n in result.skipped_rows[:MAX_LISTED])
        if len(result.skipped_rows) > MAX_LISTED:
            rows += ", …"
        print(
            ntr("cjdesigner: skipped %n row(s): {rows}", len(result.skipped_rows)).format(
                rows=rows
            ),
            file=sys.stderr,
        )
    if result.ignored_headers:
        print(
            tr("cjdesigner: columns not imported (unknown headers): {headers}").format(
                headers=", ".join(f"“{h}”" for h in result.ignored_headers)
            ),
            file=sys.stderr,
        )


def _summary(source: Path, out: Path, result: ImportResult) -> str:
    lines = [
        tr("Wrote “{out}” from “{file}” ({notes}): {touchpoints}, language {lang}.").format(
            out=out,
            file=source,
            notes=", ".join(result.notes),
            touchpoints=ntr("%n touchpoint(s)", result.touchpoint_count),
            lang=result.language,
        ),
        tr("  stages: {names}").format(names=", ".join(result.stages)),
        tr("  personas: {names}").format(names=", ".join(result.personas)),
    ]
    if result.matched_stages:
        lines.append(
            tr("  from the template: {names}").format(names=", ".join(result.matched_stages))
        )
    if result.new_channels:
        lines.append(tr("  new channels: {names}").format(names=", ".join(result.new_channels)))
    return "\n".join(lines)
