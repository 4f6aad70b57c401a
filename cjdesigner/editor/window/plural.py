"""English plurals for ``tr("%n item(s)", "", n)`` until a translation provides real forms.

Qt's idiom for counted text is one source string with ``(s)`` and a numerus translation per
language (Polish has three forms). Without a loaded translation Qt returns the source text, so
this resolves the English ``(s)`` itself: "1 stage", "5 stages".
"""

from __future__ import annotations


def plural(text: str, n: int) -> str:
    """``text`` as returned by ``tr`` with ``(s)`` resolved for English when still present."""
    return text.replace("(s)", "" if n == 1 else "s")
