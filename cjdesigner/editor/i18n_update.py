"""Refresh the editor's translation catalogues: ``python -m cjdesigner.editor.i18n_update``.

Runs Qt's ``lupdate`` over every Python file of the editor (new strings are added as unfinished,
strings no longer in the code are dropped: ``-no-obsolete``), then ``lrelease`` to compile the
``.qm`` files the editor loads. A translator then opens ``cjdesigner/i18n/cjdesigner_pl.ts`` or
``cjdesigner_ro.ts`` in Qt Linguist (``pyside6-linguist``), translates what is unfinished, saves
and runs this command again. ``--check`` only reports (exit 1) unfinished or missing translations,
as the tests do. English has a catalogue of plural forms only (``-pluralonly``; its forms are
derived from the source: "%n stage(s)" → "%n stage" / "%n stages").

Without Linguist: ``--todo todo.json`` writes what is unfinished as a JSON list (context, source,
plural or not, an empty "pl" and "ro" to fill: a string, or three forms for a plural), and
``--apply todo.json`` puts the filled-in translations into the ``.ts`` files and compiles them.

A developer tool: it needs ``pyside6-lupdate``/``pyside6-lrelease`` (they come with PySide6).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from cjdesigner.i18n import TRANSLATED, UI_LANGUAGES, qm_path, ts_path

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
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "obsolete", "vanished", "missing"):
                problems.append(f"{name}: {message.findtext('source', '')!r} ({kind})")
    return problems


Key = tuple[str, str, str]
"""(context, source, disambiguation) of a message."""


def _messages(ts: Path) -> Iterator[tuple[Key, ET.Element]]:
    return _messages_of(ET.parse(ts))


def write_todo(path: Path) -> int:
    """The unfinished messages of the translated languages as JSON to fill in; how many."""
    todo: dict[Key, dict[str, Any]] = {}
    for language in TRANSLATED:
        for key, message in _messages(ts_path(language)):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                continue
            numerus = message.get("numerus") == "yes"
            entry = todo.setdefault(
                key,
                {
                    "context": key[0],
                    "source": key[1],
                    "comment": key[2],
                    "numerus": numerus,
                    **{lang: ["", "", ""] if numerus else "" for lang in TRANSLATED},
                },
            )
            entry[language] = ["", "", ""] if numerus else ""
    entries = list(todo.values())
    path.write_text(json.dumps(entries, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return len(entries)


def apply_todo(path: Path) -> int:
    """Put the translations filled into ``path`` (see :func:`write_todo`) into the ``.ts``."""
    entries = json.loads(path.read_text(encoding="utf-8"))
    filled = 0
    for language in TRANSLATED:
        given = {
            (e["context"], e["source"], e.get("comment", "")): e.get(language) for e in entries
        }
        tree = ET.parse(ts_path(language))
        for context in tree.getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                key = (name, message.findtext("source", ""), message.findtext("comment", ""))
                value = given.get(key)
                if not value or (isinstance(value, list) and not all(value)):
                    continue
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                for form in list(translation):
                    translation.remove(form)
                if message.get("numerus") == "yes":
                    forms = value if isinstance(value, list) else [value]
                    translation.text = None
                    for text in forms:
                        ET.SubElement(translation, "numerusform").text = text
                else:
                    translation.text = value if isinstance(value, str) else value[0]
                translation.attrib.pop("type", None)
                filled += 1
        ET.indent(tree, "    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts_path(language).write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )
    return filled


def english_plurals() -> None:
    """Give the English plural-only catalogue its forms from the sources ("(s)")."""
    tree = ET.parse(ts_path("en"))
    for _key, message in _messages_of(tree):
        translation = message.find("translation")
        if translation is None:
            continue
        source = message.findtext("source", "")
        for form in list(translation):
            translation.remove(form)
        translation.text = None
        for text in (source.replace("(s)", ""), source.replace("(s)", "s")):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
    ET.indent(tree, "    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path("en").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
        encoding="utf-8",
    )


def _messages_of(tree: ET.ElementTree) -> Iterator[tuple[Key, ET.Element]]:
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield (name, message.findtext("source", ""), message.findtext("comment", "")), message


def refresh() -> None:
    """lupdate every catalogue, fill the English plural forms, lrelease every catalogue."""
    for language in UI_LANGUAGES:
        lupdate(ts_path(language), language)
    english_plurals()
    for language in UI_LANGUAGES:
        lupdate(ts_path(language), language)  # back into lupdate's own layout
        lrelease(ts_path(language), qm_path(language))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m cjdesigner.editor.i18n_update",
        description="Update the .ts catalogues from the editor's sources and compile the .qm.",
    )
    parser.add_argument(
        "--check", action="store_true", help="only list unfinished translations (exit 1 if any)"
    )
    parser.add_argument(
        "--todo", type=Path, metavar="FILE.json", help="also write the unfinished ones to fill in"
    )
    parser.add_argument(
        "--apply",
        type=Path,
        metavar="FILE.json",
        help="first put the translations filled into FILE.json (from --todo) into the .ts",
    )
    args = parser.parse_args(argv)
    if args.apply is not None:
        print(f"{apply_todo(args.apply)} translations applied from {args.apply}")
    if not args.check:
        refresh()
    if args.todo is not None:
        print(f"{write_todo(args.todo)} messages to translate written to {args.todo}")
    problems = {lang: unfinished(ts_path(lang)) for lang in (*TRANSLATED, "en")}
    for language, items in problems.items():
        print(f"{ts_path(language).name}: ", end="")
        print(f"{len(items)} to translate" if items else "complete")
        for item in items:
            print(f"  {item}")
    return 1 if any(problems.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
