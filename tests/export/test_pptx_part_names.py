"""The deck's speaker-notes parts are named as python-pptx names them (notesSlide1…N, each
once), without a walk of the whole package for each (export/pptx/part_names.py)."""

from __future__ import annotations

import io
import zipfile

from pptx import Presentation

from cjdesigner.export.pptx import pptx_bytes
from cjdesigner.export.pptx.part_names import NOTES, remember_notes_names
from cjdesigner.storage import load_map

from .test_pptx import SHOP


def test_notes_parts_are_numbered_once_each_and_the_deck_reads_back() -> None:
    m = load_map(SHOP).map
    data, _slides = pptx_bytes(m, "A4")
    names = [
        n for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if n.startswith("ppt/notesSlides/")
    ]
    notes = sorted(n for n in names if n.endswith(".xml"))
    assert notes == sorted(f"ppt/notesSlides/notesSlide{i}.xml" for i in range(1, len(notes) + 1))
    deck = Presentation(io.BytesIO(data))
    with_notes = [s for s in deck.slides if s.has_notes_slide]
    assert len(with_notes) == len(notes) > 0
    assert all(s.notes_slide.notes_text_frame.text for s in with_notes)


def test_names_continue_after_the_notes_a_package_already_has() -> None:
    deck = Presentation()
    layout = deck.slide_layouts[6]
    first = deck.slides.add_slide(layout)
    first.notes_slide.notes_text_frame.text = "before"  # python-pptx's own naming: slide 1
    package = deck.part.package
    remember_notes_names(package)
    assert str(package.next_partname(NOTES)) == "/ppt/notesSlides/notesSlide2.xml"
    assert str(package.next_partname(NOTES)) == "/ppt/notesSlides/notesSlide3.xml"
    other = "/ppt/slides/slide%d.xml"  # any other part: python-pptx's own answer
    assert str(package.next_partname(other)) == "/ppt/slides/slide2.xml"
