"""Text rules shared by every field: NFC normalisation, length caps, Romanian cedillas.

Text is NFC-normalised when it enters the model, so that "ą" typed as a + combining ogonek
and "ą" as one code point compare, search and print the same. Romanian ş/ţ with a cedilla
(U+015F/U+0163) are a common mistake for ș/ț with a comma below (U+0219/U+021B); we can point
them out and offer the fix, but never change the user's text silently.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from itertools import filterfalse
from typing import Annotated, Any

from pydantic import AfterValidator, Field, StringConstraints

# Caps that no real map reaches but that keep a corrupt or hostile file from eating memory.
NAME_MAX = 200
SHORT_TEXT_MAX = 500
LONG_TEXT_MAX = 5_000
LIST_MAX = 100


_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""C0/C1 control characters other than tab, line feed and carriage return: they have no
meaning in a map, no font draws them, and on a terminal they are escape sequences."""

_is_normalized = unicodedata.is_normalized


def nfc(value: str) -> str:
    """Return ``value`` in Unicode normal form C, without control characters (see _CONTROLS).

    Called for every text field of every item a map loads, so the usual text costs two C
    calls: a printable text (most titles and names) holds no control character, and the
    pattern is searched only in the others (a line break makes a text unprintable).
    """
    if not value.isprintable() and _CONTROLS.search(value) is not None:
        value = _CONTROLS.sub("", value)
    if value.isascii() or _is_normalized("NFC", value):
        return value
    return unicodedata.normalize("NFC", value)


def all_nfc(values: Iterable[str], *, controls: bool = True) -> bool:
    """Whether :func:`nfc` leaves every one of ``values`` as it is, found in a few C calls.

    For many texts at once (a spreadsheet's column): only the texts that are not printable are
    searched for control characters (``controls=False``: the caller knows none holds one), and
    the texts joined by line breaks are checked for NFC once. A line break neither composes nor
    reorders with any character, so the joined text is NFC exactly when each text is.
    """
    values = values if isinstance(values, list | tuple) else list(values)
    if controls and any(map(_CONTROLS.search, filterfalse(str.isprintable, values))):
        return False
    return joined_nfc("\n".join(values))


def joined_nfc(joined: str) -> bool:
    """Whether texts joined by line breaks (and holding no control character) are each in
    NFC: :func:`all_nfc` for a caller that has the joined text already."""
    return joined.isascii() or _is_normalized("NFC", joined)


Name = Annotated[str, StringConstraints(max_length=NAME_MAX), AfterValidator(nfc)]
ShortText = Annotated[str, StringConstraints(max_length=SHORT_TEXT_MAX), AfterValidator(nfc)]
LongText = Annotated[str, StringConstraints(max_length=LONG_TEXT_MAX), AfterValidator(nfc)]
TextList = Annotated[list[LongText], Field(max_length=LIST_MAX)]

_CEDILLA_TO_COMMA = str.maketrans({"ş": "ș", "Ş": "Ș", "ţ": "ț", "Ţ": "Ț"})


def has_cedilla_forms(value: str) -> bool:
    """Whether ``value`` holds ş/ţ with a cedilla, which Romanian writes with a comma below."""
    return value != value.translate(_CEDILLA_TO_COMMA)


def cedilla_to_comma(value: str) -> str:
    """The suggested Romanian spelling of ``value``: ş→ș, ţ→ț (upper case too)."""
    return value.translate(_CEDILLA_TO_COMMA)


def cedilla_to_comma_in(value: Any) -> Any:
    """:func:`cedilla_to_comma` applied to every string inside dumped model data."""
    if isinstance(value, str):
        return cedilla_to_comma(value)
    if isinstance(value, dict):
        return {key: cedilla_to_comma_in(item) for key, item in value.items()}
    if isinstance(value, list):
        return [cedilla_to_comma_in(item) for item in value]
    return value
