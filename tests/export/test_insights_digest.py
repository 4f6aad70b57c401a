"""The insights page prints from the analysis's digest what it printed from the full report.

The page used to take the full report and choose each kind's messages itself, in turn from each
persona (the rule below, as it was). It now asks :func:`analyze_digest` for the counts and the
messages shown; on any map these must be the ones that rule chose from the full report.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjdesigner.analysis import Finding, FindingKind, analyze, analyze_digest
from cjdesigner.export.pdf.insights import MAX_CRITICAL, MAX_MESSAGES, SHOWN
from cjdesigner.model import JourneyMap
from tests.analysis.test_identity import SAMPLE_FILES, SEEDED, load
from tests.analysis.test_properties import random_maps


def page_choice(findings: Sequence[Finding], limit: int) -> list[Finding]:
    """The page's own choice before the digest (``insights._fair_selection``, as it was)."""
    if len(findings) <= limit:
        return list(findings)
    by_persona: dict[str | None, list[int]] = {}
    for index, finding in enumerate(findings):
        by_persona.setdefault(finding.persona_id, []).append(index)
    chosen: list[int] = []
    depth = 0
    while len(chosen) < limit:
        for indexes in by_persona.values():
            if depth < len(indexes) and len(chosen) < limit:
                chosen.append(indexes[depth])
        depth += 1
    return [findings[i] for i in sorted(chosen)]


def _page_choice_is_the_full_reports(m: JourneyMap, shown: dict[FindingKind, int]) -> None:
    report = analyze(m)
    digest = analyze_digest(m, shown)
    assert digest.counts == report.counts()
    assert digest.finding_count == len(report.findings)
    for kind in FindingKind:
        full = page_choice(report.of_kind(kind), shown[kind])
        assert list(digest.shown[kind]) == full
        assert [f.message for f in digest.shown[kind]] == [f.message for f in full]


def test_the_page_asks_for_as_many_as_it_prints() -> None:
    assert SHOWN[FindingKind.CRITICAL_MOMENT] == MAX_CRITICAL
    others = [kind for kind in FindingKind if kind is not FindingKind.CRITICAL_MOMENT]
    assert all(SHOWN[kind] == MAX_MESSAGES for kind in others)


@pytest.mark.parametrize("name", [*SAMPLE_FILES, *SEEDED])
def test_the_page_chooses_the_same_messages_on_samples_and_seeded_maps(name: str) -> None:
    m = load(name)
    _page_choice_is_the_full_reports(m, SHOWN)
    _page_choice_is_the_full_reports(m, dict.fromkeys(FindingKind, 2))
    _page_choice_is_the_full_reports(m, dict.fromkeys(FindingKind, 7))


def test_a_large_map_cuts_every_kind_it_has_many_of(map_factory) -> None:
    m = map_factory(1500, stages=8, personas=6)
    _page_choice_is_the_full_reports(m, SHOWN)
    digest = analyze_digest(m, SHOWN)
    # (every other card has no flow: left out of entry and end points, only counted)
    assert digest.left_out == 750
    assert digest.counts[FindingKind.ENTRY_POINT] > len(digest.shown[FindingKind.ENTRY_POINT])
    # taken in turn: every persona named among the entry points shown
    shown = digest.shown[FindingKind.ENTRY_POINT]
    assert {f.persona_id for f in shown} == {p.id for p in m.personas}


@settings(max_examples=150, deadline=None)
@given(random_maps(), st.integers(0, 5))
def test_the_page_chooses_the_same_messages_on_any_map(m: JourneyMap, limit: int) -> None:
    _page_choice_is_the_full_reports(m, dict.fromkeys(FindingKind, limit))
