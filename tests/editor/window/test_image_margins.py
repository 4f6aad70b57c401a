"""File > Export Image… (and ``export -o map.png``): the picture is the map with an even
margin, and the legend under it starts where the map starts."""

from __future__ import annotations

from PySide6.QtGui import QImage

from cjdesigner.editor.canvas import MapScene
from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window.image_export import MARGIN, PNG_SCALE, drawn_rect, image_bytes


def _first_inked_column(image: QImage, rows: range) -> int:
    background = image.pixel(0, 0)
    for x in range(image.width()):
        if any(image.pixel(x, y) != background for y in rows):
            return x
    return image.width()


def _last_inked_row(image: QImage) -> int:
    background = image.pixel(0, 0)
    for y in range(image.height() - 1, -1, -1):
        if any(image.pixel(x, y) != background for x in range(0, image.width(), 2)):
            return y
    return -1


def test_the_map_and_its_legend_start_at_the_margin(document: MapDocument) -> None:
    image = QImage.fromData(image_bytes(document, "png"))
    margin = round(MARGIN * PNG_SCALE)
    map_rows = range(0, image.height() // 2, 3)
    legend_rows = range(image.height() - margin - 40, image.height() - margin // 2)
    map_left = _first_inked_column(image, map_rows)
    legend_left = _first_inked_column(image, legend_rows)
    assert margin - 1 <= map_left <= margin + 8  # was 80 + 48 px: an empty band before the map
    assert margin - 1 <= legend_left <= margin + 8
    assert image.height() - 1 - _last_inked_row(image) <= margin + 2  # no band under it either


def test_the_drawn_rect_leaves_out_only_the_markers_layer(document: MapDocument) -> None:
    scene = MapScene()
    scene.set_document(document)
    try:
        layer = scene.covered_labels
        assert layer is not None
        rect = drawn_rect(scene)
        assert scene.sceneRect().contains(rect) and rect != layer.boundingRect()
        for item in scene.items():
            if item is not layer and item.isVisible():
                assert rect.contains(item.sceneBoundingRect())
    finally:
        scene.set_document(None)
        scene.deleteLater()
