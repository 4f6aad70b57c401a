"""Stable string ids: every item in a map is referred to by one, and files keep them."""

from __future__ import annotations

import uuid


def new_id() -> str:
    """A fresh id for a new stage, persona, touchpoint or connection."""
    return uuid.uuid4().hex
