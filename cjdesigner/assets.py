"""Where the shipped icons and fonts are, in a source checkout and in an installed wheel.

A wheel carries them in ``cjdesigner/resources`` (copied by ``setup.py``); a checkout keeps
them in the top-level ``resources/`` folder. Nothing here imports Qt: the PDF export uses the
same files as the canvas.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """The folder that holds ``icons/`` and ``fonts/``."""
    for candidate in (_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"):
        if (candidate / "icons").is_dir():
            return candidate
    raise FileNotFoundError(
        "cjdesigner's resources (icons and fonts) are missing from the installation"
    )


FALLBACK_ICON = "generic"


@cache
def shipped_icon_keys() -> frozenset[str]:
    """The names of the icons we ship (``resources/icons/<name>.svg``), listed once."""
    return frozenset(p.stem for p in (resources_dir() / "icons").glob("*.svg") if p.is_file())


def icon_path(key: str) -> Path:
    """The SVG file of an icon key (a channel icon or a sentiment marker).

    ``key`` comes from map content, so it is never joined into a path as given: only the name
    of an icon we ship resolves to its file; anything else gives the generic icon. A map thus
    cannot make the PDF, the canvas or a PNG/SVG export read any other file.
    """
    if key not in shipped_icon_keys():
        key = FALLBACK_ICON
    return resources_dir() / "icons" / f"{key}.svg"


def font_path(file_name: str) -> Path:
    """A TrueType font shipped with the package (with its licence beside it)."""
    return resources_dir() / "fonts" / file_name


def samples_dir() -> Path:
    """The sample maps: ``resources/samples`` in a wheel or bundle, ``samples/`` in a checkout."""
    for candidate in (resources_dir() / "samples", _PACKAGE_DIR.parent / "samples"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("cjdesigner's sample maps are missing from the installation")


def translation_files() -> list[Path]:
    """The translation catalogues shipped in the package, wherever they sit: Qt ``.qm`` files
    (the editor) and gettext ``.mo`` files (:mod:`cjdesigner.i18n`)."""
    roots = {_PACKAGE_DIR, resources_dir()}
    found = {
        path.resolve() for root in roots for kind in ("*.qm", "*.mo") for path in root.rglob(kind)
    }
    return sorted(found)
