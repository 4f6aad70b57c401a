"""File > Export Sheet, Slides or Mermaid…: what the user is told when the file cannot be
written, and what a Mermaid journey leaves out (as ``cjdesigner export`` says it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cjdesigner.editor.window import MainWindow, sheet_formats
from cjdesigner.storage.errors import MapWriteError


@pytest.mark.parametrize("kind", ["xlsx", "pptx", "mmd"])
def test_a_folder_that_cannot_be_written_is_a_message_not_a_crash(
    window: MainWindow,
    dialogs: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    out = tmp_path / f"map.{kind}"
    reason = f"Cannot save “{out}”: the disk is read-only. The file on disk was not changed."

    def read_only(path: Path, data: bytes, **kwargs: Any) -> None:
        raise MapWriteError(reason)

    monkeypatch.setattr(sheet_formats, "choose_export", lambda parent, suggested: str(out))
    monkeypatch.setattr(sheet_formats, "choose_slide_size", lambda parent: "A3")
    monkeypatch.setattr(sheet_formats, "atomic_write_bytes", read_only)
    assert sheet_formats.export_formats(window) is None
    assert dialogs.messages("error") == [reason]
    assert dialogs.messages("info") == []  # no "left out" notes for a file not written
    assert not out.exists()


def test_the_mermaid_export_says_what_it_leaves_out(
    window: MainWindow, dialogs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "map.mmd"
    monkeypatch.setattr(sheet_formats, "choose_export", lambda parent, suggested: str(out))
    assert sheet_formats.export_formats(window) == out
    assert out.read_text(encoding="utf-8").count("journey\n") == 2  # two personas with cards
    (note,) = dialogs.messages("info")
    assert str(out) in note
    assert "• 1 flow left out (a journey diagram is a straight line)" in note
    assert "• Channels, evidence, milestones and colours are left out" in note
    assert "paste them one by one" in note


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_sheet_says_it_leaves_out_the_flows(
    window: MainWindow, dialogs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """A sheet has a row per touchpoint: the export says the map's flows are not in it, as
    the command line does (QA s7 J9: a round trip lost them without a word)."""
    out = tmp_path / f"map.{kind}"
    monkeypatch.setattr(sheet_formats, "choose_export", lambda parent, suggested: str(out))
    assert sheet_formats.export_formats(window) == out
    assert [kind for kind, _ in dialogs.asked] == ["info"]
    assert str(out) in window.statusBar().currentMessage()
    (note,) = dialogs.messages("info")
    assert "• A sheet has one row per touchpoint: it does not hold the 1 flow between them" in note
