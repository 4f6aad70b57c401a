"""The one translation function for code without Qt (model messages, CLI, PDF labels).

Qt code uses ``QObject.tr()``/``QCoreApplication.translate()``; everything else calls
:func:`tr`, so that Polish and Romanian catalogues can be added later without touching logic.
Catalogues are gettext ``.mo`` files under ``cjdesigner/locale/<lang>/LC_MESSAGES``.
"""

from __future__ import annotations

import gettext
from pathlib import Path

_LOCALE_DIR = Path(__file__).resolve().parent / "locale"
_translation: gettext.NullTranslations = gettext.NullTranslations()


def set_language(language: str | None) -> None:
    """Switch the user-interface language of non-Qt messages (``None``: English)."""
    global _translation
    if not language or language == "en":
        _translation = gettext.NullTranslations()
        return
    _translation = gettext.translation(
        "cjdesigner", localedir=_LOCALE_DIR, languages=[language], fallback=True
    )


def tr(message: str) -> str:
    """Translate a user-visible message (identity until a catalogue exists)."""
    return _translation.gettext(message)
