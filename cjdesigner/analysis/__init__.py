"""What a journey map says: where journeys start, stop, break off, loop, jump, and hurt.

Pure Python on networkx, no Qt (an import-linter contract checks it). ``analyze(map)`` gives a
:class:`JourneyReport` of :class:`Finding` objects (kinds and wording documented in
:mod:`cjdesigner.analysis.findings`) and :class:`StageFigures`; ``report_to_json`` turns it into
the JSON that ``cjdesigner analyze --json`` prints.

For the editor: ``build_graph(map)`` is a quick snapshot of plain values; ``analyze_graph(graph)``
can then run on a worker thread while the user goes on editing. ``analyze(map)`` gives the same
report without building the networkx graph. Neither leaves cyclic garbage behind (the rules run
on plain dictionaries; see :mod:`cjdesigner.analysis.context`).
"""

from cjdesigner.analysis.figures import StageFigures
from cjdesigner.analysis.findings import (
    SEVERITY,
    Finding,
    FindingKind,
    Severity,
    kind_description,
    kind_title,
    kinds_by_severity,
)
from cjdesigner.analysis.graph import build_graph
from cjdesigner.analysis.report import JourneyReport, analyze, analyze_graph, report_to_json

__all__ = [
    "SEVERITY",
    "Finding",
    "FindingKind",
    "JourneyReport",
    "Severity",
    "StageFigures",
    "analyze",
    "analyze_graph",
    "build_graph",
    "kind_description",
    "kind_title",
    "kinds_by_severity",
    "report_to_json",
]
