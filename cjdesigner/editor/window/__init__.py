"""The editor window and its parts: actions, panels, file handling, autosave, clipboard."""

from cjdesigner.editor.window.main_window import MainWindow

__all__ = ["MainWindow"]
