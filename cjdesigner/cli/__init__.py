"""The ``cjdesigner`` command line: document commands, and the editor when none is given.

``main`` is the console script's entry point and what ``python -m cjdesigner`` runs.
"""

from cjdesigner.cli.main import main

__all__ = ["main"]
