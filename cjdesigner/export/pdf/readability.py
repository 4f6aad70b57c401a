"""The warning when a map's card text would print too small on one sheet, with what helps."""

from __future__ import annotations

from cjdesigner.export.options import ExportOptions
from cjdesigner.export.pdf.fit import readable_paper
from cjdesigner.export.pdf.scene import MapScene
from cjdesigner.i18n import tr


def too_small_warning(scene: MapScene, options: ExportOptions, size: float) -> str:
    """ "card text would be 5.1 pt on one A3 landscape page, too small to read; …" naming the
    smallest sheet that prints it at 7 pt or more (the same sheet turned, "A3 --portrait",
    before a larger one), or only ``--tile`` when none does."""
    paper = f"{options.page} {tr(str(options.orientation))}"
    found = readable_paper(scene, options)
    if found is None:
        return tr(
            "card text would be {size:.1f} pt on one {paper} page, too small to read even on "
            "A0; use --tile for a poster across several pages"
        ).format(size=size, paper=paper)
    bigger, bigger_size = found
    return tr(
        "card text would be {size:.1f} pt on one {paper} page, too small to read; use --page "
        "{bigger} ({bigger_size:.1f} pt), or --tile for a poster across several pages"
    ).format(size=size, paper=paper, bigger=bigger, bigger_size=bigger_size)
