"""The translators' command: new strings in the code → a list to fill → compiled catalogues.

This is the final pass after the branches are merged: ``python -m cjdesigner.editor.i18n_update
--todo todo.json`` lists every new string, the translations are written into the JSON, and
``--apply todo.json`` puts them into the ``.ts`` files and compiles the ``.qm``. Run here on
copies of the catalogues, with one extra source file standing for a merged branch.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from cjdesigner.editor import i18n_update
from cjdesigner.i18n import UI_LANGUAGES, ts_path

NEW_CODE = """
from PySide6.QtCore import QObject


class MergedPanel(QObject):
    def texts(self, n: int) -> list[str]:
        return [self.tr("Brand new text"), self.tr("%n new card(s)", "", n)]
"""


@pytest.fixture
def catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "i18n"
    folder.mkdir()
    for language in UI_LANGUAGES:
        shutil.copy2(ts_path(language), folder / ts_path(language).name)
    extra = tmp_path / "merged_panel.py"
    extra.write_text(NEW_CODE, encoding="utf-8")
    sources = [*i18n_update.editor_sources(), extra]
    monkeypatch.setattr(i18n_update, "editor_sources", lambda: sources)
    monkeypatch.setattr(i18n_update, "ts_path", lambda lang: folder / f"cjdesigner_{lang}.ts")
    monkeypatch.setattr(i18n_update, "qm_path", lambda lang: folder / f"cjdesigner_{lang}.qm")
    return folder


def test_new_strings_are_listed_filled_and_compiled(
    catalogues: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    todo = tmp_path / "todo.json"
    assert i18n_update.main(["--todo", str(todo)]) == 1  # two messages to translate
    out = capsys.readouterr().out
    assert "cjdesigner_pl.ts: 2 to translate" in out
    entries = json.loads(todo.read_text(encoding="utf-8"))
    assert {(e["context"], e["source"], e["numerus"]) for e in entries} == {
        ("MergedPanel", "Brand new text", False),
        ("MergedPanel", "%n new card(s)", True),
    }
    for entry in entries:
        if entry["numerus"]:
            entry["pl"] = ["%n nowa karta", "%n nowe karty", "%n nowych kart"]
            entry["ro"] = ["%n card nou", "%n carduri noi", "%n de carduri noi"]
        else:
            entry["pl"], entry["ro"] = "Zupełnie nowy tekst", "Text complet nou"
    todo.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")

    assert i18n_update.main(["--apply", str(todo)]) == 0
    assert "complete" in capsys.readouterr().out
    translator = QTranslator()
    assert translator.load(str(catalogues / "cjdesigner_pl.qm"))
    assert translator.translate("MergedPanel", "Brand new text") == "Zupełnie nowy tekst"
    assert translator.translate("MergedPanel", "%n new card(s)", "", 3) == "%n nowe karty"
    english = QTranslator()
    assert english.load(str(catalogues / "cjdesigner_en.qm"))
    assert english.translate("MergedPanel", "%n new card(s)", "", 3) == "%n new cards"
    # the real catalogues were not touched
    assert "Brand new text" not in ts_path("pl").read_text(encoding="utf-8")


def test_a_half_filled_plural_is_not_applied(catalogues: Path, tmp_path: Path) -> None:
    todo = tmp_path / "todo.json"
    i18n_update.main(["--todo", str(todo)])
    entries = json.loads(todo.read_text(encoding="utf-8"))
    for entry in entries:
        if entry["numerus"]:
            entry["pl"] = ["%n nowa karta", "", ""]
    todo.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    assert i18n_update.main(["--apply", str(todo)]) == 1
    assert i18n_update.unfinished(catalogues / "cjdesigner_pl.ts")
