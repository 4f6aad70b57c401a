"""WCAG contrast of the canvas palette: text 4.5:1, markers and lines that carry meaning 3:1."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from cjdesigner.editor.canvas import style
from cjdesigner.storage import load_map
from cjdesigner.templates import LANGUAGES, build_map, template_names

TEXT = 4.5
MARKER = 3.0


def over(base: QColor, tint: QColor) -> QColor:
    """``tint`` (with alpha) painted over the opaque ``base``."""
    a = tint.alphaF()
    return QColor.fromRgbF(
        base.redF() * (1 - a) + tint.redF() * a,
        base.greenF() * (1 - a) + tint.greenF() * a,
        base.blueF() * (1 - a) + tint.blueF() * a,
    )


LANES = [*style.LANE_BACKGROUNDS]
CURVE_BANDS = [over(lane, style.CURVE_BAND_TINT) for lane in LANES]
HEADERS = [style.LANE_HEADER_BACKGROUND, style.HEADER_CORNER, style.STAGE_DEFAULT_TINT]


def test_the_ratio_is_wcags() -> None:
    assert style.contrast_ratio(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert style.contrast_ratio(QColor("#777777"), QColor("#FFFFFF")) == pytest.approx(4.48, 0.01)
    assert style.contrast_ratio(QColor("#123456"), QColor("#123456")) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("name", "colour", "backgrounds"),
    [
        ("title text on cards", style.TEXT, [style.CARD_BACKGROUND]),
        ("descriptions on cards", style.TEXT_MUTED, [style.CARD_BACKGROUND]),
        ("names in headers", style.TEXT, HEADERS),
        ("roles in lane headers", style.TEXT_MUTED, HEADERS),
        ("emotion axis words", style.TEXT_FAINT, CURVE_BANDS + LANES),
        ("drop hints in empty cells", style.DROP_HINT_TEXT, LANES),
    ],
)
def test_text_reads(name: str, colour: QColor, backgrounds: list[QColor]) -> None:
    for background in backgrounds:
        ratio = style.contrast_ratio(colour, background)
        assert ratio >= TEXT, f"{name}: {colour.name()} on {background.name()} is {ratio:.2f}"


@pytest.mark.parametrize(
    ("name", "colours", "backgrounds"),
    [
        (
            "sentiment markers and edges",
            list(style.SENTIMENT_COLOURS.values()),
            [style.CARD_BACKGROUND],
        ),
        ("moment of truth ring", [style.MOMENT], [style.CARD_BACKGROUND, *LANES]),
        ("selection", [style.SELECTION], [style.CARD_BACKGROUND, *LANES]),
        ("keyboard focus ring", [style.FOCUS_RING], [style.CARD_BACKGROUND, *LANES]),
        ("evidence border", [style.CARD_BORDER], [style.CARD_BACKGROUND, *LANES]),
        ("flows", [style.CONNECTION, style.CONNECTION_ACTIVE], LANES),
        ("emotion curve", [style.CURVE], CURVE_BANDS),
        ("drop indicator", [style.DROP_INDICATOR], LANES),
    ],
)
def test_markers_stand_out(name: str, colours: list[QColor], backgrounds: list[QColor]) -> None:
    for colour in colours:
        for background in backgrounds:
            ratio = style.contrast_ratio(colour, background)
            assert ratio >= MARKER, f"{name}: {colour.name()} on {background.name()} is {ratio:.2f}"


def _stage_and_persona_colours(samples_dir: Path) -> set[str]:
    colours: set[str] = set()
    maps = [load_map(p).map for p in samples_dir.glob("*.cjm")]
    maps += [build_map(name, lang) for name in template_names() for lang in LANGUAGES]
    for m in maps:
        colours |= {s.colour for s in m.stages if s.colour}
        colours |= {p.colour for p in m.personas if p.colour}
    return colours


def test_header_text_reads_on_every_shipped_stage_and_persona_colour(samples_dir: Path) -> None:
    colours = _stage_and_persona_colours(samples_dir)
    assert colours
    for colour in map(QColor, sorted(colours)):
        text = style.readable_on(colour)
        ratio = style.contrast_ratio(text, colour)
        assert ratio >= TEXT, f"{text.name()} on {colour.name()} is {ratio:.2f}"
