"""Make the README's editor images: ``QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py``.

The window on a 1366×768 laptop (docs/screenshot.png), presentation mode (docs/presentation.png)
and the window with the Insights panel open and a critical moment chosen (docs/insights.png),
all on the online-shop sample, in English. Run it after a change that the README's pictures
show; look at the results.
The PDF page image (docs/pdf-page.png) comes from ``cjdesigner export`` and ``pdftoppm``.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect, QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

DOCS = Path(__file__).resolve().parent
SAMPLE = DOCS.parent / "samples" / "online-shop-purchase.cjm"
LAPTOP = QRect(0, 0, 1366, 768)


def settle(app: QApplication, rounds: int = 30) -> None:
    """Let layouts, the first paint and the Insights worker finish."""
    for _ in range(rounds):
        app.processEvents()
        QApplication.instance().thread().msleep(20)


def main() -> int:
    QStandardPaths.setTestModeEnabled(True)  # never the user's settings or recent files
    work = Path(tempfile.mkdtemp(prefix="cjdesigner-docs-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    app = QApplication(sys.argv[:1])
    from cjdesigner.editor import translations
    from cjdesigner.editor.window import MainWindow, room

    translations.install("en")  # English, with its plural forms ("3 personas")

    path = work / SAMPLE.name
    shutil.copy(SAMPLE, path)
    window = MainWindow()
    room.first_start_layout(window, LAPTOP)
    window.show()
    window.files.open_path(path, ask_to_save=False)
    settle(app)
    doc = window.doc
    assert doc is not None
    window.scene.select_ids([doc.map.touchpoints[3].id])
    settle(app)
    window.grab().save(str(DOCS / "screenshot.png"))

    window.presentation.enter()
    window.resize(1366, 768)
    settle(app)
    window.grab().save(str(DOCS / "presentation.png"))
    window.presentation.leave()
    settle(app)

    window.showNormal()
    window.resize(1440, 900)
    window.show_insights_panel()
    settle(app, 60)
    panel = window.insights_panel
    model = panel.model
    for row in range(model.rowCount()):  # choose the first critical moment: its card lights up
        group = model.index(row, 0)
        if model.rowCount(group) and "ritical" in str(model.data(group)):
            panel.tree.setExpanded(group, True)
            panel.tree.setCurrentIndex(model.index(0, 0, group))
            panel.tree.activated.emit(model.index(0, 0, group))
            break
    settle(app)
    window.grab().save(str(DOCS / "insights.png"))
    window.close()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
