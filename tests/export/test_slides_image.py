"""PNG and SVG for slides: cards as vector text (no card pictures) and the legend included."""

from __future__ import annotations

import re
import shutil
import struct
from pathlib import Path

import pytest

from cjdesigner.cli import main
from cjdesigner.editor.window.svg_text import FONT_FAMILIES
from cjdesigner.storage import load_map


@pytest.fixture
def sample(tmp_path: Path, samples_dir: Path) -> Path:
    copy = tmp_path / "bank.cjm"
    shutil.copy(samples_dir / "bank-account-opening-pl.cjm", copy)
    return copy


def _texts(svg: str) -> list[str]:
    return [t.strip() for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]


def test_the_svg_draws_cards_as_vector_text_without_pictures(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.svg"
    assert main(["export", str(sample), "-o", str(out)]) == 0
    svg = out.read_text(encoding="utf-8")
    assert "<image" not in svg  # neither cards nor icons are embedded bitmaps
    assert 'font-family="Noto Sans"' not in svg  # always with fallbacks for other machines
    assert f'font-family="{FONT_FAMILIES}"' in svg
    texts = " ".join(_texts(svg))
    m = load_map(sample).map
    for t in m.touchpoints:  # each card's title (its first words: long titles wrap)
        first = " ".join(t.title.split()[:2])
        assert first in texts, t.title
    channel_names = {c.name for c in m.channels}
    assert any(name in texts for name in channel_names)


def test_the_svg_and_png_carry_the_legend(sample: Path, tmp_path: Path) -> None:
    svg_out = tmp_path / "map.svg"
    assert main(["export", str(sample), "-o", str(svg_out)]) == 0
    texts = _texts(svg_out.read_text(encoding="utf-8"))
    # the map's language: Polish legend words, each once, after the map's own text
    for word in ("pozytywny", "neutralny", "negatywny", "badania", "założenie", "moment prawdy"):
        assert word in texts, word
    assert texts.index("pozytywny") > texts.index("Kasia Wójcik")
    view = re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg_out.read_text(encoding="utf-8"))
    assert view is not None
    png_out = tmp_path / "map.png"
    assert main(["export", str(sample), "-o", str(png_out), "--dpi", "72"]) == 0
    data = png_out.read_bytes()
    width, height = struct.unpack(">II", data[16:24])
    # the PNG at 72 dpi has the SVG's size: the legend's rows are in both
    assert abs(width - float(view[1])) <= 2 and abs(height - float(view[2])) <= 2


def test_the_legend_grows_with_the_channels(sample: Path, qapp: object) -> None:
    from cjdesigner.editor.window.image_legend import legend_height

    m = load_map(sample).map
    narrow, wide = legend_height(m, 400), legend_height(m, 4000)
    assert narrow > wide > 0
