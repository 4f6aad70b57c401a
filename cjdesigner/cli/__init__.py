"""The ``cjdesigner`` command line: document commands, and the editor when none is given.

``main`` is the console script's entry point and what ``python -m cjdesigner`` runs.
"""

from cjdesigner.cli.pydantic_plugins import disable_plugin_discovery
from cjdesigner.startup_gc import paused_collection

disable_plugin_discovery()  # before any model is built: see that module
with paused_collection():  # pydantic and the model load with main
    from cjdesigner.cli.main import main

__all__ = ["main"]
