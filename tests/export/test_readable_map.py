"""The default export of each sample reads on paper: sizes, whole titles, no overlaps, no
bad breaks (measured with pdfplumber, as a reader would)."""

from __future__ import annotations

import io
import itertools
import random
import re
from pathlib import Path

import pdfplumber
import pytest

from cjdesigner.export import READABLE_CARD_PT, ExportOptions, export_pdf_bytes, plan_export
from cjdesigner.export.pdf import flows
from cjdesigner.export.pdf.document import PageSetup, place_map
from cjdesigner.export.pdf.fonts import REGULAR, register_fonts, string_width
from cjdesigner.export.pdf.scene import MapScene
from cjdesigner.export.pdf.text import wrap
from cjdesigner.layout import Rect
from cjdesigner.map_language import emotion_axis
from cjdesigner.storage import load_map

SAMPLES = sorted((Path(__file__).parents[2] / "samples").glob("*.cjm"))
FLOW_LABEL_PT = getattr(flows, "LABEL_PT", 0.0)
ONE_LETTER = {"a", "i", "o", "u", "w", "z", "A", "I", "O", "U", "W", "Z"}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


class MapPage:
    """The first page of a default export with the card and lane-header boxes on it."""

    def __init__(self, path: Path) -> None:
        register_fonts()
        self.m = load_map(path).map
        options = ExportOptions()
        data, self.result = export_pdf_bytes(self.m, options)
        scene = MapScene.build(self.m)
        setup = PageSetup.of(options, str(self.m.info.language))
        placement = place_map(scene, setup, options)
        self.layout = scene.layout
        self.scale = placement.scale
        self.page_h = setup.size[1]
        self.x, self.top = placement.x, placement.y_top
        self.pdf = pdfplumber.open(io.BytesIO(data))
        self.page = self.pdf.pages[0]

    def box(self, r: Rect) -> tuple[float, float, float, float]:
        """A layout rectangle as pdfplumber's (x0, top, x1, bottom)."""
        s = self.scale
        return (
            self.x + r.x * s,
            self.page_h - self.top + r.y * s,
            self.x + r.right * s,
            self.page_h - self.top + r.bottom * s,
        )

    def theirs(self, size: float) -> bool:
        """Whether text of this size is a flow label (engineer 9c's, drawn over the map)."""
        return abs(size - FLOW_LABEL_PT * self.scale) < 0.05

    def chars_in(self, r: Rect) -> list[dict]:
        x0, top, x1, bottom = self.box(r)
        return [
            c
            for c in self.page.chars
            if c["x0"] >= x0 - 0.5
            and c["x1"] <= x1 + 0.5
            and c["top"] >= top - 0.5
            and c["bottom"] <= bottom + 0.5
            and not self.theirs(c["size"])
        ]

    def text_in(self, r: Rect, bold: bool | None = None) -> str:
        chars = [c for c in self.chars_in(r) if bold is None or ("Bold" in c["fontname"]) == bold]
        lines: dict[float, list[dict]] = {}
        for c in sorted(chars, key=lambda c: (round(c["top"], 1), c["x0"])):
            lines.setdefault(round(c["top"], 1), []).append(c)
        return "\n".join("".join(c["text"] for c in line) for line in lines.values())


@pytest.fixture(scope="module", params=SAMPLES, ids=lambda p: p.stem)
def sample(request: pytest.FixtureRequest) -> MapPage:
    found = MapPage(request.param)
    yield found
    found.pdf.close()


def test_the_default_export_prints_card_text_at_a_readable_size(sample: MapPage) -> None:
    plan = plan_export(sample.m, ExportOptions())
    assert plan.warnings == []
    assert plan.smallest_card_text_pt >= READABLE_CARD_PT
    assert sample.result.plan.scale == pytest.approx(sample.scale)
    for card_id, rect in sample.layout.cards.items():
        chars = sample.chars_in(rect)
        assert chars, card_id
        assert min(c["size"] for c in chars) >= 7.0 - 0.01
        bold = [c["size"] for c in chars if "Bold" in c["fontname"]]
        assert bold and min(bold) >= 8.0
    # nothing else on the page under 6 pt but what engineer 9c's flows and curves print
    # (flow labels, the curve's axis words), which have their own tests
    theirs = {w for c in sample.m.connections for w in c.label.split()}
    theirs |= set(" ".join(emotion_axis(str(sample.m.info.language)).values()).split())
    words = sample.page.extract_words(extra_attrs=["size"])
    small = [w["text"] for w in words if w["size"] < 6.0 and w["text"].strip("…") not in theirs]
    assert small == [] or all(any(w.strip("…") in t for t in theirs) for w in small), small


def test_the_map_fills_the_width_and_starts_at_the_margin(sample: MapPage) -> None:
    width = sample.layout.width * sample.scale
    inner = sample.page.width - 2 * sample.x
    assert sample.x == pytest.approx(PageSetup.of(ExportOptions()).margin)
    assert width >= 0.98 * inner


def test_every_card_title_prints_whole_and_unhyphenated(sample: MapPage) -> None:
    for t in sample.m.touchpoints:
        rect = sample.layout.cards[t.id]
        assert _norm(sample.text_in(rect, bold=True)) == _norm(t.title), t.title
    for p in sample.m.personas:
        header = sample.layout.lane_headers[p.id]
        # the name's words whole (the avatar's initials, also bold, are left out)
        words = _norm(sample.text_in(header, bold=True)).split()
        assert " ".join(w for w in words if w in p.name.split()) == _norm(p.name)


def test_card_words_never_overlap(sample: MapPage) -> None:
    words = []
    for rect in sample.layout.cards.values():
        x0, top, x1, bottom = sample.box(rect)
        cropped = sample.page.crop((x0 - 0.5, top - 0.5, x1 + 0.5, bottom + 0.5))
        words += [
            w for w in cropped.extract_words(extra_attrs=["size"]) if not sample.theirs(w["size"])
        ]
    words.sort(key=lambda w: w["x0"])
    for i, a in enumerate(words):
        for b in itertools.islice(words, i + 1, None):
            if b["x0"] >= a["x1"] - 0.1:
                break
            overlap_y = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
            assert overlap_y <= 0.1, (a["text"], b["text"])


@pytest.fixture(scope="module")
def polish() -> MapPage:
    found = MapPage(next(p for p in SAMPLES if p.stem.endswith("-pl")))
    yield found
    found.pdf.close()


def test_no_polish_one_letter_word_ends_a_card_line(polish: MapPage) -> None:
    assert polish.m.info.language == "pl"
    lines = [
        line for rect in polish.layout.cards.values() for line in polish.text_in(rect).split("\n")
    ]
    assert sum(1 for line in lines for w in line.split() if w in ONE_LETTER) > 5  # some to test
    for line in lines:
        words = line.replace("\u00a0", " ").split()
        assert not words or words[-1] not in ONE_LETTER, line


def test_a_shortened_description_says_where_the_whole_text_is(map_factory, pdf) -> None:
    from cjdesigner.layout.references import touchpoint_references

    m = map_factory(3, stages=3, personas=1)
    m.touchpoints[1].description = "Klient czyta regulamin i porównuje opłaty. " * 40
    data, _ = export_pdf_bytes(m, ExportOptions(details=False))
    text = pdf.texts(data)[0]
    reference = touchpoint_references(m)[m.touchpoints[1].id]
    assert f"… › {reference}" in text or f"… → {reference}" in text
    assert text.count("…") == 1  # the short descriptions print whole


def test_words_of_thousands_of_letters_wrap_in_one_pass(map_factory) -> None:
    # 40 descriptions of one 5,000-letter word: quadratic hyphenation took ~16 s for each
    rnd = random.Random(12)
    m = map_factory(40, stages=4, personas=2)
    for t in m.touchpoints:
        t.description = "".join(rnd.choice("abcdefghijklmnoprstuwyz") for _ in range(5000))
    data, _result = export_pdf_bytes(m, ExportOptions())
    with pdfplumber.open(io.BytesIO(data)) as document:
        chars = [c["text"] for page in document.pages[1:] for c in page.chars]
    letters = sum(1 for ch in chars if "a" <= ch <= "z")
    assert letters >= 40 * 5000  # every letter of every description is in the detail tables


def test_wrapping_a_million_letters_keeps_every_letter() -> None:
    # 200 words of 5,000 letters: quadratic code did not finish in 300 s
    register_fonts()
    rnd = random.Random(9)
    words = [
        "".join(rnd.choice("abcdeęfghijklłmnoóprsśtuwyzż") for _ in range(5000)) for _ in range(200)
    ]
    lines = wrap(" ".join(words), REGULAR, 8, 150, language="pl")
    assert all(string_width(line, REGULAR, 8) <= 150 + 1e-6 for line in lines)
    assert "".join(lines).replace(" ", "") == "".join(words)


def test_the_too_small_warning_names_a_sheet_that_prints_it_readably(map_factory) -> None:
    m = map_factory(40, stages=6, personas=3)
    plan = plan_export(m, ExportOptions(page="A4"))
    assert plan.smallest_card_text_pt < READABLE_CARD_PT
    found = re.search(r"--page (\S+) \((\d+\.\d) pt\)", plan.warnings[0])
    assert found is not None, plan.warnings[0]
    bigger = plan_export(m, ExportOptions(page=found.group(1)))
    assert bigger.warnings == []
    assert f"{bigger.smallest_card_text_pt:.1f}" == found.group(2)
    # a map no single sheet prints readably is only offered the poster
    huge = plan_export(map_factory(600, stages=12, personas=12), ExportOptions(page="A4"))
    assert "--tile" in huge.warnings[0] and "--page" not in huge.warnings[0]
