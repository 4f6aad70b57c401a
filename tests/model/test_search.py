"""Finding cards by their words: every word, any text of the card, case and accents ignored."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cjdesigner.model import Channel, JourneyMap, Kpi, Persona, Stage, Touchpoint
from cjdesigner.model.search import SearchIndex, fold, matching_cards, query_words


def _map() -> JourneyMap:
    stages = [Stage(id="s0", name="Awareness"), Stage(id="s1", name="Purchase")]
    personas = [Persona(id="p0", name="Anna"), Persona(id="p1", name="Ștefan")]
    cards = [
        # listed out of reading order on purpose: matches still come lane by lane, stage by stage
        Touchpoint(
            id="late",
            stage_id="s1",
            persona_id="p0",
            order=0,
            title="Pays by BLIK",
            channel="web",
            owner="Zespół płatności",
        ),
        Touchpoint(
            id="second",
            stage_id="s0",
            persona_id="p0",
            order=1,
            title="Żółta ulotka",
            channel="web",
            description="Reklama w skrzynce",
        ),
        Touchpoint(
            id="first",
            stage_id="s0",
            persona_id="p0",
            order=0,
            title="Sees an ad",
            channel="tiktok",
            pain_points=["Ad is too loud"],
        ),
        Touchpoint(
            id="other_lane",
            stage_id="s0",
            persona_id="p1",
            order=0,
            title="Caută o ofertă",
            channel="web",
            customer_action="Compară prețuri",
            opportunities=["Ofertă pentru studenți"],
            kpis=[Kpi(name="NPS", value=40)],
        ),
    ]
    channels = [
        Channel(id="web", name="Strona internetowa", icon="website"),
        Channel(id="tiktok", name="TikTok", icon="social"),
    ]
    return JourneyMap(stages=stages, personas=personas, touchpoints=cards, channels=channels)


def test_fold_drops_case_and_diacritics_of_polish_and_romanian() -> None:
    assert fold("Zażółć GĘŚLĄ jaźń") == "zazolc gesla jazn"
    assert fold("Şţ ș ț Ă Î Â") == "st s t a i a"  # cedilla and comma-below spellings alike
    assert fold("Straße ﬁlm") == "strasse film"


def test_every_word_must_appear_somewhere_in_the_card() -> None:
    m = _map()
    assert matching_cards(m, "zolta") == ["second"]  # typed without Polish keys
    assert matching_cards(m, "ŻÓŁTA ulotka") == ["second"]
    assert matching_cards(m, "ad loud") == ["first"]  # title and a pain point together
    assert matching_cards(m, "ad quiet") == []
    assert matching_cards(m, "tiktok") == ["first"]  # the channel's name counts
    assert matching_cards(m, "platnosci") == ["late"]  # the owner
    assert matching_cards(m, "compara") == ["other_lane"]  # customer action, Romanian
    assert matching_cards(m, "studenti") == ["other_lane"]  # opportunities
    assert matching_cards(m, "nps") == ["other_lane"]  # KPI names


def test_matches_come_in_reading_order_lane_by_lane() -> None:
    m = _map()
    assert matching_cards(m, "a") == ["first", "second", "late", "other_lane"]


def test_a_blank_query_finds_nothing() -> None:
    m = _map()
    assert matching_cards(m, "") == []
    assert matching_cards(m, "   ") == []
    assert query_words(" Ab  ÇD ") == ["ab", "cd"]


def test_an_empty_map_has_an_empty_index() -> None:
    index = SearchIndex(JourneyMap())
    assert index.ids == [] and index.matches("x") == []


@given(st.lists(st.text(min_size=1, max_size=30).filter(str.strip), min_size=1, max_size=8))
def test_the_whole_map_folded_at_once_matches_card_by_card(titles: list[str]) -> None:
    """The index folds every card's text in one go; it must split back exactly per card."""
    m = JourneyMap(
        stages=[Stage(id="s0", name="S")],
        personas=[Persona(id="p0", name="P")],
        touchpoints=[
            Touchpoint(
                id=f"t{i}", stage_id="s0", persona_id="p0", order=i, title=title, channel="website"
            )
            for i, title in enumerate(titles)
        ],
    )
    index = SearchIndex(m)
    assert index.ids == [f"t{i}" for i in range(len(titles))]
    for i, card in enumerate(m.touchpoints):  # the titles as the model keeps them (NFC)
        assert fold(card.title) in index.texts[i]
        assert f"t{i}" in index.matches(card.title) or not query_words(card.title)


def test_capital_and_small_letters_without_a_decomposition_fold_alike() -> None:
    """The spreadsheet import's words use this folding too: "ØRE" and "øre" are one word."""
    assert fold("ÆØĐŁ") == fold("æøđł") == "aeodl"
    assert fold("שָׁלוֹם") == "שלום"  # marks of other scripts go as well
