"""Names for the deck's speaker-notes parts without walking the whole package for each one.

python-pptx names a new notes slide by walking every part of the package to find the next free
``notesSlide%d.xml`` (``OpcPackage.next_partname``); a map deck gives some 140 slides their
notes one after another, so the walks grow with the deck: ~0.2 s of the 5,000-card export
(``benchmarks/bench_formats.py``), a sixth of it. :func:`remember_notes_names` lets the package
walk once for the notes slides' names and then remember the names it hands out; every other
kind of part is named as python-pptx names it.
"""

from __future__ import annotations

from typing import Any

NOTES = "/ppt/notesSlides/notesSlide%d.xml"


def remember_notes_names(package: Any) -> None:
    """Make ``package.next_partname`` remember the notes slides' names (this package only)."""
    from pptx.opc.packuri import PackURI

    original = package.next_partname
    prefix = NOTES[: NOTES.find("%")]
    taken: set[str] | None = None

    def next_partname(template: str) -> PackURI:
        nonlocal taken
        if template != NOTES:
            return original(template)
        if taken is None:  # the one walk: the notes slides the package has (none when new)
            taken = {str(p.partname) for p in package.iter_parts() if p.partname.startswith(prefix)}
        for n in range(len(taken) + 1, 0, -1):  # as python-pptx searches: from the end down
            name = template % n
            if name not in taken:
                taken.add(name)
                return PackURI(name)
        raise RuntimeError("no free notes slide name")  # unreachable: len + 1 names tried

    package.next_partname = next_partname
