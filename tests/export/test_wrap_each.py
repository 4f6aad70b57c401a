"""A card's description is wrapped for its card and its detail row in one go (its words
measured once): the same lines as wrapping each alone, the row then finds its lines
remembered, and the exported PDF is the same byte for byte."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cjdesigner.export.pdf.text as text_module
from cjdesigner.export import ExportOptions, export_pdf_bytes
from cjdesigner.export.pdf import document
from cjdesigner.export.pdf.details import description_width, detail_story
from cjdesigner.export.pdf.fonts import BOLD, REGULAR, register_fonts
from cjdesigner.export.pdf.icons import IconSet
from cjdesigner.export.pdf.rows import RowTable
from cjdesigner.export.pdf.text import forget_wrapped, wrap, wrap_each, wrapped
from cjdesigner.model import JourneyMap
from cjdesigner.storage import load_map
from tests.export.test_wrap_same_lines import texts
from tests.export.wrap_reference import reference_wrap

register_fonts()


@settings(max_examples=200, deadline=None)
@given(
    text=texts,
    font=st.sampled_from([REGULAR, BOLD]),
    size=st.sampled_from([7.5, 8, 8.0, 9.5]),
    layouts=st.lists(
        st.tuples(
            st.floats(min_value=4, max_value=420, allow_nan=False),
            st.sampled_from([None, 1, 2, 3]),
        ),
        min_size=1,
        max_size=4,
    ),
    language=st.sampled_from(["en", "pl", "ro"]),
    hyphenate=st.booleans(),
)
def test_each_layout_gets_the_lines_of_wrapping_it_alone(
    text: str,
    font: str,
    size: float,
    layouts: list[tuple[float, int | None]],
    language: str,
    hyphenate: bool,
) -> None:
    forget_wrapped()
    expected = [
        reference_wrap(text, font, size, width, lines, language, hyphenate=hyphenate)
        for width, lines in layouts
    ]
    assert wrap_each(text, font, size, layouts, language, hyphenate=hyphenate) == expected
    for (width, lines), found in zip(layouts, expected, strict=True):  # remembered as wrap's
        assert list(wrapped(text, font, size, width, lines, language, hyphenate)) == found
        assert wrap(text, font, size, width, lines, language, hyphenate=hyphenate) == found
    forget_wrapped()


def test_a_detail_row_finds_its_description_wrapped_for_its_width(
    map_factory: Callable[..., JourneyMap], monkeypatch: pytest.MonkeyPatch
) -> None:
    """:func:`description_width` is the width the row table wraps a description to: the
    descriptions wrapped at it beforehand are looked up, not wrapped again."""
    m = map_factory(30, stages=3, personas=2)
    for number, t in enumerate(m.touchpoints):
        t.description = f"{t.description} Każdy opis jest inny ({number}), jak w prawdziwej mapie."
    frame = 1103.0
    forget_wrapped()
    for t in m.touchpoints:
        wrap_each(t.description, REGULAR, 8.0, [(150.0, 2), (description_width(frame), None)])
    wrapped_again: list[str] = []
    original = text_module._wrap

    def counting(text: str, *args: object) -> list[str]:
        wrapped_again.append(text)
        return original(text, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(text_module, "_wrap", counting)
    tables = [f for f in detail_story(m, frame, 760.0, IconSet()) if isinstance(f, RowTable)]
    for table in tables:
        table.wrap(frame, 760.0)
    descriptions = {t.description for t in m.touchpoints}
    assert tables
    assert not descriptions & set(wrapped_again)
    forget_wrapped()


@pytest.mark.parametrize(
    "options",
    [
        ExportOptions(reproducible=True),
        ExportOptions(reproducible=True, mode="tile", page="A4"),
        ExportOptions(reproducible=True, page="A1", details_page="A4"),
    ],
)
def test_an_export_is_the_same_with_its_descriptions_wrapped_together(
    samples_dir: Path, monkeypatch: pytest.MonkeyPatch, options: ExportOptions
) -> None:
    m = load_map(samples_dir / "bank-account-opening-pl.cjm").map
    together, _result = export_pdf_bytes(m, options)
    monkeypatch.setattr(document, "_note_detail_width", lambda scene, options: None)
    alone, _result = export_pdf_bytes(m, options)
    assert together == alone
