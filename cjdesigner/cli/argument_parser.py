"""The command line's argparse classes, loaded when a command line is parsed.

``cjdesigner`` alone (the editor) and a map given alone never build a parser
(:func:`cjdesigner.cli.main._dispatch`), so they load neither argparse nor the gettext it
imports (~1.5 ms of the editor's start, ``benchmarks/bench_startup.py``).
"""

from __future__ import annotations

import argparse
from typing import Any

from cjdesigner.cli.main import terminal_columns


class Formatter(argparse.HelpFormatter):
    """argparse's help layout, its width found by :func:`terminal_columns`: argparse imports
    shutil for that alone, and shutil bz2 and lzma (a few ms of every command)."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        width = terminal_columns() - 2 if width is None else width  # as argparse does
        super().__init__(prog, indent_increment, max_help_position, width)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose help, and its sub-parsers' help, uses :class:`Formatter`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)
