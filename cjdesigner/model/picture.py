"""Embedded pictures (persona avatars, and any later picture field): checked once, at load.

A map from someone else may carry a picture that is damaged (valid magic bytes, truncated data)
or a decompression bomb (a few hundred KB that decode to gigapixels). Both are refused when the
map is read, with a message naming the owner, so the PDF and the editor only ever decode a
picture whose whole decode has already succeeded within :data:`PICTURE_MAX_PIXELS`.
Pillow is imported only when a map holds a picture (it comes with reportlab).
"""

from __future__ import annotations

import io
from functools import lru_cache

from cjdesigner.i18n import tr

PICTURE_MAX_SIDE = 4096
"""The longest side, in pixels, of an embedded picture (the editor shrinks bigger ones)."""

PICTURE_MAX_PIXELS = 12_000_000
"""Width × height of an embedded picture: its decode stays under ~50 MB."""

_FORMATS = {"image/png": "PNG", "image/jpeg": "JPEG"}


class PictureProblem(ValueError):
    """Why a picture is refused, in words for the user (without the owner's name)."""


@lru_cache(maxsize=64)
def picture_size(data: bytes, media_type: str) -> tuple[int, int]:
    """(width, height) of ``data`` after decoding it completely, or :class:`PictureProblem`.

    Cached by content (``bytes`` caches its hash), so re-validating a persona costs nothing.
    """
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data), formats=[_FORMATS[media_type]]) as image:
            width, height = image.size
            if (
                width <= 0
                or height <= 0
                or max(width, height) > PICTURE_MAX_SIDE
                or width * height > PICTURE_MAX_PIXELS
            ):
                raise PictureProblem(
                    tr("the picture is {width}×{height} pixels (at most {side} on a side)").format(
                        width=width, height=height, side=PICTURE_MAX_SIDE
                    )
                )
            image.load()
    except PictureProblem:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError) as exc:
        raise PictureProblem(tr("the picture is damaged and cannot be shown")) from exc
    except Image.DecompressionBombError as exc:  # Image.open's own cap (gigapixel headers)
        raise PictureProblem(tr("the picture is too large to decode")) from exc
    return width, height
