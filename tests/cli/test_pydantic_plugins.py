"""pydantic's plugin discovery is off in cjdesigner unless the user asks for it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cjdesigner.cli import pydantic_plugins
from cjdesigner.cli.pydantic_plugins import LOADER, OFF, SWITCH, disable_plugin_discovery

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "online-shop-purchase.cjm"

PROBE = """
import sys
from cjdesigner.cli import main
code = main(["validate", sys.argv[1]])
import os
print(code, "importlib.metadata" in sys.modules, os.environ.get("PYDANTIC_DISABLE_PLUGINS"))
"""


def _probe(environ: dict[str, str]) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(SAMPLE)],
        capture_output=True,
        text=True,
        env=environ,
        timeout=60,
        check=True,
    )
    return result.stdout.splitlines()[-1].split()  # after the "valid" line


def _environ_without_switch() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key != SWITCH}


def test_a_command_validates_without_the_plugin_scan() -> None:
    # the scan's import (importlib.metadata, email, zipfile…) never happens; the map validates
    assert _probe(_environ_without_switch()) == ["0", "False", OFF]


@pytest.mark.parametrize("value", ["", "logfire"])
def test_a_users_choice_of_plugins_is_left_to_pydantic(value: str) -> None:
    # empty: every plugin; names: all but those. pydantic's real loader (importlib.metadata) runs
    assert _probe({**_environ_without_switch(), SWITCH: value})[:2] == ["0", "True"]


@pytest.mark.parametrize("value", ["1", "true", OFF])
def test_a_switch_already_off_keeps_its_value_and_skips_the_scan(value: str) -> None:
    # the user's own "all off", or inherited from a cjdesigner that started this process
    assert _probe({**_environ_without_switch(), SWITCH: value}) == ["0", "False", value]


def test_nothing_changes_once_pydantic_has_loaded_its_loader() -> None:
    __import__(LOADER)  # a model was built earlier in this process: pydantic's choice stands
    environ: dict[str, str] = {}
    assert disable_plugin_discovery(environ) is False
    assert environ == {}


def test_the_stand_in_answers_as_pydantic_does_with_the_switch_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = __import__(LOADER, fromlist=["get_plugins"])
    monkeypatch.setenv(SWITCH, OFF)
    assert tuple(real.get_plugins()) == ()

    monkeypatch.delitem(sys.modules, LOADER)
    environ: dict[str, str] = {}
    assert disable_plugin_discovery(environ) is True
    assert environ == {SWITCH: OFF}
    stand_in = sys.modules[LOADER]
    assert stand_in is not real
    assert tuple(stand_in.get_plugins()) == ()
    from pydantic.plugin._loader import get_plugins  # what pydantic's validator building does

    assert get_plugins is stand_in.get_plugins


def test_anything_else_pydantic_asks_comes_from_its_real_loader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(SWITCH, OFF)
    monkeypatch.delitem(sys.modules, LOADER)
    stand_in = pydantic_plugins._quiet_loader()
    monkeypatch.setitem(sys.modules, LOADER, stand_in)
    assert stand_in.PYDANTIC_ENTRY_POINT_GROUP == "pydantic"
    assert sys.modules[LOADER] is not stand_in  # the real module took its place
    assert not hasattr(stand_in, "__path__")  # the import system's probes are not names
