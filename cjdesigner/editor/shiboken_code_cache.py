"""PySide6's own support modules compiled once per machine, not at every start of the editor.

Importing PySide6 loads shiboken6's signature support (``shibokensupport``: the loader, the
signature parser and mapping, the feature switch, the ``.pyi`` generator; some 13 modules).
shiboken6 keeps their *source* inside its library and ``compile``s each one from source on every
import (``signature_bootstrap.EmbeddableZipImporter.exec_module``): no ``.pyc`` as Python keeps
for every other module. That is ~13 ms of CPU of every start (``benchmarks/bench_startup.py``;
the floor's bare PySide6 window pays it as well).

:func:`import_qt` imports PySide6 while ``compile`` of a ``shibokensupport/…`` source is
answered from a cache file in the user's cache folder: each module's source with its code
object (``marshal``, as a ``.pyc`` holds it), used only when the source is byte for byte the
one cached and the compile flags are the same. Any other source (another PySide6) is compiled
as before and the cache rewritten; a cache that cannot be read (missing, damaged, written by
another Python) is ignored, one that cannot be written is simply not written. What runs is the
same code either way: the cache only skips compiling it again.

One support module is not even run at start, only when used: the ``.pyi`` generator
(``pyside6-genpyi``'s code, which no running program uses; its import compiled a dozen regular
expressions and loaded ``logging``, ~5 ms). Its cache entry is a stand-in module that runs the
real code, in the same module, when one of its names is first asked for (:data:`ON_FIRST_USE`).
And the signature parser builds its argument-list regular expression (~3.5 ms to compile) when
it first parses a signature (an error message, a docstring), which a start never does
(:data:`LATER`): a one-line edit of its source, made only where the lines are exactly as
expected (another PySide6 is compiled as it is).
"""

from __future__ import annotations
import __future__

import builtins
import contextlib
import marshal
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

SOURCE_PREFIX = "shibokensupport/"
"""How shiboken6 names the files of its embedded support package when it compiles them."""

ON_FIRST_USE = frozenset({SOURCE_PREFIX + "signature/lib/pyi_generator.py"})
"""Support modules that run their code when a name of theirs is first asked for."""

LATER: dict[str, tuple[tuple[bytes, bytes], ...]] = {
    SOURCE_PREFIX + "signature/parser.py": (
        (
            b"arglistParser = ArglistParser()\n\n\ndef _parse_arglist(argstr):\n"
            b"    return arglistParser.parse(argstr)\n",
            b"arglistParser = None\n\n\ndef _parse_arglist(argstr):\n"
            b"    global arglistParser\n"
            b"    if arglistParser is None:\n"
            b"        arglistParser = ArglistParser()\n"
            b"    return arglistParser.parse(argstr)\n",
        ),
    ),
}
"""Edits (old text, new text) that make a support module build something on first use."""

CACHE_FORMAT = 3
"""Written into the cache: a cache of another format is ignored (1 ran every module at once,
2 built the parser's regular expression at start)."""

_FUTURE_FLAGS = 0
for _feature in __future__.all_feature_names:
    _FUTURE_FLAGS |= getattr(__future__, _feature).compiler_flag

_Key = tuple[str, int]  # the file name, the compile flags
_Entries = dict[_Key, tuple[bytes, Any]]  # the source, its code object

stats = {"cached": 0, "compiled": 0}
"""This process's count of support modules taken from the cache and compiled (for tests)."""


def cache_file(environ: Mapping[str, str] | None = None, platform_name: str | None = None) -> Path:
    """The cache's path: the user's cache folder on this platform, one file per Python."""
    env = os.environ if environ is None else environ
    name = sys.platform if platform_name is None else platform_name
    home = Path(env.get("HOME") or Path.home())
    if name == "win32":
        local = env.get("LOCALAPPDATA")
        folder = (Path(local) if local else home / "AppData" / "Local") / "cjdesigner" / "cache"
    elif name == "darwin":
        folder = home / "Library" / "Caches" / "cjdesigner"
    else:
        xdg = env.get("XDG_CACHE_HOME")
        folder = (Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".cache") / "cjdesigner"
    return folder / f"shibokensupport-{sys.implementation.cache_tag}.marshal"


def _read(path: Path) -> _Entries:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict) or data.get("python") != sys.version:
        return {}
    if data.get("format") != CACHE_FORMAT:
        return {}
    entries = data.get("code")
    return entries if isinstance(entries, dict) else {}


def _write(path: Path, entries: _Entries) -> None:
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {"python": sys.version, "format": CACHE_FORMAT, "code": entries}
        temporary.write_bytes(marshal.dumps(data))
        temporary.replace(path)  # a reader sees the old cache or the new one, whole
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            temporary.unlink()


def caching_compile(
    entries: _Entries, used: _Entries, compile_: Callable[..., Any] = builtins.compile
) -> Callable[..., Any]:
    """A ``compile`` that answers support modules from ``entries``; ``used`` gets every support
    module asked for (cached or compiled), which is what the cache keeps.

    Every call, cached or not, compiles with the flags the real ``compile`` would use: the
    ``__future__`` features of the calling code are inherited unless ``dont_inherit`` says no.
    """

    def compile(  # stands in for the builtin
        source: Any,
        filename: Any,
        mode: str,
        flags: int = 0,
        dont_inherit: bool = False,
        optimize: int = -1,
        **kwargs: Any,
    ) -> Any:
        if not dont_inherit:
            flags |= sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS
        supported = (
            mode == "exec"
            and optimize == -1
            and not kwargs
            and isinstance(source, bytes)
            and isinstance(filename, str)
            and filename.startswith(SOURCE_PREFIX)
        )
        if not supported:
            return compile_(source, filename, mode, flags, True, optimize, **kwargs)
        key = (filename, flags)
        cached = entries.get(key)
        if cached is not None and cached[0] == source:
            stats["cached"] += 1
            used[key] = cached
            return cached[1]
        if filename in ON_FIRST_USE:
            code = compile_(_on_first_use(source, filename, flags), filename, mode, flags, True)
        else:
            code = compile_(_edited(source, filename), filename, mode, flags, True)
        used[key] = (source, code)
        stats["compiled"] += 1
        return code

    return compile


def _edited(source: bytes, filename: str) -> bytes:
    """``source`` with its :data:`LATER` edits, if each old text is there exactly once; else
    ``source`` as it is."""
    edits = LATER.get(filename, ())
    if not all(source.count(old) == 1 for old, _new in edits):
        return source
    for old, new in edits:
        source = source.replace(old, new)
    return source


def _on_first_use(source: bytes, filename: str, flags: int) -> str:
    """A module that keeps ``source`` and runs it in its own namespace (and then gives the
    name asked for) the first time a name it does not have is asked for."""
    return (
        f"_source_on_first_use = {source!r}\n"
        "def __getattr__(name):\n"
        "    namespace = globals()\n"
        "    del namespace['__getattr__']\n"
        "    source = namespace.pop('_source_on_first_use')\n"
        f"    exec(compile(source, {filename!r}, 'exec', {flags}, True), namespace)\n"
        "    try:\n"
        "        return namespace[name]\n"
        "    except KeyError:\n"
        "        raise AttributeError(f'module {__name__!r} has no attribute {name!r}') from None\n"
    )


def import_qt(path: Path | None = None) -> None:
    """Import PySide6.QtCore (and so shiboken6's support package) through the cache.

    Nothing to do once shiboken6 is loaded (a test process, a second editor start); no cache
    without a home folder to keep it in (``env -i`` and no account entry).
    """
    if path is None and "shiboken6" not in sys.modules:
        path = _cache_file_if_any()
    if path is None or "shiboken6" in sys.modules:
        import PySide6.QtCore

        return
    entries = _read(path)
    used: _Entries = {}
    original = builtins.compile
    builtins.compile = caching_compile(entries, used, original)
    try:
        import PySide6.QtCore  # noqa: F401
    finally:
        builtins.compile = original
    if used != entries:  # something compiled, or an entry no longer asked for
        _write(path, used)


def _cache_file_if_any() -> Path | None:
    try:
        return cache_file()
    except (RuntimeError, KeyError, OSError):  # Path.home(): no HOME and no account entry
        return None
