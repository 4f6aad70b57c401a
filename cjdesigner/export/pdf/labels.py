"""The words the PDF prints around the user's text, in the map's language.

The PDF is the client's deliverable, so its labels ("Page 2 of 6", "Pain points", "positive")
follow the language of the map's content (``info.language``), not the language of the
program's menus. Polish and Romanian are built in here, with the vocabulary consultants use
(DESIGN.md); any other language, and any message not listed, goes through
:func:`cjdesigner.i18n.tr`, so the gettext catalogues can take these over once they exist.
"""

from __future__ import annotations

from cjdesigner.i18n import tr

POSTER_NOTE = (
    "Poster of {rows} × {cols} sheets ({paper}), overlap {overlap:g} mm. Trim each sheet along "
    "its dashed line and lay it over the sheet to its left and above; crop marks show the "
    "printed area."
)

_PL = {
    "As-is journey": "Ścieżka obecna (as-is)",
    "To-be journey": "Ścieżka docelowa (to-be)",
    "prepared by {author}": "autor: {author}",
    "positive": "pozytywny",
    "neutral": "neutralny",
    "negative": "negatywny",
    "research": "badania",
    "partly researched": "częściowo zbadane",
    "assumption": "założenie",
    "milestone": "kamień milowy",
    "flow": "przejście",
    "frustrated": "sfrustrowany",
    "indifferent": "obojętny",
    "delighted": "zachwycony",
    "row {row} / col {col}": "wiersz {row} / kolumna {col}",
    "{title} · tile {n} of {count}": "{title} · arkusz {n} z {count}",
    POSTER_NOTE: "Plakat z {rows} × {cols} arkuszy ({paper}), zakładka {overlap:g} mm. "
    "Przytnij każdy arkusz wzdłuż linii przerywanej i nałóż go na arkusz po lewej i powyżej; "
    "znaczniki cięcia wyznaczają obszar wydruku.",
    "landscape": "poziomo",
    "portrait": "pionowo",
    "Page {n} of {total}": "Strona {n} z {total}",
    "Customer journey map ({state})": "Mapa ścieżki klienta ({state})",
    "About this map": "O mapie",
    "Personas": "Persony",
    "Touchpoints by stage": "Punkty styku według etapów",
    "Demographics": "Demografia",
    "Goals": "Cele",
    "Frustrations": "Frustracje",
    "Stage {n}: {name}": "Etap {n}: {name}",
    "Goal": "Cel",
    "No touchpoints in this stage.": "Brak punktów styku w tym etapie.",
    "Touchpoint": "Punkt styku",
    "Description": "Opis",
    "Customer action": "Działanie klienta",
    "Pain points": "Problemy (punkty bólu)",
    "Opportunities": "Szanse",
    "Owner and KPIs": "Właściciel i KPI",
    "emotion {score}": "emocje {score}",
    "(target {target})": "(cel {target})",
}

_RO = {
    "As-is journey": "Parcurs actual (as-is)",
    "To-be journey": "Parcurs țintă (to-be)",
    "prepared by {author}": "autor: {author}",
    "positive": "pozitiv",
    "neutral": "neutru",
    "negative": "negativ",
    "research": "cercetare",
    "partly researched": "parțial cercetat",
    "assumption": "ipoteză",
    "milestone": "moment-cheie",
    "flow": "flux",
    "frustrated": "frustrat",
    "indifferent": "indiferent",
    "delighted": "încântat",
    "row {row} / col {col}": "rândul {row} / coloana {col}",
    "{title} · tile {n} of {count}": "{title} · foaia {n} din {count}",
    POSTER_NOTE: "Afiș din {rows} × {cols} foi ({paper}), suprapunere {overlap:g} mm. "
    "Tăiați fiecare foaie de-a lungul liniei punctate și așezați-o peste foaia din stânga și "
    "de deasupra; semnele de tăiere arată zona tipărită.",
    "landscape": "peisaj",
    "portrait": "portret",
    "Page {n} of {total}": "Pagina {n} din {total}",
    "Customer journey map ({state})": "Harta parcursului clientului ({state})",
    "About this map": "Despre această hartă",
    "Personas": "Persone",
    "Touchpoints by stage": "Puncte de contact pe etape",
    "Demographics": "Date demografice",
    "Goals": "Obiective",
    "Frustrations": "Frustrări",
    "Stage {n}: {name}": "Etapa {n}: {name}",
    "Goal": "Obiectiv",
    "No touchpoints in this stage.": "Nu există puncte de contact în această etapă.",
    "Touchpoint": "Punct de contact",
    "Description": "Descriere",
    "Customer action": "Acțiunea clientului",
    "Pain points": "Puncte de durere",
    "Opportunities": "Oportunități",
    "Owner and KPIs": "Responsabil și KPI",
    "emotion {score}": "emoție {score}",
    "(target {target})": "(țintă {target})",
}

_CATALOGUES = {"pl": _PL, "ro": _RO}


def label(message: str, language: str) -> str:
    """``message`` (English, as in the source) in the map's ``language``."""
    translated = _CATALOGUES.get(language, {}).get(message)
    return translated if translated is not None else tr(message)


def messages() -> set[str]:
    """Every message the built-in catalogues translate (for tests of completeness)."""
    return set(_PL) | set(_RO)


def catalogue(language: str) -> dict[str, str]:
    return dict(_CATALOGUES.get(language, {}))
