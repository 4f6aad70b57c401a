"""A persona's name on the map slides is never broken inside a word (QA s7 J5: "Marek
Żółkiewski (przedsiębio|rca)"): its type shrinks as far as its longest word needs to fit the
persona column, by the deck's own width estimate with room for a wider stand-in font."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pptx import Presentation

from cjdesigner.export.pptx import SLIDE_NAMES, pptx_bytes
from cjdesigner.export.pptx.symbols import STAND_IN, size_for_words, text_width
from cjdesigner.model import Persona, Stage, Touchpoint
from cjdesigner.templates import build_map

NAMES = ["Anna Wiśniewska, 34 lata", "Marek Żółkiewski (przedsiębiorca)", "Ola"]


def workshop_map():  # type: ignore[no-untyped-def]
    m = build_map("blank-5a", "pl")
    m.stages = [Stage(name=f"Etap {i}") for i in range(1, 6)]
    m.personas = [Persona(name=name) for name in NAMES]
    m.touchpoints = [
        Touchpoint(stage_id=s.id, persona_id=p.id, order=0, title="Karta", channel="email")
        for s in m.stages
        for p in m.personas
    ]
    m.check()
    return m


def test_size_for_words_shrinks_only_as_far_as_the_longest_word_needs() -> None:
    assert size_for_words("Ola", 30, 12) == 12
    size = size_for_words("Marek Żółkiewski (przedsiębiorca)", 30, 12)
    assert 6 <= size < 12 and size * 2 == int(size * 2)
    assert text_width("(przedsiębiorca)", size) <= 30 * STAND_IN
    assert text_width("(przedsiębiorca)", size + 0.5) > 30 * STAND_IN  # no smaller than needed
    assert size_for_words("Bardzodługienazwiskobezspacjiktóreniczmieścisię", 20, 12) == 6


@pytest.mark.parametrize("page", SLIDE_NAMES)
def test_each_word_of_a_persona_name_fits_its_column(page: str) -> None:
    deck = Presentation(io.BytesIO(pptx_bytes(workshop_map(), page)[0]))
    seen = set()
    for shape in deck.slides[1].shapes:
        if not shape.has_text_frame or shape.text_frame.text.split("\n")[0] not in NAMES:
            continue
        run = shape.text_frame.paragraphs[0].runs[0]
        frame = shape.text_frame
        inner = (shape.width - frame.margin_left - frame.margin_right) / 36000
        size = run.font.size.pt
        longest = max(run.text.split(), key=len)
        assert text_width(longest, size) <= inner * STAND_IN, (page, run.text, size)
        assert frame.word_wrap
        seen.add(run.text)
        if run.text == "Ola":  # a short name keeps the column's type
            assert size >= 10
    assert seen == set(NAMES)


@pytest.mark.slow
def test_libreoffice_prints_the_persona_name_in_whole_words(
    tmp_path: Path, libreoffice_pdf: Callable[..., None]
) -> None:
    import pdfplumber

    decks = []
    for page in ("16:9", "A4"):
        path = tmp_path / f"names-{page.replace(':', '')}.pptx"
        path.write_bytes(pptx_bytes(workshop_map(), page)[0])
        decks.append(path)
    libreoffice_pdf(*decks)
    for path in decks:
        with pdfplumber.open(path.with_suffix(".pdf")) as pdf:
            words = {w["text"] for w in pdf.pages[1].extract_words()}
        assert {"Żółkiewski", "(przedsiębiorca)", "Wiśniewska,"} <= words, (path.name, words)
