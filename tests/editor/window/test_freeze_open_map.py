"""The start's map is frozen without a full collection; every later map collects first."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from cjdesigner.editor import app


@pytest.fixture
def collections(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    calls: list[str] = []
    monkeypatch.setattr(app.gc, "collect", lambda *a: calls.append("collect") or 0)
    monkeypatch.setattr(app.gc, "unfreeze", lambda: calls.append("unfreeze"))
    monkeypatch.setattr(app.gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(app, "_opened_before", False)
    yield calls


def test_the_first_map_is_frozen_without_walking_the_heap(collections: list[str]) -> None:
    app.freeze_open_map()
    assert collections == ["freeze"]


def test_a_later_map_frees_the_previous_one_then_freezes(collections: list[str]) -> None:
    app.freeze_open_map()
    app.freeze_open_map()
    assert collections == ["freeze", "unfreeze", "collect", "freeze"]
    assert gc.isenabled()
