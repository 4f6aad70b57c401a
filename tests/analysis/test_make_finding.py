"""Findings made in bulk by the analysis (``make_finding``, ``deferred_finding``) are plain
findings in every way."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from cjdesigner.analysis.findings import Finding, FindingKind, deferred_finding, make_finding


@pytest.mark.parametrize("connection_ids", [(), ("c1", "c2")])
def test_made_findings_equal_constructed_ones(connection_ids: tuple[str, ...]) -> None:
    values = {
        "kind": FindingKind.SKIP,
        "message": "“A” (Stage 1) jumps to “B” (Stage 3) for Ana, skipping Stage 2.",
        "touchpoint_ids": ("a", "b"),
        "persona_id": "p",
        "stage_id": "s1",
        "score": 1.0,
        "connection_ids": connection_ids,
    }
    made, built = make_finding(**values), Finding(**values)
    assert type(made) is Finding
    assert made == built and hash(made) == hash(built) and repr(made) == repr(built)
    assert dataclasses.asdict(made) == dataclasses.asdict(built)
    assert pickle.loads(pickle.dumps(made)) == built
    assert copy.deepcopy(made) == built
    assert made.severity == built.severity
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.message = "changed"  # type: ignore[misc]


def test_connection_ids_default_to_empty_as_the_dataclass_does() -> None:
    args = (FindingKind.GAP, "Ana has no touchpoint in Stage 2.", (), "p", "s2", None)
    assert make_finding(*args) == Finding(*args)
    assert make_finding(*args).connection_ids == ()


@pytest.mark.parametrize("read_first", [False, True])
def test_deferred_findings_equal_constructed_ones(read_first: bool) -> None:
    template = "“{source}” ({source_stage}) goes back to “{target}” for {persona}."
    fields = {"source": "B", "source_stage": "Stage 3", "target": "A", "persona": "Ana"}
    message = "“B” (Stage 3) goes back to “A” for Ana."
    rest = (("b", "a"), "p", "s3", 2.0, ("c1",))
    built = Finding(FindingKind.BACKWARD_FLOW, message, *rest)
    made = deferred_finding(FindingKind.BACKWARD_FLOW, template, fields, *rest)
    if read_first:  # written when first read, then kept
        assert made.message == message and made.message is made.message
    assert type(made) is Finding
    assert made == built and hash(made) == hash(built) and repr(made) == repr(built)
    assert dataclasses.asdict(made) == dataclasses.asdict(built)
    assert pickle.loads(pickle.dumps(made)) == built
    assert pickle.loads(pickle.dumps(made)).__dict__ == pickle.loads(pickle.dumps(built)).__dict__
    assert copy.deepcopy(made) == built and copy.copy(made) == built
    assert made.message == message
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.message = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        _ = made.no_such_field  # type: ignore[attr-defined]
