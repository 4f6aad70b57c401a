"""The templates: every stage set in every language, the blank 5A template, the channel names."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta

import pytest

from cjdesigner.model import JourneyMap, Language, default_channels
from cjdesigner.model.text import has_cedilla_forms
from cjdesigner.storage import dumps_map, loads_map
from cjdesigner.templates import (
    DEFAULT_TEMPLATE,
    UnknownTemplateError,
    build_map,
    channels_in,
    list_templates,
    persona_prompt,
    template_names,
)

# Copied from DOMAIN.md's table on purpose: the test is an independent statement of the labels.
EXPECTED_STAGES = {
    "blank-5a": {
        "en": ["Awareness", "Appeal", "Ask", "Act", "Advocate"],
        "pl": ["Świadomość", "Atrakcyjność", "Pytanie", "Działanie", "Orędownictwo"],
        "ro": ["Conștientizare", "Atracție", "Întrebare", "Acțiune", "Susținere"],
    },
    "lifecycle": {
        "en": ["Interest", "Consideration", "Purchase", "Loyalty", "Advocacy"],
        "pl": ["Zainteresowanie", "Rozważenie", "Zakup", "Lojalność", "Ambasador"],
        "ro": ["Interes", "Evaluare", "Cumpărare", "Loialitate", "Recomandare"],
    },
    "decision": {
        "en": ["Awareness", "Interest", "Decision", "Post-purchase"],
        "pl": ["Świadomość", "Zainteresowanie", "Decyzja", "Po zakupie"],
        "ro": ["Conștientizare", "Interes", "Decizie", "După cumpărare"],
    },
}
LANGS = ["en", "pl", "ro"]
CASES = [(name, lang) for name in EXPECTED_STAGES for lang in LANGS]


def _texts(m: JourneyMap) -> list[str]:
    """Every piece of text a template puts in front of the consultant."""
    texts = [m.info.title]
    for s in m.stages:
        texts += [s.name, s.description, s.goal]
    for p in m.personas:
        texts += [p.name, p.role]
    texts += [c.name for c in m.channels]
    return texts


def _luminance(colour: str) -> float:
    def channel(hex_pair: str) -> float:
        c = int(hex_pair, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_list_templates_names_languages_and_titles() -> None:
    infos = list_templates()
    assert [i.name for i in infos] == ["blank-5a", "lifecycle", "decision"]
    assert template_names() == ["blank-5a", "lifecycle", "decision"]
    assert DEFAULT_TEMPLATE == "blank-5a"
    for info in infos:
        assert info.languages == ("en", "pl", "ro")
        titles = {lang: info.title(lang) for lang in LANGS}
        assert len(set(titles.values())) == 3, titles  # really translated
        assert all(info.summary(lang) for lang in LANGS)
        assert info.stage_count == len(EXPECTED_STAGES[info.name]["en"])
    assert infos[0].title("pl") == "Pusta mapa ścieżki klienta (5A)"


def test_the_free_blank_template_is_the_default() -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    m = build_map()
    assert [s.name for s in m.stages] == EXPECTED_STAGES["blank-5a"]["en"]
    assert len(m.personas) == 1
    assert m.personas[0].name == "Persona 1"
    assert m.personas[0].role == ""  # the prompt is a placeholder, not content (issue 10)
    assert m.touchpoints == []
    assert m.connections == []
    assert m.info.language == Language.EN
    assert m.info.title == "Customer journey map"
    assert m.info.created == m.info.modified
    assert before <= m.info.created <= datetime.now(UTC) + timedelta(seconds=1)


@pytest.mark.parametrize(("name", "lang"), CASES)
def test_every_template_in_every_language(name: str, lang: str) -> None:
    m = build_map(name, lang)
    m.check()
    assert m.info.language == Language(lang)
    assert [s.name for s in m.stages] == EXPECTED_STAGES[name][lang]
    for stage in m.stages:
        assert len(stage.description) > 30, stage
        assert len(stage.goal) > 30, stage
        assert stage.colour is not None
    assert len({s.colour for s in m.stages}) == len(m.stages)
    assert len(m.personas) == 1
    assert m.touchpoints == [] and m.connections == []
    # The same channel ids and icon keys as the model's defaults, in every language.
    defaults = default_channels()
    assert [(c.id, c.icon) for c in m.channels] == [(c.id, c.icon) for c in defaults]
    for text in _texts(m):
        assert text == unicodedata.normalize("NFC", text)
        assert not has_cedilla_forms(text), text
        assert "  " not in text and text == text.strip()


@pytest.mark.parametrize("name", list(EXPECTED_STAGES))
def test_languages_really_differ(name: str) -> None:
    en, pl, ro = (build_map(name, lang) for lang in LANGS)
    assert len({en.info.title, pl.info.title, ro.info.title}) == 3
    for a, b, c in zip(en.stages, pl.stages, ro.stages, strict=True):
        assert len({a.description, b.description, c.description}) == 3
        assert len({a.goal, b.goal, c.goal}) == 3
    prompts = {persona_prompt(lang) for lang in LANGS}  # the role is a placeholder now
    assert len(prompts) == 3


def test_channel_catalogue_is_translated() -> None:
    en = {c.id: c.name for c in channels_in("en")}
    pl = {c.id: c.name for c in channels_in("pl")}
    ro = {c.id: c.name for c in channels_in("ro")}
    assert en == {c.id: c.name for c in default_channels()}
    assert pl["website"] == "Strona internetowa"
    assert pl["social"] == "Media społecznościowe"
    assert ro["social"] == "Rețele sociale"
    assert ro["app"] == "Aplicație mobilă"
    # Most names change; a few (E-mail, Partner) are the same word in Polish.
    assert sum(pl[k] != en[k] for k in en) >= 10
    assert sum(ro[k] != en[k] for k in en) >= 10


def test_stage_colours_are_light_tints_for_near_black_text() -> None:
    text = _luminance("#1A1A1A")
    for name in EXPECTED_STAGES:
        for stage in build_map(name).stages:
            assert stage.colour is not None
            ratio = (_luminance(stage.colour) + 0.05) / (text + 0.05)
            assert ratio >= 12, (stage.name, stage.colour, ratio)


def test_every_map_gets_fresh_ids_but_shared_channel_ids() -> None:
    a, b = build_map(), build_map()
    assert {s.id for s in a.stages}.isdisjoint({s.id for s in b.stages})
    assert a.personas[0].id != b.personas[0].id
    assert [c.id for c in a.channels] == [c.id for c in b.channels]


def test_title_override_and_round_trip() -> None:
    m = build_map("lifecycle", "pl", title="Otwarcie konta — warsztat 2")
    assert m.info.title == "Otwarcie konta — warsztat 2"
    again = JourneyMap.model_validate_json(m.model_dump_json())
    assert again == m


def test_language_accepts_the_model_enum() -> None:
    assert build_map("decision", Language.RO).info.language == Language.RO


@pytest.mark.parametrize(
    ("name", "lang", "expected"),
    [
        ("journey", "en", "there is no template called 'journey'"),
        ("", "en", "there is no template called ''"),
        ("blank-5a", "de", "not available in language 'de'"),
        ("blank-5a", "PL", "not available in language 'PL'"),
    ],
)
def test_unknown_template_or_language_is_a_clear_key_error(
    name: str, lang: str, expected: str
) -> None:
    with pytest.raises(KeyError) as caught:
        build_map(name, lang)
    assert isinstance(caught.value, UnknownTemplateError)
    message = str(caught.value)
    assert expected in message
    assert not message.startswith("'")  # plain text, not KeyError's repr
    assert "blank-5a" in message or "en, pl, ro" in message


def test_template_info_rejects_unknown_language() -> None:
    with pytest.raises(UnknownTemplateError, match="'hu'"):
        list_templates()[0].title("hu")


@pytest.mark.parametrize(("name", "lang"), CASES)
def test_every_template_saves_and_loads_unchanged(name: str, lang: str) -> None:
    m = build_map(name, lang)
    text = dumps_map(m)
    assert loads_map(text) == m
    assert dumps_map(loads_map(text)) == text
