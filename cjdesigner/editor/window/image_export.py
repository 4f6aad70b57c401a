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

from cjdesigner.editor.canvas import MapScene
from cjdesigner.editor.document import MapDocument
from cjdesigner.storage import atomic_write_bytes

MARGIN = 24.0
PNG_SCALE = 2.0
"""Two image pixels per scene unit: sharp on a projector and in a slide deck."""


def _render(scene: MapScene, painter: QPainter, source: QRectF, target: QRectF) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)


def image_bytes(doc: MapDocument, kind: str, scale: float = PNG_SCALE) -> bytes:
    """The map of ``doc`` as ``"png"`` or ``"svg"`` bytes."""
    scene = MapScene()
    scene.set_document(doc)
    try:
        source = scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if kind == "svg":
            generator = QSvgGenerator()
            generator.setOutputDevice(buffer)
            generator.setSize(QSize(int(source.width()), int(source.height())))
            generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
            generator.setTitle(doc.map.info.title)
            painter = QPainter(generator)
            _render(scene, painter, source, QRectF(0, 0, source.width(), source.height()))
            painter.end()
        else:
            size = QSize(int(source.width() * scale), int(source.height() * scale))
            image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(QColor("#FFFFFF"))
            painter = QPainter(image)
            _render(scene, painter, source, QRectF(0, 0, size.width(), size.height()))
            painter.end()
            image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())
    finally:
        scene.set_document(None)
        scene.deleteLater()


def export_image(doc: MapDocument, path: Path) -> Path:
    """Write the map to ``path`` (PNG unless the name ends in .svg); returns the path written."""
    kind = "svg" if path.suffix.lower() == ".svg" else "png"
    if path.suffix.lower() not in (".png", ".svg"):
        path = path.with_name(path.name + ".png")
    atomic_write_bytes(path, image_bytes(doc, kind))
    return path
