"""A map with no touchpoints shows where they go: every cell has the hint until the first card."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from cjdesigner.editor import commands as cmd
from cjdesigner.editor.canvas import MapScene
from cjdesigner.editor.document import MapDocument
from cjdesigner.model import Touchpoint
from cjdesigner.templates import build_map


def _render_cell(scene: MapScene, cell: QRectF) -> QImage:
    image = QImage(int(cell.width()), int(cell.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), cell)
    painter.end()
    return image


def _colours(image: QImage) -> int:
    return len({image.pixel(x, y) for x in range(image.width()) for y in range(image.height())})


def test_blank_template_shows_the_hint_in_every_cell_until_the_first_card(qtbot: QtBot) -> None:
    doc = MapDocument(build_map("blank-5a"))
    scene = MapScene()
    scene.set_document(doc)
    grid, layout = scene.grid_item, scene.grid_layout
    assert grid is not None and layout is not None
    persona = doc.map.personas[0].id
    expected = [(s.id, persona) for s in doc.map.stages]
    assert grid.idle_hint_cells() == expected

    first = layout.cells[expected[0]]
    cell = QRectF(first.x, first.y, first.w, first.h)
    with_hint = _colours(_render_cell(scene, cell))

    card = Touchpoint(
        id="t1", stage_id=doc.map.stages[2].id, persona_id=persona, title="Ad", channel="website"
    )
    doc.push(cmd.InsertTouchpoints(doc, [card]))
    assert grid.idle_hint_cells() == []
    # the same (still empty) cell now shows only the lane's background: fewer colours
    assert _colours(_render_cell(scene, cell)) < with_hint

    doc.undo_stack.undo()
    assert grid.idle_hint_cells() == expected
    scene.set_document(None)


def test_drag_hints_replace_the_idle_hint(qtbot: QtBot) -> None:
    doc = MapDocument(build_map("blank-5a"))
    scene = MapScene()
    scene.set_document(doc)
    grid = scene.grid_item
    assert grid is not None
    target = (doc.map.stages[0].id, doc.map.personas[0].id)
    grid.show_drop_hints([target], target)
    assert grid.idle_hint_cells() == []
    grid.clear_drop_hints()
    assert len(grid.idle_hint_cells()) == len(doc.map.stages)
    scene.set_document(None)
