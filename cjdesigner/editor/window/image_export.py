"""File > Export Image…: the map as the canvas draws it, as PNG (for slides) or SVG.

The picture comes from a fresh scene of the same document, so the window's selection,
zoom and pinned headers never show in it. The bytes are built in memory and written with the
storage package's atomic writer: a failed export leaves no partial file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from cjdesigner.editor.canvas import MapScene
from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window.image_legend import legend_height, paint_legend
from cjdesigner.storage import atomic_write_bytes

MARGIN = 24.0
PNG_SCALE = 2.0
"""Two image pixels per scene unit: sharp on a projector and in a slide deck."""


def _render(
    scene: MapScene, painter: QPainter, source: QRectF, scale: float, legend: float
) -> None:
    """The map's ``source`` rectangle at ``scale``, then the legend (``legend`` units high)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    target = QRectF(0, 0, source.width() * scale, source.height() * scale)
    scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    document = scene.document
    if document is None or legend <= 0:
        return
    painter.save()
    painter.scale(scale, scale)
    area = QRectF(0, source.height(), source.width(), legend)
    painter.fillRect(area, scene.backgroundBrush())
    paint_legend(painter, document.map, MARGIN, source.height() - MARGIN / 2, _legend_width(source))
    painter.restore()


def drawn_rect(scene: MapScene) -> QRectF:
    """What the map draws: every item but the covered flow markers' layer, which spans the
    whole scene rectangle (the map and a margin for scrolling) — counted, it left a wide empty
    band left of and under the map, and the legend out of line with it. Its markers count."""
    layer = scene.covered_labels
    rect = QRectF()
    for item in scene.items():
        if item is not layer and item.isVisible():
            rect = rect.united(item.sceneBoundingRect())
    if layer is not None:
        for chip in layer.chips().values():
            rect = rect.united(chip)
    return rect


def _legend_width(source: QRectF) -> float:
    return source.width() - 2 * MARGIN


def image_bytes(doc: MapDocument, kind: str, scale: float = PNG_SCALE) -> bytes:
    """The map of ``doc`` as ``"png"`` or ``"svg"`` bytes."""
    scene = MapScene()
    scene.set_document(doc)
    for item in scene.items():  # drawn afresh, not from pixmap caches: vector text in an SVG
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        source = drawn_rect(scene).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        legend = legend_height(doc.map, _legend_width(source))
        height = source.height() + legend
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if kind == "svg":
            generator = QSvgGenerator()
            generator.setOutputDevice(buffer)
            generator.setSize(QSize(int(source.width()), int(height)))
            generator.setViewBox(QRectF(0, 0, source.width(), height))
            generator.setTitle(doc.map.info.title)
            painter = QPainter(generator)
            _render(scene, painter, source, 1.0, legend)
            painter.end()
        else:
            size = QSize(int(source.width() * scale), int(height * scale))
            image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(QColor("#FFFFFF"))
            painter = QPainter(image)
            _render(scene, painter, source, scale, legend)
            painter.end()
            image.save(buffer, "PNG")
        buffer.close()
        if kind == "svg":
            return _with_font_fallbacks(bytes(data.data()))
        return bytes(data.data())
    finally:
        scene.set_document(None)
        scene.deleteLater()


def _with_font_fallbacks(svg: bytes) -> bytes:
    """Noto Sans with fallbacks, and each text run's measured width (``svg_text``)."""
    from cjdesigner.editor.window.svg_text import with_measured_text

    return with_measured_text(svg.decode("utf-8")).encode("utf-8")


def export_image(doc: MapDocument, path: Path) -> Path:
    """Write the map to ``path`` (PNG unless the name ends in .svg); returns the path written."""
    kind = "svg" if path.suffix.lower() == ".svg" else "png"
    if path.suffix.lower() not in (".png", ".svg"):
        path = path.with_name(path.name + ".png")
    atomic_write_bytes(path, image_bytes(doc, kind))
    return path
