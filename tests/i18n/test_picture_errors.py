"""A persona picture or client logo that cannot be opened is explained in the editor's
language; the system's own words ("No such file or directory") were English in Polish."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from cjdesigner.editor.window.inspector.persona_form import PictureError, avatar_from_file

WANTED = {
    "missing": "“%1” does not exist.",
    "folder": "“%1” is a folder, not a picture.",
    "locked": "“%1” cannot be opened: you are not allowed to read it.",
}


def _reason(path: Path) -> str:
    with pytest.raises(PictureError) as caught:
        avatar_from_file(path)
    return str(caught.value)


def test_a_picture_that_cannot_be_opened_is_explained_in_the_ui_language(
    language: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "zdjęcia"
    folder.mkdir()
    locked = tmp_path / "logo-klienta.png"
    locked.write_bytes(b"\x89PNG\r\n\x1a\n")
    real = Path.read_bytes

    def read_bytes(self: Path, *args: Any) -> bytes:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self, *args)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    reasons = {
        "missing": _reason(tmp_path / "brak.png"),
        "folder": _reason(folder),
        "locked": _reason(locked),
    }
    names = {"missing": "brak.png", "folder": "zdjęcia", "locked": "logo-klienta.png"}
    for case, reason in reasons.items():
        expected = QCoreApplication.translate("PictureError", WANTED[case])
        assert reason == expected.replace("%1", names[case])
        assert "No such file" not in reason and "Permission denied" not in reason
        if language != "en":
            assert expected != WANTED[case]  # translated, not the English text
