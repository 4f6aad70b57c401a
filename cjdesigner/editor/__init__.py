"""The Qt editor: the only package that imports PySide6."""

from cjdesigner.editor import pyside_import_check  # noqa: F401  (first: a faster start)
