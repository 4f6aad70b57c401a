"""The default channel catalogue's names in every map language.

The ids and icon keys are those of :func:`cjdesigner.model.channel.default_channels`, so a map
made from a Polish template and one made in English share channel ids (and merge or compare
cleanly); only the names the consultant's client reads change.
"""

from __future__ import annotations

#: Language → channel id → display name. Every language names every default channel.
CHANNEL_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "website": "Website",
        "social": "Social media",
        "advertising": "Advertising",
        "email": "E-mail",
        "app": "Mobile app",
        "phone": "Phone / call centre",
        "chat": "Chat / support",
        "store": "Physical store",
        "reviews": "Review sites",
        "word_of_mouth": "Word of mouth",
        "events": "Events",
        "partner": "Partner",
        "billing": "Billing / invoice",
    },
    "pl": {
        "website": "Strona internetowa",
        "social": "Media społecznościowe",
        "advertising": "Reklama",
        "email": "E-mail",
        "app": "Aplikacja mobilna",
        "phone": "Telefon / infolinia",
        "chat": "Czat / pomoc",
        "store": "Sklep stacjonarny",
        "reviews": "Serwisy z opiniami",
        "word_of_mouth": "Polecenia znajomych",
        "events": "Wydarzenia",
        "partner": "Partner",
        "billing": "Rozliczenia / faktura",
    },
    "ro": {
        "website": "Site web",
        "social": "Rețele sociale",
        "advertising": "Publicitate",
        "email": "E-mail",
        "app": "Aplicație mobilă",
        "phone": "Telefon / call center",
        "chat": "Chat / asistență",
        "store": "Magazin fizic",
        "reviews": "Site-uri de recenzii",
        "word_of_mouth": "Recomandări din gură în gură",
        "events": "Evenimente",
        "partner": "Partener",
        "billing": "Facturare / factură",
    },
}

#: Language → the name of the reserved "no channel given" channel
#: (:data:`cjdesigner.model.no_channel.NO_CHANNEL`): listed in the editor and a sheet's channel
#: column, never printed on the map.
NO_CHANNEL_NAMES: dict[str, str] = {"en": "No channel", "pl": "Bez kanału", "ro": "Fără canal"}
