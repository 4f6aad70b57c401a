"""File > Open Recent: the list of maps opened lately, filled each time the menu opens."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from cjdesigner.editor.window.file_controller import FileController


def fill_recent_menu(menu: QMenu, files: FileController) -> None:
    """The recent maps numbered &1…&9 (full path as tip), or "No recent maps"; then Clear."""
    menu.clear()
    entries = files.recent_files()
    names = recent_names(entries)
    for number, (entry, name) in enumerate(zip(entries, names, strict=True), start=1):
        shown = name.replace("&", "&&")  # "R&D.cjm" is no shortcut key
        label = f"&{number} {shown}" if number < 10 else shown
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


def recent_names(entries: list[str]) -> list[str]:
    """Each recent map's file name, with its folder where two share a name: a consultant keeps
    a "mapa.cjm" in each client's folder, and ten identical entries told nothing."""
    paths = [Path(entry) for entry in entries]
    counts = Counter(path.name for path in paths)
    folder_counts = Counter((path.name, path.parent.name) for path in paths)
    names = []
    for path in paths:
        if counts[path.name] == 1:
            names.append(path.name)
        elif folder_counts[(path.name, path.parent.name)] == 1 and path.parent.name:
            names.append(f"{path.name} — {path.parent.name}")
        else:
            names.append(f"{path.name} — {path.parent}")
    return names
