"""Finding cards by what they say: Edit > Find on a map of hundreds or thousands of cards.

"Where is the 'cancel subscription' card?" in a workshop meant scrolling. A card matches when
every word typed appears somewhere in its texts (title, description, customer action, pain
points, opportunities, owner, KPI names, channel name), ignoring case and diacritics: a
consultant typing "zolty" on a laptop without Polish keys finds "żółty", and ş/ș, ţ/ț fold
alike. Matches come in reading order: lane by lane, stage by stage, card by card.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from cjdesigner.model.journey_map import JourneyMap
from cjdesigner.model.no_channel import printed_channel_names
from cjdesigner.model.touchpoint import Touchpoint

_UNDECOMPOSED = (("ł", "l"), ("đ", "d"), ("ø", "o"), ("æ", "ae"))
"""Lower-case letters whose accent Unicode does not decompose (ł is not l + a mark); replaced
one by one (``str.translate`` with a table is ~10× slower on a whole map's text)."""
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
"""Combining marks (what NFKD splits off a letter): removed in one pass, not per character."""
_SEPARATOR = "\x00"
"""Between the cards' texts when a whole map is folded at once (no text holds it)."""


def fold(text: str) -> str:
    """``text`` for matching: case folded, diacritics dropped ("Żółć" → "zolc"); the one
    folding of the program (the spreadsheet import's header and value words use it too)."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    for letter, plain in _UNDECOMPOSED:
        folded = folded.replace(letter, plain)
    plain = _MARKS.sub("", unicodedata.normalize("NFKD", folded))
    if plain.isascii():  # Latin text: every mark was in the usual blocks
        return plain
    return "".join(c for c in plain if not unicodedata.combining(c))  # marks of other scripts


def query_words(query: str) -> list[str]:
    """The folded words of what was typed; none for an empty or blank query."""
    return fold(query).split()


def card_text(card: Touchpoint, channel_name: str = "") -> str:
    """Everything a card says, one line per text (words never join across texts)."""
    parts: list[str] = [card.title, card.description, card.customer_action, card.owner]
    parts.extend(card.pain_points)
    parts.extend(card.opportunities)
    parts.extend(kpi.name for kpi in card.kpis)
    parts.append(channel_name)
    return "\n".join(part for part in parts if part).replace(_SEPARATOR, " ")


class SearchIndex:
    """A map's cards in reading order with their folded texts, made once per map state.

    Folding 5,000 cards one by one took 0.13 s, too slow for a search as one types: the whole
    map's text is folded in one go (a few C-level passes) and split back per card. The editor
    makes a new index when the map changes; typing then only scans it.
    """

    def __init__(self, m: JourneyMap) -> None:
        channel_names = printed_channel_names(m.channels)  # as the cards show them
        cards = reading_order(m)
        self.ids = [card.id for card in cards]
        joined = _SEPARATOR.join(
            card_text(card, channel_names.get(card.channel, "")) for card in cards
        )
        self.texts = fold(joined).split(_SEPARATOR) if cards else []

    def matches(self, query: str) -> list[str]:
        """Ids of the cards holding every word of ``query``, in reading order."""
        words = query_words(query)
        if not words:
            return []
        return [i for i, text in zip(self.ids, self.texts, strict=True) if _holds_all(text, words)]


def reading_order(m: JourneyMap) -> list[Touchpoint]:
    """The map's cards lane by lane (persona order), stage by stage, card by card."""
    stage_rank = {stage.id: rank for rank, stage in enumerate(m.stages)}
    persona_rank = {persona.id: rank for rank, persona in enumerate(m.personas)}
    return sorted(
        m.touchpoints,
        key=lambda t: (
            persona_rank.get(t.persona_id, len(persona_rank)),
            stage_rank.get(t.stage_id, len(stage_rank)),
            t.order,
        ),
    )


def matching_cards(m: JourneyMap, query: str) -> list[str]:
    """Ids of the cards holding every word of ``query``, in reading order; none for a blank."""
    return SearchIndex(m).matches(query)


def _holds_all(text: str, words: Iterable[str]) -> bool:
    return all(word in text for word in words)
