"""Refresh the editor's translation catalogues: ``python -m cjdesigner.editor.i18n_update``.

Runs Qt's ``lupdate`` over every Python file of the editor (new strings are added as unfinished,
strings no longer in the code are dropped: ``-no-obsolete``), then ``lrelease`` to compile the
``.qm`` files the editor loads. A translator then opens ``cjdesigner/i18n/cjdesigner_pl.ts`` or
``cjdesigner_ro.ts`` in Qt Linguist (``pyside6-linguist``), translates what is unfinished, saves
and runs this command again. ``--check`` only reports (exit 1) unfinished or missing translations,
as the tests do. English has a catalogue of plural forms only (``-pluralonly``).

A developer tool: it needs ``pyside6-lupdate``/``pyside6-lrelease`` (they come with PySide6).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from cjdesigner.i18n import CATALOGUE_DIR, TRANSLATED, UI_LANGUAGES, qm_path, ts_path

EDITOR_DIR = Path(__file__).resolve().parent


def editor_sources() -> list[Path]:
    """Every Python file whose strings the editor shows (sorted: a stable catalogue)."""
    return sorted(p for p in EDITOR_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def tool(name: str) -> str:
    """The path of a PySide6 tool (next to this Python first, then on PATH)."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships {name})")
    return found


def lupdate(ts: Path, language: str, *, quiet: bool = True) -> None:
    """Bring ``ts`` up to date with the editor's sources (created if missing)."""
    args = [
        tool("pyside6-lupdate"),
        *map(str, editor_sources()),
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en",
        "-target-language",
        language,
        "-ts",
        str(ts),
    ]
    if language == "en":
        args.insert(-2, "-pluralonly")
    subprocess.run(args, check=True, capture_output=quiet)


def lrelease(ts: Path, qm: Path, *, quiet: bool = True) -> None:
    """Compile ``ts`` into ``qm``."""
    args = [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)]
    subprocess.run(args, check=True, capture_output=quiet)


def unfinished(ts: Path) -> list[str]:
    """Source texts of ``ts`` still without a finished translation (or marked obsolete)."""
    import xml.etree.ElementTree as ET

    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "obsolete", "vanished", "missing"):
                problems.append(f"{name}: {message.findtext('source', '')!r} ({kind})")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m cjdesigner.editor.i18n_update",
        description="Update the .ts catalogues from the editor's sources and compile the .qm.",
    )
    parser.add_argument(
        "--check", action="store_true", help="only list unfinished translations (exit 1 if any)"
    )
    args = parser.parse_args(argv)
    if not args.check:
        for language in UI_LANGUAGES:
            lupdate(ts_path(language), language)
            lrelease(ts_path(language), qm_path(language))
    problems = {lang: unfinished(ts_path(lang)) for lang in (*TRANSLATED, "en")}
    for language, items in problems.items():
        print(f"{ts_path(language).relative_to(CATALOGUE_DIR.parent.parent)}: ", end="")
        print(f"{len(items)} to translate" if items else "complete")
        for item in items:
            print(f"  {item}")
    return 1 if any(problems.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
