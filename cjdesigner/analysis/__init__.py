"""What a journey map says: where journeys start, stop, break off, loop, jump, and hurt.

Pure Python on networkx, no Qt (an import-linter contract checks it). ``analyze(map)`` gives a
:class:`JourneyReport` of :class:`Finding` objects (kinds and wording documented in
:mod:`cjdesigner.analysis.findings`) and :class:`StageFigures`; ``report_to_json`` turns it into
the JSON that ``cjdesigner analyze --json`` prints. ``analyze_digest(map, shown)`` gives its
counts and the few findings of each kind a summary shows, without making the rest (the PDF's
insights page: :mod:`cjdesigner.analysis.digest`). Cards without any flow yet get no entry, end
or dead-end findings; both count them (``left_out``) and ``left_out_note`` says so in one line
(:mod:`cjdesigner.analysis.unlinked`).

For the editor: ``build_graph(map)`` is a quick snapshot of plain values; ``analyze_graph(graph)``
can then run on a worker thread while the user goes on editing. ``analyze(map)`` gives the same
report without building the networkx graph. Neither leaves cyclic garbage behind (the rules run
on plain dictionaries; see :mod:`cjdesigner.analysis.context`).

Each name below loads its module when first used: networkx and the rules take ~0.1 s to import,
and the editor needs ``Finding`` for its first frame but the analysis only after it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cjdesigner.analysis.digest import ReportDigest, analyze_digest
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
    from cjdesigner.analysis.unlinked import left_out_note

_HOMES = {
    "ReportDigest": "digest",
    "analyze_digest": "digest",
    "StageFigures": "figures",
    "SEVERITY": "findings",
    "Finding": "findings",
    "FindingKind": "findings",
    "Severity": "findings",
    "kind_description": "findings",
    "kind_title": "findings",
    "kinds_by_severity": "findings",
    "build_graph": "graph",
    "JourneyReport": "report",
    "analyze": "report",
    "analyze_graph": "report",
    "report_to_json": "report",
    "left_out_note": "unlinked",
}

__all__ = [
    "SEVERITY",
    "Finding",
    "FindingKind",
    "JourneyReport",
    "ReportDigest",
    "Severity",
    "StageFigures",
    "analyze",
    "analyze_digest",
    "analyze_graph",
    "build_graph",
    "kind_description",
    "kind_title",
    "kinds_by_severity",
    "left_out_note",
    "report_to_json",
]


def __getattr__(name: str) -> Any:
    """Import a public name's module when it is first asked for (PEP 562)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
