"""Turn the template data into a fresh :class:`~cjdesigner.model.JourneyMap`.

Every call builds new ids (two maps made from one template never share stage or persona ids),
except the channel ids, which are the catalogue's readable defaults in every language.
"""

from __future__ import annotations

from dataclasses import dataclass

from cjdesigner.i18n import tr
from cjdesigner.model import Channel, JourneyMap, Language, MapInfo, Persona, Stage, utc_now
from cjdesigner.model.channel import default_channels
from cjdesigner.templates.catalog import (
    DEFAULT_TEMPLATE,
    LANGUAGES,
    PERSONA_PLACEHOLDERS,
    TEMPLATES,
    TemplateSpec,
)
from cjdesigner.templates.channels import CHANNEL_NAMES
from cjdesigner.templates.stage_sets import STAGE_SETS, STAGE_TINTS


class UnknownTemplateError(KeyError):
    """No template of that name, or not in that language. ``str()`` is the plain message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:  # KeyError would quote the message
        return self.message


@dataclass(frozen=True)
class TemplateInfo:
    """What a template list shows: the template's name, its languages and its titles."""

    name: str
    languages: tuple[str, ...]
    stage_count: int
    titles: dict[str, str]
    summaries: dict[str, str]

    def title(self, language: str = "en") -> str:
        """The template's title in ``language`` (one of :attr:`languages`)."""
        return self.titles[_check_language(language, self.languages)]

    def summary(self, language: str = "en") -> str:
        """One line on what the template contains, in ``language``."""
        return self.summaries[_check_language(language, self.languages)]


def list_templates() -> list[TemplateInfo]:
    """Every template, the free blank one first."""
    return [
        TemplateInfo(
            name=spec.name,
            languages=LANGUAGES,
            stage_count=len(STAGE_SETS[spec.stage_set]["en"]),
            titles=dict(spec.titles),
            summaries=dict(spec.summaries),
        )
        for spec in TEMPLATES
    ]


def template_names() -> list[str]:
    """The names :func:`build_map` accepts."""
    return [spec.name for spec in TEMPLATES]


def build_map(
    name: str = DEFAULT_TEMPLATE, language: str = "en", title: str | None = None
) -> JourneyMap:
    """A new map from template ``name`` with its labels in ``language``.

    ``title`` replaces the template's default map title. Unknown name or language: raises
    :class:`UnknownTemplateError` (a ``KeyError``) whose message lists what exists.
    """
    spec = _spec(name)
    language = _check_language(language, LANGUAGES)
    now = utc_now()
    info = MapInfo(
        title=title if title is not None else spec.map_titles[language],
        language=Language(language),
        created=now,
        modified=now,
    )
    stages = [
        Stage(
            name=text.name,
            description=text.description,
            goal=text.goal,
            colour=STAGE_TINTS[index % len(STAGE_TINTS)],
        )
        for index, text in enumerate(STAGE_SETS[spec.stage_set][language])
    ]
    placeholder = PERSONA_PLACEHOLDERS[language]
    # The role stays empty: the template's prompt is a placeholder the editor shows greyed.
    persona = Persona(name=placeholder.name, colour=placeholder.colour)
    return JourneyMap(info=info, stages=stages, personas=[persona], channels=channels_in(language))


def channels_in(language: str) -> list[Channel]:
    """The default channel catalogue with its names in ``language`` (same ids and icons)."""
    names = CHANNEL_NAMES[_check_language(language, LANGUAGES)]
    return [
        Channel(id=channel.id, name=names.get(channel.id, channel.name), icon=channel.icon)
        for channel in default_channels()
    ]


def _spec(name: str) -> TemplateSpec:
    for spec in TEMPLATES:
        if spec.name == name:
            return spec
    raise UnknownTemplateError(
        tr("there is no template called {name!r}; the templates are: {names}").format(
            name=name, names=", ".join(template_names())
        )
    )


def _check_language(language: str, languages: tuple[str, ...]) -> str:
    if language not in languages:
        raise UnknownTemplateError(
            tr("templates are not available in language {language!r}; use one of: {codes}").format(
                language=language, codes=", ".join(languages)
            )
        )
    return language
