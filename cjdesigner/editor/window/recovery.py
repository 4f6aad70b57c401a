"""On start: offer to restore the unsaved work that a crashed window left behind."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale

from cjdesigner.editor.window.autosave import (
    Recovered,
    find_leftovers,
    remove_recovered,
    unreadable_leftovers,
)
from cjdesigner.model import JourneyMap
from cjdesigner.storage import FileFingerprint

Adopt = Callable[[JourneyMap, Path | None, FileFingerprint | None], object]
"""Show recovered work in a window: the map, the file it came from, what that file was then
(``FileController.adopt_recovered``)."""


class RecoveryQuestions(Protocol):
    """What the prompt asks and tells (``Dialogs`` has them)."""

    def warning(self, title: str, message: str) -> None: ...

    def ask_restore(self, description: str) -> str: ...


WHEN_FORMAT = "d MMM yyyy, HH:mm"
"""When a recovery file was written, unambiguous in every language."""


def describe(item: Recovered) -> str:
    """'“Shop journey” (shop.cjm), last autosaved 6 Dec 2026, 14:02.' for the prompt."""
    where = (
        item.source.name
        if item.source is not None
        else QCoreApplication.translate("recovery", "never saved")
    )
    text = _fill(QCoreApplication.translate("recovery", "“%1” (%2)"), item.map.info.title, where)
    if item.saved_at is not None:
        # the day and the month's name, in the user's language (Preferences, else the system),
        # and a 24-hour time: "6 Dec 2026, 15:16"; English's short form "12/6/26 3:16 PM" is
        # read as 12 June by a European consultant who keeps the English UI (QA s5 G8)
        when = QLocale().toString(item.saved_at.astimezone(), WHEN_FORMAT)
        text += ", " + _fill(QCoreApplication.translate("recovery", "last autosaved %1"), when)
    return text + "."


def _fill(template: str, *values: str) -> str:
    """``template`` with %1, %2… replaced in one pass (a title may itself hold "%2")."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], template)


def offer_recovery(
    directory: Path,
    dialogs: RecoveryQuestions,
    restore_here: Adopt,
    restore_in_new_window: Adopt,
) -> bool:
    """Ask about each leftover recovery file in ``directory``; True when one was restored here.

    The first work restored goes into this window (``restore_here``), any more each into a
    window of its own.
    """
    bad = unreadable_leftovers(directory)
    for path in bad:
        damaged = path.with_suffix(".damaged")
        with contextlib.suppress(OSError):
            path.replace(damaged)
        dialogs.warning(
            QCoreApplication.translate("recovery", "Recover unsaved work"),
            QCoreApplication.translate(
                "recovery", "A recovery file could not be read and was kept as %1."
            ).replace("%1", str(damaged)),
        )
    restored_here = False
    for item in find_leftovers(directory):
        answer = dialogs.ask_restore(describe(item))
        if answer == "later":
            continue
        if answer == "discard":
            remove_recovered(item)
            continue
        restore = restore_in_new_window if restored_here else restore_here
        restore(item.map, item.source, item.fingerprint)
        remove_recovered(item)
        restored_here = True
    return restored_here
