"""Reading map files: one fast path for good files, careful diagnosis for everything else.

A good file of the current version is parsed and validated in one pass by pydantic's JSON
validator (Rust), which is what keeps a 5,000-touchpoint map near the speed of ``json.loads``.
Validation is strict: ``"emotion": "2"`` or ``"milestone": 1`` is an error, not a silent
reinterpretation (a file must mean exactly what it says; JSON strings still give enums and dates).
Only when that fails (or the file is older) do we take the slow path: decode, parse with the
standard library for line/column, check the marker and version, migrate, validate again, and
turn whatever is wrong into one message naming the file and the place.
"""

from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from cjdesigner.crash import note_map
from cjdesigner.i18n import tr
from cjdesigner.model import JourneyMap
from cjdesigner.model.journey_map import MAX_CONNECTIONS, MAX_TOUCHPOINTS
from cjdesigner.storage.atomic import cleanup_temp_files
from cjdesigner.storage.errors import (
    InvalidFormatError,
    MapFileError,
    UnsupportedFormatVersionError,
)
from cjdesigner.storage.fingerprint import FileFingerprint, fingerprint_of_bytes
from cjdesigner.storage.format import FORMAT_MARKER, FORMAT_VERSION, MAX_FILE_BYTES, MapFile
from cjdesigner.storage.locate import line_of, path_at, value_lines
from cjdesigner.storage.messages import summarise, validation_problems
from cjdesigner.storage.migrations import (
    MissingMigrationError,
    migrate,
    oldest_readable_version,
)

_BOM = b"\xef\xbb\xbf"

MAX_NUMBER_CHARS = 64
"""The longest number the careful path parses, in characters. A number of hundreds of digits
is refused here, by the reader, not later by ``int()`` (Python's 4,300-digit limit). (The fast
path needs no such check: every number field of the model is bounded, so a huge whole number
fails there as out of range, and a long fraction is only a float.)"""


class _NumberTooLong(ValueError):
    def __init__(self, token: str) -> None:
        super().__init__(token)
        self.token = token


def _checked_int(token: str) -> int:
    if len(token) > MAX_NUMBER_CHARS:
        raise _NumberTooLong(token)
    return int(token)


def _checked_float(token: str) -> float:
    if len(token) > MAX_NUMBER_CHARS:
        raise _NumberTooLong(token)
    return float(token)


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True, slots=True)
class LoadedMap:
    """A map read from disk, with what the file was then (to detect changes before saving)."""

    map: JourneyMap
    path: Path
    fingerprint: FileFingerprint


def _fail(
    cls: type[MapFileError],
    source: str,
    body: str,
    *,
    line: int | None = None,
    column: int | None = None,
    problems: list[str] | None = None,
) -> MapFileError:
    # the quotation marks are the UI language's („…” in Polish): in the translated template
    message = tr("“{file}”: {problem}").format(file=source, problem=body)
    return cls(message, line=line, column=column, problems=problems)


def _line_column(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of byte ``offset`` in UTF-8 ``data``."""
    before = data[:offset]
    line = before.count(b"\n") + 1
    start = before.rfind(b"\n") + 1
    column = len(before[start:].decode("utf-8", errors="replace")) + 1
    return line, column


def _not_a_map(data: bytes) -> str | None:
    """Why ``data`` is plainly not a map at all (not even a damaged one), or None.

    A map file is JSON text starting with ``{``; a picture, an office document or a note
    renamed ``.cjm`` is answered in those words, not with a JSON parser's complaint.
    """
    start = data.lstrip()[:1]
    if not start:
        return tr("the file is empty.") + " " + tr("It is not a cjdesigner map.")
    exported = _exported_kind(data)
    if exported is not None:
        return exported
    if b"\x00" in data[:8192]:
        return tr("this is a binary file, not a cjdesigner map.")
    if start not in (b"{", b"["):
        try:
            data[:4096].decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start < 4090:  # not only a character cut at the end of the slice
                # binary data, or text in another encoding (a Windows-1250 note): both untrue
                # of a map, which is always UTF-8
                return tr("this is not a cjdesigner map (a map is UTF-8 text; this file is not).")
        return tr("this is not a cjdesigner map (it is plain text, not a saved map).")
    return None


def _exported_kind(data: bytes) -> str | None:
    """What a file the program exports (or a consultant's workbook) is, said as such: opening
    the client's PDF instead of its map only got "a binary file" (QA s4 F24)."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-"):
        return tr(
            "this is a PDF document, not a cjdesigner map: a PDF is exported from a map and "
            "cannot be opened again. Open the .cjm file it was exported from."
        )
    if data.startswith(b"PK\x03\x04"):  # a zip: Office documents are
        if b"ppt/" in data[:65536]:
            return tr(
                "this is a PowerPoint deck, not a cjdesigner map: slides are exported from a "
                "map and cannot be opened again. Open the .cjm file they were exported from."
            )
        if b"xl/" in data[:65536]:
            return tr(
                "this is an Excel workbook, not a cjdesigner map: import its touchpoints as a "
                "spreadsheet (File > Import Spreadsheet…, or cjdesigner import)."
            )
    return None


def _decode(data: bytes, source: str) -> str:
    if data.startswith(_UTF16_BOMS):
        raise _fail(
            InvalidFormatError,
            source,
            tr("the file is UTF-16 text; cjdesigner maps are UTF-8. Save it as UTF-8 and retry."),
        )
    not_a_map = _not_a_map(data)
    if not_a_map is not None:
        raise _fail(InvalidFormatError, source, not_a_map)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _line_column(data, exc.start)
        raise _fail(
            InvalidFormatError,
            source,
            tr(
                "the file is not valid UTF-8 text "
                "(byte 0x{byte:02X} at line {line}, column {column})."
            ).format(byte=data[exc.start], line=line, column=column),
            line=line,
            column=column,
        ) from None


def _json_reason(msg: str) -> str:
    """The standard library's JSON error in words for a user who edited the file by hand."""
    reasons = {
        "Expecting value": tr("a value was expected here"),
        "Expecting ',' delimiter": tr("a comma is missing"),
        "Expecting ':' delimiter": tr("a colon is missing after the field name"),
        "Expecting property name enclosed in double quotes": tr(
            "a field name in double quotes was expected (is there a comma too many?)"
        ),
        "Extra data": tr("there is more text after the end of the map"),
        "Invalid control character at": tr(
            "a text value holds a raw line break or tab (write it as \\n or \\t)"
        ),
        "Invalid \\escape": tr("a backslash escape is not valid"),
    }
    return reasons.get(msg, msg)


def _parse(text: str, source: str) -> Any:
    try:
        return json.loads(text, parse_int=_checked_int, parse_float=_checked_float)
    except _NumberTooLong as exc:
        offset = text.find(exc.token)
        line = text.count("\n", 0, offset) + 1 if offset >= 0 else None
        column = offset - text.rfind("\n", 0, offset) if offset >= 0 else None
        what = tr(
            "a number of {count} characters is too long (a map's numbers have at most {limit})"
        ).format(count=len(exc.token), limit=MAX_NUMBER_CHARS)
        where = tr(" at line {line}, column {column}").format(line=line, column=column)
        raise _fail(
            InvalidFormatError,
            source,
            tr("not a valid map{where}: {what}.").format(
                where=where if line is not None else "", what=what
            ),
            line=line,
            column=column,
        ) from None
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            reason = tr("the file ends too early (it may be truncated)")
        else:
            reason = _json_reason(exc.msg)
        raise _fail(
            InvalidFormatError,
            source,
            tr("not valid JSON at line {line}, column {column}: {reason}.").format(
                line=exc.lineno, column=exc.colno, reason=reason
            ),
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except RecursionError:
        raise _fail(InvalidFormatError, source, tr("the JSON is nested too deeply.")) from None


def _check_envelope(doc: Any, source: str) -> tuple[int, dict[str, Any]]:
    """The format version and the map dict of a parsed file, or a clear error."""
    not_ours = tr("this is not a cjdesigner map")
    if not isinstance(doc, dict):
        raise _fail(
            InvalidFormatError,
            source,
            not_ours
            + tr(" (the file holds {kind}, not a map).").format(
                kind=tr("a list")
                if isinstance(doc, list)
                else tr("a number")
                if isinstance(doc, (int, float)) and not isinstance(doc, bool)
                else tr("a single value")
            ),
        )
    marker = doc.get("format")
    if marker is None:
        hint = (
            tr(" (the “format” marker is missing; it looks like a bare map without the envelope)")
            if "touchpoints" in doc or "stages" in doc
            else tr(" (the “format” marker is missing)")
        )
        raise _fail(InvalidFormatError, source, not_ours + hint + ".")
    if marker != FORMAT_MARKER:
        raise _fail(
            InvalidFormatError,
            source,
            not_ours
            + tr(" (its format marker is {found}, expected {expected}).").format(
                found=json.dumps(marker, ensure_ascii=False)[:80],
                expected=json.dumps(FORMAT_MARKER),
            ),
        )
    version = doc.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _fail(
            InvalidFormatError,
            source,
            tr("format_version must be a whole number (found {found}).").format(
                found=json.dumps(version, ensure_ascii=False)[:40]
            ),
            problems=["format_version: " + tr("must be a whole number")],
        )
    if version > FORMAT_VERSION:
        raise _fail(
            UnsupportedFormatVersionError,
            source,
            tr(
                "this file is from a newer cjdesigner (file format version {found}; this version "
                "reads up to {current}). Update cjdesigner to open it."
            ).format(found=version, current=FORMAT_VERSION),
        )
    unknown = sorted(set(doc) - {"format", "format_version", "map"})
    if unknown:
        problems = [
            f"{key}: "
            + tr("is not a known field (unknown fields are not dropped, so the file is refused)")
            for key in unknown
        ]
        raise _fail(InvalidFormatError, source, summarise(problems), problems=problems)
    if "map" not in doc:
        raise _fail(
            InvalidFormatError,
            source,
            "map: " + tr("is required but missing"),
            problems=["map: " + tr("is required but missing")],
        )
    return version, doc["map"]


def _diagnose(data: bytes, source: str) -> JourneyMap:
    """The slow path: find what is wrong with ``data`` (or migrate it) and say so clearly."""
    text = _decode(data, source)
    doc = _parse(text, source)
    version, raw_map = _check_envelope(doc, source)
    if version < FORMAT_VERSION:
        if not isinstance(raw_map, dict):
            raise _fail(InvalidFormatError, source, "map: " + tr("must be an object {…}"))
        try:
            raw_map = migrate(raw_map, version)
        except MissingMigrationError:
            raise _fail(
                UnsupportedFormatVersionError,
                source,
                tr(
                    "file format version {found} is older than any this cjdesigner can read "
                    "(the oldest it reads is version {oldest})."
                ).format(found=version, oldest=oldest_readable_version()),
            ) from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _fail(
                InvalidFormatError,
                source,
                tr("the file (format version {found}) could not be upgraded: {reason}.").format(
                    found=version, reason=exc
                ),
            ) from None
    envelope = {"format": FORMAT_MARKER, "format_version": FORMAT_VERSION, "map": raw_map}
    # Validate as JSON again so that exactly the same rules apply as on the fast path.
    try:
        m = MapFile.model_validate_json(json.dumps(envelope, ensure_ascii=False), strict=True).map
    except ValidationError as exc:
        # Line numbers only where the text is what was validated (not after a migration).
        located = text if version == FORMAT_VERSION else None
        raise _invalid(source, validation_problems(exc), located) from None
    except (ValueError, RecursionError) as exc:
        raise _fail(InvalidFormatError, source, str(exc)) from None
    return m


def _invalid(source: str, problems: list[str], text: str | bytes | None) -> MapFileError:
    """The error for field problems, each with its line in ``text`` when that can be found."""
    heads = {problem.partition(": ")[0] for problem in problems}
    lines = value_lines(text, heads) if text is not None else {}
    shown: list[str] = []
    first_line: int | None = None
    for problem in problems:
        head, sep, rest = problem.partition(": ")
        line = line_of(lines, head) if sep and lines else None
        if line is not None:
            first_line = first_line or line
            problem = tr("{path} (line {line}): {what}").format(path=head, line=line, what=rest)
        shown.append(problem)
    return _fail(InvalidFormatError, source, summarise(shown), line=first_line, problems=problems)


def loads_map(data: str | bytes, source: str = "<text>") -> JourneyMap:
    """Parse and validate a whole map file's content; raises :class:`MapFileError` subclasses.

    ``source`` names the data in messages (a file path, ``<clipboard>``…). A UTF-8 BOM is
    accepted (Windows Notepad writes one). Text is NFC-normalised by the model's fields.
    """
    raw = data.encode("utf-8", errors="surrogatepass") if isinstance(data, str) else bytes(data)
    if len(raw) > MAX_FILE_BYTES:
        raise _fail(InvalidFormatError, source, _too_big(len(raw)))
    if raw.startswith(_BOM):
        raw = raw[len(_BOM) :]
    if len(raw) > LEAN_SYNTAX_ABOVE:
        _refuse_too_many_items(raw, source)
        _refuse_huge_string(raw, source)
    lean: _LeanFailure | None = None
    try:
        parsed = MapFile.model_validate_json(raw, strict=True)
    except ValidationError as exc:
        lean = _lean_failure(exc, raw)
    except (ValueError, RecursionError):
        pass
    else:
        if parsed.format_version == FORMAT_VERSION:
            return parsed.map
    # Outside the ``except``: the error (and the values it holds) is freed by now.
    if lean is not None:
        raise lean.error(raw, source)
    return _diagnose(raw, source)


_CURRENT_ENVELOPE = re.compile(
    rb'\s*\{\s*"format"\s*:\s*"%s"\s*,\s*"format_version"\s*:\s*%d\s*,\s*"map"\s*:'
    % (re.escape(FORMAT_MARKER.encode()), FORMAT_VERSION)
)
"""The start of a file we wrote in the current version: its envelope is certainly fine."""

LEAN_SYNTAX_ABOVE = 8 * 1024 * 1024
"""From this size on, a JSON syntax error is reported from the fast parser's own message
instead of parsing again with the standard library (which builds every object up to the
error: many times the file's size in memory)."""

_AT_LINE = re.compile(r"^(?P<what>.*) at line (?P<line>\d+) column (?P<column>\d+)$")


@dataclass(frozen=True, slots=True)
class _LeanFailure:
    """What the fast path's error says, kept without the (possibly huge) values it held."""

    problems: list[str]
    syntax: tuple[str, int, int] | None = None

    def error(self, raw: bytes, source: str) -> MapFileError:
        if self.syntax is not None:
            what, line, column = self.syntax
            reason = (
                tr("the file ends too early (it may be truncated)")
                if what.startswith("EOF")
                else what
            )
            return _fail(
                InvalidFormatError,
                source,
                tr("not valid JSON at line {line}, column {column}: {reason}.").format(
                    line=line, column=column, reason=reason
                ),
                line=line,
                column=column,
            )
        return _invalid(source, self.problems, raw)


def _lean_failure(exc: ValidationError, raw: bytes) -> _LeanFailure | None:
    """The fast path's failure when it can be reported as is (no second, costly parse).

    That is a field error in a file whose envelope is ours and current (the careful path
    would validate exactly the same map again), or a syntax error in a big file.
    """
    errors = exc.errors(include_url=False)
    if not errors:
        return None
    first = errors[0]
    if first["type"] == "json_invalid":
        match = _AT_LINE.match(str((first.get("ctx") or {}).get("error", "")))
        if len(raw) < LEAN_SYNTAX_ABOVE or match is None:
            return None
        return _LeanFailure(
            [],
            (match["what"], int(match["line"]), max(1, int(match["column"]))),
        )
    if _CURRENT_ENVELOPE.match(raw) is None:
        return None
    if any(not error["loc"] or error["loc"][0] != "map" for error in errors):
        return None
    return _LeanFailure(validation_problems(exc))


_ITEM_KEYS = (
    (re.compile(rb'"stage_id"\s*:'), "map.touchpoints", MAX_TOUCHPOINTS),
    (re.compile(rb'"source"\s*:'), "map.connections", MAX_CONNECTIONS),
)
"""A key that only one kind of item has (inside a JSON string a quote is escaped, so these
bytes are keys), its list and the most items the list may hold."""


def _refuse_too_many_items(raw: bytes, source: str) -> None:
    """Refuse a big file with far more cards or flows than a map may hold, before validating
    it: validation builds every item first (350,000 cards in 200 MB: 2.4 GB, 20 s)."""
    for key, path, limit in _ITEM_KEYS:
        for count, _match in enumerate(key.finditer(raw), start=1):
            if count > limit:
                problem = f"{path}: " + tr("has too many items (at most {limit})").format(
                    limit=limit
                )
                raise _fail(InvalidFormatError, source, problem, problems=[problem])


HUGE_STRING_BYTES = 1_000_000
"""Longer than any string a map may hold (texts: 5,000 characters; a picture: 512 KB, ~700 KB
as base64)."""

_HUGE_STRING = re.compile(rb'"[^"\\]{%d}' % HUGE_STRING_BYTES)


def _refuse_huge_string(raw: bytes, source: str) -> None:
    """Refuse a big file holding a string no field allows, before the fast parser copies it
    twice (as its own string and as Python's): the file is then refused within its size."""
    found = _HUGE_STRING.search(raw)
    if found is None:
        return
    end = raw.find(b'"', found.end())
    size = (len(raw) if end < 0 else end) - found.start() - 1
    where = path_at(raw, found.start())
    what = tr("is far too long ({size} MB of text)").format(size=f"{size / 1e6:,.1f}")
    if where is None or not where[0]:
        problem = tr("a text value {what}").format(what=what)
        raise _fail(InvalidFormatError, source, problem, problems=[problem])
    path, line = where
    raise _fail(
        InvalidFormatError,
        source,
        tr("{path} (line {line}): {what}").format(path=path, line=line, what=what),
        line=line,
        problems=[f"{path}: {what}"],
    )


def _too_big(size: int) -> str:
    return tr(
        "the file is too large to be a journey map ({size} MB; the limit is {limit} MB)."
    ).format(size=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024))


def read_map_bytes(path: Path) -> tuple[bytes, os.stat_result]:
    """The bytes of the map file at ``path`` and its ``stat``, or a clear :class:`MapFileError`."""
    source = str(path)
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            raise _fail(InvalidFormatError, source, tr("this is a folder, not a map file."))
        if not stat.S_ISREG(st.st_mode):
            raise _fail(InvalidFormatError, source, tr("this is not a regular file."))
        if st.st_size > MAX_FILE_BYTES:
            raise _fail(InvalidFormatError, source, _too_big(st.st_size))
        with path.open("rb") as f:
            st = os.fstat(f.fileno())
            # Ask for the size it has (a buffer of the cap would be allocated, then copied);
            # a file that grew meanwhile is read on, up to the cap.
            data = f.read(min(st.st_size, MAX_FILE_BYTES) + 1)
            if len(data) > st.st_size:
                data += f.read(MAX_FILE_BYTES + 1 - len(data))
    except MapFileError as exc:
        exc.path = path
        raise
    except FileNotFoundError:
        raise _fail(InvalidFormatError, source, tr("the file does not exist.")) from None
    except IsADirectoryError:
        raise _fail(InvalidFormatError, source, tr("this is a folder, not a map file.")) from None
    except PermissionError:
        raise _fail(MapFileError, source, tr("no permission to read this file.")) from None
    except OSError as exc:
        raise _fail(
            MapFileError,
            source,
            tr("the file cannot be read ({reason}).").format(reason=exc.strerror or exc),
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise _fail(InvalidFormatError, source, _too_big(len(data)))
    return data, st


def load_map(path: str | os.PathLike[str]) -> LoadedMap:
    """Read, migrate and validate the map at ``path`` (any extension).

    Leftover temporary files of an interrupted save of this file are removed first.
    """
    p = Path(path)
    note_map(p)
    cleanup_temp_files(p)
    try:
        data, st = read_map_bytes(p)
        m = loads_map(data, source=str(p))
    except MapFileError as exc:
        exc.path = p
        raise
    return LoadedMap(map=m, path=p, fingerprint=fingerprint_of_bytes(data, st))
