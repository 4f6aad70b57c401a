"""The insights page prints from the analysis's digest what it printed from the full report.

The page asks :func:`analyze_digest` only for each persona's first findings of a kind
(:data:`SHOWN`); its choice of messages (:func:`_fair_selection`, in turn from each persona)
and its counts must be those of the full report, on any map.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjdesigner.analysis import FindingKind, analyze, analyze_digest
from cjdesigner.export.pdf.insights import MAX_CRITICAL, MAX_MESSAGES, SHOWN, _fair_selection
from cjdesigner.model import JourneyMap
from tests.analysis.test_identity import SAMPLE_FILES, SEEDED, load
from tests.analysis.test_properties import random_maps


def _page_choice_is_the_full_reports(m: JourneyMap, shown: dict[FindingKind, int]) -> None:
    report = analyze(m)
    digest = analyze_digest(m, shown)
    assert digest.counts == report.counts()
    for kind in FindingKind:
        full = _fair_selection(report.of_kind(kind), shown[kind])
        cut = _fair_selection(digest.leading[kind], shown[kind])
        assert cut == full
        assert [f.message for f in cut] == [f.message for f in full]


def test_the_page_asks_for_as_many_as_it_prints() -> None:
    assert SHOWN[FindingKind.CRITICAL_MOMENT] == MAX_CRITICAL
    others = [kind for kind in FindingKind if kind is not FindingKind.CRITICAL_MOMENT]
    assert all(SHOWN[kind] == MAX_MESSAGES for kind in others)


@pytest.mark.parametrize("name", [*SAMPLE_FILES, *SEEDED])
def test_the_page_chooses_the_same_messages_on_samples_and_seeded_maps(name: str) -> None:
    m = load(name)
    _page_choice_is_the_full_reports(m, SHOWN)
    _page_choice_is_the_full_reports(m, dict.fromkeys(FindingKind, 2))


def test_a_large_map_cuts_every_kind_it_has_many_of(map_factory) -> None:
    m = map_factory(1500, stages=8, personas=6)
    _page_choice_is_the_full_reports(m, SHOWN)
    digest = analyze_digest(m, SHOWN)
    assert digest.counts[FindingKind.END_POINT] > len(digest.leading[FindingKind.END_POINT])


@settings(max_examples=120, deadline=None)
@given(random_maps(), st.integers(1, 4))
def test_the_page_chooses_the_same_messages_on_any_map(m: JourneyMap, limit: int) -> None:
    _page_choice_is_the_full_reports(m, dict.fromkeys(FindingKind, limit))
