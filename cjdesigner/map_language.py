"""The words printed around the user's text, in the map's language (PDF and canvas).

The PDF is the client's deliverable, so its labels ("Page 2 of 6", "Pain points", "positive")
follow the language of the map's content (``info.language``), not the language of the
program's menus; so do the canvas's words around the map (the curve's axis, the journey
state), since the canvas is also what the image export for slides renders. Polish and
Romanian are built in here, with the vocabulary consultants use (DESIGN.md); any other
language, and any message not listed, goes through :func:`cjdesigner.i18n.tr`, so the gettext
catalogues can take these over once they exist. Plain Python, importable without reportlab
or Qt (the editor reads it at startup).
"""

from __future__ import annotations

from cjdesigner.i18n import tr
from cjdesigner.model.enums import EMOTION_MAX, EMOTION_MIN

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
    "partly researched": "częściowe badania",
    "assumption": "założenie",
    "milestone": "kamień milowy",
    "moment of truth": "moment prawdy",
    "page {n}": "strona {n}",
    "flow": "przejście",
    "flow label: see the flow labels table": "etykieta przejścia: w tabeli etykiet",
    "emotion estimated from sentiment": "emocje oszacowane z wydźwięku",
    "Flow labels": "Etykiety przejść",
    "From": "Skąd",
    "To": "Dokąd",
    "Flow label": "Etykieta przejścia",
    "The numbered circles on the map's flows refer to these rows.": (
        "Numerowane kółka na przejściach mapy odsyłają do tych wierszy."
    ),
    "frustrated": "sfrustrowany",
    "indifferent": "obojętny",
    "delighted": "zachwycony",
    "unhappy": "niezadowolony",
    "pleased": "zadowolony",
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
    # the journey insights page (kind titles and descriptions: cjdesigner.analysis.findings)
    "Journey insights": "Wnioski ze ścieżki klienta",
    (
        "Touchpoints: {touchpoints} · Flows: {flows} · Stages: {stages} · Personas: {personas} ·"
        " Findings: {findings}"
    ): (
        "Punkty styku: {touchpoints} · Przejścia: {flows} · Etapy: {stages} · Persony: "
        "{personas} · Ustalenia: {findings}"
    ),
    "No findings.": "Brak ustaleń.",
    "… and {count} more": "… oraz {count} kolejnych",
    # cjdesigner.analysis.unlinked: cards without a flow, left out of entry/end/dead-end points
    "Touchpoints without a flow yet ({count}) are not listed as entry, end or dead-end points.": (
        "Punkty styku, które nie mają jeszcze przejść ({count}), nie są uwzględniane jako punkty "
        "wejścia, punkty końcowe ani ślepe zaułki."
    ),
    "Figures by stage": "Dane według etapów",
    "Stage": "Etap",
    "Touchpoints": "Punkty styku",
    "Average emotion": "Średnie emocje",
    "Top channels": "Główne kanały",
    "not scored": "brak oceny",
    "All stages": "Wszystkie etapy",
    "Entry points": "Punkty wejścia",
    "End points": "Punkty końcowe",
    "Dead ends": "Ślepe zaułki",
    "Unreachable touchpoints": "Nieosiągalne punkty styku",
    "Loops": "Pętle",
    "Skipped stages": "Pominięte etapy",
    "Backward flows": "Powroty do wcześniejszych etapów",
    "Gaps": "Luki",
    "Critical moments": "Momenty krytyczne",
    "Where each persona's journey starts.": "Gdzie zaczyna się ścieżka każdej persony.",
    "Where each persona's journey stops.": "Gdzie kończy się ścieżka każdej persony.",
    "Touchpoints with no way on, before the last stage and not marked as a journey end.": (
        "Punkty styku bez dalszego przejścia, przed ostatnim etapem i nieoznaczone jako koniec "
        "ścieżki."
    ),
    "Touchpoints the persona cannot get to from the start of its journey.": (
        "Punkty styku, do których persona nie dociera od początku swojej ścieżki."
    ),
    "Flows that come back: the customer repeats steps.": (
        "Przejścia, które wracają: klient powtarza kroki."
    ),
    "Flows that jump forward over one or more stages.": (
        "Przejścia, które przeskakują do przodu o jeden lub więcej etapów."
    ),
    "Flows that go back to an earlier stage.": "Przejścia, które wracają do wcześniejszego etapu.",
    "Stages in which a persona has no touchpoint.": (
        "Etapy, w których persona nie ma żadnego punktu styku."
    ),
    (
        "Negative touchpoints, ranked by how much of the persona's journey passes through them: "
        "the moments of truth to work on first."
    ): (
        "Negatywne punkty styku uszeregowane według tego, jaka część ścieżki persony przez nie "
        "przechodzi: momenty prawdy, od których warto zacząć."
    ),
    # default names the editor writes into the map
    "New stage": "Nowy etap",
    "Persona {n}": "Persona {n}",
    "New channel": "Nowy kanał",
    # the canvas's hints in empty cells
    "drop touchpoints here": "upuść tu punkty styku",
    "drag a channel here from the palette": "przeciągnij tu kanał z palety",
    # the analysis's findings (cjdesigner.analysis; the templates are documented in findings.py)
    "(unnamed)": "(bez nazwy)",
    "(untitled)": "(bez tytułu)",
    "{persona} starts at “{title}” ({stage}): no flow of this lane leads into it.": (
        "{persona} zaczyna od „{title}” ({stage}): nie prowadzi do niego żadne przejście tego toru."
    ),
    (
        "{persona} starts at “{title}” ({stage}), taken as the start: every card of the lane "
        "has a flow leading into it."
    ): (
        "{persona} zaczyna od „{title}” ({stage}), przyjętego jako początek: do każdej karty "
        "tego toru prowadzi jakieś przejście."
    ),
    "{persona} ends at “{title}” ({stage}): no flow leads out of it.": (
        "{persona} kończy na „{title}” ({stage}): nie wychodzi z niego żadne przejście."
    ),
    (
        "“{title}” ({stage}, {persona}) leads nowhere: no flow goes on from it, it is not in the "
        "last stage and it is not marked as a journey end."
    ): (
        "„{title}” ({stage}, {persona}) nie prowadzi dalej: nie wychodzi z niego żadne "
        "przejście, nie leży w ostatnim etapie i nie jest oznaczony jako koniec ścieżki."
    ),
    "“{title}” ({stage}, {persona}) cannot be reached from where {persona}'s journey starts.": (
        "„{title}” ({stage}, {persona}) jest nieosiągalny z początku ścieżki persony {persona}."
    ),
    (
        "“{source}” ({source_stage}) jumps to “{target}” ({target_stage}) for {persona}, "
        "skipping {skipped}."
    ): (
        "„{source}” ({source_stage}) przeskakuje do „{target}” ({target_stage}) u persony "
        "{persona}, z pominięciem: {skipped}."
    ),
    "“{source}” ({source_stage}) goes back to “{target}” ({target_stage}) for {persona}.": (
        "„{source}” ({source_stage}) wraca do „{target}” ({target_stage}) u persony {persona}."
    ),
    "{persona} has no touchpoint in {stage}.": ("{persona}: brak punktów styku w etapie {stage}."),
    (
        "#{rank} for {persona}: “{title}” ({stage}) is negative and {share} of {persona}'s "
        "journeys pass through it (emotion {emotion})."
    ): (
        "#{rank} ({persona}): „{title}” ({stage}) jest negatywny, a przechodzi przez niego "
        "{share} ścieżek persony {persona} (emocje {emotion})."
    ),
    (
        "#{rank} for {persona}: “{title}” ({stage}) is negative and not yet connected to "
        "{persona}'s other touchpoints (emotion {emotion})."
    ): (
        "#{rank} ({persona}): „{title}” ({stage}) jest negatywny i nie jest jeszcze połączony z "
        "innymi punktami styku persony {persona} (emocje {emotion})."
    ),
    "Loop for {persona}: {path}.": "Pętla ({persona}): {path}.",
    "{count} touchpoints of {persona} are tied together by loops: {titles}": (
        "Punkty styku powiązane pętlami ({persona}, {count}): {titles}"
    ),
    # cjdesigner analyze (text)
    (
        "personas: {personas} · stages: {stages} · touchpoints: {touchpoints} · "
        "connections: {connections} · findings: {findings}"
    ): (
        "persony: {personas} · etapy: {stages} · punkty styku: {touchpoints} · "
        "przejścia: {connections} · ustalenia: {findings}"
    ),
    "{title}: none": "{title}: brak",
    "Figures per stage and persona": "Dane według etapów i person",
    "Persona": "Persona",
    "Positive": "Pozytywne",
    "Neutral": "Neutralne",
    "Negative": "Negatywne",
    "Avg emotion": "Śr. emocje",
    "Channels": "Kanały",
    "all personas": "wszystkie persony",
}

_RO = {
    "As-is journey": "Parcurs actual (as-is)",
    "To-be journey": "Parcurs țintă (to-be)",
    "prepared by {author}": "autor: {author}",
    "positive": "pozitiv",
    "neutral": "neutru",
    "negative": "negativ",
    "research": "cercetare",
    "partly researched": "cercetare parțială",
    "assumption": "ipoteză",
    "milestone": "moment-cheie",
    "moment of truth": "momentul adevărului",
    "page {n}": "pagina {n}",
    "flow": "flux",
    "flow label: see the flow labels table": "eticheta fluxului: în tabelul etichetelor",
    "emotion estimated from sentiment": "emoție estimată din sentiment",
    "Flow labels": "Etichetele fluxurilor",
    "From": "De la",
    "To": "Către",
    "Flow label": "Eticheta fluxului",
    "The numbered circles on the map's flows refer to these rows.": (
        "Cercurile numerotate de pe fluxurile hărții trimit la aceste rânduri."
    ),
    "frustrated": "frustrat",
    "indifferent": "indiferent",
    "delighted": "încântat",
    "unhappy": "nemulțumit",
    "pleased": "mulțumit",
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
    # the journey insights page (kind titles and descriptions: cjdesigner.analysis.findings)
    "Journey insights": "Concluzii despre parcursul clientului",
    (
        "Touchpoints: {touchpoints} · Flows: {flows} · Stages: {stages} · Personas: {personas} ·"
        " Findings: {findings}"
    ): (
        "Puncte de contact: {touchpoints} · Fluxuri: {flows} · Etape: {stages} · Persone: "
        "{personas} · Constatări: {findings}"
    ),
    "No findings.": "Nicio constatare.",
    "… and {count} more": "… și încă {count}",
    "Touchpoints without a flow yet ({count}) are not listed as entry, end or dead-end points.": (
        "Punctele de contact încă fără flux ({count}) nu sunt listate ca puncte de intrare, de "
        "final sau fundături."
    ),
    "Figures by stage": "Date pe etape",
    "Stage": "Etapa",
    "Touchpoints": "Puncte de contact",
    "Average emotion": "Emoție medie",
    "Top channels": "Canale principale",
    "not scored": "neevaluat",
    "All stages": "Toate etapele",
    "Entry points": "Puncte de intrare",
    "End points": "Puncte finale",
    "Dead ends": "Fundături",
    "Unreachable touchpoints": "Puncte de contact inaccesibile",
    "Loops": "Bucle",
    "Skipped stages": "Etape omise",
    "Backward flows": "Fluxuri înapoi",
    "Gaps": "Goluri",
    "Critical moments": "Momente critice",
    "Where each persona's journey starts.": "Unde începe parcursul fiecărei persone.",
    "Where each persona's journey stops.": "Unde se oprește parcursul fiecărei persone.",
    "Touchpoints with no way on, before the last stage and not marked as a journey end.": (
        "Puncte de contact fără continuare, înainte de ultima etapă și nemarcate ca final de "
        "parcurs."
    ),
    "Touchpoints the persona cannot get to from the start of its journey.": (
        "Puncte de contact la care persona nu ajunge de la începutul parcursului său."
    ),
    "Flows that come back: the customer repeats steps.": (
        "Fluxuri care revin: clientul repetă pași."
    ),
    "Flows that jump forward over one or more stages.": (
        "Fluxuri care sar peste una sau mai multe etape."
    ),
    "Flows that go back to an earlier stage.": "Fluxuri care revin la o etapă anterioară.",
    "Stages in which a persona has no touchpoint.": (
        "Etape în care o persona nu are niciun punct de contact."
    ),
    (
        "Negative touchpoints, ranked by how much of the persona's journey passes through them: "
        "the moments of truth to work on first."
    ): (
        "Puncte de contact negative, ordonate după cât din parcursul personei trece prin ele: "
        "momentele adevărului de abordat mai întâi."
    ),
    # default names the editor writes into the map
    "New stage": "Etapă nouă",
    "Persona {n}": "Persona {n}",
    "New channel": "Canal nou",
    # the canvas's hints in empty cells
    "drop touchpoints here": "plasați aici punctele de contact",
    "drag a channel here from the palette": "trageți aici un canal din paletă",
    # the analysis's findings (cjdesigner.analysis; the templates are documented in findings.py)
    "(unnamed)": "(fără nume)",
    "(untitled)": "(fără titlu)",
    "{persona} starts at “{title}” ({stage}): no flow of this lane leads into it.": (
        "{persona} începe la „{title}” ({stage}): niciun flux al acestui culoar nu duce la el."
    ),
    (
        "{persona} starts at “{title}” ({stage}), taken as the start: every card of the lane "
        "has a flow leading into it."
    ): (
        "{persona} începe la „{title}” ({stage}), luat drept început: în fiecare card al "
        "culoarului intră un flux."
    ),
    "{persona} ends at “{title}” ({stage}): no flow leads out of it.": (
        "{persona} se oprește la „{title}” ({stage}): niciun flux nu pleacă de aici."
    ),
    (
        "“{title}” ({stage}, {persona}) leads nowhere: no flow goes on from it, it is not in the "
        "last stage and it is not marked as a journey end."
    ): (
        "„{title}” ({stage}, {persona}) nu duce nicăieri: niciun flux nu continuă de aici, nu "
        "este în ultima etapă și nu este marcat ca final de parcurs."
    ),
    "“{title}” ({stage}, {persona}) cannot be reached from where {persona}'s journey starts.": (
        "„{title}” ({stage}, {persona}) nu poate fi atins de la începutul parcursului personei "
        "{persona}."
    ),
    (
        "“{source}” ({source_stage}) jumps to “{target}” ({target_stage}) for {persona}, "
        "skipping {skipped}."
    ): (
        "„{source}” ({source_stage}) sare la „{target}” ({target_stage}) pentru {persona}, "
        "omițând: {skipped}."
    ),
    "“{source}” ({source_stage}) goes back to “{target}” ({target_stage}) for {persona}.": (
        "„{source}” ({source_stage}) revine la „{target}” ({target_stage}) pentru {persona}."
    ),
    "{persona} has no touchpoint in {stage}.": (
        "{persona}: niciun punct de contact în etapa {stage}."
    ),
    (
        "#{rank} for {persona}: “{title}” ({stage}) is negative and {share} of {persona}'s "
        "journeys pass through it (emotion {emotion})."
    ): (
        "#{rank} ({persona}): „{title}” ({stage}) este negativ și {share} din parcursurile "
        "personei {persona} trec prin el (emoție {emotion})."
    ),
    (
        "#{rank} for {persona}: “{title}” ({stage}) is negative and not yet connected to "
        "{persona}'s other touchpoints (emotion {emotion})."
    ): (
        "#{rank} ({persona}): „{title}” ({stage}) este negativ și nu este încă legat de "
        "celelalte puncte de contact ale personei {persona} (emoție {emotion})."
    ),
    "Loop for {persona}: {path}.": "Buclă ({persona}): {path}.",
    "{count} touchpoints of {persona} are tied together by loops: {titles}": (
        "Puncte de contact legate prin bucle ({persona}, {count}): {titles}"
    ),
    # cjdesigner analyze (text)
    (
        "personas: {personas} · stages: {stages} · touchpoints: {touchpoints} · "
        "connections: {connections} · findings: {findings}"
    ): (
        "persone: {personas} · etape: {stages} · puncte de contact: {touchpoints} · "
        "fluxuri: {connections} · constatări: {findings}"
    ),
    "{title}: none": "{title}: nu există",
    "Figures per stage and persona": "Date pe etape și persone",
    "Persona": "Persona",
    "Positive": "Pozitive",
    "Neutral": "Neutre",
    "Negative": "Negative",
    "Avg emotion": "Emoție medie",
    "Channels": "Canale",
    "all personas": "toate personele",
}

# The PDF's structure: continued tables, the cover page.
_PL.update(
    {
        "{heading} (continued)": "{heading} (cd.)",
        "Client": "Klient",
        "Consultant": "Konsultant",
        "Date": "Data",
        "Version": "Wersja",
        "Cover": "Strona tytułowa",
    }
)
_RO.update(
    {
        "{heading} (continued)": "{heading} (continuare)",
        "Client": "Client",
        "Consultant": "Consultant",
        "Date": "Data",
        "Version": "Versiune",
        "Cover": "Copertă",
    }
)

_CATALOGUES = {"pl": _PL, "ro": _RO}

FINDING_TEMPLATES: tuple[str, ...] = (
    "{persona} starts at “{title}” ({stage}): no flow of this lane leads into it.",
    "{persona} starts at “{title}” ({stage}), taken as the start: every card of the lane has a "
    "flow leading into it.",
    "{persona} ends at “{title}” ({stage}): no flow leads out of it.",
    "“{title}” ({stage}, {persona}) leads nowhere: no flow goes on from it, it is not in the last "
    "stage and it is not marked as a journey end.",
    "“{title}” ({stage}, {persona}) cannot be reached from where {persona}'s journey starts.",
    "Loop for {persona}: {path}.",
    "{count} touchpoints of {persona} are tied together by loops: {titles}",
    "“{source}” ({source_stage}) jumps to “{target}” ({target_stage}) for {persona}, skipping "
    "{skipped}.",
    "“{source}” ({source_stage}) goes back to “{target}” ({target_stage}) for {persona}.",
    "{persona} has no touchpoint in {stage}.",
    "#{rank} for {persona}: “{title}” ({stage}) is negative and {share} of {persona}'s journeys "
    "pass through it (emotion {emotion}).",
    "#{rank} for {persona}: “{title}” ({stage}) is negative and not yet connected to {persona}'s "
    "other touchpoints (emotion {emotion}).",
)
"""The analysis's finding messages (English templates, documented in analysis/findings.py):
the PDF's insights page also re-words English messages with them."""

LANGUAGES = ("en", "pl", "ro")
"""The languages a map's words are written in (``info.language``)."""

_QUOTES = {"pl": ("„", "”"), "ro": ("„", "”")}

QUOTE_PAIRS = {
    "pl": (("„", "”"), ("«", "»")),
    "ro": (("„", "”"), ("«", "»")),
    "en": (("“", "”"), ("‘", "’")),
}
"""Each language's (outer, inner) quotation marks: „…«…»…” in Polish and Romanian, “…‘…’…” in
English (any other language)."""


def label(message: str, language: str) -> str:
    """``message`` (English, as in the source) in the map's ``language``."""
    translated = _CATALOGUES.get(language, {}).get(message)
    return translated if translated is not None else tr(message)


def quote_pairs(language: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """(outer, inner) quotation marks of a language (English for any other)."""
    return QUOTE_PAIRS.get(language, QUOTE_PAIRS["en"])


def inner_quotes(text: str, language: str) -> str:
    """``text``'s own double quotes turned into the language's inner pair, so that it can
    stand inside the outer pair the program adds ("Plakat „Emerytura”" → „Plakat «Emerytura»”).
    A straight ``"`` opens after a space or at the start and closes elsewhere."""
    if not any(ch in text for ch in '„“”"'):
        return text
    _outer, (inner_open, inner_close) = quote_pairs(language)
    out: list[str] = []
    previous = " "
    for ch in text:
        if ch in "„“" or (ch == '"' and (previous.isspace() or previous in "([")):
            out.append(inner_open)
        elif ch in '”"':
            out.append(inner_close)
        else:
            out.append(ch)
        previous = ch
    return "".join(out)


def quote(text: str, language: str) -> str:
    """``text`` in the quotation marks of ``language`` (“…” in English, „…” in Polish and
    Romanian, as the translated message templates write them), its own quotes nested inside
    (:func:`inner_quotes`)."""
    (opening, closing), _inner = quote_pairs(language)
    return f"{opening}{inner_quotes(text, language)}{closing}"


def signed(number: int) -> str:
    """An emotion score with its sign, "+1" or "–2": a dash, not a hyphen, in every language,
    as the emotion scale, the detail tables and the insights page print it."""
    text = f"{number:+d}" if number else "0"
    return text.replace("-", "\u2013")


def messages() -> set[str]:
    """Every message the built-in catalogues translate (for tests of completeness)."""
    return set(_PL) | set(_RO)


def catalogue(language: str) -> dict[str, str]:
    return dict(_CATALOGUES.get(language, {}))


EMOTION_AXIS = {EMOTION_MIN: "frustrated", 0: "indifferent", EMOTION_MAX: "delighted"}
"""The words at the emotion curve's levels (English, as in the source)."""


EMOTION_WORDS = {
    -2: "frustrated",
    -1: "unhappy",
    0: "indifferent",
    1: "pleased",
    2: "delighted",
}
"""A word for each emotion score (English, as in the source): the editor's emotion menu."""


def emotion_words(language: str) -> dict[int, str]:
    """A word for each emotion score, in the map's ``language`` (the axis uses three of them)."""
    return {score: label(word, language) for score, word in EMOTION_WORDS.items()}


def emotion_axis(language: str) -> dict[int, str]:
    """The emotion curve's axis words by score, in the map's ``language``."""
    return {score: label(word, language) for score, word in EMOTION_AXIS.items()}
