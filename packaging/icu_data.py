"""Shrink the bundle's ICU data (``libicudata.so.NN``, ~31 MB) to what cjdesigner's Qt uses (~3 MB).

Qt 6's core library links ICU, whose data library holds one symbol, ``icudtNN_dat``: an ICU
"common data" package of ~3,900 items — collation, locale names, currencies, units and time zone
names for every language in CLDR, character-set converters, word-break dictionaries for Chinese,
Japanese, Thai, Khmer, Lao and Burmese, transliterators. Qt asks ICU for collation (QCollator:
the file dialog's and any locale-aware sorting), case mapping and, on request, converters. The
editor's locale is English, Polish or Romanian (``editor/translations.py`` sets the default
QLocale to the interface language), so this keeps, from every part of the package, the items
that are not per language (the collation base table, break rules, normalisation, time zones,
likely subtags, plural rules…) and the English, Polish and Romanian ones (with ``root`` and the
``pool``/``res_index`` tables they refer to), plus the converters of the Central and Western
European code pages; it leaves out the other languages' locale data, the word-break
dictionaries, the transliterators and the East Asian and EBCDIC code pages.
An item ICU does not find is an error it reports to Qt, which then falls back (root collation,
no converter) — nothing crashes; ``--self-test`` checks that Polish and Romanian sort as they
should.

Run by ``build.sh`` on the PyInstaller output folder::

    python packaging/icu_data.py build/bundle/dist/cjdesigner

It rewrites ``libicudata.so.NN`` in place (same soname and symbol; the package is written in
ICU's own format, items 16-byte aligned) with the C compiler (``cc``, for one ``.incbin``); without
one it says so and leaves the full data. Plain Python otherwise; Linux x86-64 ELF only.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

LANGUAGES = ("en", "pl", "ro")
"""The interface languages: their locale items (``pl.res``, ``en_GB.res``…) are kept."""


CONVERTERS = (
    "ibm-912_P100-1995.cnv",  # ISO-8859-2, Central European
    "ibm-5346_P100-1998.cnv",  # windows-1250
    "ibm-5348_P100-1997.cnv",  # windows-1252
    "ibm-1252_P100-2000.cnv",
    "ibm-1250_P100-1995.cnv",
    "ibm-923_P100-1998.cnv",  # ISO-8859-15
)
"""Code-page tables kept (UTF-8/16/32, ASCII and Latin-1 need none: ICU computes them)."""

_LOCALE_ITEM = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9]+)*\.res$")
_SHARED_TABLES = ("res_index.res", "pool.res", "root.res")
_ALIGN = 16


def keep(name: str) -> bool:
    """Whether the package item ``name`` (``icudt73l/coll/pl.res``) stays in the bundle."""
    parts = name.split("/")[1:]  # without the package's own prefix
    base = parts[-1]
    if base.endswith(".dict"):  # word-break dictionaries of Asian scripts
        return False
    if base.endswith(".cnv"):
        return base in CONVERTERS
    if parts[0] == "translit":  # transliteration rules: Qt never transliterates
        return False
    if base in _SHARED_TABLES:
        return True
    locale = _LOCALE_ITEM.match(base)
    if locale is not None:
        return locale.group(1) in LANGUAGES
    return True  # not per language: collation base table, break rules, time zones, plurals…


def subset_package(data: bytes) -> tuple[bytes, int, int]:
    """The ICU common-data package ``data`` with only the kept items; (package, kept, all)."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    big_endian = data[8]
    data_format = data[12:16]
    if (magic1, magic2) != (0xDA, 0x27) or data_format != b"CmnD" or big_endian:
        raise ValueError("not a little-endian ICU common data package")
    count = struct.unpack_from("<I", data, header_size)[0]
    entries = [
        struct.unpack_from("<II", data, header_size + 4 + 8 * index) for index in range(count)
    ]
    items: list[tuple[bytes, bytes]] = []
    ends = [offset for _, offset in entries[1:]] + [len(data) - header_size]
    for (name_offset, offset), end in zip(entries, ends, strict=True):
        start = header_size + name_offset
        name = data[start : data.index(b"\0", start)]
        if keep(name.decode("ascii")):
            items.append((name, data[header_size + offset : header_size + end]))

    table_size = 4 + 8 * len(items)
    names = b"".join(name + b"\0" for name, _ in items)
    position = table_size + len(names)
    position += -(header_size + position) % _ALIGN
    table = [struct.pack("<I", len(items))]
    body: list[bytes] = []
    name_offset = table_size
    for name, item in items:
        table.append(struct.pack("<II", name_offset, position))
        name_offset += len(name) + 1
        padding = -(header_size + position + len(item)) % _ALIGN
        body.append(item + b"\0" * padding)
        position += len(item) + padding
    head = b"".join(table) + names
    head += b"\0" * (-(header_size + len(head)) % _ALIGN)
    return data[:header_size] + head + b"".join(body), len(items), count


def data_symbol(library: bytes) -> tuple[str, int, int]:
    """(name, file offset, size) of the ``icudtNN_dat`` symbol in an ELF64 shared library."""
    if library[:4] != b"\x7fELF" or library[4] != 2 or library[5] != 1:
        raise ValueError("not a little-endian 64-bit ELF file")
    section_offset = struct.unpack_from("<Q", library, 0x28)[0]
    entry_size, sections = struct.unpack_from("<HH", library, 0x3A)
    headers = [
        struct.unpack_from("<IIQQQQIIQQ", library, section_offset + index * entry_size)
        for index in range(sections)
    ]
    for _, kind, _, _, offset, size, link, _, _, symbol_size in headers:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = headers[link][4]
        for start in range(offset, offset + size, symbol_size):
            name_at, _, _, section, value, length = struct.unpack_from("<IBBHQQ", library, start)
            end = library.index(b"\0", strings + name_at)
            name = library[strings + name_at : end].decode("ascii")
            if re.fullmatch(r"icudt\d+_dat", name):
                _, _, _, address, file_offset, *_ = headers[section]
                return name, file_offset + value - address, length
    raise ValueError("no icudtNN_dat symbol")


def rebuild(library_path: Path, compiler: str) -> tuple[int, int, int, int]:
    """Replace the data library with the subset; (old size, new size, items kept, items)."""
    library = library_path.read_bytes()
    symbol, offset, size = data_symbol(library)
    package, kept, count = subset_package(library[offset : offset + size])
    with tempfile.TemporaryDirectory(prefix="cjdesigner-icu-") as folder:
        work = Path(folder)
        (work / "icudata.dat").write_bytes(package)
        (work / "icudata.S").write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            f"\t.balign {_ALIGN}\n"
            f"{symbol}:\n"
            '\t.incbin "icudata.dat"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(
            [
                compiler,
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{library_path.name}",
                "-o",
                "libicudata.so",
                "icudata.S",
            ],
            cwd=work,
            check=True,
        )
        built = work / "libicudata.so"
        if data_symbol(built.read_bytes())[2] != len(package):
            raise ValueError("the rebuilt library does not hold the package")
        shutil.copyfile(built, library_path)
    return len(library), library_path.stat().st_size, kept, count


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python packaging/icu_data.py BUNDLE_FOLDER", file=sys.stderr)
        return 2
    libraries = sorted(Path(argv[0]).glob("_internal/PySide6/Qt/lib/libicudata.so.*"))
    if not libraries:
        print("icu_data: no libicudata in the bundle; nothing to do")
        return 0
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        print("icu_data: no C compiler (cc): the bundle keeps ICU's full data (~31 MB)")
        return 0
    for path in libraries:
        old, new, kept, count = rebuild(path, compiler)
        print(
            f"icu_data: {path.name}: {old / 1e6:.1f} MB -> {new / 1e6:.1f} MB "
            f"({kept} of {count} items)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
