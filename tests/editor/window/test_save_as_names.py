"""File > Save As…: a map is never written under the name of a PDF, picture, sheet or deck.

A consultant who types "mapa.pdf" in Save As expects a PDF; a map saved so is a JSON file the
client's PDF reader calls damaged. The name is refused with a pointer to the Export commands.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cjdesigner.editor.window import MainWindow


@pytest.mark.parametrize("name", ["mapa.pdf", "Mapa.PNG", "mapa.xlsx", "mapa.csv", "mapa.pptx"])
def test_a_name_of_an_export_format_is_refused(
    window: MainWindow, dialogs: Any, tmp_path: Path, name: str
) -> None:
    assert window.doc is not None
    folder = tmp_path / "dla klienta"
    folder.mkdir()
    dialogs.script("save_path", str(folder / name))
    assert not window.files.save_as()
    assert list(folder.iterdir()) == []
    assert window.doc.path is None
    (message,) = dialogs.messages("error")
    assert f"“{name}”" in message and ".cjm" in message
    assert Path(name).suffix[1:].upper() in message


@pytest.mark.parametrize(("name", "written"), [("mapa", "mapa.cjm"), ("mapa.json", "mapa.json")])
def test_a_map_name_or_json_is_saved(
    window: MainWindow, dialogs: Any, tmp_path: Path, name: str, written: str
) -> None:
    dialogs.script("save_path", str(tmp_path / name))
    assert window.files.save_as()
    assert (tmp_path / written).is_file()
    assert dialogs.messages("error") == []
