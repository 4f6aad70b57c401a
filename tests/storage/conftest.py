"""Fixtures of the storage tests: a rich small map (every field kind, Polish/Romanian text)."""

from __future__ import annotations

import base64
import struct
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cjdesigner.model import (
    Avatar,
    Connection,
    Evidence,
    JourneyMap,
    JourneyState,
    Kpi,
    Language,
    MapInfo,
    Persona,
    Sentiment,
    Stage,
    Touchpoint,
)

BAD_FILES = Path(__file__).parent / "bad_files"


def tiny_png() -> bytes:
    """A valid 1×1 PNG (a real one, so the avatar's signature check passes)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x00\x72\xb2")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def build_rich_map() -> JourneyMap:
    """A map touching every field: avatar, KPIs, connections, to-be state, diacritics."""
    when = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    stages = [
        Stage(id="aware", name="Świadomość", goal="Klient wie, że istniejemy", colour="#0072B2"),
        Stage(id="ask", name="Ask", description="Compares offers"),
        Stage(id="act", name="Acțiune"),
    ]
    personas = [
        Persona(
            id="anna",
            name="Anna Kowalska",
            role="Właścicielka sklepu",
            quote="Nie mam czasu na formularze.",
            goals=["Szybko założyć konto"],
            frustrations=["Długie kolejki", "Ukryte opłaty"],
            demographics="35–44, Kraków",
            colour="#E69F00",
            avatar=Avatar(media_type="image/png", data=tiny_png()),
        ),
        Persona(id="ion", name="Ion Popescu", role="Student"),
    ]
    cards = [
        Touchpoint(
            id="t-act",
            stage_id="act",
            persona_id="anna",
            order=0,
            title="Płaci BLIKIEM",
            channel="app",
            sentiment=Sentiment.POSITIVE,
            emotion=2,
            milestone=True,
            journey_end=True,
            evidence=Evidence.RESEARCH,
            kpis=[Kpi(name="Conversion", value=3.5, target=5, unit="%")],
        ),
        Touchpoint(
            id="t-ad",
            stage_id="aware",
            persona_id="anna",
            order=1,
            title="Sees an advert",
            channel="advertising",
            sentiment=Sentiment.NEUTRAL,
            pain_points=["Too generic"],
            opportunities=["Target small shops"],
            owner="Marketing",
        ),
        Touchpoint(
            id="t-friend",
            stage_id="aware",
            persona_id="anna",
            order=0,
            title="Hears from a friend",
            channel="word_of_mouth",
        ),
        Touchpoint(
            id="t-call",
            stage_id="ask",
            persona_id="ion",
            order=0,
            title="Sună la call center",
            channel="phone",
            sentiment=Sentiment.NEGATIVE,
            emotion=-2,
            description="Așteaptă 20 de minute",
            customer_action="Calls the hotline",
            evidence=Evidence.PARTIAL,
            kpis=[Kpi(name="Wait time", value=None, target=2, unit="min")],
        ),
    ]
    flows = [
        Connection(id="c1", source="t-friend", target="t-ad", label="then"),
        Connection(id="c2", source="t-ad", target="t-act", label="skip to the end"),
        Connection(id="c3", source="t-call", target="t-friend", label="repeat"),
    ]
    return JourneyMap(
        info=MapInfo(
            title="Zakup online — ścieżka klienta",
            client="Sklep Sp. z o.o.",
            author="Ewa",
            language=Language.PL,
            created=when,
            modified=when,
            description="Mapa po warsztacie",
            version_label="v3 after workshop",
            state=JourneyState.TO_BE,
        ),
        stages=stages,
        personas=personas,
        touchpoints=cards,
        connections=flows,
    )


@pytest.fixture
def rich_map() -> JourneyMap:
    return build_rich_map()


@pytest.fixture
def png_bytes() -> bytes:
    return tiny_png()


@pytest.fixture
def avatar_b64() -> str:
    return base64.b64encode(tiny_png()).decode("ascii")


@pytest.fixture(scope="session")
def good_file_bytes() -> bytes:
    """The rich map as a file's bytes (session-wide: hypothesis tests may use it)."""
    from cjdesigner.storage import dumps_map_bytes

    return dumps_map_bytes(build_rich_map())
