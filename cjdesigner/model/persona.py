"""Personas: research-based customer profiles, one lane of the map each."""

from __future__ import annotations

from typing import Literal, Self

from pydantic import Field, model_validator

from cjdesigner.i18n import tr
from cjdesigner.model.base import Base64Bytes, Colour, Id, MapModel, empty_list
from cjdesigner.model.ids import new_id
from cjdesigner.model.picture import PictureProblem, picture_size
from cjdesigner.model.text import LongText, Name, ShortText, TextList

AVATAR_MAX_BYTES = 512 * 1024
"""Pictures are embedded in the map file; a cap keeps files small enough to diff and mail."""

_MAGIC = {"image/png": b"\x89PNG\r\n\x1a\n", "image/jpeg": b"\xff\xd8\xff"}


class Avatar(MapModel):
    """A persona's picture, embedded as PNG or JPEG bytes."""

    media_type: Literal["image/png", "image/jpeg"]
    data: Base64Bytes = Field(max_length=AVATAR_MAX_BYTES)

    @model_validator(mode="after")
    def _check_signature(self) -> Self:
        if not self.data.startswith(_MAGIC[self.media_type]):
            kind = self.media_type.split("/")[1].upper()
            raise ValueError(f"the avatar picture is not a {kind} image")
        return self


class Persona(MapModel):
    """One lane of the map: a customer profile with goals, frustrations and a colour."""

    id: Id = Field(default_factory=new_id)
    name: Name
    role: ShortText = ""
    quote: LongText = ""
    goals: TextList = Field(default_factory=empty_list)
    frustrations: TextList = Field(default_factory=empty_list)
    demographics: LongText = ""
    colour: Colour = "#0072B2"
    avatar: Avatar | None = None

    @model_validator(mode="after")
    def _check_picture(self) -> Self:
        """Decode the avatar once, here, so no later stage meets a damaged or huge picture."""
        if self.avatar is not None:
            try:
                picture_size(self.avatar.data, self.avatar.media_type)
            except PictureProblem as problem:
                raise ValueError(
                    tr("the avatar picture of “{name}”: {problem}").format(
                        name=self.name, problem=problem
                    )
                ) from None
        return self

    @property
    def initials(self) -> str:
        """Up to two initials for the round avatar when there is no picture."""
        return name_initials(self.name)


_NAME_ENDS = frozenset(",;:([{/|")
"""What ends a persona's name in a workshop's "Anna Wiśniewska, 34 lata", "Marek Żółkiewski
(przedsiębiorca)": a comma, a bracket (and their like)."""
_DASHES = frozenset("-‐‒–—―")


def name_initials(name: str) -> str:
    """The initials of ``name`` as its avatar shows them: the first and last word's first
    letters of the name itself — the words before a comma, a bracket, a dash between spaces or
    a number ("Anna Wiśniewska, 34 lata" → "AW", not "AL"); a double-barrelled surname gives
    its first part's letter ("Alexandra Bălănescu-Popovici" → "AB"); a one-word name gives its
    first two letters ("Ștefan" → "ȘT"), or a hyphenated one's parts' ("Jean-Luc" → "JL");
    a word and a number, as new lanes are named, its letter and the number ("Persona 2" → "P2")."""
    numbered = name.split()
    if len(numbered) == 2 and numbered[1].isdigit() and numbered[0][:1].isalpha():
        # "Persona 1", "Persona 2" (new lanes not named yet): P1, P2, not PE on every lane
        # (QA s8 K10)
        return (numbered[0][0] + numbered[1][:2]).upper()
    words: list[str] = []
    for word in name.split():
        cut = next((i for i, ch in enumerate(word) if ch in _NAME_ENDS), -1)
        if cut >= 0:
            word = word[:cut]
        if word[:1].isdigit() or (word and all(ch in _DASHES for ch in word)):
            break
        if word[:1].isalnum():
            words.append(word)
        if cut >= 0:
            break
    if not words:  # nothing before the comma or number ("(gość)", "34"): the old way, whole
        words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
        if not words:
            return "?"
    if len(words) == 1:
        parts = [part for part in words[0].split("-") if part[:1].isalnum()]
        if len(parts) > 1:
            return (parts[0][0] + parts[-1][0]).upper()
        return words[0][:2].upper()
    return (words[0][0] + words[-1][0]).upper()
