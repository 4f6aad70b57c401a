"""A persona's name shows whole in its lane header on the canvas (and so in the PNG/SVG export,
which draws the canvas), in as many lines as the lane has room for (QA s7 J5: "Anna
Wiśniewska, 3…", "Marek Żółkiewski (pr…" above an empty lane)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from cjdesigner.editor.canvas import MapScene, style
from cjdesigner.editor.canvas.items.headers import PersonaHeaderItem
from cjdesigner.editor.canvas.items.persona_name import NAME_MIN_PX, _metrics, fit_name
from cjdesigner.editor.document import MapDocument
from cjdesigner.model import JourneyMap, Persona, Stage, Touchpoint

WORKSHOP_NAMES = (
    "Anna Wiśniewska, 34 lata",
    "Marek Żółkiewski (przedsiębiorca)",
    "Alexandra Bălănescu-Popovici",
    "Anna Wiśniewska\n34 lata, mama",
)
WIDTH = 104.0
"""The name's column in the canvas's lane header (180 wide, beside the 44 px avatar)."""


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def _joined(lines: list[str]) -> str:
    """The lines as one text: a line ending in a compound's hyphen joins the next one."""
    return _norm(re.sub(r"-\n", "-", "\n".join(lines)))


@pytest.mark.parametrize("name", WORKSHOP_NAMES)
def test_a_workshop_name_is_whole_in_a_lane_with_room(qtbot: QtBot, name: str) -> None:
    font, line, lines = fit_name(name, style.LANE_NAME_PX, 20.0, WIDTH, 140.0)
    assert _joined(lines) == _norm(name)
    assert "…" not in "".join(lines)
    metrics = _metrics(font.pixelSize())
    assert all(metrics.horizontalAdvance(text) <= WIDTH for text in lines), lines
    assert line == pytest.approx(20.0 * font.pixelSize() / style.LANE_NAME_PX)


def test_a_number_stays_with_its_word(qtbot: QtBot) -> None:
    _font, _line, lines = fit_name("Anna Wiśniewska, 34 lata", style.LANE_NAME_PX, 20, WIDTH, 140)
    assert any("34\u00a0lata" in text for text in lines), lines


def test_a_compound_wider_than_the_column_breaks_after_its_hyphen(qtbot: QtBot) -> None:
    assert _metrics(NAME_MIN_PX).horizontalAdvance("Bălănescu-Popovici") > WIDTH
    font, _line, lines = fit_name(
        "Alexandra Bălănescu-Popovici", style.LANE_NAME_PX, 20.0, WIDTH, 140.0
    )
    assert lines == ["Alexandra", "Bălănescu-", "Popovici"]
    assert font.pixelSize() == style.LANE_NAME_PX


def test_a_name_with_no_room_is_shortened_after_a_whole_word(qtbot: QtBot) -> None:
    name = "Anna Wiśniewska, 34 lata, mieszka w Krakowie z mężem i dwojgiem dzieci, pracuje w banku"
    font, line, lines = fit_name(name, style.LANE_NAME_PX, 20.0, WIDTH, 70.0)
    assert font.pixelSize() == NAME_MIN_PX
    assert len(lines) * line <= 70.0
    assert lines[-1].endswith("…")
    words = _norm(" ".join(lines)).removesuffix("…").split()
    whole = _norm(name).split()[: len(words)]  # whole words, in order, the last one's comma
    assert words[:-1] == whole[:-1] and words[-1] == whole[-1].rstrip(",")  # left out


@pytest.fixture
def workshop_scene(qtbot: QtBot) -> Iterator[MapScene]:
    """A lane per workshop name, one card in each (the lanes at their least height)."""
    personas = [Persona(id=f"p{i}", name=name) for i, name in enumerate(WORKSHOP_NAMES)]
    personas[1].role = "Właściciel małej firmy, zmienia bank po podwyżce opłat"
    m = JourneyMap(stages=[Stage(id="s0", name="Świadomość")], personas=personas)
    m.touchpoints.extend(
        Touchpoint(id=f"t{i}", stage_id="s0", persona_id=p.id, title="Reklama", channel="website")
        for i, p in enumerate(personas)
    )
    m.check()
    scene = MapScene()
    scene.set_document(MapDocument(m))
    yield scene
    scene.set_document(None)


def _header_image(header: PersonaHeaderItem) -> tuple[QImage, QRectF]:
    rect = header.boundingRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(-rect.left(), -rect.top())
    header.paint(painter, None, None)  # type: ignore[arg-type]
    painter.end()
    return image, rect


def _ink_rows(image: QImage, x0: int) -> set[int]:
    """The rows with dark (text) pixels right of ``x0``."""
    rows = set()
    for y in range(image.height()):
        for x in range(x0, image.width() - 4):
            if QColor(image.pixel(x, y)).lightness() < 100:
                rows.add(y)
                break
    return rows


def test_every_lane_header_draws_its_name_whole(workshop_scene: MapScene) -> None:
    for persona in workshop_scene.document.map.personas:  # type: ignore[union-attr]
        header = workshop_scene.persona_headers[persona.id]
        _font, line, lines = header.name_lines()
        assert _joined(lines) == _norm(persona.name)
        assert "…" not in "".join(lines)
        name = header.name_rect()
        assert name.top() + len(lines) * line <= header.rect().bottom()
        # and it is painted: ink in each of the name's lines, beside the avatar
        image, rect = _header_image(header)
        ink = _ink_rows(image, int(name.left() - rect.left()))
        for row in range(len(lines)):
            top = int(name.top() - rect.top() + row * line)
            assert ink & set(range(top, top + int(line))), (persona.name, row)


def test_the_role_follows_a_name_of_many_lines(workshop_scene: MapScene) -> None:
    header = workshop_scene.persona_headers["p1"]
    _font, line, lines = header.name_lines()
    assert len(lines) == 3  # "Marek" / "Żółkiewski" / "(przedsiębiorca)"
    image, rect = _header_image(header)
    name = header.name_rect()
    role_top = int(name.top() - rect.top() + len(lines) * line + 1)
    ink = _ink_rows(image, int(name.left() - rect.left()))
    assert ink & set(range(role_top, role_top + 14))  # the role's first line drawn
    assert max(ink) < rect.height() - 4  # and nothing past the lane's bottom


def test_a_scrolled_lane_keeps_its_whole_name_inside(workshop_scene: MapScene) -> None:
    header = workshop_scene.persona_headers["p1"]
    header.keep_content_below(header.rect().bottom())  # scrolled far past the lane's top
    _font, line, lines = header.name_lines()
    assert header.name_rect().top() + len(lines) * line + 15 <= header.rect().bottom()
