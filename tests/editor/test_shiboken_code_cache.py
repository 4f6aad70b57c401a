"""shiboken6's support modules come from the compile cache on a later start, and behave the same.

The starts run in fresh interpreters (this test process has loaded PySide6 already), each with
its own cache folder.
"""

from __future__ import annotations

import builtins
import json
import marshal
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from cjdesigner.editor import shiboken_code_cache as cache

# What PySide6's support package does for a program: signatures in error messages and
# docstrings, enum flags. Printed by each start, compared across starts.
PROBE = """
import json, sys
if sys.argv[1] == "plain":
    import PySide6.QtCore
else:
    import cjdesigner.editor
    from cjdesigner.editor import shiboken_code_cache
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget
parser = sys.modules["shibokensupport.signature.parser"]
parser_at_start = type(parser.arglistParser).__name__
try:
    QRect(1, "a")
except TypeError as error:
    message = str(error)
support = sorted(name for name in sys.modules if name.startswith("shibokensupport"))
logging_at_start = "logging" in sys.modules
generator = sys.modules["shibokensupport.signature.lib.pyi_generator"]
print(json.dumps({
    "stats": None if sys.argv[1] == "plain" else shiboken_code_cache.stats,
    "logging at start": logging_at_start,
    "argument parser at start": parser_at_start,
    "generator": [callable(generator.main), generator.Formatter.__name__],
    "behaviour": [message, QRect.__doc__, QWidget.setWindowTitle.__doc__,
                  repr(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), support],
}))
"""


def _start(tmp_path: Path, how: str = "cached") -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(tmp_path / "c")}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, how],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout.splitlines()[-1])
    return report


def _cache_path(tmp_path: Path) -> Path:
    return cache.cache_file({"XDG_CACHE_HOME": str(tmp_path / "c")}, "linux")


@pytest.mark.skipif(sys.platform != "linux", reason="the cache folder named by XDG_CACHE_HOME")
def test_a_later_start_compiles_no_support_module_and_behaves_as_a_plain_import(
    tmp_path: Path,
) -> None:
    first = _start(tmp_path)
    assert _cache_path(tmp_path).is_file()
    second = _start(tmp_path)
    plain = _start(tmp_path, "plain")
    compiled = first["stats"]["compiled"]  # type: ignore[index]
    assert first["stats"]["cached"] == 0 and compiled > 0  # type: ignore[index]
    assert second["stats"] == {"cached": compiled, "compiled": 0}
    assert first["behaviour"] == second["behaviour"] == plain["behaviour"]
    assert "Supported signatures" in second["behaviour"][0]  # type: ignore[index]
    # the .pyi generator runs when first used (it loads logging), and is whole then
    assert plain["logging at start"] and not first["logging at start"]
    assert not second["logging at start"]
    assert first["generator"] == second["generator"] == plain["generator"] == [True, "Formatter"]
    # the signature parser's regular expression is built by the first signature parsed
    assert plain["argument parser at start"] == "ArglistParser"
    assert first["argument parser at start"] == second["argument parser at start"] == "NoneType"


@pytest.mark.skipif(sys.platform != "linux", reason="the cache folder named by XDG_CACHE_HOME")
def test_a_damaged_cache_is_compiled_again_and_rewritten(tmp_path: Path) -> None:
    path = _cache_path(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00not marshal data")
    first = _start(tmp_path)
    assert first["stats"]["cached"] == 0  # type: ignore[index]
    assert _start(tmp_path)["stats"]["compiled"] == 0  # type: ignore[index]


def test_a_cached_module_is_used_only_for_the_same_source(tmp_path: Path) -> None:
    name = cache.SOURCE_PREFIX + "made_up.py"
    stand_in = builtins.compile("x = 2", name, "exec", 0, True)
    entries = {(name, 0): (b"x = 1", stand_in)}
    used: dict[tuple[str, int], tuple[bytes, object]] = {}
    compile_ = cache.caching_compile(entries, used)

    assert compile_(b"x = 1", name, "exec", dont_inherit=True) is stand_in  # the cached one
    namespace: dict[str, object] = {}
    exec(compile_(b"x = 3", name, "exec", dont_inherit=True), namespace)  # another PySide6
    assert namespace["x"] == 3
    assert used[(name, 0)][0] == b"x = 3"


def test_compile_flags_are_what_the_builtin_would_use() -> None:
    """This module has ``from __future__ import annotations``: a compile called from here
    inherits it unless ``dont_inherit`` says no, with the cache as without it."""
    source = b"def f(a: int) -> None: pass\n"
    name = cache.SOURCE_PREFIX + "annotated.py"
    for dont_inherit in (False, True):
        expected = builtins.compile(source, name, "exec", dont_inherit=dont_inherit)
        got = cache.caching_compile({}, {})(source, name, "exec", dont_inherit=dont_inherit)
        assert got.co_flags == expected.co_flags
        spaces: list[dict[str, object]] = [{}, {}]
        exec(expected, spaces[0])
        exec(got, spaces[1])
        annotations = [space["f"].__annotations__ for space in spaces]  # type: ignore[attr-defined]
        assert annotations[0] == annotations[1]
        assert annotations[1]["a"] == ("int" if not dont_inherit else int)


def test_other_compiles_pass_through() -> None:
    compile_ = cache.caching_compile({}, {})
    assert eval(compile_("1 + 1", "<test>", "eval")) == 2
    assert eval(compile_(b"2 * 3", "<bytes>", "eval", 0, True)) == 6
    cache.stats.update(cached=0, compiled=0)
    compile_(b"y = 1", "elsewhere.py", "exec")
    assert cache.stats == {"cached": 0, "compiled": 0}


def test_a_cache_of_another_python_or_shape_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "cache.marshal"
    path.write_bytes(marshal.dumps({"python": "2.7.18", "code": {("a", 0): (b"", None)}}))
    assert cache._read(path) == {}
    path.write_bytes(marshal.dumps({"python": sys.version, "code": {("a", 0): (b"", None)}}))
    assert cache._read(path) == {}  # the first format: every module ran at once
    path.write_bytes(marshal.dumps([1, 2]))
    assert cache._read(path) == {}
    assert cache._read(tmp_path / "missing") == {}


def test_an_unwritable_cache_is_not_written_and_raises_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    cache._write(blocker / "cache.marshal", {})
    assert blocker.read_text() == "not a folder"
    assert list(tmp_path.iterdir()) == [blocker]


def test_the_cache_lives_in_the_users_cache_folder() -> None:
    home = {"HOME": "/h/ana"}
    name = f"shibokensupport-{sys.implementation.cache_tag}.marshal"
    assert cache.cache_file(home, "linux") == Path("/h/ana/.cache/cjdesigner", name)
    assert cache.cache_file({**home, "XDG_CACHE_HOME": "/tmp/c"}, "linux").parent == Path(
        "/tmp/c/cjdesigner"
    )
    relative = cache.cache_file({**home, "XDG_CACHE_HOME": "relative"}, "linux")
    assert relative.parent == Path("/h/ana/.cache/cjdesigner")
    assert cache.cache_file(home, "darwin").parent == Path("/h/ana/Library/Caches/cjdesigner")
    windows = cache.cache_file({**home, "LOCALAPPDATA": "/c/ana/AppData/Local"}, "win32")
    assert windows.parent == Path("/c/ana/AppData/Local/cjdesigner/cache")
    assert cache.cache_file(home, "win32").parent == Path("/h/ana/AppData/Local/cjdesigner/cache")


def test_a_module_on_first_use_runs_its_code_when_a_name_is_first_asked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name = cache.SOURCE_PREFIX + "made_up_tool.py"
    source = b"import sys\nruns = getattr(sys, '_made_up_runs', 0) + 1\nsys._made_up_runs = runs\n"
    monkeypatch.setattr(cache, "ON_FIRST_USE", frozenset({name}))
    lazy = ModuleType("made_up_tool")
    exec(cache.caching_compile({}, {})(source, name, "exec", dont_inherit=True), lazy.__dict__)
    assert "runs" not in vars(lazy) and not hasattr(sys, "_made_up_runs")  # nothing ran yet

    assert lazy.runs == 1  # ran now, in its own namespace
    assert lazy.runs == 1 and sys._made_up_runs == 1  # type: ignore[attr-defined]  # once
    assert "__getattr__" not in vars(lazy) and "_source_on_first_use" not in vars(lazy)
    with pytest.raises(AttributeError, match=r"'made_up_tool' has no attribute 'missing'"):
        lazy.missing  # noqa: B018
    del sys._made_up_runs  # type: ignore[attr-defined]

    other = ModuleType("other_tool")  # any other support module runs at once, as before
    exec(
        cache.caching_compile({}, {})(source, name + "x", "exec", dont_inherit=True), other.__dict__
    )
    assert other.__dict__["runs"] == 1
    del sys._made_up_runs  # type: ignore[attr-defined]


def test_a_later_edit_is_made_only_where_the_source_is_as_expected(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name = cache.SOURCE_PREFIX + "made_up_parser.py"
    monkeypatch.setitem(cache.LATER, name, ((b"costly = build()\n", b"costly = None\n"),))
    assert cache._edited(b"def build(): ...\ncostly = build()\n", name) == (
        b"def build(): ...\ncostly = None\n"
    )
    other = b"costly = build()\ncostly = build()\n"  # not as expected: left as it is
    assert cache._edited(other, name) == other
    assert cache._edited(b"costly = make()\n", name) == b"costly = make()\n"
    assert cache._edited(b"costly = build()\n", name + "x") == b"costly = build()\n"


def test_no_home_folder_means_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert cache._cache_file_if_any() is None
    cache.import_qt()  # PySide6 is loaded here already: nothing to do, nothing raised
