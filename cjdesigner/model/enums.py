"""The closed vocabularies of a map. Their string values are what the file stores."""

from __future__ import annotations

from enum import StrEnum


class Sentiment(StrEnum):
    """How a touchpoint feels to the customer (the free template's three marks)."""

    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"


class Evidence(StrEnum):
    """How well a touchpoint is known: a map should show what is known and what is guessed."""

    RESEARCH = "research"
    PARTIAL = "partial"
    ASSUMPTION = "assumption"


class JourneyState(StrEnum):
    """Whether the map shows the journey as it is today or as it is planned."""

    AS_IS = "as_is"
    TO_BE = "to_be"


class Language(StrEnum):
    """The language of a map's content (labels of templates, dates in the PDF)."""

    EN = "en"
    PL = "pl"
    RO = "ro"


EMOTION_MIN = -2
EMOTION_MAX = 2
