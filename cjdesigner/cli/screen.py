"""Whether there is a screen for the editor's window, and what to say when there is none.

Its own module so both the start (:mod:`cjdesigner.cli.main`) and ``--self-test`` ask the same
question without importing each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from cjdesigner.cli.sheet_hint import SHEET_SUFFIXES
from cjdesigner.i18n import tr


def missing_screen(environ: Mapping[str, str], platform: str) -> str | None:
    """What says there is no screen for a window (``"DISPLAY is not set"``), or None.

    On Linux, Qt without a display server aborts the process inside its platform plugin
    (exit 134 and a page of plugin messages), which is all a consultant on a server or in CI
    would see. Neither X11's ``DISPLAY`` nor ``WAYLAND_DISPLAY`` set means no screen; a chosen
    ``QT_QPA_PLATFORM`` (``offscreen`` in tests, ``vnc``, …) is trusted as it is.
    """
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return tr("DISPLAY is not set")


def no_screen_message(reason: str, path: str | None) -> str:
    """One line: why the editor cannot open, and the command that does without it: a PDF of a
    map, or a map made of a spreadsheet (which `export` would refuse)."""
    import shlex  # only for this message: not loaded by every command

    if path is None:
        command = "cjdesigner export FILE -o OUT.pdf"
    elif Path(path).suffix.lower() in SHEET_SUFFIXES:  # a sheet is made into a map first
        cjm = Path(path).with_suffix(".cjm")
        return tr(
            "no screen to open the editor on ({reason}); to make a map from the sheet use "
            "`{command}`"
        ).format(
            reason=reason,
            command=f"cjdesigner import {shlex.quote(path)} -o {shlex.quote(str(cjm))}",
        )
    else:
        pdf = Path(path).with_suffix(".pdf") if Path(path).suffix else Path(f"{path}.pdf")
        command = f"cjdesigner export {shlex.quote(path)} -o {shlex.quote(str(pdf))}"
    return tr("no screen to open the editor on ({reason}); to make a PDF use `{command}`").format(
        reason=reason, command=command
    )
