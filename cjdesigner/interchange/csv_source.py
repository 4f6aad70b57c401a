"""CSV as people really save it: whatever encoding and separator Excel or LibreOffice chose.

Excel in Poland and Romania saves "CSV" in Windows-1250 with ``;`` between fields (the comma is
the decimal mark there); "CSV UTF-8" starts with a byte order mark; Google Sheets writes UTF-8
with commas; "Unicode text" is UTF-16 with tabs; some files start with an Excel ``sep=;`` line.
The encoding is tried in that order — BOM, strict UTF-8, Windows-1250, ISO-8859-2 (when it reads
as more Polish and Romanian letters) — and the separator is the one of ``;``, tab and ``,`` that
splits the first lines most consistently. A UTF-8, Windows-1250 or ISO-8859-2 file is decoded
a piece at a time as the csv module reads it (:mod:`.csv_pieces`), its separator sniffed from
its head; a UTF-16 one is decoded whole first.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable, Iterator
from itertools import chain, compress, islice, repeat
from operator import itemgetter, lt, not_

from cjdesigner.i18n import tr
from cjdesigner.interchange.csv_pieces import GUARD, NotFast, Scan, decoded_pieces, pieces
from cjdesigner.interchange.problems import quoted
from cjdesigner.interchange.table import Grid, SheetError, Table

SEPARATORS = (";", "\t", ",")
_SNIFF_LINES = 30
_SNIFF_CHARS = 256 * 1024
_LINE_END = re.compile("\r\n|\r|\n")
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
    encoding = eight_bit_encoding(data)
    return data.decode(encoding), encoding


def eight_bit_encoding(data: bytes) -> str:
    """The encoding of a file that is not UTF-8: Windows-1250 (what Excel writes in Poland
    and Romania), or ISO-8859-2 when a byte is not Windows-1250 or the file reads as more
    Polish and Romanian letters in it (see :func:`_eight_bit`)."""
    return _eight_bit(data)[0]


def _eight_bit(data: bytes) -> tuple[str, bool | None]:
    """:func:`eight_bit_encoding`, and for a Windows-1250 file whether it is plain (holds no
    control character but tab, LF and CR: see :func:`_plain`; None for ISO-8859-2).

    The two agree on most letters but not on ą ś ź Ą Ś Ź (ISO-8859-2's bytes for them are
    ± ¶ ź ˇ ¦ ¬ in Windows-1250): the reading with more Polish and Romanian letters wins. Only
    the bytes the two read differently can tip it, so only they are counted, in the bytes and
    in C (a count of every letter of the text took four times the csv module's reading of
    it): the others are deleted first in one pass, then the few left counted. The same pass
    keeps the bytes Windows-1250 leaves undefined (the file is not decoded to find them) and
    the control characters (no second pass over the file to call it plain)."""
    latin2_only, windows_only = _LETTER_BYTES
    telling = data.translate(None, _NOT_TELLING)  # only those bytes: one pass, then counted
    if any(map(telling.__contains__, _NOT_WINDOWS_1250)):
        return "iso-8859-2", None
    if sum(map(telling.count, latin2_only)) > sum(map(telling.count, windows_only)):
        return "iso-8859-2", None
    return "cp1250", _plain(telling, "cp1250")


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


def _not_windows_1250() -> list[bytes]:
    """The bytes Windows-1250 does not define (a file holding one is read as ISO-8859-2)."""
    undefined = []
    for value in range(256):
        try:
            bytes([value]).decode("cp1250")
        except UnicodeDecodeError:
            undefined.append(bytes([value]))
    return undefined


_NOT_WINDOWS_1250 = _not_windows_1250()
_C0 = set(range(0x20)) - {0x09, 0x0A, 0x0D} | {0x7F}
"""The C0 control characters' bytes (but tab, LF and CR) in every encoding read here."""
_NOT_TELLING = bytes(
    set(range(256))
    - {byte[0] for group in (*_LETTER_BYTES, _NOT_WINDOWS_1250) for byte in group}
    - _C0
)
"""Every byte but those that tip the choice (and the control characters): deleted in one pass
over the file's bytes (twelve counts of one byte each over the whole file took half the csv
module's reading of it)."""


def _records(text: str, separator: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=False))


def _head_ends(text: str) -> list[re.Match[str]]:
    """The ends of the lines sniffed: up to the 30th line end within the first 256 KiB."""
    return list(islice(_LINE_END.finditer(text, 0, _SNIFF_CHARS), _SNIFF_LINES))


def sniff_separator(text: str) -> str:
    """The separator that gives the header and the next lines the same number (>1) of fields."""
    # The first lines only, never the whole file: up to the 30th line end (CR LF, CR or LF)
    # within the first 256 KiB, a line cut off there left out; only they have their ends
    # made \n (the whole head's took longer than the sniffing itself).
    ends = _head_ends(text)
    if len(ends) == _SNIFF_LINES or (ends and len(text) > _SNIFF_CHARS):
        sample = text[: ends[-1].start()]
    else:
        sample = text[:_SNIFF_CHARS]
    if "\r" in sample:
        sample = sample.replace("\r\n", "\n").replace("\r", "\n")
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


def _first_line(text: str) -> str:
    """The first line of ``text`` as a file opened with universal newlines gives it (found by
    searches, not a split: ``split(maxsplit=1)`` copies all the rest of the file)."""
    end = _LINE_END.search(text)
    return text if end is None else text[: end.start()]


def _universal_lines(text: str) -> list[str]:
    """The lines of ``text`` as a file opened with universal newlines gives them (no ends)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines[-1]:
        lines.pop()
    return lines


def _parsed(lines: list[str], separator: str, *, ends: bool) -> list[list[str]]:
    """The csv module's records of ``lines``; lines without their ends (``ends`` False) are
    each given with a \n as a file gives them, so a quoted cell keeps its line breaks."""
    source = lines if ends else map(str.__add__, lines, repeat("\n"))
    return list(csv.reader(source, delimiter=separator, strict=False))


def read_csv(data: bytes, source: str = "") -> Table:
    """The rows of a CSV file's bytes (row numbers as a spreadsheet shows them)."""
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise SheetError(
            tr("this is not a text (CSV) file; save the sheet as CSV or XLSX and try again")
        )
    reading = _read_in_pieces(data) or _read_decoded(data)
    encoding, separator, rows, scan, plain = reading
    notes = [
        tr("read as {encoding}").format(encoding=_ENCODING_NAMES.get(encoding, encoding)),
        tr("fields separated by {separator}").format(
            separator=tr("tabs") if separator == "\t" else quoted(separator)
        ),
    ]
    # A record over several lines (a quoted cell with line breaks) of a file with CRLFs: the
    # cells holding them have CR LF, which a file opened with universal newlines reads as \n
    # (``scan.line_count`` is 0 when the file was read with universal newlines).
    crlf_cells = rows.count < scan.line_count and scan.carriage_return
    grid = rows.grid(crlf_cells)
    del rows, reading
    if scan.guarded:  # whether any cell may be an exported formula guard ("'=…")
        for index in range(len(grid.columns)):
            if GUARD.search(grid.joined(index)):  # a guard is taken off a stripped cell
                cleaned = map(grid.clean, grid.columns[index])
                grid.columns[index] = tuple(map(_formula_guard_off, cleaned))
                del grid.joins[index]
        grid.first = [_formula_guard_off(grid.clean(cell)) for cell in grid.first]
    if plain is None:
        plain = _plain(data, encoding)
    table = Table(grid=grid, source=source, notes=notes, marks=scan.marks, plain=plain)
    if encoding in ("cp1250", "iso-8859-2") and b"?" in data:
        table.lost_letters = _lost_letters(data, encoding)
    return table


_LOST = re.compile(rb"[A-Za-z\x80-\xff]+\?[A-Za-z\x80-\xff?]*")
"""A word with a "?" between its letters: what a letter becomes when a sheet is saved as
"CSV" in a code page that lacks it (Excel on a Polish Windows turns ș into "?")."""


def _lost_letters(data: bytes, encoding: str, shown: int = 3) -> list[str]:
    """Up to ``shown`` different words of a one-byte file with a "?" between letters."""
    words: list[str] = []
    for match in _LOST.finditer(data):
        word = match.group().decode(encoding, errors="replace")
        start, end = match.span()
        if "?" not in word.rstrip("?") or data[end : end + 1] == b"=":
            continue  # a question ("czy to?"), or a web address's query ("page?id=1")
        if start and data[start - 1 : start] in (b"/", b"&", b"=", b"."):
            continue
        if word not in words:
            words.append(word)
            if len(words) == shown:
                break
    return words


_Reading = tuple[str, str, "_Gathered", Scan, bool | None]
"""How a CSV file was read: its encoding, its separator, the rows the csv module read (the
sep= line left out), what its text held, and whether it is plain (None: not found yet)."""

_HEAD = 1 << 16
"""About how many bytes of a UTF-8 file are decoded first for its first line and separator."""


def _read_in_pieces(data: bytes) -> _Reading | None:
    """A file read a piece at a time (see :mod:`.csv_pieces`): UTF-8 (with a byte order mark
    or none), or, when its head is not UTF-8, Windows-1250 or ISO-8859-2 as
    :func:`eight_bit_encoding` chooses from its bytes; None when a piece of a UTF-8 file is
    not UTF-8, when a line ends in a lone CR or another break, when the csv module refuses
    it, or when its first lines are too long to sniff its separator from its head:
    :func:`_read_decoded` reads it whole and says why."""
    if data.startswith(codecs.BOM_UTF8):
        encoding, start = "utf-8-sig", len(codecs.BOM_UTF8)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    else:
        encoding, start = "utf-8", 0
    codec = "utf-8"
    plain: bool | None = None
    end = data.find(b"\n", start + _HEAD) + 1 or len(data)
    try:
        head = data[start:end].decode(codec)
    except UnicodeDecodeError:
        if encoding != "utf-8":
            return None
        # not UTF-8: one byte a character, so any piece decodes as the whole file does
        encoding, plain = _eight_bit(data)
        codec = encoding
        head = data[start:end].decode(codec)
    separator, skip = _separator(head, whole=end == len(data))
    if not separator:
        return None
    scan = Scan()
    lines = chain.from_iterable(map(scan.lines, decoded_pieces(data, start, codec)))
    rows = _Gathered()
    try:
        rows.read(csv.reader(islice(lines, skip, None), delimiter=separator, strict=False))
    except (UnicodeDecodeError, NotFast, csv.Error):
        return None
    scan.line_count -= skip
    return encoding, separator, rows, scan, plain


def _read_decoded(data: bytes) -> _Reading:
    """A CSV file read from its whole decoded text (:func:`decode`): a piece at a time as
    :func:`_read_in_pieces` does, else (a lone CR or another line break only
    ``str.splitlines`` knows, or what the csv module refuses) with universal newlines."""
    text, encoding = decode(data)
    separator, skip = _separator(text, whole=True)
    scan = Scan()
    rows = _Gathered()
    try:
        try:
            lines = chain.from_iterable(map(scan.lines, pieces(text)))
            rows.read(csv.reader(islice(lines, skip, None), delimiter=separator, strict=False))
            scan.line_count -= skip
        except (csv.Error, NotFast):
            scan = Scan()
            scan.look(text)  # read as a file would be, for the rows and the csv module's reason
            rows = _Gathered()
            rows.read(iter(_parsed(_universal_lines(text)[skip:], separator, ends=False)))
    except csv.Error as err:
        raise SheetError(tr("the CSV file cannot be read ({reason})").format(reason=err)) from None
    return encoding, separator, rows, scan, None


def _separator(head: str, *, whole: bool) -> tuple[str, bool]:
    """The separator of a text starting with ``head`` (the whole text if ``whole``, else a
    part ending just after a line feed), and whether its first line is Excel's ``sep=``
    line, not a row; no separator ("") when ``head`` is too short to say it as the whole
    text would (fewer than the sniffed lines in it)."""
    first = _first_line(head).strip()
    if first.lower().startswith("sep=") and len(first) == 5:
        return first[4], True
    if not whole and len(_head_ends(head)) < _SNIFF_LINES:
        return "", False
    return sniff_separator(head), False


_CHUNK = 512
"""How many of the csv module's records are gathered into columns at a time."""


class _Gathered:
    """The csv module's records gathered column by column, :data:`_CHUNK` at a time as it
    reads them (:meth:`read`), numbered from 1 as the sheet shows them: each chunk transposed
    in C and its records freed while they are still in the processor's cache (the records of
    the whole file at once were a megabyte more at the import's peak, its pages faulted in
    again at each import). Empty rows are left out; a row shorter than the widest has "" in
    the cells it lacks (its own width kept for :class:`Grid`). The first row is kept apart
    (:class:`Grid`): the body below a header in the first row is then the columns themselves.
    The cells are stripped (and CR LFs made \n) when asked for (:class:`Body`)."""

    def __init__(self) -> None:
        self.count = 0
        """How many records were read, empty ones too."""
        self.width = 0
        self.narrowest = 0
        self.numbers: list[int] = []
        self.widths: list[int] = []
        self.first: list[str] | None = None
        self.columns: list[list[str]] = []

    def read(self, records: Iterator[list[str]]) -> None:
        """Gather every record ``records`` gives, a chunk at a time."""
        chunk = list(islice(records, _CHUNK))
        while chunk:
            self.add(chunk)
            chunk = list(islice(records, _CHUNK))

    def add(self, records: list[list[str]]) -> None:
        """Gather ``records``, the next ones of the file."""
        start = self.count
        self.count += len(records)
        widths = list(map(len, records))
        self.narrowest = min(min(widths), self.narrowest if start else len(records[0]))
        width = max(widths)
        if width > self.width:  # wider than every row so far: "" in the cells they lack
            if self.first is not None:
                self.first += [""] * (width - self.width)
                below = len(self.numbers) - 1
                self.columns += ([""] * below for _ in range(width - self.width))
            self.width = width
        width = self.width
        if not width:
            return
        if self.narrowest < width:
            for record in compress(records, map(lt, widths, repeat(width))):
                record += [""] * (width - len(record))
        numbers: Iterable[int] = range(start + 1, start + len(records) + 1)
        # A row is empty when every cell is (spaces only): only the rows whose first cell is
        # are looked at.
        firsts = map(not_, map(str.strip, map(itemgetter(0), records)))
        empty = [
            i for i in compress(range(len(records)), firsts) if not any(map(str.strip, records[i]))
        ]
        if empty:
            keep = [True] * len(records)
            for i in empty:
                keep[i] = False
            records = list(compress(records, keep))
            numbers = compress(numbers, keep)
            widths = list(compress(widths, keep))
            if not records:
                return
        self.numbers += numbers
        self.widths += widths
        if self.first is None:
            self.first = records[0]
            self.columns = [[] for _ in range(width)]
            records = records[1:]
        for column, cells in zip(self.columns, zip(*records, strict=True), strict=False):
            column += cells

    def grid(self, crlf_cells: bool) -> Grid:
        """The rows gathered (``crlf_cells``: a cell may hold a CR LF, see :class:`Grid`)."""
        if self.first is None:
            return Grid([], [], [])
        ragged = self.narrowest < self.width
        columns = list(map(tuple, self.columns))
        return Grid(
            self.numbers, self.first, columns, self.widths if ragged else None, crlf=crlf_cells
        )


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


_CONTROL_STARTS = {
    "utf-8": _other_bytes(_C0 | {0xC2}),
    "utf-8-sig": _other_bytes(_C0 | {0xC2}),
    "cp1250": _other_bytes(_C0),
    "iso-8859-2": _other_bytes(_C0 | set(range(0x80, 0xA0))),
}
"""Per encoding, the bytes to delete to leave only those that may start a control character."""


_GUARDED = ("=", "+", "-", "@")


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
