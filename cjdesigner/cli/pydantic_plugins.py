"""No pydantic plugins in cjdesigner: their discovery costs each start ~15 ms for nothing.

pydantic looks for plugins (``pydantic`` entry points of installed distributions) the first
time it builds a model's validator: it imports ``importlib.metadata`` (with ``email``,
``zipfile``, ``csv``… ~12 ms) and scans every installed distribution's metadata (~2 ms more
here, more in a big environment). cjdesigner uses no pydantic plugin, and a plugin someone
installed for another program has no business in our validation. pydantic's own switch is the
environment variable ``PYDANTIC_DISABLE_PLUGINS`` (``__all__``, ``1`` or ``true``: its plugin
loader returns no plugins without a scan); :func:`disable_plugin_discovery` sets it when the user
has not, and gives pydantic a loader module that returns the same empty answer without
importing ``importlib.metadata`` (also when the variable already says "all off"). A user who
wants a plugin in cjdesigner sets the variable themselves (``PYDANTIC_DISABLE_PLUGINS=`` — empty
— loads them all); then nothing here applies.

Called by the entry point before any model is built (``cjdesigner.cli``), so the command line
and the editor both start without the scan. Anything else pydantic ever asks of its loader
module is answered by the real one, loaded then.
"""

from __future__ import annotations

import importlib
import os
import sys
import types
from collections.abc import Iterable, MutableMapping
from typing import Any

SWITCH = "PYDANTIC_DISABLE_PLUGINS"
LOADER = "pydantic.plugin._loader"
"""The module whose ``get_plugins()`` pydantic calls when it builds each schema validator."""
OFF = "__all__"
ALL_OFF = ("__all__", "1", "true")
"""The values with which pydantic's loader returns no plugins without looking for any."""


def disable_plugin_discovery(environ: MutableMapping[str, str] = os.environ) -> bool:
    """Switch pydantic's plugins off unless the user chose otherwise; True if the stand-in is in.

    Unset, :data:`SWITCH` is set to :data:`OFF`; set to one of pydantic's "all off" values (by
    the user, or inherited from a cjdesigner that started this process) it is kept, and the
    stand-in answers as pydantic would. Any other value (empty, plugin names) is the user's
    choice of plugins: nothing here applies. Nor when pydantic's loader is already imported
    (a model was built before: the choice is made).
    """
    if LOADER in sys.modules:
        return False
    value = environ.get(SWITCH)
    if value is None:
        environ[SWITCH] = OFF
    elif value not in ALL_OFF:
        return False
    sys.modules[LOADER] = _quiet_loader()
    return True


def _quiet_loader() -> types.ModuleType:
    """A stand-in for pydantic's plugin loader answering as it does with the switch off."""
    loader = types.ModuleType(LOADER, __doc__)

    def get_plugins() -> Iterable[Any]:
        """No plugins: what pydantic's ``get_plugins`` returns with the switch off."""
        return ()

    def __getattr__(name: str) -> Any:  # a module's __getattr__ (PEP 562)
        if name.startswith("__"):  # the import system probing (``__path__``…): not there
            raise AttributeError(name)
        return getattr(_real_loader(loader), name)

    loader.get_plugins = get_plugins  # type: ignore[attr-defined]
    loader.__getattr__ = __getattr__  # type: ignore[method-assign]
    return loader


def _real_loader(stand_in: types.ModuleType) -> types.ModuleType:
    """pydantic's own loader, imported in place of the stand-in (for any other name)."""
    if sys.modules.get(LOADER) is stand_in:
        del sys.modules[LOADER]
    return importlib.import_module(LOADER)
