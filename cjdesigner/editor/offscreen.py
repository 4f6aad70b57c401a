"""Render a map to PNG or SVG without a window, for ``cjdesigner export --format png|svg``.

The picture is exactly what the canvas draws (the same scene code), painted offscreen, so the
command works on a server or CI machine with no display.
"""

from __future__ import annotations

import os

from cjdesigner.model import JourneyMap

MAX_PIXELS = 120_000_000
"""A PNG larger than this would need gigabytes of memory; SVG or a lower resolution instead."""


def render_map_image(m: JourneyMap, kind: str, pixels_per_unit: float = 2.0) -> bytes:
    """The map as ``"png"`` or ``"svg"`` bytes; ``ValueError`` when a PNG would be too large."""
    if "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt starts: no display needed
    from PySide6.QtWidgets import QApplication

    from cjdesigner.editor.canvas import MapScene
    from cjdesigner.editor.document import MapDocument
    from cjdesigner.editor.window.image_export import MARGIN, image_bytes
    from cjdesigner.editor.window.image_legend import legend_height

    if not isinstance(QApplication.instance(), QApplication):
        QApplication(["cjdesigner"])
    doc = MapDocument(m)
    if kind == "png":
        scene = MapScene()
        scene.set_document(doc)
        rect = scene.itemsBoundingRect()
        scene.set_document(None)
        scene.deleteLater()
        legend = legend_height(m, rect.width())  # the legend under the map is part of it
        height = rect.height() + 2 * MARGIN + legend
        pixels = (rect.width() + 2 * MARGIN) * height * pixels_per_unit**2
        if pixels > MAX_PIXELS:
            raise ValueError(
                f"the image would have {pixels / 1e6:.0f} million pixels (the limit is "
                f"{MAX_PIXELS / 1e6:.0f} million); choose a lower --dpi or --format svg"
            )
    return image_bytes(doc, kind, pixels_per_unit)


def missing_glyphs_warning(m: JourneyMap) -> str | None:
    """What the image would show as empty boxes: the characters none of the shipped fonts
    (Noto Sans and its symbol fallbacks, the PDF's too) can draw, by field; None if all print."""
    from cjdesigner.export import describe_missing_glyphs
    from cjdesigner.export.pdf.missing_glyphs import missing_glyphs
    from cjdesigner.i18n import tr

    problems = missing_glyphs(m)
    if not problems:
        return None
    header = tr(
        "the fonts cannot draw some characters of the map; they show as empty boxes in the image:"
    )
    return describe_missing_glyphs(problems, header=header)
