"""A map's language change carries the template's words along (if wanted); prompts never print.

Changing the Language in Map Properties offers to translate what still holds a template's words
(stage names, descriptions and goals, the map title, "Persona 1", the default channel names),
leaves the consultant's own text alone, and is one undo step. The blank template's question
about its persona is a greyed placeholder in the editor, not a role that a PDF would print.
"""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window.inspector.language_change import language_change
from cjdesigner.model import Language, Persona
from cjdesigner.templates import (
    build_map,
    is_persona_prompt,
    persona_prompt,
    retranslations,
)
from cjdesigner.templates.catalog import PERSONA_PLACEHOLDERS


class Answer:
    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[tuple[int, str]] = []

    def ask_translate_template_words(self, count: int, language: str) -> bool:
        self.asked.append((count, language))
        return self.answer


def _words(doc: MapDocument) -> dict[str, Any]:
    m = doc.map
    return {
        "language": m.info.language,
        "title": m.info.title,
        "stages": [(s.name, s.description, s.goal) for s in m.stages],
        "personas": [p.name for p in m.personas],
        "channels": [c.name for c in m.channels],
    }


def test_only_unchanged_template_words_are_translated() -> None:
    m = build_map("blank-5a", "en")
    m.stages[1].name = "Our own stage"
    m.stages[2].description = "Written in the workshop."
    m.channels[0].name = "Shop website"
    changes = {(c.kind, c.item_id, c.field): c.new for c in retranslations(m, "en", "pl")}
    assert changes[("info", None, "title")] == "Mapa ścieżki klienta"
    assert changes[("stage", m.stages[0].id, "name")] == "Świadomość"
    assert ("stage", m.stages[1].id, "name") not in changes
    assert ("stage", m.stages[2].id, "description") not in changes
    assert ("stage", m.stages[2].id, "name") in changes
    assert ("channel", "website", "name") not in changes
    assert changes[("channel", "social", "name")] == "Media społecznościowe"
    assert retranslations(m, "en", "en") == []
    assert retranslations(m, "en", "xx") == []


def test_persona_placeholder_name_follows_when_it_differs() -> None:
    m = build_map("blank-5a", "pl")
    m.personas.append(Persona(name="Kasia Wójcik"))
    personas = [c for c in retranslations(m, "pl", "ro") if c.kind == "persona"]
    # "Persona 1" is the same word in the three languages: nothing to translate, nobody renamed
    assert personas == [] or all(c.old == PERSONA_PLACEHOLDERS["pl"].name for c in personas)


@pytest.mark.parametrize("answer", [True, False])
def test_language_change_is_one_undo_step(qtbot: QtBot, answer: bool) -> None:
    doc = MapDocument(build_map("lifecycle", "en"))
    doc.map.stages[0].name = "Discovery"  # the consultant's own word
    before = _words(doc)
    asked = Answer(answer)
    doc.push(language_change(doc, Language.RO, asked))
    after = _words(doc)
    assert asked.asked and asked.asked[0][1] == "Română"
    assert after["language"] == Language.RO
    assert after["stages"][0][0] == "Discovery"
    if answer:
        assert after["stages"][1][0] == "Evaluare"
        assert after["title"] == "Harta călătoriei clientului — ciclul de viață"
        assert "Rețele sociale" in after["channels"]
    else:
        assert after["stages"][1:] == before["stages"][1:]
        assert after["channels"] == before["channels"]
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert _words(doc) == before
    doc.undo_stack.redo()
    assert _words(doc) == after


def test_a_map_without_template_words_is_not_asked(qtbot: QtBot) -> None:
    m = build_map("blank-5a", "en")
    for stage in m.stages:
        stage.name, stage.description, stage.goal = "Own", "", ""
    m.info.title = "Acme onboarding"
    m.channels = m.channels[:0]
    m.personas[0].name = "Anna"
    doc = MapDocument(m)
    asked = Answer(True)
    doc.push(language_change(doc, Language.PL, asked))
    assert asked.asked == []
    assert doc.map.info.language == Language.PL


def test_the_map_form_offers_the_translation(qtbot: QtBot) -> None:
    from cjdesigner.editor.window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    asked = Answer(True)
    window.inspector.map_form.dialogs = asked  # type: ignore[assignment]
    window.files.new_blank("en")
    doc = window.doc
    assert doc is not None
    window.inspector.show_selection([], None, None)
    form = window.inspector.map_form
    form.language.activated.emit(form.language.findData(Language.PL))
    assert doc.map.info.language == Language.PL
    assert doc.map.stages[0].name == "Świadomość"
    assert form.language.currentData() == Language.PL
    palette = window.palette_panel.channels
    names = [palette.item(i).text() for i in range(palette.count())]
    assert "Media społecznościowe" in names and "Social media" not in names  # the palette too
    doc.undo_stack.undo()
    assert doc.map.info.language == Language.EN
    assert doc.map.stages[0].name == "Awareness"
    assert form.language.currentData() == Language.EN


def test_the_persona_prompt_is_a_placeholder_not_content(qtbot: QtBot) -> None:
    from cjdesigner.editor.window import MainWindow

    for language in ("en", "pl", "ro"):
        m = build_map("blank-5a", language)
        assert m.personas[0].role == ""
        assert is_persona_prompt(persona_prompt(language))
    assert not is_persona_prompt("")
    assert not is_persona_prompt("Studentka, 21 lat")

    window = MainWindow()
    qtbot.addWidget(window)
    window.files.new_blank("pl")
    doc = window.doc
    assert doc is not None
    # an older map that still holds the prompt as the role: shown greyed, the same as a new one
    doc.map.personas[0].role = persona_prompt("en")
    window.inspector.show_selection([], None, doc.map.personas[0].id)
    role = window.inspector.persona_form.role
    assert role.text() == ""
    assert role.placeholderText() == persona_prompt("pl")
    assert doc.undo_stack.count() == 0  # showing it changed nothing


def test_the_prompt_never_prints(tmp_path: Any) -> None:
    pypdf = pytest.importorskip("pypdf")
    from cjdesigner.export import export_pdf
    from cjdesigner.export.options import ExportOptions

    m = build_map("blank-5a", "en")
    m.personas[0].role = persona_prompt("en")  # as maps made before this change hold it
    out = tmp_path / "map.pdf"
    export_pdf(m, out, ExportOptions())
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(str(out)).pages)
    assert "Persona 1" in text
    assert "Who is this customer" not in text
