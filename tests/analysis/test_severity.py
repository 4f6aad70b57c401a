"""Findings carry a severity: problems first, what may be intended next, facts last."""

from __future__ import annotations

from cjdesigner.analysis import SEVERITY, FindingKind, Severity, analyze, kinds_by_severity
from cjdesigner.model import JourneyMap


def test_every_kind_has_a_severity() -> None:
    assert set(SEVERITY) == set(FindingKind)
    assert {SEVERITY[k] for k in (FindingKind.ENTRY_POINT, FindingKind.END_POINT)} == {
        Severity.FACT
    }
    problems = {k for k, s in SEVERITY.items() if s is Severity.PROBLEM}
    assert problems == {
        FindingKind.DEAD_END,
        FindingKind.UNREACHABLE,
        FindingKind.GAP,
        FindingKind.CRITICAL_MOMENT,
    }


def test_kinds_by_severity_puts_problems_first_and_facts_last() -> None:
    order = kinds_by_severity()
    assert sorted(order) == sorted(FindingKind) and len(order) == len(FindingKind)
    ranks = [list(Severity).index(SEVERITY[k]) for k in order]
    assert ranks == sorted(ranks)
    assert order[:4] == (
        FindingKind.DEAD_END,
        FindingKind.UNREACHABLE,
        FindingKind.GAP,
        FindingKind.CRITICAL_MOMENT,
    )
    assert order[-2:] == (FindingKind.ENTRY_POINT, FindingKind.END_POINT)


def test_a_finding_knows_its_severity(shop_map: JourneyMap) -> None:
    findings = analyze(shop_map).findings
    assert findings
    for finding in findings:
        assert finding.severity is SEVERITY[finding.kind]
