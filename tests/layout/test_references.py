"""The card-to-detail-row references follow the detail tables' order."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjdesigner.layout.references import touchpoint_references
from cjdesigner.storage import load_map

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "samples").glob("*.cjm"))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_references_count_rows_per_stage_in_lane_then_cell_order(path: Path) -> None:
    m = load_map(path).map
    refs = touchpoint_references(m)
    assert set(refs) == {t.id for t in m.touchpoints}
    cells = m.cells()
    for number, stage in enumerate(m.stages, start=1):
        expected = [t.id for p in m.personas for t in cells.get((stage.id, p.id), [])]
        assert [refs[i] for i in expected] == [f"{number}.{k}" for k in range(1, len(expected) + 1)]
