"""Translations: the editor's Qt catalogues (this folder) and ``tr`` for code without Qt.

The editor's catalogues are Qt Linguist files kept here: ``cjdesigner_pl.ts`` and
``cjdesigner_ro.ts`` (the translations), ``cjdesigner_en.ts`` (English plural forms only) and the
``.qm`` files compiled from them, which ship in the package. ``python -m
cjdesigner.editor.i18n_update`` refreshes the ``.ts`` from the sources and compiles them (see the
README); ``cjdesigner.editor.translations`` loads them. Plain Python, no Qt, so the paths and the
list of languages are shared with the CLI and the tests.

Code without Qt calls :func:`tr`: in the editor its messages come from the Qt catalogues too
(:func:`set_translator`, context ``core``), elsewhere from gettext ``.mo`` files under
``locale/<lang>/LC_MESSAGES`` if any exist. Words printed in a map (PDF, canvas, analysis)
follow the map's language through :mod:`cjdesigner.map_language` instead.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from pathlib import Path

CATALOGUE_DIR = Path(__file__).resolve().parent
"""Where the ``.ts`` sources and the compiled ``.qm`` catalogues live (inside the package)."""
CATALOGUE_NAME = "cjdesigner"
UI_LANGUAGES: dict[str, str] = {"en": "English", "pl": "Polski", "ro": "Română"}
"""The languages the editor speaks, each named in itself (as a language menu shows them)."""
TRANSLATED = ("pl", "ro")
"""The languages with a full translation (English has a plural-forms-only catalogue)."""

_LOCALE_DIR = CATALOGUE_DIR / "locale"


def ts_path(language: str) -> Path:
    """The Qt Linguist source of ``language``'s catalogue."""
    return CATALOGUE_DIR / f"{CATALOGUE_NAME}_{language}.ts"


def qm_path(language: str) -> Path:
    """The compiled catalogue of ``language`` (what the editor loads)."""
    return CATALOGUE_DIR / f"{CATALOGUE_NAME}_{language}.qm"


def ui_language_of(locale_name: str) -> str:
    """The editor language for a locale name such as ``pl_PL``, ``ro-RO`` or ``C`` (else en)."""
    code = locale_name.replace("-", "_").split("_")[0].lower()
    return code if code in UI_LANGUAGES else "en"


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


_translator: Callable[[str], str] | None = None
_plural_translator: Callable[[str, int], str] | None = None


def set_translator(
    translate: Callable[[str], str] | None,
    translate_plural: Callable[[str, int], str] | None = None,
) -> None:
    """Let the editor translate these messages with its own catalogues (None: stop).

    The editor passes Qt's ``translate("core", …)``: the messages of the model, storage,
    export and templates that it shows (a file that cannot be opened, a value out of range)
    are gathered into its catalogues by ``python -m cjdesigner.editor.i18n_update``. The
    command line keeps English. ``translate_plural`` does the same for :func:`ntr` (Qt's
    ``translate("core", message, "", n)``, which picks the language's plural form).
    """
    global _translator, _plural_translator
    _translator = translate
    _plural_translator = translate_plural


def tr(message: str) -> str:
    """Translate a user-visible message (identity unless the editor or a catalogue does)."""
    if _translator is not None:
        translated = _translator(message)
        if translated and translated != message:
            return translated
    return _translation.gettext(message)


def ntr(message: str, n: int) -> str:
    """A message that counts ``n`` things, in the plural form ``n`` takes; ``%n`` is ``n``.

    Written the way the Qt catalogues write counts, ``ntr("%n touchpoint row(s)", n)``: in
    English "1 touchpoint row", "2 touchpoint rows"; the editor's catalogues hold a form per
    plural of the language (Polish and Romanian have three: 1 / 2–4, 22–24… / 5–21, 25…
    in Polish; 1 / 0, 2–19, 101–119… / 20 and more in Romanian), gathered from these calls by
    ``python -m cjdesigner.editor.i18n_update``. A gettext catalogue keys the message by its
    singular (``"%n touchpoint row"``, plural ``"%n touchpoint rows"``) and picks the form by
    its own ``Plural-Forms``. Other placeholders stay for ``str.format``.
    """
    number = str(n)
    if _plural_translator is not None:
        translated = _plural_translator(message, n)
        if translated and translated != message.replace("%n", number):  # Qt: untranslated
            return translated
    singular = message.replace("(s)", "")
    plural = message.replace("(s)", "s")
    return _translation.ngettext(singular, plural, n).replace("%n", number)
