"""The editor's Qt catalogues are complete, up to date with the code, compiled, and well formed.

These are the CI gates of the translations: a string added to the editor without a Polish and
Romanian translation, a ``.ts`` not refreshed after a change, or a ``.qm`` not compiled after a
translation fails here. The fix is always ``python -m cjdesigner.editor.i18n_update`` (and
translating what it lists); see the README.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cjdesigner.editor import i18n_update
from cjdesigner.i18n import TRANSLATED, UI_LANGUAGES, qm_path, ts_path

PLACEHOLDER = re.compile(r"%(?:n|\d)|\{\{|\}\}|\{[^{}]*\}")
"""Qt's %1 and %n, and the {fields} of the core messages (``str.format``)."""

Message = tuple[str, str, str, bool]
"""(context, source, disambiguation, numerus)"""


def messages(ts: Path) -> dict[Message, list[str]]:
    """Every message of a ``.ts`` file with its translation (the forms of a plural)."""
    out: dict[Message, list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (
                name,
                message.findtext("source", ""),
                message.findtext("comment", ""),
                message.get("numerus") == "yes",
            )
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            out[key] = forms or [translation.text or ""]
    return out


@pytest.mark.parametrize("language", list(UI_LANGUAGES))
def test_no_unfinished_or_obsolete_entries(language: str) -> None:
    problems = i18n_update.unfinished(ts_path(language))
    assert not problems, (
        f"{ts_path(language).name}: translate these (python -m cjdesigner.editor.i18n_update "
        f"lists them):\n" + "\n".join(problems)
    )


@pytest.mark.parametrize("language", list(UI_LANGUAGES))
def test_catalogue_is_up_to_date_with_the_sources(language: str, tmp_path: Path) -> None:
    """lupdate over today's sources neither adds nor drops a message."""
    assert i18n_update.CORE_STRINGS.read_text(encoding="utf-8") == (
        i18n_update.core_strings_source()
    ), "core_strings.py is stale: run python -m cjdesigner.editor.i18n_update"
    copy = tmp_path / ts_path(language).name
    shutil.copy2(ts_path(language), copy)
    i18n_update.lupdate(copy, language)
    fresh, committed = set(messages(copy)), set(messages(ts_path(language)))
    added = sorted(fresh - committed)
    dropped = sorted(committed - fresh)
    assert not added and not dropped, (
        "run python -m cjdesigner.editor.i18n_update; new in the code: "
        f"{added}; gone from the code: {dropped}"
    )


@pytest.mark.parametrize("language", list(UI_LANGUAGES))
def test_compiled_catalogue_matches_its_source(language: str, tmp_path: Path) -> None:
    compiled = tmp_path / "fresh.qm"
    i18n_update.lrelease(ts_path(language), compiled)
    assert compiled.read_bytes() == qm_path(language).read_bytes(), (
        f"{qm_path(language).name} is stale: run python -m cjdesigner.editor.i18n_update"
    )


def _accelerators(text: str) -> int:
    """How many ``&`` mark a key: not ``&&`` (a literal &) nor an HTML entity (``&gt;``)."""
    return re.sub(r"&&|&[a-z]+;", "", text).count("&")


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_placeholders_accelerators_and_letters(language: str) -> None:
    """%1/%n survive, one & at most, „…” quotes, and Romanian ș ț with the comma below."""
    problems = []
    for (context, source, _comment, numerus), forms in messages(ts_path(language)).items():
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        if numerus:
            assert len(forms) == 3, (context, source, forms)
        for text in forms:
            where = f"{context}: {source!r} → {text!r}"
            if sorted(set(PLACEHOLDER.findall(text))) != wanted:
                problems.append(f"placeholders differ: {where}")
            if _accelerators(text) > 1:
                problems.append(f"more than one accelerator: {where}")
            if _accelerators(source) and not _accelerators(text):
                problems.append(f"accelerator lost: {where}")
            if "“" in text and "“" not in source.replace("“", ""):
                problems.append(f"English opening quote (use „): {where}")
            if language == "ro" and re.search("[şţŞŢ]", text) and not re.search("[şţ]", source):
                problems.append(f"cedilla instead of comma below: {where}")
    assert not problems, "\n".join(problems)


def test_romanian_and_polish_translate_the_same_messages() -> None:
    assert set(messages(ts_path("pl"))) == set(messages(ts_path("ro")))
