"""The quick look before the field-by-field walk in ``storage.cedilla_warnings``."""

from __future__ import annotations

from cjdesigner.model import JourneyMap
from cjdesigner.model.text import cedilla_to_comma, has_cedilla_forms
from cjdesigner.storage import cedilla_warnings
from cjdesigner.storage.cedilla import CEDILLA_LETTERS
from cjdesigner.templates import build_map


def test_the_quick_look_seeks_exactly_the_letters_the_model_fixes() -> None:
    for letter in CEDILLA_LETTERS:
        assert has_cedilla_forms(letter) and cedilla_to_comma(letter) != letter
    every_letter = "".join(chr(code) for code in range(0x100, 0x250))
    assert {c for c in every_letter if has_cedilla_forms(c)} == set(CEDILLA_LETTERS)


def test_a_cedilla_anywhere_is_found_and_none_means_no_walk() -> None:
    m = build_map("blank-5a", "ro")
    assert cedilla_warnings(m) == []
    m.personas[0].goals.append("Vrea să plătească cu ţigări")  # deep in a list of a persona
    m.stages[2].name = "Decizie ŞI"
    assert cedilla_warnings(JourneyMap.model_validate(m.model_dump())) == [
        "map.stages[2].name",
        "map.personas[0].goals[0]",
    ]
