"""No cyclic garbage collection while the program's modules load: a faster start.

Importing pydantic, the model (whose schema pydantic builds at import), the command modules and
Qt allocates hundreds of thousands of objects that stay alive as long as the process, so the
collector walks them again and again for nothing: ~10 ms of ``cjdesigner validate`` and of the
editor's start (``benchmarks/bench_startup.py``). After the block they are frozen (moved where
the collector does not look, as Python's ``gc.freeze`` documentation suggests for what a
program loads at start) and collection resumes. The little import garbage frozen with them is
freed when the editor opens a map (``editor.map_freeze.freeze_open_map`` unfreezes and collects).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_collection() -> Iterator[None]:
    """Collection off for the ``with`` block; then, if it loaded modules, what is alive is
    frozen; collection is back as it was.

    Only a block that loaded modules freezes (once a process for each: the start), so a program
    or test that runs ``main`` again and again does not freeze its own objects each time.
    """
    was_enabled = gc.isenabled()
    modules = len(sys.modules)
    gc.disable()
    try:
        yield
    finally:
        if len(sys.modules) > modules:
            gc.freeze()
        if was_enabled:
            gc.enable()
