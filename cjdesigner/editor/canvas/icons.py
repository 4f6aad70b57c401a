"""Shipped SVG icons, rendered once per key and pixel size and reused by every card.

Rendering an SVG is far slower than drawing a pixmap; a map shows the same dozen icons on
thousands of cards, so each (icon, device pixel size) is rendered once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtGui  # QPaintEngine: built when a card's icon is first drawn
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap

from cjdesigner.assets import icon_path, shipped_icon_keys

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

FALLBACK_KEY = "generic"
_MAX_PIXELS = 256


class IconCache:
    """SVG renderers by key, and their pixmaps by (key, device pixel size)."""

    def __init__(self) -> None:
        self._renderers: dict[str, QSvgRenderer | None] = {}
        self._pixmaps: dict[tuple[str, int], QPixmap] = {}

    def renderer(self, key: str) -> QSvgRenderer | None:
        """The renderer of ``key``; the generic icon for an unknown key, None if even that fails."""
        if key not in self._renderers:
            if key != FALLBACK_KEY and key not in shipped_icon_keys():  # one renderer for all
                self._renderers[key] = self.renderer(FALLBACK_KEY)
                return self._renderers[key]
            from PySide6.QtSvg import QSvgRenderer  # the first card's icon, not a blank map's

            path = icon_path(key)
            renderer = QSvgRenderer(str(path)) if path.is_file() else None
            if renderer is not None and not renderer.isValid():
                renderer = None
            if renderer is None and key != FALLBACK_KEY:
                renderer = self.renderer(FALLBACK_KEY)
            self._renderers[key] = renderer
        return self._renderers[key]

    def pixmap(self, key: str, pixels: int) -> QPixmap:
        """``key`` in a square pixmap ``pixels`` wide (transparent if it cannot be drawn)."""
        pixels = max(1, min(pixels, _MAX_PIXELS))
        cached = self._pixmaps.get((key, pixels))
        if cached is not None:
            return cached
        image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        renderer = self.renderer(key)
        if renderer is not None:
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, pixels, pixels))
            painter.end()
        pixmap = QPixmap.fromImage(image)
        self._pixmaps[(key, pixels)] = pixmap
        return pixmap

    def draw(self, painter: QPainter, key: str, rect: QRectF) -> None:
        """Draw ``key`` into ``rect`` (scene units) sharply at the painter's current scale;
        as vector paths into an SVG (an image for slides keeps no pictures of icons)."""
        engine = painter.paintEngine()
        if engine is not None and engine.type() == QtGui.QPaintEngine.Type.SVG:
            renderer = self.renderer(key)
            if renderer is not None:
                renderer.render(painter, rect)
            return
        scale = painter.worldTransform().m11() or 1.0
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        pixels = max(1, min(round(rect.width() * abs(scale) * ratio), _MAX_PIXELS))
        painter.drawPixmap(rect, self.pixmap(key, pixels), QRectF(0, 0, pixels, pixels))


_ICONS: IconCache | None = None


def icons() -> IconCache:
    """The process-wide icon cache (created on first use, once a QGuiApplication exists)."""
    global _ICONS
    if _ICONS is None:
        _ICONS = IconCache()
    return _ICONS
