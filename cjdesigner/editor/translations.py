"""Which language the editor speaks, and loading its Qt catalogues.

The language is the user's choice in Preferences (``ui/language``: ``system``, ``en``, ``pl`` or
``ro``); ``system`` follows the system locale, which Qt reads on Linux from ``LC_ALL``,
``LC_MESSAGES`` and ``LANG``. The chosen language decides three things at start-up: our own
catalogue (``cjdesigner/i18n/cjdesigner_<lang>.qm``; English has one too, for its plural forms),
Qt's catalogue for its standard buttons and dialogs (``qtbase_<lang>.qm`` from PySide6's
translations folder, when Qt ships one), and the default ``QLocale``, so numbers and dates in the
editor are written the way the user reads them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from cjdesigner.i18n import (
    CATALOGUE_DIR,
    CATALOGUE_NAME,
    UI_LANGUAGES,
    set_translator,
    ui_language_of,
)

LANGUAGE_KEY = "ui/language"
SYSTEM = "system"

_installed: list[QTranslator] = []
_current: str | None = None


CORE_CONTEXT = "core"
"""The catalogue context of the messages of model, storage, export and templates."""


def _core_message(message: str) -> str:
    return QCoreApplication.translate(CORE_CONTEXT, message)


def _core_plural(message: str, n: int) -> str:
    return QCoreApplication.translate(CORE_CONTEXT, message, "", n)


def _settings() -> QSettings:
    return QSettings("cjdesigner", "cjdesigner")


def preferred_language() -> str:
    """The choice stored in Preferences: ``system`` (the default) or a language code."""
    value = _settings().value(LANGUAGE_KEY, SYSTEM)
    return value if isinstance(value, str) and value in (SYSTEM, *UI_LANGUAGES) else SYSTEM


def set_preferred_language(choice: str) -> None:
    """Store the Preferences choice (``system`` or a language code); used from the next start."""
    if choice not in (SYSTEM, *UI_LANGUAGES):
        raise ValueError(f"unknown language {choice!r}")
    _settings().setValue(LANGUAGE_KEY, choice)


def system_language() -> str:
    """The editor language the system locale asks for (English unless Polish or Romanian)."""
    for name in QLocale.system().uiLanguages():
        return ui_language_of(name)
    return ui_language_of(QLocale.system().name())


def resolve(choice: str) -> str:
    """The language code a Preferences choice means now."""
    return system_language() if choice == SYSTEM else choice


def current_language() -> str | None:
    """The language whose catalogues are installed (None before :func:`install`)."""
    return _current


def install(language: str | None = None) -> str:
    """Install the catalogues of ``language`` (default: the Preferences choice); returns it.

    Replaces catalogues installed before, so it can be called again (tests switch languages).
    Widgets made afterwards speak the new language; existing ones keep their texts.
    """
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing translations")
    code = language if language in UI_LANGUAGES else resolve(preferred_language())
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Installed last is searched first: ours wins where both translate a text.
    for name, folder in (("qtbase", qt_folder), (CATALOGUE_NAME, str(CATALOGUE_DIR))):
        translator = QTranslator(app)
        if translator.load(f"{name}_{code}", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    # Messages of the code without Qt (a file that cannot be opened…) from our catalogue too.
    if code == "en":
        set_translator(None)
    else:
        set_translator(_core_message, _core_plural)
    system = QLocale.system()
    same = ui_language_of(system.name()) == code and system.name() not in ("C", "POSIX")
    QLocale.setDefault(system if same else QLocale(code))
    _current = code
    return code
