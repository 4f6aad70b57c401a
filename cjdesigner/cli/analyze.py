"""The ``analyze`` command: what a map says, as readable text or as one JSON document.

``cjdesigner analyze FILE`` prints the counts (with the note on the cards without a flow yet,
which are not listed as entry, end or dead-end points), the findings grouped by kind, problems
first and entry and end points last (:func:`cjdesigner.analysis.kinds_by_severity`), and a
table of figures per stage and persona; ``--json`` prints
:func:`cjdesigner.analysis.report_to_json` (each finding with its ``severity``, the count and
the note of the cards without a flow) with the file name added. The exit code is 0 whatever
the map's findings are (they describe the map, they are not errors), 1 when the file cannot be
read, 2 for wrong usage.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import textwrap
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from cjdesigner import storage
from cjdesigner.analysis import kind_title, kinds_by_severity
from cjdesigner.i18n import tr
from cjdesigner.map_language import LANGUAGES, label

if TYPE_CHECKING:  # the analysis (networkx) loads only when `analyze` runs
    from cjdesigner.analysis import JourneyReport, StageFigures

EXIT_OK = 0
EXIT_BAD_INPUT = 1
PROG = "cjdesigner"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``analyze FILE [--json] [--lang en|pl|ro]`` to the command line."""
    parser = subparsers.add_parser(
        "analyze",
        help=tr("show where journeys start, stop, break off, loop, jump and hurt"),
        description=tr(
            "Analyse a map's flows: entry and end points, dead ends, unreachable touchpoints, "
            "loops, skipped stages, backward flows, gaps and critical moments, with figures per "
            "stage and persona. Exit code 0 whatever the findings; 1 if the file cannot be read."
        ),
    )
    parser.add_argument("file", metavar="FILE", help=tr("the map file"))
    parser.add_argument(
        "--json", action="store_true", help=tr("print one JSON document instead of text")
    )
    parser.add_argument(
        "--lang",
        type=_language,
        metavar="en|pl|ro",
        help=tr("write the findings in this language (default: the map's language)"),
    )
    parser.set_defaults(run=run_analyze)


def _language(value: str) -> str:
    """``--lang``: one of the map languages, in any case (``PL`` is ``pl``)."""
    code = value.strip().lower()
    if code not in LANGUAGES:
        raise argparse.ArgumentTypeError(
            tr("unknown language “{value}”: choose one of {choices}").format(
                value=value, choices=", ".join(LANGUAGES)
            )
        )
    return code


def run_analyze(args: argparse.Namespace) -> int:
    """Load the map, analyse it and print the report; a bad file is one message on stderr."""
    path = Path(args.file)
    try:
        m = storage.load_map(path).map
    except storage.MapFileError as err:
        print(f"{PROG}: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as err:
        reason = err.strerror or str(err)
        print(f"{PROG}: “{path}”: {reason}.", file=sys.stderr)
        return EXIT_BAD_INPUT
    from cjdesigner.analysis import analyze, report_to_json

    report = analyze(m, getattr(args, "lang", None))
    if args.json:
        document = {"file": str(path), **report_to_json(report)}
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        width = min(max(shutil.get_terminal_size((100, 24)).columns, 60), 120)
        write_text(report, sys.stdout, width=width)
    return EXIT_OK


def write_text(report: JourneyReport, out: TextIO, *, width: int = 100) -> None:
    """The report as text: a title, the findings grouped by kind, then the figures table."""
    counts = report.counts()
    lang = report.language
    out.write(f"{report.title}\n")
    out.write(
        label(
            "personas: {personas} · stages: {stages} · touchpoints: {touchpoints} · "
            "connections: {connections} · findings: {findings}",
            lang,
        ).format(
            personas=len(report.personas),
            stages=len(report.stages),
            touchpoints=report.touchpoint_count,
            connections=report.connection_count,
            findings=len(report.findings),
        )
        + "\n"
    )
    if report.left_out:  # cards without a flow yet: not entry, end or dead-end points
        out.write(textwrap.fill(report.note, width=width, break_on_hyphens=False) + "\n")
    for kind in kinds_by_severity():  # problems first, facts (entry and end points) last
        out.write("\n")
        if not counts[kind]:
            out.write(label("{title}: none", lang).format(title=kind_title(kind, lang)) + "\n")
            continue
        out.write(f"{kind_title(kind, lang)} ({counts[kind]})\n")
        for finding in report.of_kind(kind):
            out.write(
                textwrap.fill(
                    finding.message,
                    width=width,
                    initial_indent="  • ",
                    subsequent_indent="    ",
                    break_on_hyphens=False,
                )
                + "\n"
            )
    if report.figures:
        out.write("\n" + label("Figures per stage and persona", lang) + "\n")
        for line in figures_table(report):
            out.write(f"  {line}".rstrip() + "\n")


def figures_table(report: JourneyReport) -> list[str]:
    """Aligned rows: stage, persona, touchpoints, the three sentiments, mean emotion, channels."""
    channel_names = dict(report.channels)
    lang = report.language
    header = [
        label(word, lang)
        for word in (
            "Stage",
            "Persona",
            "Touchpoints",
            "Positive",
            "Neutral",
            "Negative",
            "Avg emotion",
            "Channels",
        )
    ]
    rows: list[list[str]] = []
    several = len(report.personas) > 1
    for total in report.stage_totals:
        cells = [f for f in report.figures if f.stage_id == total.stage_id]
        group = [*cells, total] if several else cells
        for index, figures in enumerate(group):
            persona = figures.persona_name if figures.persona_id else label("all personas", lang)
            rows.append(
                [
                    total.stage_name if index == 0 else "",
                    persona or "",
                    *_numbers(figures),
                    ", ".join(
                        f"{channel_names.get(cid, cid)} {n}"
                        for cid, n in figures.channel_mix.items()
                    ),
                ]
            )
    return _align([header, *rows], right={2, 3, 4, 5, 6})


def _numbers(f: StageFigures) -> list[str]:
    mix = list(f.sentiment_mix.values())
    if f.average_emotion is None:
        emotion = "–"  # a gap on the curve, not a neutral 0
    else:
        emotion = f"{f.average_emotion:+.1f}" if round(f.average_emotion, 1) else "0.0"
    return [str(f.touchpoint_count), *(str(n) for n in mix), emotion]


def _align(rows: Sequence[Sequence[str]], right: set[int]) -> list[str]:
    """Columns padded to their widest cell by display width (wide and combining characters)."""
    widths = [max(display_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            pad = " " * (widths[i] - display_width(cell))
            last = i == len(row) - 1
            cells.append(pad + cell if i in right else cell + ("" if last else pad))
        lines.append("  ".join(cells))
    return lines


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: combining marks take none, wide characters two."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width
