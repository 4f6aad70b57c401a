"""Every character prints: arrows, maths signs, check marks, stars, bullets and currency signs
are drawn by the shipped fallback fonts and extract exactly; what no font draws is refused
clearly, or (when allowed) printed as a visible mark and listed — never a silent gap."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjdesigner.cli import main
from cjdesigner.export import ExportOptions, MissingGlyphsError, export_pdf_bytes
from cjdesigner.export.pdf.fallback import fallback_markup
from cjdesigner.export.pdf.fonts import (
    BOLD,
    MATH,
    REGULAR,
    REPLACEMENT,
    SYMBOLS,
    SYMBOLS2,
    covered_code_points,
    font_runs,
    register_fonts,
    string_width,
)
from cjdesigner.export.pdf.missing_glyphs import missing_glyphs, replace_missing
from cjdesigner.model import Kpi
from cjdesigner.storage import dumps_map

SIGNS = "→ ← ⇒ ≥ ≤ ≠ ± × ✓ ✔ ✗ ★ ☆ • € £ ₹ ₿ ■ ▶"


def test_the_fallback_fonts_cover_what_consultants_type() -> None:
    covered = covered_code_points()
    assert all(ord(ch) in covered for ch in SIGNS.replace(" ", ""))
    assert ord("你") not in covered and ord("😀") not in covered
    assert font_runs("a ≥ b ✓ →", REGULAR) == [
        (REGULAR, "a "),
        (MATH, "≥"),
        (REGULAR, " b "),
        (SYMBOLS2, "✓"),
        (REGULAR, " "),
        (SYMBOLS, "→"),
    ]
    assert font_runs("Łódź € 5", BOLD) == [(BOLD, "Łódź € 5")]  # Noto Sans draws these


def test_a_fallback_character_is_measured_with_its_own_font() -> None:
    register_fonts()
    assert string_width("★", REGULAR, 10) == pytest.approx(string_width("★", SYMBOLS2, 10))
    assert string_width("a★", REGULAR, 10) == pytest.approx(
        string_width("a", REGULAR, 10) + string_width("★", SYMBOLS2, 10)
    )


def test_paragraph_markup_names_the_fallback_font() -> None:
    assert fallback_markup("plain &amp; text") == "plain &amp; text"
    assert fallback_markup("ok ✓") == f'ok <font name="{SYMBOLS2}">✓</font>'


def test_signs_print_and_extract_exactly_everywhere(diacritics_map, pdf) -> None:
    m = diacritics_map
    m.info.title = "Ścieżka ✓ → ★"
    m.stages[0].name = "Świadomość → ★"
    m.personas[0].name = "Łucja ★"
    m.personas[0].goals = [f"Cel ≤ 5 min {SIGNS}"]
    m.touchpoints[0].title = "Cena ≥ 20 € ✓"
    m.touchpoints[0].description = f"Opis {SIGNS}"
    m.touchpoints[0].pain_points = ["Brak ✗ ceny"]
    data, result = export_pdf_bytes(m, ExportOptions())
    assert not result.plan.missing_glyphs
    texts = pdf.texts(data)
    whole = " ".join(texts)
    assert "Cena ≥ 20 € ✓" in texts[0]  # the card on the map page (bold title)
    assert "Świadomość → ★" in texts[0]  # the lane header, drawn with drawString
    for expected in (f"Cel ≤ 5 min {SIGNS}", f"Opis {SIGNS}", "Brak ✗ ceny", "Łucja ★"):
        assert expected in whole, expected
    assert "Ścieżka ✓ → ★" in texts[1]  # the detail pages' running head


def test_a_character_no_font_draws_is_refused_with_its_field(diacritics_map) -> None:
    diacritics_map.touchpoints[1].title = "Sklep 你好 ✓"
    with pytest.raises(MissingGlyphsError) as caught:
        export_pdf_bytes(diacritics_map, ExportOptions())
    message = str(caught.value)
    assert "touchpoints[1].title" in message and "你 (U+4F60)" in message
    assert "--allow-missing-glyphs" in message
    assert "U+2713" not in message  # the check mark prints: not listed


def test_allowed_missing_characters_print_as_a_visible_mark(diacritics_map, pdf) -> None:
    diacritics_map.touchpoints[1].title = "Sklep 你好 ✓"
    diacritics_map.personas[0].goals = ["Cel 日本 → ok"]
    data, result = export_pdf_bytes(diacritics_map, ExportOptions(allow_missing_glyphs=True))
    whole = " ".join(pdf.texts(data))
    assert f"Sklep {REPLACEMENT * 2} ✓" in whole
    assert f"Cel {REPLACEMENT * 2} → ok" in whole
    assert "你" not in whole
    warning = next(w for w in result.plan.warnings if "U+4F60" in w)
    assert REPLACEMENT in warning and "日 (U+65E5)" in warning
    assert diacritics_map.touchpoints[1].title == "Sklep 你好 ✓"  # the map itself unchanged


def test_missing_characters_are_found_in_every_card_and_flow_field(diacritics_map) -> None:
    """The cards' texts and the flow labels are first searched all at once: a character no
    font draws is still named in its own field, wherever it is, in file order."""
    m = diacritics_map
    assert not missing_glyphs(m)
    m.touchpoints[0].pain_points = ["ok ✓", "kolejka 😀"]
    m.touchpoints[3].customer_action = "pisze 你"
    m.touchpoints[-1].kpis = [Kpi(name="NPS", value=1, unit="pkt 😀")]
    m.connections[0].label = "dalej 日"
    found = [(item.field, item.characters) for item in missing_glyphs(m)]
    assert found == [
        ("touchpoints[0].pain_points[1]", "😀"),
        ("touchpoints[3].customer_action", "你"),
        (f"touchpoints[{len(m.touchpoints) - 1}].kpis[0].unit", "😀"),
        ("connections[0].label", "日"),
    ]


def test_replace_missing_touches_only_what_no_font_draws(diacritics_map) -> None:
    m = diacritics_map
    m.touchpoints[2].kpis[0].name = "NPS 😀"
    m.personas[1].frustrations = ["ok ★", "zły 😀"]
    copy = replace_missing(m)
    assert copy.touchpoints[2].kpis[0].name == f"NPS {REPLACEMENT}"
    assert copy.personas[1].frustrations == ["ok ★", f"zły {REPLACEMENT}"]
    assert not missing_glyphs(copy)
    assert replace_missing(copy) is copy


def test_the_cli_lists_the_replaced_characters(tmp_path: Path, diacritics_map, capsys) -> None:
    diacritics_map.touchpoints[1].title = "Sklep 你好"
    source = tmp_path / "m.cjm"
    source.write_text(dumps_map(diacritics_map), encoding="utf-8")
    out = tmp_path / "m.pdf"
    assert main(["export", str(source), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "U+4F60" in err and "Traceback" not in err and not out.exists()
    assert main(["export", str(source), "-o", str(out), "--allow-missing-glyphs"]) == 0
    err = capsys.readouterr().err
    assert "warning" in err and "你 (U+4F60)" in err and REPLACEMENT in err
    assert out.is_file()


def test_an_image_export_warns_about_characters_it_cannot_draw(
    tmp_path: Path, diacritics_map, capsys
) -> None:
    diacritics_map.touchpoints[1].title = "Sklep 你 ✓"
    source = tmp_path / "m.cjm"
    source.write_text(dumps_map(diacritics_map), encoding="utf-8")
    out = tmp_path / "m.svg"
    assert main(["export", str(source), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "empty boxes" in err and "touchpoints[1].title" in err and "你 (U+4F60)" in err
    assert "U+2713" not in err
    diacritics_map.touchpoints[1].title = "Sklep ✓ → ≥"
    source.write_text(dumps_map(diacritics_map), encoding="utf-8")
    assert main(["export", str(source), "-o", str(out), "--force"]) == 0
    assert "warning" not in capsys.readouterr().err
