"""Pydantic validation errors turned into sentences a consultant can act on.

``map.touchpoints[3].emotion: must be at most 2 (found 5)`` instead of pydantic's
``map.touchpoints.3.emotion  Input should be less than or equal to 2 [type=less_than_equal…]``.
Whole-map problems (duplicate ids, dangling references) come from the model already naming
their path (``touchpoints[3].stage_id: …``); they get the ``map.`` prefix of the file.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from cjdesigner.i18n import tr
from cjdesigner.model import IntegrityError

_OTHER_ITEM = re.compile(r"(used by )((?:stages|personas|touchpoints|connections)\[)")
"""The other item a duplicate-id message names gets the file's ``map.`` prefix too."""

MAX_SHOWN = 5
"""Problems listed in one message; the rest are counted (a broken file can have thousands)."""


def field_path(loc: tuple[int | str, ...]) -> str:
    """``('map', 'touchpoints', 3, 'emotion')`` → ``map.touchpoints[3].emotion``."""
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        else:
            parts.append(("." if parts else "") + item)
    return "".join(parts) or "map"


def _shown(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 190:
        # repr() of a whole number over 4,300 digits raises; none this long is worth showing
        digits = int(value.bit_length() * 0.30103)
        return tr("a number of about {digits} digits").format(digits=f"{digits:,}")
    if isinstance(value, (str, bytes)) and len(value) > 60:
        value = value[:60]  # repr of a huge value would copy it whole, then be cut anyway
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _sentence(error: ErrorDetails) -> list[str]:
    """The readable problem(s) of one pydantic error, each ``<path>: <what is wrong>``."""
    kind = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    loc = tuple(error["loc"])
    path = field_path(loc)
    found = error.get("input")
    cause = ctx.get("error")
    if isinstance(cause, IntegrityError):
        prefix = path + "." if path else ""
        return [
            p if p.startswith("…") else prefix + _OTHER_ITEM.sub(rf"\1{prefix}\2", p)
            for p in cause.problems
        ]
    last = str(loc[-1]) if loc else ""
    if kind == "missing":
        what = tr("is required but missing")
    elif kind == "extra_forbidden":
        what = tr("is not a known field (unknown fields are not dropped, so the file is refused)")
    elif kind in ("less_than_equal", "less_than"):
        what = tr("must be at most {limit} (found {found})").format(
            limit=ctx.get("le", ctx.get("lt")), found=_shown(found)
        )
    elif kind in ("greater_than_equal", "greater_than"):
        what = tr("must be at least {limit} (found {found})").format(
            limit=ctx.get("ge", ctx.get("gt")), found=_shown(found)
        )
    elif kind == "string_too_long":
        what = tr("is too long ({count} characters; at most {limit})").format(
            count=len(found) if isinstance(found, str) else "?", limit=ctx.get("max_length")
        )
    elif kind == "bytes_too_long":
        what = tr("is too large ({count} bytes; at most {limit})").format(
            count=len(found) if isinstance(found, bytes) else "?", limit=ctx.get("max_length")
        )
    elif kind == "too_long":
        what = tr("has too many items (at most {limit})").format(limit=ctx.get("max_length"))
    elif kind in ("string_too_short", "too_short"):
        what = tr("must not be empty")
    elif kind in ("enum", "literal_error"):
        what = tr("must be one of {expected} (found {found})").format(
            expected=ctx.get("expected", "?"), found=_shown(found)
        )
    elif kind == "string_pattern_mismatch":
        if last == "colour":
            what = tr("must be a colour written #RRGGBB (found {found})")
        elif last == "icon":
            what = tr(
                "must be the name of one of cjdesigner's icons, like “website” or “email” "
                "(found {found})"
            )
        else:
            what = tr("must be an id made of letters, digits and _ . : - (found {found})")
        what = what.format(found=_shown(found))
    elif kind in ("int_type", "int_parsing", "int_from_float"):
        what = tr("must be a whole number (found {found})").format(found=_shown(found))
    elif kind in ("float_type", "float_parsing"):
        what = tr("must be a number (found {found})").format(found=_shown(found))
    elif kind in ("string_type", "string_unicode"):
        what = tr("must be text (found {found})").format(found=_shown(found))
    elif kind in ("bool_type", "bool_parsing"):
        what = tr("must be true or false (found {found})").format(found=_shown(found))
    elif kind in ("list_type", "tuple_type"):
        what = tr("must be a list (found {found})").format(found=_shown(found))
    elif kind in ("model_type", "model_attributes_type", "dict_type"):
        what = tr("must be an object {{…}} (found {found})").format(found=_shown(found))
    elif kind.startswith(("datetime", "timezone")):
        what = tr(
            "must be a date and time with a time zone, like 2026-03-01T09:30:00Z (found {found})"
        ).format(found=_shown(found))
    elif kind == "value_error" and cause is not None:
        what = str(cause)
    else:
        message = error["msg"]
        what = message[:1].lower() + message[1:]
    return [f"{path}: {what}"]


def validation_problems(exc: ValidationError) -> list[str]:
    """Every problem of ``exc`` as ``<field path>: <sentence>``, in file order."""
    problems: list[str] = []
    for error in exc.errors(include_url=False):
        problems.extend(_sentence(error))
    return problems


def summarise(problems: list[str]) -> str:
    """One message body for ``problems``: the first few in full, the rest counted."""
    if len(problems) == 1:
        return problems[0]
    shown = problems[:MAX_SHOWN]
    lines = [tr("{count} problems:").format(count=len(problems))]
    lines += [f"  • {problem}" for problem in shown]
    if len(problems) > len(shown):
        lines.append(tr("  … and {count} more").format(count=len(problems) - len(shown)))
    return "\n".join(lines)
