"""Render the application and document icons for the desktop packages, from our own SVGs.

    python packaging/render_icons.py OUT_DIR

Writes the freedesktop ``hicolor`` theme (scalable SVG plus PNG sizes) for the Linux packages,
``cjdesigner.ico`` and ``cjdesigner-document.ico`` for the Windows installer and the PNG sets
the macOS workflow turns into ``.icns`` with ``iconutil``. Uses the build environment's Qt
(offscreen), so it runs on a build machine without a screen.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
APP_ID = "org.cjdesigner.cjdesigner"
MIME_ICON = "application-x-cjdesigner-map"
APP_SVG = HERE.parent / "resources" / "icons" / "cjdesigner.svg"
DOCUMENT_SVG = HERE / "icons" / f"{MIME_ICON}.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONSET_SIZES = (16, 32, 128, 256, 512)


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def save(image: QImage, path: Path, kind: str = "PNG") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), kind):
        raise SystemExit(f"render_icons: cannot write {path}")


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit("usage: render_icons.py OUT_DIR")
    out = Path(sys.argv[1])
    _app = QGuiApplication(["render_icons"])
    for svg, name, context in ((APP_SVG, APP_ID, "apps"), (DOCUMENT_SVG, MIME_ICON, "mimetypes")):
        scalable = out / "hicolor" / "scalable" / context / f"{name}.svg"
        scalable.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(svg, scalable)
        for size in SIZES:
            save(render(svg, size), out / "hicolor" / f"{size}x{size}" / context / f"{name}.png")
        for size in ICONSET_SIZES:  # the names macOS's iconutil expects
            iconset = out / f"{name}.iconset"
            save(render(svg, size), iconset / f"icon_{size}x{size}.png")
            save(render(svg, 2 * size), iconset / f"icon_{size}x{size}@2x.png")
        ico = "cjdesigner.ico" if context == "apps" else "cjdesigner-document.ico"
        save(render(svg, 256), out / ico, "ICO")


if __name__ == "__main__":
    main()
