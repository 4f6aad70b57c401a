"""A hyphenated compound breaks only after its own hyphen, which ends the line alone: never
"moment--" / "cheie", never "e-" / "mail" (QA, the Romanian sample's detail rows)."""

from __future__ import annotations

import pytest

from cjdesigner.export import ExportOptions, export_pdf_bytes
from cjdesigner.export.pdf.fonts import REGULAR, register_fonts, string_width
from cjdesigner.export.pdf.text import compound_points, paragraph_hyphenator, wrap
from cjdesigner.storage import load_map


def _widths(text: str) -> list[float]:
    """Every width from the widest word's to the whole text's, in small steps."""
    register_fonts()
    low = max(string_width(word, REGULAR, 8) for word in text.split())
    full = string_width(text, REGULAR, 8)
    return [low + (full - low) * k / 60 for k in range(61)]


@pytest.mark.parametrize("language", ["ro", "pl", "en"])
def test_compound_words_break_only_at_their_own_hyphen(language: str) -> None:
    text = "la un moment-cheie ne scrie pe e-mail azi"
    breaks: set[str] = set()
    for width in _widths(text):
        lines = wrap(text, REGULAR, 8, width, language=language)
        assert not any("--" in line for line in lines), lines
        assert not any(line.endswith(("e-", "-ma-", "-che-")) for line in lines), lines
        assert " ".join(lines).replace("- ", "-") == text  # nothing added, nothing lost
        breaks.update(line.rsplit(" ", 1)[-1] for line in lines[:-1])
    assert "moment-" in breaks  # the compound still breaks, at its hyphen


def test_compound_points_and_plain_words() -> None:
    assert compound_points("moment-cheie") == [("moment-", "cheie")]
    assert compound_points("e-mail") == [] and compound_points("e-mail,") == []
    assert compound_points("well-known-thing")[0] == ("well-known-", "thing")
    hyphenate = paragraph_hyphenator("ro")
    assert list(hyphenate("moment-cheie")) == [("moment-", "cheie")]
    assert list(hyphenate("e-mail")) == []
    # a word without a hyphen still hyphenates at a syllable, as before
    lines = wrap("Najprawdopodobniej", REGULAR, 9.5, 60, language="pl")
    assert len(lines) >= 2 and lines[0].endswith("-") and "--" not in lines[0]


def test_romanian_sample_detail_rows_print_moment_cheie_whole(samples_dir, pdf) -> None:
    m = load_map(samples_dir / "mobile-subscription-ro.cjm").map
    data, _result = export_pdf_bytes(m, ExportOptions(reproducible=True))
    text = " ".join(pdf.texts(data)[1:])  # a line break reads as a space
    assert "--" not in text
    assert "moment- cheie" in text  # broken after its own hyphen, nothing added
    assert "e- mail" not in text
