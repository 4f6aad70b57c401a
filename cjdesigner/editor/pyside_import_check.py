"""Take PySide6's check of every module imported after it out of the editor's start.

PySide6 hooks ``import`` for its optional ``from __feature__ import snake_case``: after each
new module it asks ``shibokensupport.feature._mod_uses_pyside`` whether the module's source
mentions "PySide6" (through ``inspect.getsource``, whose ``inspect.getmodule`` walks
``sys.modules``: ~0.2 ms a module, some 40 ms over the editor's start; reading the file
instead still cost ~4 ms for the ~240 modules that load after PySide6). The answer only
files the module as "no feature" (0) or "ignore this module when switching features" (-1);
while no module ever selects a feature, both mean the same: Qt's names as they are. We never
select one (``tests/editor/test_pyside_import_check.py`` keeps it so), so every module is
filed as "ignore" without reading anything. Anything unexpected in PySide6's internals
(another version) leaves its own check in place.
"""

from __future__ import annotations

import sys
from types import ModuleType

from cjdesigner.editor import shiboken_code_cache

shiboken_code_cache.import_qt()  # PySide6.QtCore: shiboken6's support package and import hook

_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def _ignored_by_features(module: ModuleType) -> bool:
    """False: ``module`` is ignored when features switch (none ever does in this program)."""
    return False


def install() -> bool:
    """Put the free answer in place of PySide6's check; True when it was replaced."""
    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, _CHECK, None)):
        return False
    setattr(feature, _CHECK, _ignored_by_features)
    return True


install()
