"""The grid: an empty map's hint in every cell, and repaints cut to the exposed area."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem
from pytestqt.qtbot import QtBot

from cjdesigner.editor import commands as cmd
from cjdesigner.editor.canvas import MapScene
from cjdesigner.editor.canvas.items.grid import GridItem
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


def _paint_grid(
    grid: GridItem, exposed: QRectF, clip: QRectF, size: QRectF, scale: float
) -> QImage:
    """The grid as Qt paints it for a repaint of ``clip`` that tells it ``exposed``."""
    image = QImage(
        int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    painter.setClipRect(clip)
    option = QStyleOptionGraphicsItem()
    option.exposedRect = exposed  # type: ignore[attr-defined]
    grid.paint(painter, option, None)
    painter.end()
    return image


@pytest.mark.parametrize("scale", [1.0, 0.37, 1.6])
def test_the_grid_cut_to_a_repainted_area_draws_what_a_full_repaint_draws(
    qtbot: QtBot, scale: float
) -> None:
    """The grid paints only what a repaint exposes (drag steps): the pixels must not change."""
    m = build_map("blank-5a")
    m.touchpoints.append(
        Touchpoint(
            id="t1",
            stage_id=m.stages[3].id,
            persona_id=m.personas[0].id,
            title="Ad",
            channel="website",
        )
    )
    doc = MapDocument(m)
    scene = MapScene()
    scene.set_document(doc)
    grid, layout = scene.grid_item, scene.grid_layout
    assert grid is not None and layout is not None
    target = (m.stages[1].id, m.personas[0].id)
    grid.show_drop_hints([], target)  # the drop target's tint
    whole = grid.boundingRect()
    lane = layout.lanes[m.personas[0].id]
    column = layout.columns[m.stages[1].id]
    for x, y, w, h in (
        (0, 0, 60, 40),  # the header corner and the outline
        (column.x - 20, lane.y - 10, 90, 70),  # a stage line, the tinted cell
        (column.x + 10.5, lane.bottom - 15, 40, 30),  # a lane line
        (layout.width - 30, lane.y + 5.25, 32, 50),  # the right edge
    ):
        area = QRectF(x, y, w, h)
        cut = _paint_grid(grid, area, area, whole, scale)
        full = _paint_grid(grid, whole, area, whole, scale)
        assert cut == full, (x, y, w, h)
    scene.set_document(None)
