"""The journey map document model: pure pydantic, no Qt (an import-linter contract keeps it so)."""

from cjdesigner.model.base import Colour, Id
from cjdesigner.model.channel import ICON_KEYS, Channel, default_channels
from cjdesigner.model.connection import Connection
from cjdesigner.model.enums import (
    EMOTION_MAX,
    EMOTION_MIN,
    Evidence,
    JourneyState,
    Language,
    Sentiment,
)
from cjdesigner.model.ids import new_id
from cjdesigner.model.journey_map import IntegrityError, JourneyMap, MapInfo, utc_now
from cjdesigner.model.persona import AVATAR_MAX_BYTES, Avatar, Persona
from cjdesigner.model.stage import Stage
from cjdesigner.model.touchpoint import Kpi, Touchpoint

__all__ = [
    "AVATAR_MAX_BYTES",
    "EMOTION_MAX",
    "EMOTION_MIN",
    "ICON_KEYS",
    "Avatar",
    "Channel",
    "Colour",
    "Connection",
    "Evidence",
    "Id",
    "IntegrityError",
    "JourneyMap",
    "JourneyState",
    "Kpi",
    "Language",
    "MapInfo",
    "Persona",
    "Sentiment",
    "Stage",
    "Touchpoint",
    "default_channels",
    "new_id",
    "utc_now",
]
