"""The words a spreadsheet uses for a touchpoint's fields and values, in English, Polish, Romanian.

A consultant's sheet names its columns as the team typed them ("Etap", "Punkt styku",
"Punct de contact", "pain points"), and its cells say "pozytywny", "negativ" or "infolinia".
:func:`key` folds such words (case, diacritics, spacing and punctuation ignored) so they can be
looked up here; the export writes :data:`HEADERS` in the map's language, which read back the
same way. Plain data and plain Python: both the reader and the writer use it.
"""

from __future__ import annotations

import functools
import re
from enum import StrEnum
from typing import TypeVar

from cjdesigner.model import ICON_KEYS, Evidence, Sentiment
from cjdesigner.model.search import fold


class Column(StrEnum):
    """A touchpoint field a spreadsheet column can hold (the values name them in a mapping file)."""

    STAGE = "stage"
    PERSONA = "persona"
    TITLE = "title"
    CHANNEL = "channel"
    SENTIMENT = "sentiment"
    EMOTION = "emotion"
    DESCRIPTION = "description"
    CUSTOMER_ACTION = "customer_action"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    OWNER = "owner"
    KPIS = "kpis"
    MILESTONE = "milestone"
    JOURNEY_END = "journey_end"
    EVIDENCE = "evidence"
    CHANNEL_ICON = "channel_icon"


#: The header each column gets in an exported sheet, per map language (read back by import).
HEADERS: dict[str, dict[Column, str]] = {
    "en": {
        Column.STAGE: "Stage",
        Column.PERSONA: "Persona",
        Column.TITLE: "Touchpoint",
        Column.CHANNEL: "Channel",
        Column.SENTIMENT: "Sentiment",
        Column.EMOTION: "Emotion",
        Column.DESCRIPTION: "Description",
        Column.CUSTOMER_ACTION: "Customer action",
        Column.PAIN_POINTS: "Pain points",
        Column.OPPORTUNITIES: "Opportunities",
        Column.OWNER: "Owner",
        Column.KPIS: "KPIs",
        Column.MILESTONE: "Milestone",
        Column.JOURNEY_END: "Journey end",
        Column.EVIDENCE: "Evidence",
        Column.CHANNEL_ICON: "Channel icon",
    },
    "pl": {
        Column.STAGE: "Etap",
        Column.PERSONA: "Persona",
        Column.TITLE: "Punkt styku",
        Column.CHANNEL: "Kanał",
        Column.SENTIMENT: "Sentyment",
        Column.EMOTION: "Emocje",
        Column.DESCRIPTION: "Opis",
        Column.CUSTOMER_ACTION: "Działanie klienta",
        Column.PAIN_POINTS: "Problemy",
        Column.OPPORTUNITIES: "Szanse",
        Column.OWNER: "Właściciel",
        Column.KPIS: "KPI",
        Column.MILESTONE: "Kamień milowy",
        Column.JOURNEY_END: "Koniec ścieżki",
        Column.EVIDENCE: "Źródło wiedzy",
        Column.CHANNEL_ICON: "Ikona kanału",
    },
    "ro": {
        Column.STAGE: "Etapă",
        Column.PERSONA: "Persona",
        Column.TITLE: "Punct de contact",
        Column.CHANNEL: "Canal",
        Column.SENTIMENT: "Sentiment",
        Column.EMOTION: "Emoție",
        Column.DESCRIPTION: "Descriere",
        Column.CUSTOMER_ACTION: "Acțiunea clientului",
        Column.PAIN_POINTS: "Puncte de durere",
        Column.OPPORTUNITIES: "Oportunități",
        Column.OWNER: "Responsabil",
        Column.KPIS: "KPI",
        Column.MILESTONE: "Moment-cheie",
        Column.JOURNEY_END: "Final de parcurs",
        Column.EVIDENCE: "Sursa informației",
        Column.CHANNEL_ICON: "Pictograma canalului",
    },
}

#: Other header words teams use, beyond :data:`HEADERS` (folded with :func:`key` on lookup).
_HEADER_SYNONYMS: dict[Column, tuple[str, ...]] = {
    Column.STAGE: (
        *("phase", "journey stage", "step", "faza", "etapa", "faza", "pas"),
        *("etap ścieżki", "etap podróży", "etap ścieżki klienta", "etapa călătoriei"),
    ),
    Column.PERSONA: ("persona name", "customer", "segment", "personas", "persoana", "personă"),
    Column.TITLE: (
        "touch point",
        "touchpoint title",
        "title",
        "name",
        "punkt kontaktu",
        "tytuł",
        "nazwa",
        "punkt styku tytuł",
        "titlu",
        "denumire",
        "nume",
        "punct contact",
    ),
    Column.CHANNEL: ("medium", "kanał kontaktu", "canal de comunicare"),
    Column.SENTIMENT: ("mood", "rating", "ocena", "nastawienie", "evaluare"),
    Column.EMOTION: (
        "emotion score",
        "emotions",
        "emocja",
        "emocje klienta",
        "ocena emocji",
        "emoții",
        "scor emoție",
        "emotie",
    ),
    Column.DESCRIPTION: ("details", "notes", "opis punktu", "uwagi", "detalii", "note"),
    Column.CUSTOMER_ACTION: (
        "action",
        "customer actions",
        "what the customer does",
        "akcja klienta",
        "działania klienta",
        "co robi klient",
        "acțiune client",
        "acțiunile clientului",
        "ce face clientul",
    ),
    Column.PAIN_POINTS: (
        "pain point",
        "pains",
        "problems",
        "problem",
        "punkty bólu",
        "problemy (punkty bólu)",
        "bolączki",
        "punct de durere",
        "probleme",
        "dificultăți",
    ),
    Column.OPPORTUNITIES: (
        "opportunity",
        "ideas",
        "improvements",
        "szansa",
        "możliwości",
        "okazje",
        "pomysły",
        "oportunitate",
        "idei",
        "îmbunătățiri",
    ),
    Column.OWNER: (
        "responsible",
        "team",
        "odpowiedzialny",
        "zespół",
        "właściciel procesu",
        "proprietar",
        "echipă",
    ),
    Column.KPIS: ("kpi", "metrics", "measures", "wskaźniki", "mierniki", "indicatori", "kpi-uri"),
    Column.MILESTONE: ("milestones", "key moment", "kamienie milowe", "moment cheie", "reper"),
    Column.JOURNEY_END: ("end", "end of journey", "koniec", "final", "sfârșit de parcurs"),
    Column.CHANNEL_ICON: (
        "icon",
        "channel kind",
        "ikona",
        "rodzaj kanału",
        "pictogramă",
        "pictograma",
        "iconiță canal",
        "tip canal",
    ),
    Column.EVIDENCE: (
        "source",
        "evidence level",
        "dowody",
        "źródło",
        "poziom wiedzy",
        "dovezi",
        "sursa",
        "sursă",
    ),
}

#: Sentiment words (folded) in the three languages, with the marks a team types.
_SENTIMENT_WORDS: dict[Sentiment, tuple[str, ...]] = {
    Sentiment.POSITIVE: (
        "positive",
        "pos",
        "good",
        "+",
        "▲",
        "pozytywny",
        "pozytywna",
        "pozytywne",
        "dobry",
        "dobrze",
        "pozytywnie",
        "pozitiv",
        "pozitivă",
        "pozitiva",
        "bun",
        "bine",
    ),
    Sentiment.NEUTRAL: (
        "neutral",
        "neu",
        "ok",
        "0",
        "●",
        "neutralny",
        "neutralna",
        "neutralne",
        "obojętny",
        "neutralnie",
        "neutru",
        "neutră",
        "neutra",
    ),
    Sentiment.NEGATIVE: (
        "negative",
        "neg",
        "bad",
        "-",
        "–",
        "▼",
        "negatywny",
        "negatywna",
        "negatywne",
        "zły",
        "źle",
        "negatywnie",
        "negativ",
        "negativă",
        "negativa",
        "rău",
    ),
}

#: How each sentiment is written in an exported sheet.
SENTIMENT_NAMES: dict[str, dict[Sentiment, str]] = {
    "en": {
        Sentiment.POSITIVE: "positive",
        Sentiment.NEUTRAL: "neutral",
        Sentiment.NEGATIVE: "negative",
    },
    "pl": {
        Sentiment.POSITIVE: "pozytywny",
        Sentiment.NEUTRAL: "neutralny",
        Sentiment.NEGATIVE: "negatywny",
    },
    "ro": {
        Sentiment.POSITIVE: "pozitiv",
        Sentiment.NEUTRAL: "neutru",
        Sentiment.NEGATIVE: "negativ",
    },
}

EVIDENCE_NAMES: dict[str, dict[Evidence, str]] = {
    "en": {
        Evidence.RESEARCH: "research",
        Evidence.PARTIAL: "partly researched",
        Evidence.ASSUMPTION: "assumption",
    },
    "pl": {
        Evidence.RESEARCH: "badania",
        Evidence.PARTIAL: "częściowe badania",
        Evidence.ASSUMPTION: "założenie",
    },
    "ro": {
        Evidence.RESEARCH: "cercetare",
        Evidence.PARTIAL: "cercetare parțială",
        Evidence.ASSUMPTION: "ipoteză",
    },
}

_EVIDENCE_WORDS: dict[Evidence, tuple[str, ...]] = {
    Evidence.RESEARCH: ("researched", "research based", "data", "zbadane", "dane", "date"),
    Evidence.PARTIAL: (
        "partial",
        "partly",
        "częściowo",
        "częściowe",
        "parțial",
        # the names sheets exported before 2026-12 wrote (adjectives beside the other nouns)
        "częściowo zbadane",
        "parțial cercetat",
    ),
    Evidence.ASSUMPTION: ("assumed", "guess", "hypothesis", "założenia", "hipoteza", "presupunere"),
}

YES_NO: dict[str, tuple[str, str]] = {"en": ("yes", ""), "pl": ("tak", ""), "ro": ("da", "")}
"""How an exported sheet writes true and false (false is an empty cell: easier to scan)."""

_TRUE_WORDS = ("yes", "y", "true", "1", "x", "✓", "✔", "tak", "t", "prawda", "da", "adevărat")
_FALSE_WORDS = ("no", "n", "false", "0", "-", "nie", "fałsz", "nu", "fals")

#: Channel names teams type that are not a catalogue name, folded → default channel id.
CHANNEL_SYNONYMS: dict[str, str] = {
    "web": "website",
    "www": "website",
    "site": "website",
    "online": "website",
    "strona": "website",
    "strona www": "website",
    "strona internetowa": "website",
    "sklep internetowy": "website",
    "social": "social",
    "social media": "social",
    "facebook": "social",
    "instagram": "social",
    "linkedin": "social",
    "tiktok": "social",
    "media społecznościowe": "social",
    "rețele sociale": "social",
    "retele de socializare": "social",
    "ads": "advertising",
    "ad": "advertising",
    "advert": "advertising",
    "reklama": "advertising",
    "publicitate": "advertising",
    "reclamă": "advertising",
    "email": "email",
    "mail": "email",
    "e-mail": "email",
    "newsletter": "email",
    "app": "app",
    "mobile app": "app",
    "aplikacja": "app",
    "aplikacja mobilna": "app",
    "aplicație": "app",
    "aplicație mobilă": "app",
    "phone": "phone",
    "telephone": "phone",
    "call centre": "phone",
    "call center": "phone",
    "hotline": "phone",
    "telefon": "phone",
    "infolinia": "phone",
    "chat": "chat",
    "live chat": "chat",
    "support": "chat",
    "czat": "chat",
    "chatbot": "chat",
    "asistență": "chat",
    "store": "store",
    "shop": "store",
    "sklep": "store",
    "magazin": "store",
    "reviews": "reviews",
    "review": "reviews",
    "opinie": "reviews",
    "recenzje": "reviews",
    "recenzii": "reviews",
    "word of mouth": "word_of_mouth",
    "friends": "word_of_mouth",
    "poczta pantoflowa": "word_of_mouth",
    "znajomi": "word_of_mouth",
    "prieteni": "word_of_mouth",
    "events": "events",
    "event": "events",
    "wydarzenie": "events",
    "eveniment": "events",
    "partner": "partner",
    "partener": "partner",
    "billing": "billing",
    "invoice": "billing",
    "faktura": "billing",
    "rozliczenia": "billing",
    "factură": "billing",
    "facturare": "billing",
}

_T = TypeVar("_T")

_NON_WORD = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=16384)
def key(text: str) -> str:
    """``text`` folded for lookup: lower case, no diacritics, words joined by one space.

    "Punkt  styku", "PUNKT_STYKU" and "punkt-styku" all give ``"punkt styku"``; "Etapă" gives
    ``"etapa"``; ş/ș and ţ/ț fold alike. A text of only marks (``+``, ``▲``) is kept as it is.
    """
    stripped = text.strip()
    words = _NON_WORD.sub(" ", fold(stripped)).strip()
    return words or stripped


def _index(words: dict[_T, tuple[str, ...]]) -> dict[str, _T]:
    found: dict[str, _T] = {}
    for value, names in words.items():
        for name in names:
            found.setdefault(key(name), value)
    return found


def _header_index() -> dict[str, tuple[Column, frozenset[str]]]:
    """Folded header word → its column and the map languages it is a header in."""
    index: dict[str, tuple[Column, set[str]]] = {}
    for language, headers in HEADERS.items():
        for column, header in headers.items():
            index.setdefault(key(header), (column, set()))[1].add(language)
    for column, names in _HEADER_SYNONYMS.items():
        for name in names:
            index.setdefault(key(name), (column, set()))
    return {word: (column, frozenset(langs)) for word, (column, langs) in index.items()}


HEADER_INDEX = _header_index()
"""Folded header word → (column, languages whose exported sheets use exactly that header)."""

_SENTIMENTS = _index(
    {
        s: (*words, *(names[s] for names in SENTIMENT_NAMES.values()))
        for s, words in _SENTIMENT_WORDS.items()
    }
)
_EVIDENCES = _index(
    {
        e: (e.value, *words, *(names[e] for names in EVIDENCE_NAMES.values()))
        for e, words in _EVIDENCE_WORDS.items()
    }
)
_BOOLS = {
    **dict.fromkeys(map(key, _FALSE_WORDS), False),
    **dict.fromkeys(map(key, _TRUE_WORDS), True),
}
CHANNEL_SYNONYM_INDEX = {key(word): channel for word, channel in CHANNEL_SYNONYMS.items()}

#: Channel names that say what kind of channel it is but name another place than the
#: catalogue's (a bank's branch is not a shop: QA s7 J7): folded → the icon they are drawn
#: with. Such a channel keeps the name the sheet gives it.
CHANNEL_KIND_ICONS: dict[str, str] = {
    key(word): icon
    for word, icon in (
        ("branch", "store"),
        ("bank branch", "store"),
        ("oddział", "store"),
        ("oddział banku", "store"),
        ("placówka", "store"),
        ("filia", "store"),
        ("salon", "store"),
        ("salon sprzedaży", "store"),
        ("agenție", "store"),
        ("sucursală", "store"),
        ("filială", "store"),
    )
}


_HEADER_LENGTH = 60
"""The longest header tried beyond its own words (the top rows' other cells are data)."""

_QUALIFIER = re.compile(r"\s*[(\[/|]")
"""Where a header's own words end and a team's explanation starts: "Emocje (-2..+2)",
"Problemy / bolączki", "KPI [mierniki]"."""


def header_entry(header: str) -> tuple[Column, frozenset[str]] | None:
    """The column a header names (and the languages whose sheets use it): its words, else its
    words before a bracket or slash, else, for a header whose letters were lost as "?" when
    the sheet was saved in a code page without them ("Emo?ie"), the one known header it can
    be; None when it is none of those."""
    found = HEADER_INDEX.get(key(header))
    if found is not None or len(header) > _HEADER_LENGTH:
        return found  # (a longer text is a row's cell, not a header: no more tries)
    head = _QUALIFIER.split(header, maxsplit=1)[0]
    if head.strip() and head != header:
        found = HEADER_INDEX.get(key(head))
        if found is not None:
            return found
    if "?" in header.strip("? "):
        pattern = re.compile(".".join(re.escape(key(part)) for part in header.split("?")))
        columns = {
            entry[0]: entry for word, entry in HEADER_INDEX.items() if pattern.fullmatch(word)
        }
        if len(columns) == 1:
            return next(iter(columns.values()))
    return None


def column_for_header(header: str) -> Column | None:
    """The column a header names, or None when it is not a word we know."""
    found = header_entry(header)
    return found[0] if found else None


_ICONS = {key(icon): icon for icon in ICON_KEYS}


def icon_for(word: str) -> str | None:
    """The channel icon a cell names ("phone", "Word of mouth", "word_of_mouth"), or None."""
    return _ICONS.get(key(word))


def sentiment_for(word: str) -> Sentiment | None:
    """The sentiment a cell's word means, in any of the three languages, or None."""
    return _SENTIMENTS.get(key(word))


def evidence_for(word: str) -> Evidence | None:
    """The evidence level a cell's word means, or None."""
    return _EVIDENCES.get(key(word))


def bool_for(word: str) -> bool | None:
    """Yes/no in any of the three languages (tak/nie, da/nu, x, ✓…), or None."""
    return _BOOLS.get(key(word))


def sentiment_words(language: str) -> str:
    """The sentiment words of ``language``, for a message that says what a cell may hold."""
    names = SENTIMENT_NAMES.get(language, SENTIMENT_NAMES["en"])
    return ", ".join(names[s] for s in Sentiment)
