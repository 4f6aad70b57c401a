"""Per stage and persona figures: sentiment mix, average emotion (None in a gap), channel mix."""

from __future__ import annotations

import pytest

from cjdesigner.analysis import StageFigures, analyze
from cjdesigner.model import JourneyMap, Sentiment


def cell(figures: tuple[StageFigures, ...], stage: str, persona: str | None) -> StageFigures:
    (found,) = [f for f in figures if f.stage_id == stage and f.persona_id == persona]
    return found


def test_one_entry_per_stage_and_persona_in_map_order(shop_map: JourneyMap) -> None:
    report = analyze(shop_map)
    assert [(f.stage_id, f.persona_id) for f in report.figures] == [
        (s, p) for s in ("s1", "s2", "s3", "s4", "s5") for p in ("pa", "pm", "pz")
    ]
    assert [f.stage_id for f in report.stage_totals] == ["s1", "s2", "s3", "s4", "s5"]
    assert all(f.persona_id is None for f in report.stage_totals)
    assert sum(f.touchpoint_count for f in report.figures) == len(shop_map.touchpoints)


def test_sentiment_mix_average_emotion_and_channels(shop_map: JourneyMap) -> None:
    ask = cell(analyze(shop_map).figures, "s3", "pa")
    assert (ask.stage_name, ask.persona_name) == ("Ask", "Anna")
    assert ask.touchpoint_count == 3
    assert ask.sentiment_mix == {
        Sentiment.POSITIVE: 0,
        Sentiment.NEUTRAL: 1,
        Sentiment.NEGATIVE: 2,
    }
    assert list(ask.sentiment_mix) == [Sentiment.POSITIVE, Sentiment.NEUTRAL, Sentiment.NEGATIVE]
    # The FAQ has no emotion score: the mean is of the call (−2) and the chat (−1).
    assert ask.average_emotion == pytest.approx(-1.5)
    assert ask.scored_count == 2
    # In the order of the channel catalogue (website, …, phone, chat), not of the cards.
    assert list(ask.channel_mix.items()) == [("website", 1), ("phone", 1), ("chat", 1)]


def test_a_gap_has_no_average_emotion(shop_map: JourneyMap) -> None:
    gap = cell(analyze(shop_map).figures, "s2", "pm")
    assert gap.touchpoint_count == 0
    assert gap.average_emotion is None
    assert gap.scored_count == 0
    assert set(gap.sentiment_mix.values()) == {0}
    assert gap.channel_mix == {}


def test_cards_without_scores_give_no_average(shop_map: JourneyMap) -> None:
    billboard = cell(analyze(shop_map).figures, "s1", "pz")
    assert billboard.touchpoint_count == 1
    assert billboard.average_emotion is None


def test_stage_totals_add_up_the_personas(shop_map: JourneyMap) -> None:
    report = analyze(shop_map)
    ask = cell(report.stage_totals, "s3", None)
    assert ask.persona_name is None
    assert ask.touchpoint_count == 4  # three of Anna's, Marek's phone order
    assert ask.sentiment_mix[Sentiment.NEGATIVE] == 3
    assert ask.average_emotion == pytest.approx(-1.5)  # the phone order is unscored
    assert ask.channel_mix == {"website": 1, "phone": 2, "chat": 1}
    awareness = cell(report.stage_totals, "s1", None)
    assert awareness.average_emotion == pytest.approx(1.5)  # ad +1, store +2, billboard unscored
