"""A short fixed-seed slice of the fuzz harness (CI): every mutated map is either refused by
the loader with one clear message or goes cleanly through validate, info, analyze and the
PDF, PNG and SVG exports, opening nothing outside our resources and the work folder.

The long run is ``python benchmarks/fuzz_long.py --count 100000``.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from harness import mutate, run_pipeline  # type: ignore[import-not-found]
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def _slice(examples: int) -> settings:
    return settings(
        max_examples=examples,
        derandomize=True,  # a fixed slice: the same inputs on every run and machine
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


@_slice(150)
@given(seed=st.integers(0, 2**32 - 1))
def test_loader_and_commands(tmp_path: Path, seed: int) -> None:
    what, data = mutate(random.Random(seed))
    outcome = run_pipeline(data, tmp_path, exports=False)
    assert outcome.outside_reads == [], (what, outcome.outside_reads)


@pytest.mark.slow
@_slice(10)
@given(seed=st.integers(0, 2**32 - 1))
def test_every_stage_with_exports(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    while True:  # exports are the costly part: spend them on inputs the loader accepts
        what, data = mutate(rng)
        outcome = run_pipeline(data, tmp_path, exports=True)
        if outcome.kind == "accepted":
            break
    assert outcome.stages == ["load", "validate", "info", "analyze", "pdf", "png", "svg"], what
    assert outcome.outside_reads == [], (what, outcome.outside_reads)


@pytest.mark.slow
@_slice(6)
@given(seed=st.integers(0, 2**32 - 1))
def test_long_texts_go_through_every_export(tmp_path: Path, seed: int) -> None:
    """Texts at the model's length caps and very long words (persona profiles that flow over
    pages, linear hyphenation) are printed, never refused by the PDF layout nor slow."""
    rng = random.Random(seed)
    while True:
        what, data = mutate(rng, long_texts=True)
        if "long_text" in what:
            outcome = run_pipeline(data, tmp_path, exports=True)
            if outcome.kind == "accepted":
                break
    assert outcome.stages == ["load", "validate", "info", "analyze", "pdf", "png", "svg"], what
    assert outcome.outside_reads == [], (what, outcome.outside_reads)
