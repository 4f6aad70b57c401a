"""View menu options remembered between starts: whether the emotion curves show."""

from __future__ import annotations

from cjdesigner.editor.window.file_controller import settings

SHOW_CURVES_KEY = "view/show_curves"


def shown_curves() -> bool:
    """As the user last left it; shown by default."""
    return bool(settings().value(SHOW_CURVES_KEY, True, type=bool))


def remember_curves(show: bool) -> None:
    settings().setValue(SHOW_CURVES_KEY, show)
