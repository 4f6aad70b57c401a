"""Collection pauses while modules load, freezes what the start loaded, and comes back."""

from __future__ import annotations

import gc
import sys
import types
from collections.abc import Iterator

import pytest

from cjdesigner.startup_gc import paused_collection


@pytest.fixture
def unfrozen() -> Iterator[None]:
    """Leave the process's collector as it was: nothing frozen by these tests stays frozen."""
    frozen = gc.get_freeze_count()
    yield
    if gc.get_freeze_count() > frozen:
        gc.unfreeze()


def test_no_collection_inside_and_collection_back_after(unfrozen: None) -> None:
    assert gc.isenabled()
    with paused_collection():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collection_stays_off_when_it_was_off(unfrozen: None) -> None:
    gc.disable()
    try:
        with paused_collection():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collection_comes_back_after_an_error(unfrozen: None) -> None:
    with pytest.raises(RuntimeError), paused_collection():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_only_a_block_that_loaded_modules_freezes(
    unfrozen: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    gc.unfreeze()
    with paused_collection():
        pass
    assert gc.get_freeze_count() == 0  # main run again and again freezes nothing
    with paused_collection():
        monkeypatch.setitem(sys.modules, "made_up_for_the_test", types.ModuleType("m"))
    assert gc.get_freeze_count() > 0
