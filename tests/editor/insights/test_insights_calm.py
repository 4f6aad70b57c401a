"""A map being built: the Insights panel says what to do instead of listing every card."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from cjdesigner.analysis import FindingKind, Severity, analyze
from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window.insights_panel import InsightsPanel
from cjdesigner.model import Connection, JourneyMap, Persona, Sentiment, Stage, Touchpoint


def early_map(flows: int) -> JourneyMap:
    """Three stages, one persona, nine cards; ``flows`` flows along the first cards."""
    stages = [Stage(id=f"s{i}", name=f"Stage {i}") for i in range(3)]
    cards = [
        Touchpoint(
            id=f"t{i}",
            stage_id=f"s{i % 3}",
            persona_id="p0",
            order=i // 3,
            title=f"Card {i}",
            channel="website",
            sentiment=Sentiment.NEGATIVE if i == 4 else Sentiment.NEUTRAL,
        )
        for i in range(9)
    ]
    connections = [Connection(source=f"t{i}", target=f"t{i + 1}") for i in range(flows)]
    return JourneyMap(
        stages=stages,
        personas=[Persona(id="p0", name="Anna")],
        touchpoints=cards,
        connections=connections,
    )


def panel_for(qtbot: QtBot, m: JourneyMap) -> InsightsPanel:
    panel = InsightsPanel()
    qtbot.addWidget(panel)
    doc = MapDocument(m)
    panel.set_document(doc)
    qtbot.waitUntil(lambda: panel.insights is not None and not panel.refresher.busy, timeout=5000)
    panel._test_doc = doc  # type: ignore[attr-defined]  # keep it alive
    return panel


def test_few_flows_leave_the_loose_cards_out_with_a_hint(qtbot: QtBot) -> None:
    m = early_map(2)  # t0 → t1 → t2; six cards without any flow
    panel = panel_for(qtbot, m)
    report = analyze(m)
    assert report.left_out == 6  # the analysis leaves the loose cards out (the PDF, the CLI too)
    listed = [finding for finding, _index in panel.finding_rows()]
    assert sorted(f.message for f in listed) == sorted(f.message for f in report.findings)
    loose = {f"t{i}" for i in range(3, 9)}
    flow_kinds = {FindingKind.ENTRY_POINT, FindingKind.END_POINT, FindingKind.DEAD_END}
    assert not [f for f in listed if f.kind in flow_kinds and loose & set(f.touchpoint_ids)]
    assert any(f.kind is FindingKind.ENTRY_POINT and f.touchpoint_ids == ("t0",) for f in listed)
    assert any(f.kind is FindingKind.CRITICAL_MOMENT for f in listed)  # problems stay
    assert panel.left_out == 6
    assert not panel.hint.isHidden()
    assert "6 touchpoints without a flow yet" in panel.hint.text()
    assert panel.summary.text().startswith(f"{len(listed)} insights")
    # problems come first in the list
    ranks = [list(Severity).index(f.severity) for f in listed]
    assert ranks == sorted(ranks)


def test_a_map_without_flows_shows_a_short_hint(qtbot: QtBot) -> None:
    panel = panel_for(qtbot, early_map(0))
    assert "No flows yet" in panel.hint.text() and not panel.hint.isHidden()
    kinds = {finding.kind for finding, _index in panel.finding_rows()}
    assert kinds <= {FindingKind.GAP, FindingKind.CRITICAL_MOMENT}


def test_a_fully_drawn_map_shows_no_hint(qtbot: QtBot) -> None:
    panel = panel_for(qtbot, early_map(8))
    assert panel.left_out == 0 and panel.hint.isHidden()


def test_the_hint_counts_what_the_pdf_and_the_cli_leave_out(qtbot: QtBot) -> None:
    """QA J8: one rule, one count. A second lane with no flow at all is left out too."""
    m = early_map(2)
    m.personas.append(Persona(id="p1", name="Marek"))
    m.touchpoints.append(
        Touchpoint(id="m0", stage_id="s0", persona_id="p1", order=0, title="M", channel="email")
    )
    panel = panel_for(qtbot, m)
    report = analyze(m)
    assert panel.left_out == report.left_out == 7  # six of Anna's cards and Marek's one
    assert "7 touchpoints without a flow yet" in panel.hint.text()
    listed = [finding for finding, _index in panel.finding_rows()]
    assert panel.summary.text().startswith(f"{len(report.findings)} insights")
    assert len(listed) == len(report.findings)
