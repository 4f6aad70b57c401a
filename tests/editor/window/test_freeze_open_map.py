"""The start's map is frozen after collecting only what the start made since its modules froze,
once the window has painted its first frame (whichever of the two comes first).

Every later map (and a map opened outside :func:`cjdesigner.editor.app.run`, as in the tests)
unfreezes and collects everything first, which frees the previous map.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from cjdesigner.editor import map_freeze as app


@pytest.fixture
def collections(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    calls: list[str] = []
    monkeypatch.setattr(app.gc, "collect", lambda *a: calls.append("collect") or 0)
    monkeypatch.setattr(app.gc, "unfreeze", lambda: calls.append("unfreeze"))
    monkeypatch.setattr(app.gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(app, "_start_map_pending", False)
    monkeypatch.setattr(app, "_start_freeze_due", False)
    monkeypatch.setattr(app, "_first_frame_shown", False)
    yield calls


def test_a_map_opened_outside_the_start_collects_everything_first(
    collections: list[str],
) -> None:
    app.freeze_open_map()
    assert collections == ["unfreeze", "collect", "freeze"]


def test_the_starts_map_collects_without_unfreezing_the_starts_modules_after_the_first_frame(
    collections: list[str],
) -> None:
    app.expect_start_map()  # as run() does
    app.freeze_open_map()  # the map is open: nothing yet, the first frame comes first
    assert collections == []
    assert app._start_map_pending is False
    app.after_first_frame()
    assert collections == ["collect", "freeze"]
    app.after_first_frame()  # once only
    assert collections == ["collect", "freeze"]
    app.freeze_open_map()  # the next map frees the previous one
    assert collections == ["collect", "freeze", "unfreeze", "collect", "freeze"]
    assert gc.isenabled()


def test_a_start_map_opened_after_the_first_frame_is_frozen_when_it_opens(
    collections: list[str],
) -> None:
    app.expect_start_map()
    app.after_first_frame()  # the empty window painted before the file was read
    assert collections == []
    app.freeze_open_map()
    assert collections == ["collect", "freeze"]
