"""Which templates exist, what they are called, and the placeholder persona, per language.

Pure data, read by :mod:`cjdesigner.templates.builder`. A template is a stage set (see
:mod:`cjdesigner.templates.stage_sets`) plus the names a consultant sees in a template list and
the title a new map starts with.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The map languages every template is written in (the values of ``model.Language``).
LANGUAGES: tuple[str, ...] = ("en", "pl", "ro")

#: The free blank template a new map starts from when nobody asks for another.
DEFAULT_TEMPLATE = "blank-5a"


@dataclass(frozen=True)
class TemplateSpec:
    """A template: its stage set, its name in a template list, and a new map's title."""

    name: str
    stage_set: str
    titles: dict[str, str]
    map_titles: dict[str, str]
    summaries: dict[str, str]


TEMPLATES: tuple[TemplateSpec, ...] = (
    TemplateSpec(
        name="blank-5a",
        stage_set="5a",
        titles={
            "en": "Blank customer journey map (5A)",
            "pl": "Pusta mapa ścieżki klienta (5A)",
            "ro": "Hartă goală a călătoriei clientului (5A)",
        },
        map_titles={
            "en": "Customer journey map",
            "pl": "Mapa ścieżki klienta",
            "ro": "Harta călătoriei clientului",
        },
        summaries={
            "en": "The five 5A stages, one placeholder persona, no touchpoints.",
            "pl": "Pięć etapów 5A, jedna persona do uzupełnienia, bez punktów styku.",
            "ro": "Cele cinci etape 5A, o persona de completat, fără puncte de contact.",
        },
    ),
    TemplateSpec(
        name="lifecycle",
        stage_set="lifecycle",
        titles={
            "en": "Customer lifecycle map",
            "pl": "Mapa cyklu życia klienta",
            "ro": "Harta ciclului de viață al clientului",
        },
        map_titles={
            "en": "Customer lifecycle journey map",
            "pl": "Mapa ścieżki klienta — cykl życia",
            "ro": "Harta călătoriei clientului — ciclul de viață",
        },
        summaries={
            "en": "Interest to advocacy: five lifecycle stages, one placeholder persona.",
            "pl": "Od zainteresowania do polecania: pięć etapów cyklu życia, jedna persona.",
            "ro": "De la interes la recomandare: cinci etape ale ciclului de viață, o persona.",
        },
    ),
    TemplateSpec(
        name="decision",
        stage_set="decision",
        titles={
            "en": "Purchase decision map",
            "pl": "Mapa decyzji zakupowej",
            "ro": "Harta deciziei de cumpărare",
        },
        map_titles={
            "en": "Purchase decision journey map",
            "pl": "Mapa ścieżki klienta — decyzja zakupowa",
            "ro": "Harta călătoriei clientului — decizia de cumpărare",
        },
        summaries={
            "en": "Awareness to post-purchase: four decision stages, one placeholder persona.",
            "pl": "Od świadomości do etapu po zakupie: cztery etapy decyzji, jedna persona.",
            "ro": "De la conștientizare la după cumpărare: patru etape ale deciziei, o persona.",
        },
    ),
)


@dataclass(frozen=True)
class PersonaPlaceholder:
    """The persona a template starts with, waiting for research to fill it in.

    ``prompt`` asks who the customer is: the editor shows it greyed in the empty role field
    (a placeholder, never content: it is not stored in the map and never printed).
    """

    name: str
    prompt: str
    colour: str = "#0072B2"


PERSONA_PLACEHOLDERS: dict[str, PersonaPlaceholder] = {
    "en": PersonaPlaceholder(
        "Persona 1", "Who is this customer? e.g. a first-time buyer, 30–40 years old"
    ),
    "pl": PersonaPlaceholder(
        "Persona 1", "Kim jest ten klient? np. osoba kupująca po raz pierwszy, 30–40 lat"
    ),
    "ro": PersonaPlaceholder(
        "Persona 1", "Cine este acest client? de ex. cumpărător la prima achiziție, 30–40 de ani"
    ),
}
