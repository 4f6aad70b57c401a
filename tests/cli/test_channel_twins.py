"""``validate`` warns about channels that share a name (cards look alike, a sheet round trip
merges them): the editor refuses making such a pair, a file from elsewhere may hold one."""

from __future__ import annotations

import json
from pathlib import Path

from cjdesigner.model import Channel
from cjdesigner.model.channel import same_named_channels
from cjdesigner.storage import save_map

from .conftest import CliRunner, small_map


def test_same_named_channels_groups_names_case_and_spaces_aside() -> None:
    channels = [
        Channel(id="a", name="E-mail"),
        Channel(id="b", name="Infolinia"),
        Channel(id="c", name="e-mail "),
        Channel(id="d", name="Sklep"),
    ]
    assert same_named_channels(channels) == [["E-mail", "e-mail "]]
    assert same_named_channels(channels[1:2]) == []


def test_validate_warns_and_stays_valid(cli: CliRunner, tmp_path: Path) -> None:
    m = small_map()
    m.channels.append(Channel(id="email2", name="e-mail", icon="phone"))
    path = tmp_path / "twins.cjm"
    save_map(m, path)
    result = cli("validate", path)
    assert result.code == 0
    assert "warning: several channels share a name: “E-mail” (2×)" in result.err
    assert "Manage Channels" in result.err
    assert "valid (4 touchpoints, 2 connections)" in result.out
    report = cli("validate", "--json", path)
    assert json.loads(report.out)["files"][0]["same_named_channels"] == [["E-mail", "e-mail"]]


def test_a_map_without_twins_has_no_warning(cli: CliRunner, map_file: Path) -> None:
    result = cli("validate", map_file)
    assert result.code == 0 and "share a name" not in result.err
