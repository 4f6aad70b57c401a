"""The pydantic base every model class shares, and the small value types they use."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, WithJsonSchema

Id = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:\-]+$")]
"""A stable id: UUID hex for new items, readable slugs (``website``) for default channels."""

Colour = Annotated[str, Field(pattern=r"^#[0-9A-Fa-f]{6}$", examples=["#0072B2"])]
"""An sRGB colour as ``#RRGGBB``."""


def _from_base64(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return base64.b64decode(value.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError, ValueError) as exc:
            raise ValueError("is not valid base64 data") from exc
    return value


Base64Bytes = Annotated[
    bytes,
    BeforeValidator(_from_base64),
    PlainSerializer(lambda data: base64.b64encode(data).decode("ascii"), when_used="json"),
    WithJsonSchema({"type": "string", "contentEncoding": "base64"}),
]
"""Binary data stored in the file as one line of standard base64."""


def empty_list() -> list[Any]:
    """A new empty list: the default factory of the models' list fields.

    A function of ours, not ``list``: pydantic inspects every default factory's signature when
    it builds a schema, and a builtin's signature is parsed from its text with the tokenizer
    (~3 ms of every start of the program, ``benchmarks/bench_startup.py``).
    """
    return []


class MapModel(BaseModel):
    """Unknown fields are an error (re-saving must never drop data); assignments are checked."""

    # No ``defer_build``: the editor's start builds its blank template through these validating
    # constructors, and JourneyMap's schema holds every model, so each schema is needed before the
    # first frame anyway. Measured (bench_startup --cpu): all eleven schemas cost ~5 ms of a start;
    # deferred, the start built them for ~5.6 ms, the editor no faster, ``validate`` ~1-3 ms slower.
    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        use_enum_values=False,
        allow_inf_nan=False,
    )
