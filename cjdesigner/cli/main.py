"""Parse the command line, dispatch to a command module or the editor, turn errors into exit codes.

Commands live in the modules named by :data:`COMMAND_MODULES`; each has
``register(subparsers) -> None`` that adds its sub-parser and ``set_defaults(run=...)`` with a
callable ``run(args) -> int``. Another part of the program adds a command by appending its module
name to the tuple, nothing else. A module that names its commands in ``COMMANDS`` and takes
``register(subparsers, only=NAME)`` has only the command being run added (the document commands:
``validate`` and ``info`` then load no template data).

A command reports bad input it finds by raising :class:`~cjdesigner.cli.errors.CommandError`.
Exit codes: 0 success, 1 bad input (one clear message on stderr), 2 wrong usage. No traceback
ever reaches the user unless ``CJDESIGNER_DEBUG`` is set in the environment.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cjdesigner import __version__
from cjdesigner.cli import sheet_hint
from cjdesigner.cli.errors import CommandError
from cjdesigner.cli.screen import missing_screen, no_screen_message
from cjdesigner.cli.terminal import visible_output
from cjdesigner.crash import forget_map, handle_crash, last_map
from cjdesigner.i18n import UI_LANGUAGES, tr
from cjdesigner.startup_gc import paused_collection
from cjdesigner.storage import MapFileError

if TYPE_CHECKING:
    import argparse

#: Modules that add sub-commands (full dotted names), in the order ``--help`` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "cjdesigner.cli.documents",
    "cjdesigner.cli.analyze",
    "cjdesigner.cli.export",
    "cjdesigner.cli.import_sheet",
)

PROG = "cjdesigner"
EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2

#: The editor's entry point, imported only when it is needed: only that path imports Qt.
EDITOR_MODULE = "cjdesigner.editor.app"


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser with every command module's sub-parser registered."""
    return _build()[0]


def _build(wanted: str | None = None) -> tuple[argparse.ArgumentParser, list[str]]:
    """The parser and its command names; with ``wanted``, stop at the module that adds it.

    ``cjdesigner validate FILE`` then imports only the document commands, not the analysis,
    export or spreadsheet modules, and adds ``validate`` alone (a fast start for scripts);
    anything else builds them all.
    """
    from cjdesigner.cli.argument_parser import Parser  # argparse: not for the editor's start

    parser = Parser(
        prog=PROG,
        description=tr(
            "Design customer journey maps. Run 'cjdesigner' or 'cjdesigner FILE' to open the "
            "editor, or one of the commands below."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=tr(
            "check the installation (fonts, icons, templates, export) and exit; no screen needed"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=list(UI_LANGUAGES),
        help=tr(
            "the editor's language for this session: cjdesigner --lang pl [FILE] "
            "(default: Edit > Preferences, else the system's language)"
        ),
    )
    subparsers = parser.add_subparsers(
        title=tr("commands"), metavar="COMMAND", dest="command", parser_class=Parser
    )
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        if wanted is not None and wanted in getattr(module, "COMMANDS", ()):
            module.register(subparsers, only=wanted)  # that command alone
            break
        module.register(subparsers)
        if wanted is not None and wanted in subparsers.choices:
            break
    return parser, list(subparsers.choices)


def terminal_columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size`` finds it (``COLUMNS``, else the
    terminal of stdout, else 80), without importing shutil."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (default: ``sys.argv[1:]``) and return the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    _tolerate_narrow_encodings()
    forget_map()
    with visible_output():
        return _main(arguments)


def _main(arguments: list[str]) -> int:
    try:
        return _dispatch(arguments)
    except SystemExit as exit_:  # argparse: --help, --version, usage errors
        return _exit_code(exit_.code)
    except (CommandError, MapFileError) as err:
        _print_error(str(err))
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # `cjdesigner info … | head`: the reader left, nothing to say
        _silence_stdout()
        return EXIT_BAD_INPUT
    except OSError as err:
        _print_error(describe_os_error(err))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        _print_error(tr("interrupted"))
        return 130
    except Exception as err:
        if os.environ.get("CJDESIGNER_DEBUG"):
            raise
        command = arguments[0] if arguments and not arguments[0].startswith("-") else PROG
        crash = handle_crash(err, map_path=last_map(), command=command)
        _print_error(crash.message + " " + tr("Set CJDESIGNER_DEBUG=1 to see the details."))
        return EXIT_BAD_INPUT


def _dispatch(arguments: list[str]) -> int:
    if arguments[:1] == ["--lang"] or (arguments and arguments[0].startswith("--lang=")):
        return _editor_in_language(arguments)
    if not arguments:  # the editor: no parser to build (it imports every command's module)
        return run_editor(None)
    first = arguments[0]
    if arguments == ["--version"]:  # what argparse prints, without importing every command
        print(f"{PROG} {__version__}")
        return EXIT_OK
    if len(arguments) == 1 and _is_map_file(first):  # a double-clicked map: no parser to build
        return run_editor(first)
    with paused_collection():  # the command's module and the parser
        parser, commands = _build(None if first.startswith("-") else first)
    if first == "--" and len(arguments) == 2:
        return _open_in_editor(parser, commands, arguments[1])
    if first.startswith("-") or first in commands:
        args, unknown = parser.parse_known_args(arguments)
        if unknown:
            _refuse_unknown(parser, args.command, unknown)
        if args.self_test:
            if args.command is not None:
                parser.error(tr("--self-test runs alone, without a command"))
            from cjdesigner.cli.self_test import run_self_test

            return run_self_test()
        run: Callable[[argparse.Namespace], int] | None = getattr(args, "run", None)
        if args.command in sheet_hint.MAP_READING_COMMANDS:
            sheet = sheet_hint.spreadsheet_message(args.file)
            if sheet is not None:
                _print_error(sheet)
                return EXIT_BAD_INPUT
        return run_editor(None) if run is None else run(args)
    if len(arguments) > 1:
        parser.error(
            tr("{first!r} is not a command; to open a map give only its file name").format(
                first=first
            )
        )
    return _open_in_editor(parser, commands, first)


def _editor_in_language(arguments: list[str]) -> int:
    """``cjdesigner --lang pl [FILE]``: the editor in that language for this session (the
    Preferences choice is kept). A consultant looking for Polish tried ``--lang pl`` and got
    "invalid choice: 'pl'" (QA s4 F4). Commands have their own ``--lang`` (the map's)."""
    first, rest = arguments[0], arguments[1:]
    if first == "--lang":
        language, rest = (rest[0], rest[1:]) if rest else ("", rest)
    else:
        language = first.partition("=")[2]
    parser, commands = _build()
    if language not in UI_LANGUAGES:
        parser.error(
            tr("--lang: the editor speaks {codes}, not {language!r}").format(
                codes=", ".join(UI_LANGUAGES), language=language
            )
        )
    if len(rest) > 1 or (rest and (rest[0].startswith("-") or rest[0] in commands)):
        parser.error(
            tr(
                "--lang before a command or option sets the editor's language only; give a "
                "command its own --lang after its name (cjdesigner new --lang pl -o map.cjm)"
            )
        )
    if rest and not _is_map_file(rest[0]) and not Path(rest[0]).exists():
        raise CommandError(tr("“{file}”: the file does not exist.").format(file=rest[0]))
    return run_editor(rest[0] if rest else None, language)


def _refuse_unknown(
    parser: argparse.ArgumentParser, command: str | None, unknown: list[str]
) -> None:
    """Usage error for arguments no option takes, from the command's own parser.

    argparse reports them from the top-level parser: ``cjdesigner export … --tiles`` printed
    ``usage: cjdesigner [-h] [--version] [--self-test] COMMAND ...``, which shows none of
    export's options. The command's usage and the nearest option name are what helps.
    """
    import argparse  # loaded with the parser already
    import difflib  # only for a slip

    target = parser
    for action in parser._actions:  # the sub-parsers action holds each command's parser
        if isinstance(action, argparse._SubParsersAction) and command in action.choices:
            target = action.choices[command]
    message = tr("unrecognized arguments: {arguments}").format(arguments=" ".join(unknown))
    options = [name for action in target._actions for name in action.option_strings]
    close = difflib.get_close_matches(unknown[0].split("=")[0], options, n=1)
    if unknown[0].startswith("-") and close:
        message += tr("; did you mean {option}?").format(option=close[0])
    target.error(message)


def _is_map_file(argument: str) -> bool:
    """An existing file named with a dot or a slash, which no command's name has."""
    if argument.startswith("-") or not any(mark in argument for mark in (".", "/", os.sep)):
        return False
    return Path(argument).is_file()


def _open_in_editor(parser: argparse.ArgumentParser, commands: list[str], file: str) -> int:
    path = Path(file)
    if not path.exists():
        import difflib  # only for a slip: not loaded by every command

        close = difflib.get_close_matches(file, commands, n=1)
        if close:
            parser.error(
                tr("{file!r} is neither a file nor a command; did you mean {command!r}?").format(
                    file=file, command=close[0]
                )
            )
    elif path.is_dir():
        _print_error(tr("“{file}”: this is a folder, not a map file.").format(file=file))
        return EXIT_BAD_INPUT
    return run_editor(file)


def run_editor(path: str | None, language: str | None = None) -> int:
    """Start the editor on ``path`` (None: a new map), in ``language`` (None: the Preferences
    choice); imports Qt only now."""
    missing = missing_screen(os.environ, sys.platform)
    if missing is not None and path is not None and not Path(path).exists():
        # no editor to create it in: an export hint for a file that is not there misleads
        _print_error(tr("“{file}”: the file does not exist.").format(file=path))
        return EXIT_BAD_INPUT
    if missing is not None:
        _print_error(no_screen_message(missing, path))
        return EXIT_BAD_INPUT
    try:
        with paused_collection():  # Qt
            app = importlib.import_module(EDITOR_MODULE)
    except ImportError as err:
        _print_error(tr("the editor cannot start: {reason}").format(reason=err))
        return EXIT_BAD_INPUT
    result = app.run(path, language) if language else app.run(path)
    return int(result or 0)


def describe_os_error(err: OSError) -> str:
    """``file: reason`` for an operating-system error, without Python's ``[Errno n]`` noise."""
    reason = err.strerror or str(err)
    if err.filename is not None:
        return f"“{os.fsdecode(err.filename)}”: {reason}."
    return f"{reason}."


def _exit_code(code: object) -> int:
    if code is None:
        return EXIT_OK
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return EXIT_BAD_INPUT


def _print_error(message: str) -> None:
    print(f"{PROG}: {message}", file=sys.stderr)


def _silence_stdout() -> None:
    """Point stdout at the null device so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # not a real file (tests capture it)
        pass


def _tolerate_narrow_encodings() -> None:
    """Print ą/ș on a console that cannot encode them as escapes instead of crashing."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and encoding not in ("utf8", "utf16", "utf32"):
            reconfigure(errors="backslashreplace")
