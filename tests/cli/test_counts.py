"""Counts in the command line's output take the right English form: "1 touchpoint", "2 rows"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cjdesigner.model import Connection, Touchpoint
from cjdesigner.storage import save_map
from cjdesigner.templates import build_map

CliRunner = Callable[..., Any]  # the ``cli`` fixture of conftest.py


def _map(tmp_path: Path, cards: int, connections: int = 0) -> Path:
    m = build_map("blank-5a", "en", title="Counts")
    for number in range(cards):
        m.touchpoints.append(
            Touchpoint(
                stage_id=m.stages[number % len(m.stages)].id,
                persona_id=m.personas[0].id,
                title=f"Card {number}",
                channel="email",
            )
        )
    for number in range(connections):
        m.connections.append(
            Connection(source=m.touchpoints[number].id, target=m.touchpoints[number + 1].id)
        )
    path = tmp_path / f"m{cards}.cjm"
    save_map(m, path)
    return path


@pytest.mark.parametrize(
    ("cards", "connections", "words"),
    [
        (1, 0, "(1 touchpoint, 0 connections)"),
        (2, 1, "(2 touchpoints, 1 connection)"),
        (3, 2, "(3 touchpoints, 2 connections)"),
    ],
)
def test_validate_counts(
    cli: CliRunner, tmp_path: Path, cards: int, connections: int, words: str
) -> None:
    result = cli("validate", _map(tmp_path, cards, connections))
    assert result.code == 0
    assert words in result.out


def test_new_counts_stages_and_the_one_persona(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("new", "-o", tmp_path / "n.cjm")
    assert result.code == 0
    assert "5 stages, 1 persona." in result.out


def test_templates_count_stages(cli: CliRunner) -> None:
    result = cli("templates")
    assert " stages, languages:" in result.out
    assert "stage(s)" not in result.out


@pytest.mark.parametrize(("cards", "words"), [(1, "1 touchpoint row)"), (2, "2 touchpoint rows)")])
def test_sheet_exports_count_rows(cli: CliRunner, tmp_path: Path, cards: int, words: str) -> None:
    source = _map(tmp_path, cards)
    for kind in ("csv", "xlsx"):
        result = cli("export", source, "-o", tmp_path / f"o{cards}.{kind}")
        assert result.code == 0, result.err
        assert words in result.out


def test_mermaid_and_pdf_count_journeys_and_pages(cli: CliRunner, tmp_path: Path) -> None:
    source = _map(tmp_path, 2)
    mermaid = cli("export", source, "-o", tmp_path / "o.mmd")
    assert mermaid.code == 0, mermaid.err
    assert "(Mermaid, 1 journey)." in mermaid.out
    pdf = cli("export", source, "-o", tmp_path / "o.pdf", "--no-details", "--no-insights")
    assert pdf.code == 0, pdf.err
    assert "(1 page, A3 landscape" in pdf.out


def test_no_output_builds_a_plural_by_hand(cli: CliRunner, tmp_path: Path) -> None:
    source = _map(tmp_path, 1)
    outputs = [
        cli("validate", source).out,
        cli("new", "-o", tmp_path / "x.cjm").out,
        cli("templates").out,
        cli("export", source, "-o", tmp_path / "o.csv").out,
    ]
    for text in outputs:
        assert "(s)" not in text
        assert "1 touchpoints" not in text
