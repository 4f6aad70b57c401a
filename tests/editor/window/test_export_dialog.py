"""File > Export PDF…: the plan is shown before writing, and the PDF is written atomically."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cjdesigner.editor.window import MainWindow
from cjdesigner.editor.window.export_dialog import ExportDialog


def test_export_action_suggests_a_pdf_beside_the_map(
    make_window: Any, dialogs: Any, map_file: Path
) -> None:
    window: MainWindow = make_window()
    window.files.open_path(map_file)
    assert window.window_actions.export_pdf.isEnabled()
    dialogs.script("export_pdf", None)
    window.window_actions.export_pdf.trigger()
    assert dialogs.asked[-1] == ("export_pdf", (str(map_file.with_suffix(".pdf")),))


def test_dialog_plans_then_writes_the_pdf(window: MainWindow, tmp_path: Path) -> None:
    assert window.doc is not None
    dialog = ExportDialog(window.doc.map, tmp_path / "map", window)
    assert "pages" in dialog.summary.text()
    dialog.tile.setChecked(True)
    assert dialog.overlap.isEnabled()
    assert "Poster of" in dialog.summary.text()
    dialog.fit.setChecked(True)
    dialog.page.setCurrentText("A4")
    dialog.portrait.setChecked(True)
    options = dialog.options()
    assert (options.page, options.orientation.value, options.mode.value) == (
        "A4",
        "portrait",
        "fit",
    )
    assert dialog.export()
    written = tmp_path / "map.pdf"
    assert dialog.written == written
    assert written.read_bytes().startswith(b"%PDF")
    # a small map's pages are counted, not guessed: the dialog says exactly what is written
    from pypdf import PdfReader

    pages = len(PdfReader(written).pages)
    assert dialog.summary.text().startswith(f"{pages} pages · ")


def test_an_unwritable_target_keeps_the_dialog_open_with_the_reason(
    window: MainWindow, tmp_path: Path
) -> None:
    assert window.doc is not None
    folder = tmp_path / "is-a-folder.pdf"
    folder.mkdir()
    dialog = ExportDialog(window.doc.map, folder, window)
    assert not dialog.export()
    assert "not written" in dialog.summary.text()
    assert dialog.written is None


def test_export_image_writes_png_and_svg_without_the_selection(
    window: MainWindow, dialogs: Any, tmp_path: Path
) -> None:
    from PySide6.QtGui import QImage

    window.scene.select_ids(["t0"])
    dialogs.script("export_image_path", str(tmp_path / "map.png"), str(tmp_path / "map.svg"))
    window.window_actions.export_image.trigger()
    image = QImage(str(tmp_path / "map.png"))
    layout = window.scene.grid_layout
    assert layout is not None
    assert image.width() >= 2 * layout.width  # two pixels per scene unit
    window.window_actions.export_image.trigger()
    svg = (tmp_path / "map.svg").read_text("utf-8")
    assert "<svg" in svg and "Test journey" in svg
    assert window.scene.selected_touchpoint_ids() == ["t0"]  # the window is left as it was


def test_export_image_to_an_unwritable_place_says_why(
    window: MainWindow, dialogs: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "taken.png"
    folder.mkdir()
    dialogs.script("export_image_path", str(folder))
    assert window.export_image() is None
    assert "taken.png" in dialogs.messages()[0]


def test_dialog_offers_detail_paper_and_a_cover(window: MainWindow, tmp_path: Path) -> None:
    from pypdf import PdfReader

    assert window.doc is not None
    dialog = ExportDialog(window.doc.map, tmp_path / "map", window)
    before = dialog.plan.estimated_pages if dialog.plan else 0
    dialog.cover.setChecked(True)
    assert dialog.plan is not None and dialog.plan.estimated_pages == before + 1
    dialog.page.setCurrentText("A1")
    dialog.details_page.setCurrentText("A4")
    options = dialog.options()
    assert (options.page, options.details_page, options.cover) == ("A1", "A4", True)
    dialog.details.setChecked(False)
    assert not dialog.details_page.isEnabled()
    dialog.details.setChecked(True)
    assert dialog.export()
    pages = PdfReader(tmp_path / "map.pdf").pages
    widths = [round(float(p.mediabox.width)) for p in pages]
    assert widths[0] == widths[1] > widths[2] == widths[-1]  # cover and map on A1, details A4
    dialog.details_page.setCurrentIndex(0)
    assert dialog.options().details_page is None


def test_export_image_names_characters_it_cannot_draw(
    window: MainWindow, dialogs: Any, tmp_path: Path
) -> None:
    assert window.doc is not None
    window.doc.map.touchpoints[0].title = "Karta 你好 ✓"
    dialogs.script("export_image_path", str(tmp_path / "map.svg"))
    window.window_actions.export_image.trigger()
    assert (tmp_path / "map.svg").is_file()
    (message,) = dialogs.messages("warning")
    assert "你 (U+4F60)" in message and "U+2713" not in message


def test_a_file_name_left_empty_or_naming_a_folder_is_refused_with_a_reason(
    window: MainWindow, tmp_path: Path
) -> None:
    """An empty File field raised an uncaught error (a crash report); a folder's name wrote
    "folder.pdf" beside the folder. Both now keep the dialog open and say what to do."""
    assert window.doc is not None
    folder = tmp_path / "deliverables"
    folder.mkdir()
    dialog = ExportDialog(window.doc.map, tmp_path / "map.pdf", window)
    for typed, reason in (
        ("", "give the name of the PDF file to write"),
        ("   ", "give the name of the PDF file to write"),
        (str(folder), f"“{folder}” is a folder; give the name of the PDF file to write"),
    ):
        dialog.path.setText(typed)
        assert not dialog.export()
        assert dialog.summary.text() == f"The PDF was not written: {reason}"
        assert dialog.written is None
    assert not list(tmp_path.glob("*.pdf"))
    assert list(folder.iterdir()) == []
