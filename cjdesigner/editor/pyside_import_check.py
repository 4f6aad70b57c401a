"""Make PySide6's check of every module imported after it cheap (a faster editor start).

PySide6 hooks ``import`` for its optional ``from __feature__ import snake_case``: after each
new module it asks ``shibokensupport.feature._mod_uses_pyside`` whether the module's source
mentions "PySide6", through ``inspect.getsource`` — whose ``inspect.getmodule`` walks
``sys.modules`` — about 0.2 ms a module, some 40 ms over the editor's start. The same answer
(does the source file contain "PySide6"?) comes from reading the file, ~0.03 ms. We never
select a feature, so the answer does not change what our code does either way; this only
keeps the check from costing the start. Anything unexpected in PySide6's internals (another
version) leaves its own check in place.
"""

from __future__ import annotations

import os
import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loads shiboken6's support package and its import hook)

_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def _mentions_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source file contains "PySide6" (False when it has none).

    Two system calls and one read, without a ``Path`` or a buffered file object: some 230
    modules load after PySide6 on the editor's start, 5 MB of source, and the wrappers cost
    more than the reading (~8 -> ~4 ms).
    """
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        return b"PySide6" in os.read(fd, os.fstat(fd).st_size + 1)
    except OSError:
        return False
    finally:
        os.close(fd)


def install() -> bool:
    """Put the cheap check in place of PySide6's; True when it was replaced."""
    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, _CHECK, None)):
        return False
    setattr(feature, _CHECK, _mentions_pyside)
    return True


install()
