"""``cjdesigner export --format png|svg``: the canvas's picture of the map, rendered offscreen."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest

from cjdesigner.cli import main
from cjdesigner.editor import offscreen


@pytest.fixture
def sample(tmp_path: Path, samples_dir: Path) -> Path:
    copy = tmp_path / "shop.cjm"
    shutil.copy(samples_dir / "online-shop-purchase.cjm", copy)
    return copy


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_png_by_extension_and_resolution(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    low, high = tmp_path / "low.png", tmp_path / "high.png"
    assert main(["export", str(sample), "-o", str(low), "--dpi", "72"]) == 0
    assert main(["export", str(sample), "-o", str(high), "--dpi", "144"]) == 0
    assert "Wrote" in capsys.readouterr().out
    w1, h1 = png_size(low.read_bytes())
    w2, h2 = png_size(high.read_bytes())
    assert w1 > 800 and h1 > 600  # the whole map, not an empty image
    assert abs(w2 - 2 * w1) <= 2 and abs(h2 - 2 * h1) <= 2


def test_svg_carries_the_map_text(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.img"
    assert main(["export", str(sample), "-o", str(out), "--format", "svg"]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "Online shop" in text and "Emma Hughes" in text


def test_bad_resolution_and_huge_image_are_refused_without_output(
    sample: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "x.png"
    assert main(["export", str(sample), "-o", str(out), "--dpi", "5000"]) == 1
    assert "--dpi must be between" in capsys.readouterr().err
    monkeypatch.setattr(offscreen, "MAX_PIXELS", 1000)
    assert main(["export", str(sample), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "million pixels" in err and "Traceback" not in err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [sample]


def test_existing_image_needs_force(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "keep.png"
    out.write_bytes(b"old")
    assert main(["export", str(sample), "-o", str(out)]) == 1
    assert "--force" in capsys.readouterr().err
    assert out.read_bytes() == b"old"
