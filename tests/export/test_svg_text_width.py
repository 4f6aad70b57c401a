"""An exported SVG's text keeps its measured width in any font (no titles past the cards).

Every text run carries ``textLength`` (Qt's width of it in Noto Sans) with
``lengthAdjust="spacingAndGlyphs"``, and the font names fallbacks of about Noto Sans' width. A
viewer without Noto Sans that falls back to the wider DejaVu Sans fits each run into its width.
(Looked at: Inkscape renders of the Romanian sample with the font swapped for DejaVu Sans,
before — titles over the card edges — and after.)
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF
from PySide6.QtWidgets import QApplication

from cjdesigner.cli import main
from cjdesigner.editor.window.svg_text import FONT_FAMILIES, with_measured_text

_TEXT = re.compile(r"<text\b([^>]*)>([^<]*)</text>")


@pytest.fixture
def svg(tmp_path: Path, samples_dir: Path) -> str:
    copy = tmp_path / "ro.cjm"
    shutil.copy(samples_dir / "mobile-subscription-ro.cjm", copy)
    out = tmp_path / "ro.svg"
    assert main(["export", str(copy), "-o", str(out)]) == 0
    return out.read_text(encoding="utf-8")


def _attributes(tag: str) -> dict[str, str]:
    return dict(re.findall(r'\s([\w:-]+)="([^"]*)"', tag))


def _noto_width(text: str, size: float, weight: str) -> float:
    font = QFont("Noto Sans")
    font.setPixelSize(1000)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setWeight(QFont.Weight(int(weight)))
    return QFontMetricsF(font).horizontalAdvance(text) * size / 1000


def test_every_text_run_keeps_its_measured_width(qapp: QApplication, svg: str) -> None:
    runs = _TEXT.findall(svg)
    assert len(runs) > 100
    for tag, content in runs:
        if not content.strip():
            continue
        values = _attributes(tag)
        assert values.get("lengthAdjust") == "spacingAndGlyphs", content
        assert values["font-family"] == FONT_FAMILIES
        width = float(values["textLength"])
        expected = _noto_width(
            html.unescape(content), float(values["font-size"]), values["font-weight"]
        )
        assert width == pytest.approx(expected, rel=0.01, abs=0.05), content


def test_the_widths_are_those_of_noto_sans_not_of_a_wider_fallback(
    qapp: QApplication, svg: str
) -> None:
    """A title is narrower in Noto Sans than in DejaVu Sans; the SVG holds the Noto width."""
    tag, content = next((t, c) for t, c in _TEXT.findall(svg) if "călătoria clientului" in c)
    values = _attributes(tag)
    if not QFontDatabase.hasFamily("DejaVu Sans"):
        pytest.skip("DejaVu Sans, the wider fallback to compare with, is not installed")
    dejavu = QFont("DejaVu Sans")
    dejavu.setPixelSize(1000)
    dejavu.setWeight(QFont.Weight(int(values["font-weight"])))
    wide = QFontMetricsF(dejavu).horizontalAdvance(html.unescape(content))
    wide *= float(values["font-size"]) / 1000
    assert float(values["textLength"]) < wide


def test_the_fallbacks_are_sans_serif_faces_and_the_generic_comes_last() -> None:
    families = [f.strip().strip("'") for f in FONT_FAMILIES.split(",")]
    assert families[0] == "Noto Sans"
    assert families[-1] == "sans-serif"
    assert not any(f.split()[-1].lower() == "serif" and "sans" not in f.lower() for f in families)


def test_escaped_blank_and_already_measured_runs(qapp: QApplication) -> None:
    svg = (
        '<svg><text x="0" y="10" font-family="Noto Sans" font-size="12" font-weight="400" '
        'font-style="normal" \n >R&amp;D „nou”</text>'
        '<text x="0" y="20" font-family="Noto Sans" font-size="12"> </text>'
        '<text x="0" y="30" font-family="Noto Sans" font-size="12" textLength="5">x</text></svg>'
    )
    out = with_measured_text(svg)
    first = _TEXT.findall(out)[0][0]
    width = float(_attributes(first)["textLength"])
    assert width == pytest.approx(_noto_width("R&D „nou”", 12, "400"), rel=0.01)
    assert out.count("textLength") == 2  # the blank run gets none, the measured one keeps its own
    assert 'textLength="5"' in out
    assert "R&amp;D „nou”" in out  # the text itself is untouched
    assert 'font-family="Noto Sans"' not in out
