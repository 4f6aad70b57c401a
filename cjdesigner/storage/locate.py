"""Line numbers of the values in a JSON text, by field path, for error messages.

A consultant who edited a map by hand wants "line 120" next to ``map.touchpoints[3].emotion``.
The standard library does not report positions of parsed values, so this small scanner walks
the tokens of a text that is already known to be valid JSON. It runs only when loading fails.
"""

from __future__ import annotations

import json
import re

_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+')


def _join(parent: str, step: str | int) -> str:
    if isinstance(step, int):
        return f"{parent}[{step}]"
    return f"{parent}.{step}" if parent else step


def value_lines(text: str, wanted: set[str] | None = None) -> dict[str, int]:
    """``{"map.touchpoints[3].emotion": 120, …}``: the 1-based line of every key and value.

    With ``wanted``, scanning stops as soon as all those paths have been seen (errors are
    usually near the top of a big file).
    """
    missing = set(wanted) if wanted is not None else None
    lines: dict[str, int] = {}
    # Each frame: [path of the container, is object, current key or index, expecting a key]
    stack: list[list[object]] = []
    line = 1
    last = 0

    def here() -> str:
        if not stack:
            return ""
        parent, _is_object, step, _expect = stack[-1]
        return _join(str(parent), step)  # type: ignore[arg-type]

    for match in _TOKEN.finditer(text):
        line += text.count("\n", last, match.start())
        last = match.start()
        token = match.group()
        top = stack[-1] if stack else None
        path = ""
        if token in "{[":
            path = here()
            if path:
                lines.setdefault(path, line)
            stack.append([path, token == "{", 0, token == "{"])
        elif token in "}]":
            stack.pop()
        elif token == ",":
            if top is not None:
                if top[1]:
                    top[3] = True
                else:
                    top[2] = int(top[2]) + 1  # type: ignore[call-overload]
        elif token == ":":
            continue
        elif top is not None and top[1] and top[3]:
            try:
                top[2] = json.loads(token)
            except ValueError:
                top[2] = token.strip('"')
            top[3] = False
            path = here()
            lines.setdefault(path, line)
        else:
            path = here()
            if path:
                lines.setdefault(path, line)
        if missing is not None and path in missing:
            missing.discard(path)
            if not missing:
                break
    return lines


def line_of(lines: dict[str, int], path: str) -> int | None:
    """The line of ``path``, or of its nearest parent present in the text (a missing field)."""
    while path:
        if path in lines:
            return lines[path]
        cut = max(path.rfind("."), path.rfind("["))
        if cut <= 0:
            return lines.get(path)
        path = path[:cut]
    return None
