"""CSV as people really save it: whatever encoding and separator Excel or LibreOffice chose.

Excel in Poland and Romania saves "CSV" in Windows-1250 with ``;`` between fields (the comma is
the decimal mark there); "CSV UTF-8" starts with a byte order mark; Google Sheets writes UTF-8
with commas; "Unicode text" is UTF-16 with tabs; some files start with an Excel ``sep=;`` line.
The encoding is tried in that order — BOM, strict UTF-8, Windows-1250, ISO-8859-2 (when it reads
as more Polish and Romanian letters) — and the separator is the one of ``;``, tab and ``,`` that
splits the first lines most consistently.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from itertools import compress, count, repeat

from cjdesigner.i18n import tr
from cjdesigner.interchange.problems import quoted
from cjdesigner.interchange.table import Row, SheetError, Table

SEPARATORS = (";", "\t", ",")
_SNIFF_LINES = 30
_SNIFF_CHARS = 256 * 1024
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the name of the encoding it was read in."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as err:
                raise SheetError(
                    tr(
                        "the file starts as {encoding} but is not valid {encoding} ({reason})"
                    ).format(encoding=encoding.upper(), reason=err.reason)
                ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        windows = data.decode("cp1250")
    except UnicodeDecodeError:
        return data.decode("iso-8859-2"), "iso-8859-2"
    # The two agree on most letters but not on ą ś ź Ą Ś Ź (ISO-8859-2's bytes for them are
    # ± ¶ ź ˇ ¦ ¬ in Windows-1250): the reading with more Polish and Romanian letters wins.
    # Only the bytes the two read differently can tip it, so only they are counted, in the
    # bytes and in C (a count of every letter of the text took four times the csv module's
    # reading of it): the others are deleted first in one pass, then the few left counted.
    latin2_only, windows_only = _LETTER_BYTES
    telling = data.translate(None, _NOT_TELLING)  # only those bytes: one pass, then counted
    if sum(map(telling.count, latin2_only)) > sum(map(telling.count, windows_only)):
        return data.decode("iso-8859-2"), "iso-8859-2"
    return windows, "cp1250"


_LETTERS = frozenset("ąćęłńóśźżĄĆĘŁŃÓŚŹŻăâîșțşţĂÂÎȘȚŞŢ")


def _letter_bytes() -> tuple[list[bytes], list[bytes]]:
    """The bytes that are a Polish or Romanian letter in one of ISO-8859-2 and Windows-1250
    and something else in the other: (letters in ISO-8859-2, letters in Windows-1250)."""
    latin2_only, windows_only = [], []
    for value in range(0x80, 0x100):
        byte = bytes([value])
        latin2 = byte.decode("iso-8859-2")
        try:
            windows = byte.decode("cp1250")
        except UnicodeDecodeError:
            continue  # undefined in Windows-1250: a file holding it is read as ISO-8859-2
        if latin2 != windows:
            if latin2 in _LETTERS:
                latin2_only.append(byte)
            if windows in _LETTERS:
                windows_only.append(byte)
    return latin2_only, windows_only


_LETTER_BYTES = _letter_bytes()
_NOT_TELLING = bytes(set(range(256)) - {byte[0] for group in _LETTER_BYTES for byte in group})
"""Every byte but those that tip the choice: deleted in one pass over the file's bytes (twelve
counts of one byte each over the whole file took half the csv module's reading of it)."""


def _records(text: str, separator: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=False))


def sniff_separator(text: str) -> str:
    """The separator that gives the header and the next lines the same number (>1) of fields."""
    head = text[:_SNIFF_CHARS]  # the first lines only, never the whole file
    if "\r" in head:
        head = head.replace("\r\n", "\n").replace("\r", "\n")
    lines = head.split("\n", _SNIFF_LINES)
    if len(text) > _SNIFF_CHARS and 1 < len(lines) <= _SNIFF_LINES:
        lines.pop()  # cut off in the middle
    sample = "\n".join(lines[:_SNIFF_LINES])
    best, best_score = ",", (-1, -1)
    for separator in SEPARATORS:
        records = [r for r in _records(sample, separator) if any(c.strip() for c in r)]
        if not records:
            continue
        width = len(records[0])
        agreeing = sum(1 for r in records[1:] if len(r) == width)
        score = (agreeing if width > 1 else -1, width)
        if score > best_score:
            best, best_score = separator, score
    return best


def _lines_as_read(text: str) -> list[str] | None:
    """The lines the csv module reads, split in C from the decoded text as a file opened with
    universal newlines gives them (a CRLF or CR, also inside a quoted cell, read as one \\n),
    without their line ends; None when only that file-like reading is sure to give them.

    A CRLF file is split at its CRLFs: a quoted cell over several lines then gets \\n where
    the file has CRLF. A lone CR, or an LF line end before a CRLF (a blank line the split
    would swallow) need the reading of :func:`_universal_lines`; LF rows among CRLF rows make
    the csv module stop (a line break outside quotes), and the caller reads those so too.
    """
    if "\r" not in text:
        lines = text.split("\n")
    else:
        lines = text.split("\r\n")
        if text.count("\r") != len(lines) - 1 or any(map(str.endswith, lines, repeat("\n"))):
            return None
    if not lines[-1]:
        lines.pop()
    return lines


def _first_line(text: str) -> str:
    """The first line of ``text`` as a file opened with universal newlines gives it."""
    return text.split("\n", 1)[0].split("\r", 1)[0]


def _universal_lines(text: str) -> list[str]:
    """The lines of ``text`` as a file opened with universal newlines gives them (no ends)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines[-1]:
        lines.pop()
    return lines


def _parsed(lines: list[str], separator: str) -> list[list[str]]:
    """The csv module's records of ``lines``, each given with its \\n as a file gives it (so a
    quoted cell keeps its line breaks)."""
    return list(
        csv.reader(map(str.__add__, lines, repeat("\n")), delimiter=separator, strict=False)
    )


def read_csv(data: bytes, source: str = "") -> Table:
    """The rows of a CSV file's bytes (row numbers as a spreadsheet shows them)."""
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise SheetError(
            tr("this is not a text (CSV) file; save the sheet as CSV or XLSX and try again")
        )
    text, encoding = decode(data)
    notes = [tr("read as {encoding}").format(encoding=_ENCODING_NAMES.get(encoding, encoding))]
    fast = _lines_as_read(text)
    lines = fast if fast is not None else _universal_lines(text)
    first = _first_line(text).strip()
    skip = first.lower().startswith("sep=") and len(first) == 5  # Excel's line, not a row
    if skip and lines[0].strip() != first:  # an LF after it, CRLFs after that: read as a file
        lines = _universal_lines(text)
    separator = first[4] if skip else sniff_separator(text)
    name = tr("tabs") if separator == "\t" else quoted(separator)
    notes.append(tr("fields separated by {separator}").format(separator=name))
    try:
        try:
            records = _parsed(lines[skip:], separator)
        except csv.Error:
            if fast is None:
                raise
            lines = _universal_lines(text)  # line ends mixed (LF rows in a CRLF file)
            records = _parsed(lines[skip:], separator)
    except csv.Error as err:
        raise SheetError(tr("the CSV file cannot be read ({reason})").format(reason=err)) from None
    del lines
    # Every cell stripped and every row made by maps driven from C: no Python step per row.
    all_cells = list(map(list, map(map, repeat(str.strip), records)))
    rows: list[Row] = list(map(_new_tuple, repeat(Row), zip(count(1), all_cells)))
    if not all(map(any, all_cells)):
        rows = list(compress(rows, map(any, all_cells)))  # empty rows left out
    # Whether any cell may be an exported formula guard ("'=…"): a search of the whole text
    # (first for the apostrophe alone, the fastest kind) spares the look at each row; an
    # apostrophe ("client's") is common in sheets, one before = + - @ is not.
    if "'" in text and _GUARD.search(text):
        for row in rows:
            if "'" in "".join(row.cells):
                row.cells[:] = map(_formula_guard_off, row.cells)
    return Table(rows=rows, source=source, notes=notes, text=text, plain=_plain(data, encoding))


def _plain(data: bytes, encoding: str) -> bool:
    """Whether ``data`` read in ``encoding`` holds no C0/C1 control character but tab, LF and
    CR: the file's bytes less every byte that cannot start one, in one pass (~0.3 ns a byte).
    In UTF-8 a C1 control starts with 0xC2 (as ``«``, ``§`` and a no-break space do: a file
    holding any is not called plain); Windows-1250 has none; ISO-8859-2 has them at 0x80-0x9F.
    """
    kept = _CONTROL_STARTS.get(encoding)
    return kept is not None and not data.translate(None, kept)


def _other_bytes(starts: set[int]) -> bytes:
    return bytes(sorted(set(range(256)) - starts))


_C0 = set(range(0x20)) - {0x09, 0x0A, 0x0D} | {0x7F}
_CONTROL_STARTS = {
    "utf-8": _other_bytes(_C0 | {0xC2}),
    "utf-8-sig": _other_bytes(_C0 | {0xC2}),
    "cp1250": _other_bytes(_C0),
    "iso-8859-2": _other_bytes(_C0 | set(range(0x80, 0xA0))),
}
"""Per encoding, the bytes to delete to leave only those that may start a control character."""


_new_tuple = tuple.__new__
"""``Row`` made as a plain tuple of its two fields (the named tuple's ``__new__`` is Python)."""


_GUARDED = ("=", "+", "-", "@")
_GUARD = re.compile("'[=+@-]")


def _formula_guard_off(cell: str) -> str:
    """A cell as it was before an export kept it from running as a formula ("'=…" → "=…";
    see ``sheet_export._inert``)."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in _GUARDED else cell


_ENCODING_NAMES = {
    "utf-8-sig": "UTF-8 (with BOM)",
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "cp1250": "Windows-1250",
    "iso-8859-2": "ISO-8859-2",
}
