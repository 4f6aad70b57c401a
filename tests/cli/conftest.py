"""Fixtures for the command line: run ``main`` in-process and capture what it prints."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from cjdesigner.cli import main
from cjdesigner.model import Connection, JourneyMap, Sentiment, Touchpoint
from cjdesigner.storage import save_map
from cjdesigner.templates import build_map


@dataclass
class CliResult:
    """What one run of the command line did."""

    code: int
    out: str
    err: str


CliRunner = Callable[..., CliResult]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> CliRunner:
    """``cli("info", path)`` runs ``main`` in-process and returns its exit code and output."""

    def run(*args: str | Path) -> CliResult:
        capsys.readouterr()  # drop anything printed before
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err
        return CliResult(code, captured.out, captured.err)

    return run


def small_map() -> JourneyMap:
    """A Polish 5A map with cards of every sentiment and two connections."""
    m = build_map("blank-5a", "pl", title="Zakup roweru — warsztat")
    persona = m.personas[0].id
    cards = [
        ("Reklama na Instagramie", 0, "social", Sentiment.POSITIVE),
        ("Porównywarka cen", 1, "website", Sentiment.NEUTRAL),
        ("Długie oczekiwanie na infolinii", 2, "phone", Sentiment.NEGATIVE),
        ("Zakup w sklepie", 3, "store", Sentiment.POSITIVE),
    ]
    for title, stage, channel, sentiment in cards:
        m.touchpoints.append(
            Touchpoint(
                stage_id=m.stages[stage].id,
                persona_id=persona,
                title=title,
                channel=channel,
                sentiment=sentiment,
            )
        )
    t = m.touchpoints
    m.connections += [
        Connection(source=t[0].id, target=t[1].id),
        Connection(source=t[1].id, target=t[3].id, label="pomija pytania"),
    ]
    m.check()
    return m


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    """A valid map file with 4 touchpoints (2 positive, 1 neutral, 1 negative), 2 connections."""
    path = tmp_path / "rower.cjm"
    save_map(small_map(), path)
    return path
