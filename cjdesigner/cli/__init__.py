"""The ``cjdesigner`` command line: document commands, and the editor when none is given.

``main`` is the console script's entry point and what ``python -m cjdesigner`` runs.
"""

from cjdesigner.startup_gc import paused_collection

with paused_collection():  # pydantic and the model load with main
    from cjdesigner.cli.main import main

__all__ = ["main"]
