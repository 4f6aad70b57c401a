"""The error a command raises for bad input it finds itself (``main`` prints it, exit code 1).

Any command module can use it: ``raise CommandError(tr("“{path}”: …").format(path=path))``.
Map file problems need no wrapping: ``main`` already turns ``MapFileError`` and ``OSError``
into one message and exit code 1.
"""

from __future__ import annotations


class CommandError(Exception):
    """Bad input found by a command: ``str(err)`` goes to stderr, the exit code is 1."""
