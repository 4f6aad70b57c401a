"""A spreadsheet given where a map is expected: say how to make a map from it.

A consultant with a workshop sheet tries ``cjdesigner export workshop.csv -o map.pdf`` or
``validate workshop.csv``. The map reader can only answer that the file is not a cjdesigner map
(a Windows-1250 CSV: "a map is UTF-8 text; this file is not"). The command line answers in the
consultant's terms instead: it is a spreadsheet, and ``cjdesigner import`` makes a map from it.
"""

from __future__ import annotations

from pathlib import Path

from cjdesigner.i18n import tr

SHEET_SUFFIXES = frozenset({".csv", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods"})
"""What spreadsheet programs save; ``cjdesigner import`` reads the first three and names the
program to re-save the others in."""

#: The commands that read a map from ``args.file`` (``import`` reads the sheet itself).
MAP_READING_COMMANDS = ("info", "analyze", "export")


def spreadsheet_message(file: str) -> str | None:
    """The message for ``file`` when it is an existing spreadsheet rather than a map, else None."""
    path = Path(file)
    if path.suffix.lower() not in SHEET_SUFFIXES or not path.is_file():
        return None
    import shlex  # only on this path: a command to copy, with a name that holds spaces

    return tr(
        "“{file}” is a spreadsheet, not a cjdesigner map; make a map from it with: "
        "cjdesigner import {command} -o {map}"
    ).format(file=file, command=shlex.quote(file), map=shlex.quote(path.with_suffix(".cjm").name))
