"""The document commands: ``new``, ``templates``, ``validate`` and ``info``.

They work on map files without the editor (and without Qt): a consultant scripts them, CI checks
a folder of maps with ``validate``, and ``info --json`` feeds other tools.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from cjdesigner import storage
from cjdesigner.cli import cedillas, sheet_hint
from cjdesigner.cli.errors import CommandError
from cjdesigner.i18n import ntr, tr
from cjdesigner.model import JourneyMap, Sentiment
from cjdesigner.model.channel import same_named_channels

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2
MAP_SUFFIX = ".cjm"


if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

COMMANDS = ("new", "templates", "validate", "info")
"""The commands this module adds, in ``--help`` order; ``register(…, only=NAME)`` adds one."""


def register(subparsers: Subparsers, only: str | None = None) -> None:
    """Add ``new``, ``templates``, ``validate`` and ``info`` (or only the one named) to the
    command line: ``cjdesigner validate FILE`` then loads no template data."""
    adders = (_add_new, _add_templates, _add_validate, _add_info)
    for name, add in zip(COMMANDS, adders, strict=True):
        if only in (None, name):
            add(subparsers)


def _add_new(subparsers: Subparsers) -> None:
    from cjdesigner.templates import DEFAULT_TEMPLATE, LANGUAGES, template_names

    new = subparsers.add_parser(
        "new",
        help=tr("create a map file from a template"),
        description=tr(
            "Create a map file from a template (the free blank 5A map unless --template says "
            "otherwise). An existing file is never replaced without --force."
        ),
    )
    new.add_argument(
        "-o", "--output", required=True, metavar="FILE", help=tr("the map file to create")
    )
    new.add_argument(
        "--template",
        default=DEFAULT_TEMPLATE,
        choices=template_names(),
        metavar="NAME",
        help=tr("template name: {names} (default: {default})").format(
            names=", ".join(template_names()), default=DEFAULT_TEMPLATE
        ),
    )
    new.add_argument(
        "--lang",
        default="en",
        type=str.lower,  # --lang PL as well as --lang pl
        choices=LANGUAGES,
        help=tr("language of the stage, persona and channel names (default: en)"),
    )
    new.add_argument("--title", metavar="TEXT", help=tr("the map's title"))
    new.add_argument("--client", metavar="TEXT", help=tr("the client the map is made for"))
    new.add_argument("--author", metavar="TEXT", help=tr("who prepares the map"))
    new.add_argument(
        "--force", action="store_true", help=tr("replace FILE if it exists (a .bak copy is kept)")
    )
    new.set_defaults(run=run_new)


def _add_templates(subparsers: Subparsers) -> None:
    templates = subparsers.add_parser(
        "templates",
        help=tr("list the templates and their languages"),
        description=tr("List the templates 'new' can start from, with their titles."),
    )
    templates.add_argument(
        "--json", action="store_true", help=tr("print one JSON object instead of text")
    )
    templates.set_defaults(run=run_templates)


def _add_validate(subparsers: Subparsers) -> None:
    validate = subparsers.add_parser(
        "validate",
        help=tr("check that map files are valid"),
        description=tr(
            "Check map files. Exit code 0 when every file is valid, otherwise 1 with a message "
            "that names the file and the problem. Romanian ş/ţ written with a cedilla is a "
            "warning (one line per file), fixed only with --fix-cedillas."
        ),
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help=tr("map files to check"))
    validate.add_argument(
        "--json",
        action="store_true",
        help=tr("print one JSON object with every file's result and every warning"),
    )
    validate.add_argument(
        "--fix-cedillas",
        action="store_true",
        help=tr(
            "rewrite ş/ţ written with a cedilla as ș/ț with a comma below (the file is replaced "
            "atomically; the previous version is kept as FILE.bak)"
        ),
    )
    validate.set_defaults(run=run_validate)


def _add_info(subparsers: Subparsers) -> None:
    info = subparsers.add_parser(
        "info",
        help=tr("show a map's title and counts"),
        description=tr(
            "Show a map's title and how many stages, personas, touchpoints and connections it "
            "has, with the touchpoints per sentiment."
        ),
    )
    info.add_argument("file", metavar="FILE", help=tr("the map file"))
    info.add_argument(
        "--json", action="store_true", help=tr("print one JSON object instead of text")
    )
    info.set_defaults(run=run_info)


# -- new --------------------------------------------------------------------------------------


def run_new(args: argparse.Namespace) -> int:
    """Write a new map from a template; refuse to replace a file unless ``--force``."""
    path = Path(args.output)
    if path.suffix.lower() != MAP_SUFFIX and not path.is_dir():
        # `new -o map.pdf` would write a map file under a PDF's name: a slip, not a wish
        print(
            "cjdesigner new: "
            + tr(
                "“{path}”: a map file's name ends in .cjm (to make a PDF, create the map, "
                "then use `cjdesigner export`)."
            ).format(path=path),
            file=sys.stderr,
        )
        return EXIT_USAGE
    if path.is_dir():
        raise CommandError(
            tr("“{path}”: this is a folder; give the name of a map file.").format(path=path)
        )
    if path.exists() and not args.force:
        raise CommandError(
            tr("“{path}”: the file already exists; add --force to replace it.").format(path=path)
        )
    folder = path.parent
    if not folder.exists():
        raise CommandError(tr("“{folder}”: the folder does not exist.").format(folder=folder))
    if not folder.is_dir():
        raise CommandError(tr("“{folder}”: this is a file, not a folder.").format(folder=folder))
    title = args.title
    if title is not None and not title.strip():
        raise CommandError(tr("the title must not be empty."))
    from cjdesigner.templates import build_map

    m = build_map(args.template, args.lang)
    set_info(m, title=title, client=args.client, author=args.author)
    storage.save_map(m, path)
    found = cedillas.cedilla_fields(m)
    if found:
        print(cedillas.summary(str(path), found), file=sys.stderr)
    print(
        tr("Created “{path}”: {template} ({language}), {stages}, {personas}.").format(
            path=path,
            template=args.template,
            language=args.lang,
            stages=ntr("%n stage(s)", len(m.stages)),
            personas=ntr("%n persona(s)", len(m.personas)),
        )
    )
    return EXIT_OK


def set_info(m: JourneyMap, **fields: str | None) -> None:
    """The map's title, client or author from the command line (None: left as it is)."""
    for name, value in fields.items():
        if value is None:
            continue
        try:
            setattr(m.info, name, value.strip())
        except ValidationError as err:
            problem = err.errors()[0]["msg"]
            raise CommandError(f"--{name}: {problem}.") from None


# -- templates --------------------------------------------------------------------------------


def run_templates(args: argparse.Namespace) -> int:
    """List every template with its languages and its title in each language."""
    from cjdesigner.templates import DEFAULT_TEMPLATE, list_templates

    infos = list_templates()
    if args.json:
        listing = [
            {
                "name": info.name,
                "languages": list(info.languages),
                "stages": info.stage_count,
                "titles": {lang: info.title(lang) for lang in info.languages},
            }
            for info in infos
        ]
        print(json.dumps({"templates": listing}, ensure_ascii=False, indent=2))
        return EXIT_OK
    for number, info in enumerate(infos):
        if number:
            print()
        default = tr(" (default)") if info.name == DEFAULT_TEMPLATE else ""
        print(
            tr("{name}{default} — {stages}, languages: {languages}").format(
                name=info.name,
                default=default,
                stages=ntr("%n stage(s)", info.stage_count),
                languages=", ".join(info.languages),
            )
        )
        print(f"    {info.summary('en')}")
        for lang in info.languages:
            print(f"    {lang}  {info.title(lang)}")
    return EXIT_OK


# -- validate ---------------------------------------------------------------------------------


def run_validate(args: argparse.Namespace) -> int:
    """Check every file; report each problem and go on, so one run checks a whole folder."""
    failed = 0
    results: list[dict[str, Any]] = []
    for file in args.files:
        result: dict[str, Any] = {"file": file}
        results.append(result)
        sheet = sheet_hint.spreadsheet_message(file)
        if sheet is not None:
            result.update(valid=False, error=sheet)
            if not args.json:
                print(sheet, file=sys.stderr)
            failed += 1
            continue
        try:
            loaded = storage.load_map(Path(file))
        except storage.MapFileError as err:
            result.update(valid=False, error=str(err))
            if not args.json:
                print(str(err), file=sys.stderr)
            failed += 1
            continue
        m = loaded.map
        found = cedillas.cedilla_fields(m)
        result.update(
            valid=True,
            touchpoints=len(m.touchpoints),
            connections=len(m.connections),
            cedillas=[{"field": f.path, "letters": f.letters} for f in found],
        )
        if args.fix_cedillas and found:
            try:
                storage.save_map(
                    storage.with_comma_below(m), loaded.path, expected=loaded.fingerprint
                )
            except storage.MapFileError as err:
                result.update(fixed=False, error=str(err))
                if not args.json:
                    print(str(err), file=sys.stderr)
                failed += 1
                continue
            result["fixed"] = True
            if not args.json:
                print(_fixed_message(file, found, storage.backup_path_for(loaded.path)))
        elif found and not args.json:
            print(cedillas.summary(file, found), file=sys.stderr)
        twins = same_named_channels(m.channels)
        result["same_named_channels"] = twins
        if twins and not args.json:
            print(_twins_message(file, twins), file=sys.stderr)
        if not args.json:
            print(
                tr("“{file}”: valid ({touchpoints}, {connections}).").format(
                    file=file,
                    touchpoints=ntr("%n touchpoint(s)", len(m.touchpoints)),
                    connections=ntr("%n connection(s)", len(m.connections)),
                )
            )
    if args.json:
        print(json.dumps({"files": results}, ensure_ascii=False, indent=2))
    return EXIT_BAD_INPUT if failed else EXIT_OK


def _twins_message(file: str, twins: list[list[str]]) -> str:
    """A warning: channels sharing a name look alike on cards and merge in a sheet round trip."""
    names = ", ".join(f"“{group[0]}” ({len(group)}×)" for group in twins)
    return tr(
        "“{file}”: warning: several channels share a name: {names}; their cards look alike and "
        "a spreadsheet export and import merges them: rename one in the editor (Map > Manage "
        "Channels…)."
    ).format(file=file, names=names)


def _fixed_message(file: str, found: list[cedillas.CedillaField], backup: Path) -> str:
    return tr(
        "“{file}”: fixed {letters} ş/ţ in {fields} to ș/ț with a comma below; "
        "the previous version is kept as “{backup}”."
    ).format(
        file=file,
        letters=sum(f.letters for f in found),
        fields=ntr("%n field(s)", len(found)),
        backup=backup,
    )


# -- info -------------------------------------------------------------------------------------


def map_summary(m: JourneyMap) -> dict[str, Any]:
    """The counts ``info`` shows (and prints as JSON): the keys are part of the CLI contract."""
    counts = Counter(t.sentiment for t in m.touchpoints)
    return {
        "title": m.info.title,
        "language": m.info.language.value,
        "stages": len(m.stages),
        "personas": len(m.personas),
        "touchpoints": len(m.touchpoints),
        "connections": len(m.connections),
        "sentiment": {s.value: counts.get(s, 0) for s in Sentiment},
    }


def run_info(args: argparse.Namespace) -> int:
    """Print a map's title and counts, as text or as one JSON object."""
    m = storage.load_map(Path(args.file)).map
    summary = map_summary(m)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return EXIT_OK
    sentiment = summary["sentiment"]
    rows = [
        (tr("stages"), str(summary["stages"])),
        (tr("personas"), str(summary["personas"])),
        (tr("touchpoints"), str(summary["touchpoints"])),
        ("  " + tr("positive"), str(sentiment["positive"])),
        ("  " + tr("neutral"), str(sentiment["neutral"])),
        ("  " + tr("negative"), str(sentiment["negative"])),
        (tr("connections"), str(summary["connections"])),
    ]
    details = [
        (tr("client"), m.info.client),
        (tr("author"), m.info.author),
        (tr("version"), m.info.version_label),
    ]
    rows = [(tr("language"), summary["language"]), *((k, v) for k, v in details if v), *rows]
    width = max(len(label) for label, _ in rows)
    print(m.info.title)
    for label, value in rows:
        print(f"  {label.ljust(width)}  {value}")
    return EXIT_OK
