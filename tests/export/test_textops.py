"""The fast text writer: what it writes reads back exactly, where it was meant to go."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.colors import black, red
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf.fonts import BOLD, REGULAR, register_fonts
from cjdesigner.export.pdf.pdffile import fp, fp_numbers
from cjdesigner.export.pdf.textops import TextWriter, num

LINES = [
    "Zażółć gęślą jaźń (ĄĆĘŁŃÓŚŹŻ)",
    "Știință și țară: ăâî ȘȚ \\ back\\slash",
    "plain ascii (parentheses) again",
    "€ 5 — „quoted” · 42%",
]


def _render(lines: list[tuple[float, float, str, str]]) -> PdfReader:
    register_fonts()
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=(600, 5200), initialFontName=REGULAR)
    writer = TextWriter(canv, 10, 5180)
    for i, (x, y, text, font) in enumerate(lines):
        writer.line(x, y, text, font, 9, red if i % 3 == 0 else black)
    writer.finish()
    canv.showPage()
    canv.save()
    return PdfReader(io.BytesIO(buffer.getvalue()))


def test_text_reads_back_exactly_in_either_font() -> None:
    placed = [
        (10 + 5 * i, 860 - 14 * i, text, BOLD if i % 2 else REGULAR)
        for i, text in enumerate(LINES * 2)
    ]
    extracted = _render(placed).pages[0].extract_text()
    for text in LINES:
        assert text in extracted


def test_hundreds_of_relative_moves_do_not_drift() -> None:
    placed = [(12.3456, 5180 - 12.0037 * i, f"line {i}", REGULAR) for i in range(420)]
    found: dict[str, tuple[float, float]] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_args: object) -> None:
        if text.strip():
            found[text.strip()] = (tm[4], tm[5])

    _render(placed).pages[0].extract_text(visitor_text=visit)
    for i in (0, 200, 419):
        x, y = found[f"line {i}"]
        assert abs(x - 12.3456) < 0.01
        assert abs(y - (5180 - 12.0037 * i)) < 0.01


def test_numbers_are_short_and_exact() -> None:
    assert num(0.0) == "0" and num(-0.001) == "0"
    assert num(12.5) == "12.5" and num(-3.14159) == "-3.14" and num(100.0) == "100"


def test_circles_are_one_form_placed_at_each_centre() -> None:
    from cjdesigner.export.pdf.textops import placed_circles

    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=(200, 200))
    first = placed_circles(canv, [(10.0, 20.0), (30.5, 40.25)], 2.8, "B")
    again = placed_circles(canv, [(50.0, 60.0)], 2.8, "B")
    assert first == [
        "q 1 0 0 1 10 20 cm /FormXob.cjcircle-2.8-B Do Q",
        "q 1 0 0 1 30.5 40.25 cm /FormXob.cjcircle-2.8-B Do Q",
    ]
    assert again == ["q 1 0 0 1 50 60 cm /FormXob.cjcircle-2.8-B Do Q"]
    assert canv.hasForm("cjcircle-2.8-B") and not canv.hasForm("cjcircle-2.8-S")
    canv.addLiteral("\n".join(first + again))
    canv.showPage()
    canv.save()
    page = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    assert "/FormXob.cjcircle-2.8-B" in page["/Resources"]["/XObject"]  # named for the page


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x17F), max_size=30),
        max_size=8,
    )
)
def test_ascii_lines_are_written_as_the_subset_codes_would_write_them(texts: list[str]) -> None:
    """A printable ASCII line is written as it is (its subset codes are itself): the same
    operators as through the font's code table, with parentheses and backslashes escaped."""
    register_fonts()

    def written(ascii_as_is: bool) -> str:
        canv = Canvas(io.BytesIO(), pagesize=(600, 900), initialFontName=REGULAR)
        writer = TextWriter(canv, 4, 890)
        writer.line(0, 0, "x", REGULAR, 9, black)  # the encoders exist from here on
        for encoder in writer._encoders.values():
            encoder.ascii = ascii_as_is
        writer.lines((10, 800 - 12 * i, text, REGULAR, 9, black) for i, text in enumerate(texts))
        writer.finish()
        return "\n".join(canv._code)  # the page's content

    assert written(ascii_as_is=True) == written(ascii_as_is=False)


def test_lines_written_in_several_calls_are_written_as_in_one() -> None:
    """The writer's state carries over between calls: after a line ending in a fallback
    font's run (→), the next call's plain line selects the font's first subset again."""
    register_fonts()
    placed = [
        (10, 800, "a → b ≥", REGULAR, 9, black),
        (10, 788, "b a", REGULAR, 9, black),  # characters seen already
        (10, 776, "ł →", BOLD, 8, red),
        (10, 764, "ł", BOLD, 8, red),
    ]

    def written(calls: list[list[tuple[float, float, str, str, float, object]]]) -> str:
        canv = Canvas(io.BytesIO(), pagesize=(600, 900), initialFontName=REGULAR)
        writer = TextWriter(canv, 4, 890)
        for call in calls:
            writer.lines(call)
        writer.finish()
        return "\n".join(canv._code)

    one = written([placed])
    assert written([[line] for line in placed]) == one
    assert "\n\n" not in one


_CELL_LINES = st.lists(
    st.tuples(
        st.sampled_from(["", "plain (ascii)", "Zażółć gęślą", "a → b ≥", "Știință", "ł"]),
        st.sampled_from([REGULAR, BOLD]),
        st.sampled_from([7.5, 8.0, 8.5]),
        st.sampled_from([black, red]),
        st.sampled_from([9.6, 10.4, 10.8, 11.9]),
        st.sampled_from([0.0, 12.0, 6.37]),
        st.sampled_from([None, "mark"]),
    ),
    max_size=4,
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_CELL_LINES, min_size=3, max_size=3), max_size=5))
def test_a_grid_is_written_as_its_lines_placed_one_by_one(rows: list[list[list]]) -> None:
    """TextWriter.grid (a table's cells in one loop) writes the operators lines() writes for
    the same lines at the places grid documents, and reports the marks where they are."""
    register_fonts()
    lefts = [4.0, 4.0 + 210.3, 4.0 + 210.3 + 170.05]
    tops = [880.0 - 53.17 * i for i in range(len(rows))]
    placed = []
    expected_marks = []
    for top, cells in zip(tops, rows, strict=True):
        for left, lines in zip(lefts, cells, strict=True):
            y = top
            for text, font, size, colour, height, indent, mark in lines:
                baseline = y - height + (height - size) / 2 + size * 0.22
                if mark is not None:
                    expected_marks.append((mark, left, baseline, size))
                placed.append((left + indent, baseline, text, font, size, colour))
                y -= height

    def written(grid: bool) -> tuple[str, list]:
        canv = Canvas(io.BytesIO(), pagesize=(600, 900), initialFontName=REGULAR)
        writer = TextWriter(canv, 4, 886)
        writer.line(0, 890, "caption", BOLD, 10, black)
        marks: list = []
        if grid:
            writer.grid(lefts, list(zip(tops, rows, strict=True)), marks)
        else:
            writer.lines(placed)
        writer.line(0, 10, "after (ł)", REGULAR, 8, black)  # the state carries over
        writer.finish()
        return "\n".join(canv._code), marks

    by_grid, marks = written(grid=True)
    assert by_grid == written(grid=False)[0]
    assert marks == expected_marks


def test_texts_written_again_are_written_as_the_first_time(monkeypatch) -> None:
    """A text written already is taken from the font's record of what it wrote: the same
    operators as encoding it again, in either font, after fallback runs and new letters."""
    from cjdesigner.export.pdf import textops

    register_fonts()
    texts = ["Zażółć (1)", "plain", "a → b", "Zażółć (1)", "ść → ≥", "plain", "a → b", "ść"]
    placed = [
        (10, 880 - 11 * i, text, BOLD if i % 3 == 0 else REGULAR, 9, black)
        for i, text in enumerate(texts * 3)
    ]

    def written() -> str:
        canv = Canvas(io.BytesIO(), pagesize=(600, 900), initialFontName=REGULAR)
        writer = TextWriter(canv, 4, 890)
        writer.lines(placed)
        writer.finish()
        return "\n".join(canv._code)

    remembered = written()
    monkeypatch.setattr(textops, "_WRITTEN_MAX", 0)  # nothing remembered: encoded each time
    assert remembered == written()


@settings(max_examples=300, deadline=None)
@given(
    value=st.one_of(
        st.floats(min_value=-1e7, max_value=1e7, allow_nan=False),
        st.integers(min_value=-10_000, max_value=10_000),
        st.sampled_from([0, 0.0, -0.0, 1, 1.0, 1e-8, -1e-8, 0.5, 841.89, 1190.55]),
    )
)
def test_fp_writes_a_number_as_reportlab_does(value: float) -> None:
    assert fp(value) == fp_str(value)
    assert fp(value) == fp_str(value)  # remembered: the same


@settings(max_examples=200, deadline=None)
@given(
    numbers=st.lists(
        st.one_of(
            st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
            st.integers(min_value=-5000, max_value=5000),
        ),
        min_size=1,
        max_size=7,
    ),
    packed=st.booleans(),
)
def test_fp_numbers_writes_numbers_as_reportlab_does(numbers: list[float], packed: bool) -> None:
    if packed:  # one list or tuple of numbers, as reportlab's callers also pass them
        assert fp_numbers(numbers) == fp_str(numbers)
        assert fp_numbers(tuple(numbers)) == fp_str(tuple(numbers))
    else:
        assert fp_numbers(*numbers) == fp_str(*numbers)


def test_reportlab_writes_through_fp_numbers_only_while_an_export_is_built(
    diacritics_map, monkeypatch
) -> None:
    """The export has reportlab's drawing modules write numbers through fp_numbers while it
    builds, and puts their own fp_str back after, also after a failed build."""
    from reportlab.pdfgen import canvas as canvas_module
    from reportlab.pdfgen import textobject

    from cjdesigner.export import ExportOptions, export_pdf_bytes
    from cjdesigner.export.pdf import document

    seen: list[object] = []
    paint = document.paint_map

    def spying(*args, **kwargs) -> None:
        seen.append(textobject.fp_str)
        paint(*args, **kwargs)

    monkeypatch.setattr(document, "paint_map", spying)
    export_pdf_bytes(diacritics_map, ExportOptions())
    assert seen == [fp_numbers]
    assert textobject.fp_str is fp_str and canvas_module.fp_str is fp_str

    def failing(*args, **kwargs) -> None:
        raise RuntimeError("no")

    monkeypatch.setattr(document, "paint_map", failing)
    with pytest.raises(RuntimeError):
        export_pdf_bytes(diacritics_map, ExportOptions())
    assert textobject.fp_str is fp_str and canvas_module.fp_str is fp_str
