"""Icons are the canvas's SVG files drawn as vectors; a missing file never stops an export."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.assets import icon_path
from cjdesigner.export import ExportOptions, export_pdf_bytes
from cjdesigner.export.pdf.fonts import REGULAR, register_fonts
from cjdesigner.export.pdf.icons import IconSet
from cjdesigner.model import ICON_KEYS


def _canvas() -> Canvas:
    register_fonts()
    return Canvas(io.BytesIO(), initialFontName=REGULAR, pageCompression=0)


def test_every_channel_icon_parses() -> None:
    icons = IconSet()
    for key in ICON_KEYS:
        assert icon_path(key).is_file(), key
        assert icons.drawing(key) is not None, key


def test_each_icon_is_written_once_and_referenced_after(tmp_path: Path) -> None:
    icons = IconSet()
    canvas = _canvas()
    for _ in range(3):
        assert icons.draw(canvas, "email", 0, 0, 12)
    canvas.showPage()
    data = canvas.getpdfdata()
    assert data.count(b"/Subtype /Form") == 1
    assert data.count(b"Do") >= 3


def test_a_missing_or_broken_icon_falls_back(tmp_path: Path) -> None:
    (tmp_path / "broken.svg").write_text("<svg><not-closed", encoding="utf-8")
    (tmp_path / "generic.svg").write_bytes(icon_path("generic").read_bytes())
    icons = IconSet(resolve=lambda key: tmp_path / f"{key}.svg")
    assert icons.drawing("missing") is None
    assert icons.drawing("broken") is None
    canvas = _canvas()
    assert icons.draw(canvas, "missing", 0, 0, 12)  # drawn with the generic icon
    nothing = IconSet(resolve=lambda key: tmp_path / "none" / f"{key}.svg")
    assert not nothing.draw(canvas, "email", 0, 0, 12)  # the caller draws its own shape


def test_an_icon_file_is_parsed_once_until_it_changes(tmp_path: Path) -> None:
    path = tmp_path / "email.svg"
    path.write_bytes(icon_path("email").read_bytes())
    first = IconSet(resolve=lambda key: tmp_path / f"{key}.svg").drawing("email")
    again = IconSet(resolve=lambda key: tmp_path / f"{key}.svg").drawing("email")
    assert first is not None and again is first  # a second export reuses the parsed file
    path.write_text("<svg><not-closed", encoding="utf-8")  # replaced by a broken file
    assert IconSet(resolve=lambda key: tmp_path / f"{key}.svg").drawing("email") is None
    path.write_bytes(icon_path("phone").read_bytes())
    changed = IconSet(resolve=lambda key: tmp_path / f"{key}.svg").drawing("email")
    assert changed is not None and changed is not first


def test_connections_and_their_labels_reach_the_map(diacritics_map, pdf) -> None:
    """Whole on the map page, or (no room on its flow) in the flows table after it."""
    data, _ = export_pdf_bytes(diacritics_map, ExportOptions(details=False))
    assert "dalej" in " ".join(pdf.texts(data))


def test_markers_placed_together_are_the_operators_placed_one_by_one(tmp_path: Path) -> None:
    """draw_sentiment_markers (a detail table's markers in one literal) writes what
    draw_sentiment_marker writes for each, with the SVG markers and with their plain shapes."""
    from cjdesigner.export.pdf.icons import draw_sentiment_marker, draw_sentiment_markers
    from cjdesigner.model import Sentiment

    markers = [
        (Sentiment.NEGATIVE, 20.5, 700.13),
        (Sentiment.POSITIVE, 230.5, 650.87),
        (Sentiment.NEGATIVE, 20.5, 600.0),
        (Sentiment.NEUTRAL, 20.5, 548.37),
        (Sentiment.POSITIVE, 20.5, 500.21),
    ]
    for icons in (IconSet(), IconSet(resolve=lambda key: tmp_path / f"{key}.svg")):
        one, together, in_parts = _canvas(), _canvas(), _canvas()
        for marker in markers:
            draw_sentiment_marker(one, icons, *marker, 8.0)
        draw_sentiment_markers(together, icons, markers, 8.0)
        draw_sentiment_markers(in_parts, icons, markers[:2], 8.0)  # as a table's pages do
        draw_sentiment_markers(in_parts, icons, markers[2:], 8.0)
        for canvas in (together, in_parts):
            assert "\n".join(canvas._code) == "\n".join(one._code)
            assert canvas._formsinuse == one._formsinuse
