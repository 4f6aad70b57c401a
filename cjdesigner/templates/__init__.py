"""Templates a new map starts from: the free blank 5A map and the other stage sets, en/pl/ro.

``build_map("blank-5a", "pl")`` gives the free blank template ("Pusta mapa ścieżki klienta"):
the five 5A stages, one placeholder persona, no touchpoints, the channel catalogue in Polish.
The words live in data modules (``stage_sets``, ``channels``, ``catalog``); ``builder`` only
assembles them. No Qt here (an import-linter contract checks it).
"""

from cjdesigner.templates.builder import (
    TemplateInfo,
    UnknownTemplateError,
    build_map,
    channels_in,
    list_templates,
    template_names,
)
from cjdesigner.templates.catalog import DEFAULT_TEMPLATE, LANGUAGES
from cjdesigner.templates.retranslate import (
    Retranslation,
    is_persona_prompt,
    persona_prompt,
    retranslations,
)

__all__ = [
    "DEFAULT_TEMPLATE",
    "LANGUAGES",
    "Retranslation",
    "TemplateInfo",
    "UnknownTemplateError",
    "build_map",
    "channels_in",
    "is_persona_prompt",
    "list_templates",
    "persona_prompt",
    "retranslations",
    "template_names",
]
