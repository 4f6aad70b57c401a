"""The client's logo for the PDF cover: chosen and removed in the map inspector, with undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor, QImage

from cjdesigner.editor.window import MainWindow


def _logo(path: Path) -> Path:
    image = QImage(120, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("#0B5394"))
    assert image.save(str(path))
    return path


def test_the_logo_is_chosen_undone_and_removed(
    window: MainWindow, dialogs: Any, tmp_path: Path
) -> None:
    doc = window.doc
    assert doc is not None
    form = window.inspector.map_form
    assert window.inspector.current_form() is form
    assert not form.remove_logo.isEnabled()
    logo = _logo(tmp_path / "acme.png")
    dialogs.script("image_path", str(logo))
    form.choose_logo.click()
    assert doc.map.info.logo is not None and doc.map.info.logo.data == logo.read_bytes()
    assert form.remove_logo.isEnabled() and not form.logo.pixmap().isNull()
    doc.undo_stack.undo()
    assert doc.map.info.logo is None
    doc.undo_stack.redo()
    assert doc.map.info.logo is not None
    form.remove_logo.click()
    assert doc.map.info.logo is None


def test_a_file_that_is_not_a_picture_is_refused_as_a_logo(
    window: MainWindow, dialogs: Any, tmp_path: Path
) -> None:
    doc = window.doc
    assert doc is not None
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture", "utf-8")
    assert not window.inspector.map_form.set_logo(fake)
    assert "logo.png" in dialogs.messages("warning")[0]
    assert doc.map.info.logo is None
