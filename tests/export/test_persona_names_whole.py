"""A persona's name prints whole in its lane header on the PDF map page, as workshops write it
("Anna Wiśniewska, 34 lata", "Marek Żółkiewski (przedsiębiorca)"), in as many lines as the lane
has room for (QA s7 J5: "Anna Wiśniewska,…" above an empty lane); measured with pdfplumber."""

from __future__ import annotations

import io
import re

import pdfplumber
import pytest

from cjdesigner.export import ExportOptions, export_pdf_bytes
from cjdesigner.export.pdf.document import PageSetup, place_map
from cjdesigner.export.pdf.fonts import BOLD, register_fonts, string_width
from cjdesigner.export.pdf.map_page import AVATAR_RADIUS, LANE_ACCENT, PERSONA_PT
from cjdesigner.export.pdf.persona_name import PERSONA_MIN_PT, persona_name_lines
from cjdesigner.export.pdf.scene import MapScene
from cjdesigner.layout import Rect
from cjdesigner.model import JourneyMap

from .conftest import make_map

WORKSHOP_NAMES = (
    "Anna Wiśniewska, 34 lata",
    "Marek Żółkiewski (przedsiębiorca)",
    "Alexandra Bălănescu-Popovici",
    "Anna Wiśniewska\n34 lata, mama",
)
WIDTH = 91.0
"""The name's column in the PDF's lane header (160 wide, beside the avatar)."""


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


@pytest.fixture(autouse=True)
def _fonts() -> None:
    register_fonts()


@pytest.mark.parametrize("name", WORKSHOP_NAMES)
def test_a_workshop_name_is_whole_in_a_lane_with_room(name: str) -> None:
    size, leading, lines = persona_name_lines(name, PERSONA_PT, 12.6, WIDTH, 120.0, "pl")
    assert _norm(" ".join(lines)) == _norm(name)
    assert all(string_width(line, BOLD, size) <= WIDTH for line in lines)
    assert not any(line.endswith(("…", "-")) for line in lines), lines
    assert leading == pytest.approx(12.6 * size / PERSONA_PT)


def test_a_name_that_fits_keeps_the_full_size_in_more_lines() -> None:
    size, _leading, lines = persona_name_lines(
        "Marek Żółkiewski (przedsiębiorca)", PERSONA_PT, 12.6, WIDTH, 120.0, "pl"
    )
    assert size == PERSONA_PT
    assert lines == ["Marek", "Żółkiewski", "(przedsiębiorca)"]
    size, _leading, lines = persona_name_lines(
        "Anna Maria Wiśniewska-Kowalska, 34 lata, mama dwójki dzieci",
        PERSONA_PT,
        12.6,
        WIDTH,
        120.0,
        "pl",
    )
    assert len(lines) >= 3 and "…" not in "".join(lines)


def test_a_word_wider_than_the_column_makes_the_name_smaller_not_broken() -> None:
    name = "Alexandra Bălănescu-Popovici"
    assert string_width("Bălănescu-Popovici", BOLD, PERSONA_PT) > WIDTH
    size, _leading, lines = persona_name_lines(name, PERSONA_PT, 12.6, WIDTH, 120.0, "ro")
    assert PERSONA_MIN_PT <= size < PERSONA_PT
    assert lines == ["Alexandra", "Bălănescu-Popovici"]


def test_a_compound_too_wide_at_every_size_breaks_after_its_hyphen() -> None:
    name = "Alexandra Bălănescu-Constantinescu"
    assert string_width("Bălănescu-Constantinescu", BOLD, PERSONA_MIN_PT) > WIDTH
    _size, _leading, lines = persona_name_lines(name, PERSONA_PT, 12.6, WIDTH, 120.0, "ro")
    assert lines == ["Alexandra", "Bălănescu-", "Constantinescu"]


def test_a_name_with_no_room_is_shortened_after_a_whole_word() -> None:
    name = " ".join(["Anna Wiśniewska, 34 lata, mieszka w Krakowie z mężem i dwojgiem dzieci"] * 3)
    size, leading, lines = persona_name_lines(name, PERSONA_PT, 12.6, WIDTH, 40.0, "pl")
    assert size == PERSONA_MIN_PT
    assert 0.78 * size + (len(lines) - 1) * leading <= 40.0  # the last baseline within the room
    assert lines[-1].endswith("…")
    words = _norm(" ".join(lines)).removesuffix("…").split()
    whole = _norm(name).split()[: len(words)]  # whole words, in order, the last one's comma
    assert words[:-1] == whole[:-1] and words[-1] == whole[-1].rstrip(",")  # left out
    assert not lines[-1].removesuffix("…").endswith((",", " "))


class LaneHeaders:
    """The first page of a map's export, with its lane headers' boxes on the page."""

    def __init__(self, m: JourneyMap, options: ExportOptions) -> None:
        data, _result = export_pdf_bytes(m, options)
        scene = MapScene.build(m)
        setup = PageSetup.of(options, str(m.info.language))
        placement = place_map(scene, setup, options)
        self.layout = scene.layout
        self.scale = placement.scale
        self.page_h = setup.size[1]
        self.x, self.top = placement.x, placement.y_top
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            self.chars = list(pdf.pages[0].chars)

    def box(self, r: Rect) -> tuple[float, float, float, float]:
        s = self.scale
        top = self.page_h - self.top
        return (self.x + r.x * s, top + r.y * s, self.x + r.right * s, top + r.bottom * s)

    def header_chars(self, persona_id: str) -> tuple[list[dict], list[dict], float]:
        """The name's (bold, right of the avatar) and the role's characters in a lane header,
        and the avatar's right edge on the page."""
        r = self.layout.lane_headers[persona_id]
        x0, top, x1, bottom = self.box(r)
        inside = [
            c
            for c in self.chars
            if x0 - 0.5 <= c["x0"] and c["x1"] <= x1 + 0.5 and top - 0.5 <= c["top"] < bottom
        ]
        avatar_right = self.x + (r.x + LANE_ACCENT + 14.0 + 2 * AVATAR_RADIUS - 4) * self.scale
        name = [c for c in inside if "Bold" in c["fontname"] and c["x0"] > avatar_right]
        role = [c for c in inside if "Bold" not in c["fontname"]]
        return name, role, avatar_right


def _lines(chars: list[dict]) -> list[str]:
    rows: dict[float, list[dict]] = {}
    for c in sorted(chars, key=lambda c: (round(c["top"], 1), c["x0"])):
        rows.setdefault(round(c["top"], 1), []).append(c)
    return ["".join(c["text"] for c in row) for row in rows.values()]


def _workshop_map(emotions: bool = True) -> JourneyMap:
    m = make_map(8, stages=2, personas=len(WORKSHOP_NAMES), emotions=emotions)
    for persona, name in zip(m.personas, WORKSHOP_NAMES, strict=True):
        persona.name = name
    m.personas[1].role = "Właściciel małej firmy, zmienia bank po podwyżce opłat"
    return m


@pytest.mark.parametrize("emotions", [True, False], ids=["curves", "no-curves"])
def test_the_map_page_prints_workshop_names_whole(emotions: bool) -> None:
    m = _workshop_map(emotions)
    page = LaneHeaders(m, ExportOptions(details=False, insights=False))
    for persona in m.personas:
        name, role, avatar_right = page.header_chars(persona.id)
        lines = _lines(name)
        assert _norm(" ".join(lines)) == _norm(persona.name), lines
        assert "…" not in "".join(lines)
        assert min(c["x0"] for c in name) > avatar_right  # beside the avatar, not over it
        assert len({round(c["size"], 2) for c in name}) == 1  # one size for the whole name
        if role:  # the role under the name, never on its lines
            assert min(c["top"] for c in role) >= max(c["bottom"] for c in name) - 0.5
            assert "Właściciel" in "".join(_lines(role))


def test_the_poster_prints_workshop_names_whole() -> None:
    m = _workshop_map()
    options = ExportOptions(mode="tile", page="A4", details=False, insights=False)
    data, _result = export_pdf_bytes(m, options)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        words = [w["text"] for page in pdf.pages[1:] for w in page.extract_words()]
    text = " ".join(words)
    for name in WORKSHOP_NAMES:
        assert _norm(name) in _norm(text) or all(w in words for w in _norm(name).split()), name
    assert not [w for w in words if w.endswith("…") and w.rstrip("…") in " ".join(WORKSHOP_NAMES)]
