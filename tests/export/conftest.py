"""Maps and PDF readers shared by the export tests (independent of the benchmarks' generator)."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from cjdesigner.model import (
    Connection,
    Evidence,
    JourneyMap,
    Kpi,
    Language,
    MapInfo,
    Persona,
    Sentiment,
    Stage,
    Touchpoint,
)

POLISH = "ą ć ę ł ń ó ś ź ż Ą Ć Ę Ł Ń Ó Ś Ź Ż"
ROMANIAN = "ă â î ș ț Ă Â Î Ș Ț"

STAGE_NAMES = ["Świadomość", "Zainteresowanie", "Conștientizare", "Întrebare", "Acțiune"]
PERSONA_NAMES = ["Łucja Żmuda", "Ștefan Țăranu"]
# Short enough to stay on one card line, so each extracts as one string; together they hold
# every Polish and Romanian letter, small and capital.
TITLES = [
    ["Gęś źle ćwiczy", "Ósmy łoś"],
    ["Ńiech żółć", "ĄĆĘ ŁŃÓ"],
    ["ŚŹŻ wniosek", "Țară și câmp"],
    ["Întâlnire în ușă", "Ăla ÂÎ ȘȚ"],
    ["Nowy kanał", "Factură ă"],
]


def _map(language: Language = Language.PL) -> JourneyMap:
    stages = [Stage(name=name) for name in STAGE_NAMES]
    personas = [
        Persona(
            name=PERSONA_NAMES[0],
            role="Klientka indywidualna",
            quote="Chcę załatwić to szybko",
            goals=["Szybko założyć konto"],
            frustrations=["Długie formularze"],
            demographics="34 lata, Łódź",
            colour="#0072B2",
        ),
        Persona(name=PERSONA_NAMES[1], role="Antreprenor", colour="#CC79A7"),
    ]
    channels = ["website", "email", "app", "phone", "store"]
    touchpoints: list[Touchpoint] = []
    sentiments = list(Sentiment)
    evidences = list(Evidence)
    for s, stage in enumerate(stages):
        for p, persona in enumerate(personas):
            i = s * 2 + p
            touchpoints.append(
                Touchpoint(
                    stage_id=stage.id,
                    persona_id=persona.id,
                    title=TITLES[s][p],
                    channel=channels[s],
                    sentiment=sentiments[i % 3],
                    evidence=evidences[i % 3],
                    emotion=(i % 5) - 2 if i != 3 else None,
                    description="Opis punktu styku z polskimi znakami: zażółć gęślą jaźń.",
                    customer_action="Klient klika „Dalej”.",
                    pain_points=["Za dużo pól"],
                    opportunities=["Autouzupełnianie"],
                    owner="Zespół ds. obsługi",
                    kpis=[
                        Kpi(name="NPS", value=42, target=50),
                        Kpi(name="CSAT", value=3.5, unit="%"),
                    ],
                    milestone=i == 4,
                )
            )
    connections = [
        Connection(source=touchpoints[0].id, target=touchpoints[2].id, label="dalej"),
        Connection(source=touchpoints[2].id, target=touchpoints[0].id),
        Connection(source=touchpoints[4].id, target=touchpoints[8].id),
        Connection(source=touchpoints[1].id, target=touchpoints[3].id),
    ]
    return JourneyMap(
        info=MapInfo(
            title="Ścieżka klienta — zakładanie konta",
            client="Bank Żółty S.A.",
            author="Joanna Kowalska",
            language=language,
            version_label="v2",
            created=datetime(2026, 11, 1, 9, 0, tzinfo=UTC),
            modified=datetime(2026, 11, 20, 15, 30, tzinfo=UTC),
        ),
        stages=stages,
        personas=personas,
        touchpoints=touchpoints,
        connections=connections,
    )


@pytest.fixture
def diacritics_map() -> JourneyMap:
    """Five stages, two personas, one card per cell; every PL/RO letter in the titles."""
    return _map()


def make_map(
    touchpoints: int, stages: int = 8, personas: int = 10, *, emotions: bool = True
) -> JourneyMap:
    """A quick synthetic map: cards spread round-robin over the cells, a flow per card."""
    stage_list = [Stage(name=f"Etap {i + 1}") for i in range(stages)]
    persona_list = [Persona(name=f"Persona {i + 1}") for i in range(personas)]
    cards: list[Touchpoint] = []
    counts: dict[tuple[int, int], int] = {}
    for i in range(touchpoints):
        cell = (i % stages, (i // stages) % personas)
        order = counts.get(cell, 0)
        counts[cell] = order + 1
        cards.append(
            Touchpoint(
                stage_id=stage_list[cell[0]].id,
                persona_id=persona_list[cell[1]].id,
                order=order,
                title=f"Punkt styku {i}: płatność",
                channel="website",
                sentiment=list(Sentiment)[i % 3],
                emotion=(i % 5) - 2 if emotions else None,
                description="Klient porównuje ofertę i szuka informacji o opłatach.",
                pain_points=["Brak ceny"],
            )
        )
    flows = [
        Connection(source=cards[i].id, target=cards[i + stages].id)
        for i in range(0, max(0, touchpoints - stages), 2)
    ]
    return JourneyMap(
        info=MapInfo(title="Duża mapa"),
        stages=stage_list,
        personas=persona_list,
        touchpoints=cards,
        connections=flows,
    )


@pytest.fixture
def map_factory() -> Callable[..., JourneyMap]:
    return make_map


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def page_texts(data: bytes) -> list[str]:
    """Each page's extracted text with whitespace runs made single spaces."""
    return [normalise(page.extract_text() or "") for page in reader(data).pages]


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader(data).pages]


@pytest.fixture
def pdf() -> type:
    """Readers of PDF bytes: ``pdf.texts(data)``, ``pdf.sizes(data)``, ``pdf.reader(data)``."""

    class Tools:
        texts = staticmethod(page_texts)
        sizes = staticmethod(page_sizes)
        read = staticmethod(reader)
        norm = staticmethod(normalise)

    return Tools


@pytest.fixture
def libreoffice_pdf(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., None]:
    """Convert decks to PDF with LibreOffice headless, beside each deck (its own profile
    folder, so tests running at once do not share one); the test is skipped where
    LibreOffice is not installed."""
    import shutil
    import subprocess
    from pathlib import Path

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    profile = tmp_path_factory.mktemp("soffice-profile")

    def convert(*decks: Path) -> None:
        result = subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(decks[0].parent),
                *map(str, decks),
            ],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, result.stderr

    return convert
