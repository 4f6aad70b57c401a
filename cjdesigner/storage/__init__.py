"""Map files: the ``.cjm`` format, safe loading with clear errors, atomic saving.

Everything other parts need is imported from here::

    from cjdesigner.storage import load_map, save_map, MapFileError

    loaded = load_map("journey.cjm")            # .map, .path, .fingerprint
    ...                                         # edit loaded.map
    fingerprint = save_map(loaded.map, loaded.path, expected=loaded.fingerprint)

A file is UTF-8 JSON, indent 2, keys in model field order, touchpoints sorted by (stage,
persona, order): ``{"format": "cjdesigner.journey-map", "format_version": 1, "map": {...}}``.
Modules: ``format`` (marker, version, envelope, file order), ``reader`` (loading),
``writer`` (dumping and saving), ``atomic`` (the atomic writer and temp-file clean-up),
``fingerprint``, ``migrations`` (older versions), ``messages`` (validation errors in words),
``cedilla`` (Romanian ş/ţ), ``schema`` (the committed JSON Schema; regenerate it with
``python -m cjdesigner.storage.schema --write`` after changing the model).
"""

from cjdesigner.storage.atomic import (
    atomic_write_bytes,
    atomic_write_text,
    backup_path_for,
    cleanup_temp_files,
)
from cjdesigner.storage.cedilla import cedilla_warnings, with_comma_below
from cjdesigner.storage.errors import (
    FileChangedOnDiskError,
    InvalidFormatError,
    MapFileError,
    MapWriteError,
    UnsupportedFormatVersionError,
)
from cjdesigner.storage.fingerprint import FileFingerprint, file_fingerprint
from cjdesigner.storage.format import (
    DEFAULT_SUFFIX,
    FORMAT_MARKER,
    FORMAT_VERSION,
    MAX_FILE_BYTES,
)
from cjdesigner.storage.reader import LoadedMap, load_map, loads_map
from cjdesigner.storage.writer import dumps_map, dumps_map_bytes, save_map

__all__ = [
    "DEFAULT_SUFFIX",
    "FORMAT_MARKER",
    "FORMAT_VERSION",
    "MAX_FILE_BYTES",
    "FileChangedOnDiskError",
    "FileFingerprint",
    "InvalidFormatError",
    "LoadedMap",
    "MapFileError",
    "MapWriteError",
    "UnsupportedFormatVersionError",
    "atomic_write_bytes",
    "atomic_write_text",
    "backup_path_for",
    "cedilla_warnings",
    "cleanup_temp_files",
    "dumps_map",
    "dumps_map_bytes",
    "file_fingerprint",
    "load_map",
    "loads_map",
    "save_map",
    "with_comma_below",
]
