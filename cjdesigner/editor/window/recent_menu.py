"""File > Open Recent: the list of maps opened lately, filled each time the menu opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from cjdesigner.editor.window.file_controller import FileController


def fill_recent_menu(menu: QMenu, files: FileController) -> None:
    """The recent maps numbered &1…&9 (full path as tip), or "No recent maps"; then Clear."""
    menu.clear()
    entries = files.recent_files()
    for number, entry in enumerate(entries, start=1):
        label = f"&{number} {Path(entry).name}" if number < 10 else Path(entry).name
        action = menu.addAction(label)
        action.setToolTip(entry)
        action.setStatusTip(entry)
        action.triggered.connect(lambda _c=False, e=entry: files.open_recent(e))
    if not entries:
        empty = menu.addAction(QCoreApplication.translate("RecentMenu", "No recent maps"))
        empty.setEnabled(False)
        return
    menu.addSeparator()
    menu.addAction(
        QCoreApplication.translate("RecentMenu", "Clear Recent Maps"), files.clear_recent
    )
