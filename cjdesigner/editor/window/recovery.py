"""On start: offer to restore the unsaved work that a crashed window left behind."""

from __future__ import annotations

import contextlib
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from cjdesigner.editor.window.autosave import (
    Recovered,
    find_leftovers,
    remove_recovered,
    unreadable_leftovers,
)

if TYPE_CHECKING:
    from cjdesigner.editor.window.main_window import MainWindow


def describe(item: Recovered) -> str:
    """'“Shop journey” (shop.cjm), last saved automatically at 14:02' for the prompt."""
    where = (
        item.source.name
        if item.source is not None
        else QCoreApplication.translate("recovery", "never saved")
    )
    text = _fill(QCoreApplication.translate("recovery", "“%1” (%2)"), item.map.info.title, where)
    if item.saved_at is not None:
        # the date and time as the user's language writes them (Preferences, else the system)
        when = QLocale().toString(item.saved_at.astimezone(), QLocale.FormatType.ShortFormat)
        text += ", " + _fill(QCoreApplication.translate("recovery", "last autosaved %1"), when)
    return text + "."


def _fill(template: str, *values: str) -> str:
    """``template`` with %1, %2… replaced in one pass (a title may itself hold "%2")."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], template)


def offer_recovery(window: MainWindow) -> bool:
    """Ask about each leftover recovery file; True when one was restored into ``window``."""
    directory = window.autosave.directory
    bad = unreadable_leftovers(directory)
    for path in bad:
        damaged = path.with_suffix(".damaged")
        with contextlib.suppress(OSError):
            path.replace(damaged)
        window.dialogs.warning(
            QCoreApplication.translate("recovery", "Recover unsaved work"),
            QCoreApplication.translate(
                "recovery", "A recovery file could not be read and was kept as %1."
            ).replace("%1", str(damaged)),
        )
    restored_here = False
    for item in find_leftovers(directory):
        answer = window.dialogs.ask_restore(describe(item))
        if answer == "later":
            continue
        if answer == "discard":
            remove_recovered(item)
            continue
        target = window if not restored_here else window.new_window()
        target.files.adopt_recovered(item.map, item.source, item.fingerprint)
        remove_recovered(item)
        restored_here = True
    return restored_here
