"""The bundle's ICU data keeps what Qt needs for English, Polish and Romanian (``icu_data.py``).

``build.sh`` runs it on the built bundle and ``check.sh`` runs the bundle (its ``--self-test``
checks Polish and Romanian sorting); these tests pin which items stay and that the package it
writes is a well-formed ICU common-data package.
"""

from __future__ import annotations

import struct
from pathlib import Path
from types import ModuleType

import pytest

from tests.packaging.conftest import packaging_script


@pytest.fixture(scope="module")
def icu() -> ModuleType:
    return packaging_script("icu_data")


@pytest.mark.parametrize(
    "name",
    [
        "coll/ucadata.icu",
        "coll/root.res",
        "coll/pl.res",
        "coll/ro.res",
        "coll/en_GB.res",
        "coll/res_index.res",
        "brkitr/line.brk",
        "brkitr/root.res",
        "curr/pool.res",
        "lang/ro_MD.res",
        "cnvalias.icu",
        "ibm-5346_P100-1998.cnv",
        "uts46.nrm",
        "zoneinfo64.res",
        "likelySubtags.res",
        "root.res",
        "pl.res",
        "res_index.res",
    ],
)
def test_keeps_what_qt_uses_for_our_languages(icu: ModuleType, name: str) -> None:
    assert icu.keep(f"icudt73l/{name}")


@pytest.mark.parametrize(
    "name",
    [
        "coll/zh.res",
        "coll/de.res",
        "lang/ja.res",
        "zone/fr_CA.res",
        "brkitr/cjdict.dict",
        "brkitr/thaidict.dict",
        "translit/root.res",
        "ibm-33722_P12A_P12A-2009_U2.cnv",
        "gb18030.cnv",
        "de.res",
        "yue_Hant.res",
    ],
)
def test_leaves_out_other_languages_and_scripts(icu: ModuleType, name: str) -> None:
    assert not icu.keep(f"icudt73l/{name}")


def _package(items: dict[str, bytes]) -> bytes:
    """A little-endian ICU common-data package (as ICU writes one) holding ``items``."""
    header = struct.pack(
        "<HBBHHBBBB4s4s4s", 32, 0xDA, 0x27, 20, 0, 0, 0, 2, 0, b"CmnD", b"\1\0\0\0", b"\0" * 4
    )
    header += b"\0" * (32 - len(header))
    names = [f"icudt73l/{name}".encode() + b"\0" for name in sorted(items)]
    table_size = 4 + 8 * len(items)
    position = table_size + sum(map(len, names))
    position += -(32 + position) % 16
    table, body, name_offset = [struct.pack("<I", len(items))], [], table_size
    for name, encoded in zip(sorted(items), names, strict=True):
        table.append(struct.pack("<II", name_offset, position))
        name_offset += len(encoded)
        data = items[name] + b"\0" * (-len(items[name]) % 16)
        body.append(data)
        position += len(data)
    head = b"".join(table) + b"".join(names)
    return header + head + b"\0" * (-(32 + len(head)) % 16) + b"".join(body)


def _items(package: bytes) -> dict[str, bytes]:
    size = struct.unpack_from("<H", package, 0)[0]
    count = struct.unpack_from("<I", package, size)[0]
    entries = [struct.unpack_from("<II", package, size + 4 + 8 * i) for i in range(count)]
    ends = [offset for _, offset in entries[1:]] + [len(package) - size]
    found = {}
    for (name_at, offset), end in zip(entries, ends, strict=True):
        assert (size + offset) % 16 == 0  # ICU maps items in place: 16-byte aligned
        start = size + name_at
        name = package[start : package.index(b"\0", start)].decode()
        found[name.removeprefix("icudt73l/")] = package[size + offset : size + end].rstrip(b"\0")
    return found


def test_the_subset_is_a_package_of_the_kept_items(icu: ModuleType) -> None:
    items = {
        "coll/de.res": b"German collation",
        "coll/pl.res": b"Polish collation",
        "coll/ucadata.icu": b"the collation base table" * 3,
        "translit/root.res": b"transliterators",
        "zoneinfo64.res": b"time zones",
    }
    package, kept, count = icu.subset_package(_package(items))
    assert (kept, count) == (3, 5)
    assert package[:32] == _package(items)[:32]  # the header (format, version) is unchanged
    assert _items(package) == {
        name: items[name] for name in ("coll/pl.res", "coll/ucadata.icu", "zoneinfo64.res")
    }


def test_anything_but_an_icu_package_is_refused(icu: ModuleType) -> None:
    with pytest.raises(ValueError, match="ICU common data"):
        icu.subset_package(b"\x20\x00\xda\x27" + b"\0" * 60)
    with pytest.raises(ValueError, match="ELF"):
        icu.data_symbol(b"MZ not an ELF library")


def test_qts_own_icu_data_parses_and_keeps_polish_and_romanian(icu: ModuleType) -> None:
    import PySide6

    libraries = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not libraries:
        pytest.skip("this PySide6 has no ICU data library of its own (Linux wheels have)")
    library = libraries[0].read_bytes()
    _, offset, size = icu.data_symbol(library)
    package, kept, count = icu.subset_package(library[offset : offset + size])
    assert count > 3000 and 300 < kept < count // 2
    assert len(package) < size // 4
    names = set(_items(package))
    assert {"coll/pl.res", "coll/ro.res", "coll/root.res", "coll/ucadata.icu"} <= names
    assert "coll/zh.res" not in names
