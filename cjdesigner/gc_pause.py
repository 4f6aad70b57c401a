"""Python's cycle collector paused while a big piece of work allocates objects that live on.

A PDF export, the fitting of a map to its sheet and a spreadsheet import each make tens or
hundreds of thousands of lists, dicts and layout objects; every few thousand the collector
walks the whole heap (the map, the growing PDF, the editor's other maps) and finds nothing to
free: a tenth to a fifth of the work. Reference counting still frees everything as usual; the
few cycles reportlab makes are collected once the collector is back on. Nested uses are fine.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """The cycle collector off for the ``with`` block, then back as it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
