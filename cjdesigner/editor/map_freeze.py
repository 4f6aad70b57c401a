"""The open map kept out of the cycle collector's full walks (``gc.freeze``), freed when it closes.

Its own module so the file controller, which opens and closes maps, does not import
:mod:`cjdesigner.editor.app` (which builds the window, and so imports the controller).
"""

from __future__ import annotations

import gc

_start_map_pending = False
"""True from :func:`run` until the start's window opened its first map (see below)."""

_start_freeze_due = False
"""True from the start's map opening until :func:`after_first_frame` froze it."""

_first_frame_shown = False
"""True once the window painted (the start's map, opened later, is frozen at once)."""


def freeze_open_map() -> None:
    """Keep the map just opened (and its canvas items) out of every later full collection.

    Python's full (oldest generation) collection walks every container object alive. A big
    map with its canvas items is hundreds of thousands of them, so a full collection that an
    ordinary edit happens to trigger took 40–180 ms: a visible hitch while dragging or typing.
    Those objects live until the next map is opened, so after collecting once (the previous
    map and the load's leftovers are freed now, not mid-edit) they are frozen: moved to the
    permanent generation, which the collector skips. The freeze is process-wide; with
    several windows open, the next open or close only makes it less complete, never wrong.

    The start's map is the exception: what the start loaded (Qt, pydantic, the model, the
    window's modules) was frozen as it loaded (:mod:`cjdesigner.startup_gc`), and there is no
    previous map to free. So only what was made since (the window, the map, their leftovers)
    is collected before it is frozen: ~20 ms less than walking every module's objects again;
    and that after the window's first frame (:func:`after_first_frame`), not before it. The
    little garbage frozen with the modules (plain functions and classes that imports throw
    away; no Qt object) is freed when the next map opens.
    """
    global _start_map_pending, _start_freeze_due
    if _start_map_pending:
        _start_map_pending = False
        if _first_frame_shown:
            _collect_and_freeze_start()
        else:
            _start_freeze_due = True  # done by after_first_frame: not before the window shows
        return
    _start_freeze_due = False
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def after_first_frame() -> None:
    """The start's map: collect what the start made since its modules froze, then freeze.

    Called once the window has painted its first frame (``first_frame.after_first_paint``):
    the ~5 ms walk frees nothing the first frame needs, so the consultant sees the map first.
    """
    global _start_freeze_due, _first_frame_shown
    _first_frame_shown = True
    if _start_freeze_due:
        _collect_and_freeze_start()


def _collect_and_freeze_start() -> None:
    global _start_freeze_due
    _start_freeze_due = False
    gc.collect()  # everything not frozen yet: the window, the map, what they left over
    gc.freeze()


def unfreeze_maps() -> None:
    """A map was closed: let the collector see (and free) what was frozen with it."""
    gc.unfreeze()


def expect_start_map() -> None:
    """The next map opened is the start's (see :func:`freeze_open_map`)."""
    global _start_map_pending, _first_frame_shown
    _start_map_pending = True
    _first_frame_shown = False
