"""The digest (counts and the findings a summary shows) is the full report's, cut.

:func:`analyze_digest` makes only the findings it shows; it must give exactly what cutting
:func:`analyze`'s report gives (:meth:`ReportDigest.of_report`): the same counts, the same
findings (kind, message, ids, score) in the same order, the same stage totals.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjdesigner.analysis import FindingKind, ReportDigest, analyze, analyze_digest
from cjdesigner.analysis.digest import shown_findings, takes
from cjdesigner.analysis.findings import make_finding
from cjdesigner.model import JourneyMap
from tests.analysis.test_identity import SAMPLE_FILES, SEEDED, load
from tests.analysis.test_properties import random_maps

PAGE = {kind: 15 if kind == FindingKind.CRITICAL_MOMENT else 12 for kind in FindingKind}
"""What the PDF's insights page asks for."""

CUTS: list[dict[FindingKind, int]] = [
    PAGE,
    dict.fromkeys(FindingKind, 0),
    dict.fromkeys(FindingKind, 1),
    dict.fromkeys(FindingKind, 3),
    dict.fromkeys(FindingKind, 10_000),
    {FindingKind.END_POINT: 2, FindingKind.SKIP: 1, FindingKind.CRITICAL_MOMENT: 4},
]


def _same(m: JourneyMap, shown: dict[FindingKind, int], language: str | None = None) -> None:
    report = analyze(m, language)
    expected = ReportDigest.of_report(report, shown)
    digest = analyze_digest(m, shown, language)
    assert digest.counts == expected.counts == report.counts()
    for kind in FindingKind:
        # messages compared written out: every field of every finding kept
        assert [(f, f.message) for f in digest.shown[kind]] == [
            (f, f.message) for f in expected.shown[kind]
        ]
        assert len(digest.shown[kind]) == min(shown.get(kind, 0), digest.counts[kind])
    assert digest == expected
    assert digest.finding_count == len(report.findings)
    assert digest.stage_totals == report.stage_totals


@pytest.mark.parametrize("name", [*SAMPLE_FILES, *SEEDED])
@pytest.mark.parametrize("cut", range(len(CUTS)))
def test_digest_of_samples_and_seeded_maps_is_the_full_reports(name: str, cut: int) -> None:
    _same(load(name), CUTS[cut])


@pytest.mark.parametrize("language", ["en", "pl", "ro"])
def test_digest_in_the_language_asked_for(language: str) -> None:
    m = load("seeded-lanes")
    _same(m, PAGE, language)
    assert analyze_digest(m, PAGE, language).language == language


def test_the_seeded_maps_cut_every_kind_they_have() -> None:
    """The cases above are not trivial: kinds with more findings than kept, several personas."""
    m = load("seeded-lanes")
    digest = analyze_digest(m, dict.fromkeys(FindingKind, 1))
    cut = [kind for kind in FindingKind if digest.counts[kind] > len(digest.shown[kind]) > 0]
    assert {FindingKind.END_POINT, FindingKind.SKIP, FindingKind.CRITICAL_MOMENT} <= set(cut)


shown_counts = st.fixed_dictionaries({kind: st.integers(0, 4) for kind in FindingKind})


@settings(max_examples=150, deadline=None)
@given(random_maps(), shown_counts)
def test_digest_of_any_map_is_the_full_reports(
    m: JourneyMap, shown: dict[FindingKind, int]
) -> None:
    _same(m, shown)


def test_shown_findings_take_turns_between_personas() -> None:
    report = analyze(load("seeded-random-large"))
    ends = report.of_kind(FindingKind.END_POINT)
    personas = list(dict.fromkeys(f.persona_id for f in ends))
    assert len(personas) >= 3
    kept = shown_findings(ends, len(personas) + 1)
    # one of each persona, and a second of the first: listed in report order
    assert [f.persona_id for f in kept].count(personas[0]) == 2
    assert {f.persona_id for f in kept} == set(personas)
    assert list(kept) == [f for f in ends if f in kept]
    assert shown_findings(ends, 0) == ()
    assert shown_findings(ends, len(ends)) == tuple(ends)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 6), max_size=5), st.integers(0, 20))
def test_takes_counts_what_shown_findings_takes(counts: list[int], limit: int) -> None:
    """Interleaved personas (as loops across lanes may come), each persona's findings in turn."""
    findings = [
        make_finding(FindingKind.GAP, f"{p}.{i}", (), f"p{p}", None, None)
        for i in range(max(counts, default=0))
        for p, count in enumerate(counts)
        if i < count
    ]
    taken = shown_findings(findings, limit)
    order = list(dict.fromkeys(f.persona_id for f in findings))
    present = [count for count in counts if count]
    expected = takes(present, limit)
    assert [sum(1 for f in taken if f.persona_id == p) for p in order] == expected
    assert len(taken) == min(limit, sum(counts)) == sum(takes(counts, limit))


def test_context_names_each_card_on_its_first_look_up() -> None:
    """The titles and stage names messages use are made when first asked for (a digest names
    few cards), the same as made for every card at once."""
    from cjdesigner.analysis.context import Context
    from cjdesigner.analysis.graph import map_data
    from cjdesigner.map_language import inner_quotes, label

    m = load("seeded-random-small")  # untitled cards, titles with „quotes”
    stages = {s.id: s.name for s in m.stages}
    ctx = Context(map_data(m), "pl")
    assert not ctx.titles and not ctx.card_stages
    untitled = label("(untitled)", "pl")
    assert any(not t.title.strip() for t in m.touchpoints)
    for t in m.touchpoints:
        expected = inner_quotes(t.title.strip() or untitled, "pl")
        assert ctx.titles[t.id] == expected == ctx.title(t.id)
        assert ctx.card_stages[t.id] == stages[t.stage_id] == ctx.stage_of(t.id)
    assert len(ctx.titles) == len(ctx.card_stages) == len(m.touchpoints)
    with pytest.raises(KeyError):
        ctx.titles["no such card"]
