# PyInstaller run-time hook, in place of PyInstaller's own ``pyi_rth_pyside6`` (see the Linux spec).
#
# PyInstaller's hook imports PySide6.QtCore at every start of the bundle — Qt's core library, ICU
# and PySide's start-up, ~60 ms — to check for an embedded qt.conf. The command line
# (`cjdesigner validate`, `info`, `export … .csv`…) never uses Qt, so this hook sets the same
# environment (QT_PLUGIN_PATH, QML2_IMPORT_PATH) at once and does that check right after the
# program itself first imports PySide6.QtCore, exactly as PyInstaller's hook would have done it
# before: nothing else changes for the editor or the exports that draw with Qt.
# ruff: noqa


def _pyi_rthook():
    import os
    import sys

    from _pyi_rth_utils import qt as qt_rth_utils

    qt_rth_utils.ensure_single_qt_bindings_package("PySide6")
    qt_path = os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt_path, "qml")

    class AfterQtCore:
        """Finds nothing itself; wraps the loading of PySide6.QtCore once, then leaves."""

        @staticmethod
        def find_spec(name, path=None, target=None):
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(AfterQtCore)
            import importlib.util

            spec = importlib.util.find_spec(name)
            if spec is None or spec.loader is None:
                return spec
            load = spec.loader.exec_module

            def exec_module(module):
                load(module)
                qt_rth_utils.create_embedded_qt_conf("PySide6", qt_path)

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, AfterQtCore)


_pyi_rthook()
del _pyi_rthook
