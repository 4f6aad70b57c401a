"""A map that cannot be opened is named in the UI language's quotation marks („…” in Polish).

The reader wrapped every message in hard-coded “…” around the file name, so a Polish dialog
showed “/tmp/x.cjm”: nieprawidłowy JSON… — the marks now come with the translated template, as
in every other message that names a file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cjdesigner.editor import translations
from cjdesigner.storage import MapFileError, load_map

BROKEN = {
    "cut.cjm": b'{"format": "cjdesigner-map", "map": {',
    "empty.cjm": b"",
    "note.cjm": b"just some notes\n",
}


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    translations.install("en")


@pytest.mark.parametrize(("language", "opening"), [("pl", "„"), ("ro", "„"), ("en", "“")])
@pytest.mark.parametrize("name", sorted(BROKEN))
def test_the_file_name_is_quoted_in_the_ui_language(
    app: QApplication, tmp_path: Path, language: str, opening: str, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(BROKEN[name])
    translations.install(language)
    with pytest.raises(MapFileError) as caught:
        load_map(path)
    message = str(caught.value)
    assert message.startswith(f"{opening}{path}”: "), message
    if language != "en":
        assert f"“{path}”" not in message


def test_the_command_line_keeps_english_quotes(tmp_path: Path) -> None:
    from cjdesigner.i18n import set_translator

    set_translator(None)
    path = tmp_path / "cut.cjm"
    path.write_bytes(BROKEN["cut.cjm"])
    with pytest.raises(MapFileError) as caught:
        load_map(path)
    assert str(caught.value).startswith(f"“{path}”: ")
