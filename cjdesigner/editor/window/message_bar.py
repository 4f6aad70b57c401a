"""A strip above the map that says something and offers what to do next, without a dialog.

Two uses: a read-only map says so for as long as it is open ("Save As… to keep your changes"),
and an export confirms where the file went, with Open and Show in Folder. A modal box would
stop the workshop; the status bar's line is gone in seconds and offers nothing to click.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6 import QtCore, QtGui  # opening a file's folder: built when first asked
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

Action = tuple[str, Callable[[], object]]

STYLES = {
    "info": ("#DDF4FF", "#0A3069", "#54AEFF"),
    "warning": ("#FFF8C5", "#4D2D00", "#D4A72C"),
}
"""Fill, text and border colours per kind of message: light fills with dark text (≥ 7:1)."""


def bar_style(name: str, kind: str) -> str:
    """The bar's style sheet: its text and close button take the bar's dark text colour too,
    not the palette's (a dark theme's light text on the light fill could not be read)."""
    fill, text, border = STYLES.get(kind, STYLES["info"])
    return (
        f"#{name} {{ background: {fill}; color: {text}; border-bottom: 1px solid {border}; }}"
        f" #{name} QLabel, #{name} QToolButton {{ color: {text}; background: transparent; }}"
    )


EXPORT_NOTICE_MS = 30_000


class MessageBar(QFrame):
    """One message with buttons; hidden until :meth:`show_message`."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.label = QLabel(self)
        self.label.setObjectName(f"{name}_text")
        self.label.setWordWrap(True)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName(f"{name}_close")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.setAccessibleName(self.tr("Close this message"))
        self.close_button.clicked.connect(self.hide)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 4, 4, 4)
        self._layout.addWidget(self.label, 1)
        self._layout.addWidget(self.close_button)
        self.buttons: list[QPushButton] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(
        self,
        text: str,
        actions: Sequence[Action] = (),
        *,
        kind: str = "info",
        timeout_ms: int = 0,
        closable: bool = True,
    ) -> None:
        """Show ``text`` with a button per action (each also closes a closable message)."""
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        self.setStyleSheet(bar_style(self.objectName(), kind))
        self.label.setText(text)
        for position, (label, run) in enumerate(actions, start=1):
            button = QPushButton(label, self)
            button.setObjectName(f"{self.objectName()}_action_{position}")
            button.clicked.connect(lambda _c=False, r=run: self._run(r, closable))
            self._layout.insertWidget(position, button)
            self.buttons.append(button)
        self.close_button.setVisible(closable)
        self.show()
        if timeout_ms:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()

    def show_read_only(self, read_only: bool, save_as: Callable[[], object]) -> None:
        """The read-only banner: shown (with Save As…) for as long as the map is read-only."""
        if not read_only:
            self.hide()
            return
        self.show_message(
            self.tr(
                "Read-only: this map is open in another window or on another computer. You can "
                "look, select and copy; Save As… keeps your changes under another name."
            ),
            [(self.tr("Save As…"), save_as)],
            kind="warning",
            closable=False,
        )

    def show_exported(self, written: Path) -> None:
        """Where an export went, with Open and Show in Folder (for half a minute)."""
        self.show_message(
            self.tr("Exported “%1” to %2.")
            .replace("%1", written.name)
            .replace("%2", str(written.parent)),
            [
                (self.tr("Open"), lambda: open_file(written)),
                (self.tr("Show in Folder"), lambda: show_in_folder(written)),
            ],
            timeout_ms=EXPORT_NOTICE_MS,
        )

    def _run(self, run: Callable[[], object], closes: bool) -> None:
        if closes:
            self.hide()
        run()

    def text(self) -> str:
        return self.label.text()


def stacked_above(main: QWidget, bars: Sequence[QWidget]) -> QWidget:
    """A widget holding ``bars`` (top to bottom) above ``main``, which takes the rest."""
    holder = QWidget(main.parentWidget())
    holder.setObjectName("central")
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for bar in bars:
        layout.addWidget(bar)
    layout.addWidget(main, 1)
    return holder


def open_file(path: Path) -> bool:
    """Open ``path`` in the program the system uses for it."""
    return QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """Open the folder that holds ``path`` in the file manager."""
    return QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path.parent)))
