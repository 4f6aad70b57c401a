"""The fuzz harness: mutated maps through load → validate → info → analyze → PDF/PNG/SVG export.

One rule is checked for every input: it is either refused by the loader with one clear message
(a :class:`MapFileError`, no other exception, no traceback words), or it goes through every stage
cleanly — and nothing outside the package's resources and the output folder is opened while
it does. Used by the short fixed-seed tests in this folder (CI) and by the long run,
``python benchmarks/fuzz_long.py --count 100000``.

Mutations are structural (drop, retype, duplicate, dangle, huge, deep nesting, hostile text)
on the parsed sample maps, and byte-level (invalid UTF-8, BOMs, UTF-16, cuts) on their bytes.
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
SAMPLES = sorted((REPO / "samples").glob("*.cjm"))

Doc = Any
Mutation = Callable[[Doc, random.Random], Doc]


# -- where things are in a parsed map ---------------------------------------------------------


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


def _parent(doc: Doc, path: tuple[Any, ...]) -> tuple[Any, Any]:
    node = doc
    for step in path[:-1]:
        node = node[step]
    return node, path[-1]


def _pick(doc: Doc, rng: random.Random, want: Callable[[Any], bool] | None = None) -> Any:
    paths = [p for p in _paths(doc)[1:] if want is None or want(p)]
    return rng.choice(paths) if paths else None


# -- structural mutations ---------------------------------------------------------------------

HOSTILE_TEXT = [
    "\x1b]0;pwned\x07\x1b[2J",
    "a\x00b\x03c\x7f\x9b",
    '<font name="/etc/passwd">x</font><img src="/etc/hostname"/><a href="file:///etc/passwd">l</a>',
    "&lt;b&gt; &amp; <b>bold</b> <br/> <para>",
    "\u202egnp.exe\u2066",
    "ł" * 3000,
    "x" * 6000,
    "Zażółć gęślą jaźń Ştefan ţară ș ț 😀 中文 \ufffd",
    "w" * 5000,
    "",
    " ",
]
HOSTILE_ICONS = ["/etc/passwd", "../fonts/x", "evil\x00", "x" * 300, "rocket", "a/b", "..", "C:\\x"]
HOSTILE_NUMBERS = ["1" * 4301, "9" * 400, "1e400", "-1e309", "0." + "0" * 500 + "1", "NaN"]
HOSTILE_DATES = ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "2026-13-01T00:00:00Z"]


def drop(doc: Doc, rng: random.Random) -> Doc:
    path = _pick(doc, rng)
    if path is not None:
        parent, key = _parent(doc, path)
        del parent[key]
    return doc


def retype(doc: Doc, rng: random.Random) -> Doc:
    path = _pick(doc, rng)
    if path is not None:
        parent, key = _parent(doc, path)
        parent[key] = rng.choice(
            [None, True, 0, -1, 2**63, 1.5, -0.0, "", "text", [], {}, [1, "a"], {"a": 1}]
        )
    return doc


def duplicate(doc: Doc, rng: random.Random) -> Doc:
    path = _pick(doc, rng, lambda p: isinstance(p[-1], int))
    if path is not None:
        parent, key = _parent(doc, path)
        parent.insert(key, json.loads(json.dumps(parent[key])))
    return doc


def dangle(doc: Doc, rng: random.Random) -> Doc:
    path = _pick(
        doc, rng, lambda p: p[-1] in ("stage_id", "persona_id", "channel", "source", "target")
    )
    if path is not None:
        parent, key = _parent(doc, path)
        parent[key] = rng.choice(["gone", f"{parent[key]}x", "", "a" * 65])
    return doc


def huge(doc: Doc, rng: random.Random) -> Doc:
    path = _pick(doc, rng, lambda p: isinstance(p[-1], str))
    if path is None:
        return doc
    parent, key = _parent(doc, path)
    value = parent[key]
    if isinstance(value, str):
        parent[key] = value * rng.choice([50, 500, 5000])
    elif isinstance(value, list) and value:
        parent[key] = value * rng.choice([20, 200])
    else:
        parent[key] = RawNumber(rng.choice(HOSTILE_NUMBERS))
    return doc


def deep(doc: Doc, rng: random.Random) -> Doc:
    path = _pick(doc, rng)
    if path is not None:
        parent, key = _parent(doc, path)
        depth = rng.choice([50, 1000, 100_000])
        opener, closer = ("[", "]") if rng.random() < 0.5 else ('{"k": ', "}")
        parent[key] = RawNumber(opener * depth + '"bottom"' + closer * depth)
    return doc


def hostile(doc: Doc, rng: random.Random) -> Doc:
    """Text, icons, numbers and dates that once validated and then crashed a later stage."""
    choice = rng.randrange(4)
    if choice == 0:
        path = _pick(doc, rng, lambda p: p[-1] in ("title", "name", "description", "quote", "role"))
        value: Any = rng.choice(HOSTILE_TEXT)
    elif choice == 1:
        path = _pick(doc, rng, lambda p: p[-1] == "icon")
        value = rng.choice(HOSTILE_ICONS)
    elif choice == 2:
        path = _pick(doc, rng, lambda p: p[-1] in ("emotion", "order", "value", "target"))
        value = RawNumber(rng.choice(HOSTILE_NUMBERS))
    else:
        path = _pick(doc, rng, lambda p: p[-1] in ("created", "modified"))
        value = rng.choice(HOSTILE_DATES)
    if path is not None:
        parent, key = _parent(doc, path)
        parent[key] = value
    return doc


LONG_TEXT_FIELDS = ("quote", "demographics", "description", "goal", "customer_action")


def long_text(doc: Doc, rng: random.Random) -> Doc:
    """A long text every model cap allows (up to 5,000 characters), sometimes one long word:
    what the PDF's layout and hyphenation must still print (issue 12: LayoutError, and
    hyphenation quadratic in a word's length)."""
    path = _pick(doc, rng, lambda p: p[-1] in LONG_TEXT_FIELDS or p[-2:-1] == ("goals",))
    if path is not None:
        parent, key = _parent(doc, path)
        size = rng.choice([2400, 3300, 4400, 5000])
        if rng.random() < 0.3:
            parent[key] = "Zażółćgęślą"[rng.randrange(11)] * size  # one word
        else:
            parent[key] = ("słowo " * size)[:size]
    return doc


STRUCTURAL: dict[str, Mutation] = {
    "drop": drop,
    "retype": retype,
    "duplicate": duplicate,
    "dangle": dangle,
    "huge": huge,
    "deep": deep,
    "hostile": hostile,
}


class RawNumber(str):
    """JSON text written as it is: a number of 4,301 digits, NaN, 100,000 nested lists…"""


def dumps(doc: Doc, indent: int | None = None) -> bytes:
    """``doc`` as JSON text, :class:`RawNumber` values written bare."""
    marks: dict[str, str] = {}

    def mark(node: Any) -> Any:
        if isinstance(node, RawNumber):
            token = f"@@raw{len(marks)}@@"
            marks[token] = str(node)
            return token
        if isinstance(node, dict):
            return {k: mark(v) for k, v in node.items()}
        if isinstance(node, list):
            return [mark(v) for v in node]
        return node

    # Mostly compact (the C encoder: fast); a sample written as cjdesigner writes maps is
    # indented by the caller's choice.
    text = json.dumps(mark(doc), ensure_ascii=False, indent=indent)
    for token, raw in marks.items():
        text = text.replace(f'"{token}"', raw)
    return text.encode("utf-8", errors="surrogatepass")


# -- byte-level mutations ---------------------------------------------------------------------


def _bytes_mutation(data: bytes, rng: random.Random) -> bytes:
    kind = rng.randrange(7)
    at = rng.randrange(len(data) + 1)
    if kind == 0:
        return data[:at] + rng.choice([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf8\x88"]) + data[at:]
    if kind == 1:
        return b"\xef\xbb\xbf" + data
    if kind == 2:
        return data.decode("utf-8", errors="replace").encode(rng.choice(["utf-16", "utf-16-be"]))
    if kind == 3:
        return data[:at]
    if kind == 4:
        return data[:at] + bytes([rng.randrange(256)]) + data[at + 1 :]
    if kind == 5:
        return b"\xef\xbb\xbf\xef\xbb\xbf" + data
    return data[:at] + b"\x00" + data[at:]


def mutate(rng: random.Random, *, long_texts: bool = False) -> tuple[str, bytes]:
    """One fuzzed input: (what was done, bytes).

    ``long_texts`` adds :func:`long_text` to the mutations (the long run's ``--long-texts``; the
    CI slice has a test of its own for it).
    """
    sample = rng.choice(SAMPLES)
    data = sample.read_bytes()
    done = [sample.stem]
    mutations = {**STRUCTURAL, "long_text": long_text} if long_texts else STRUCTURAL
    if rng.random() < 0.8:
        doc = json.loads(data)
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            name = rng.choice(list(mutations))
            doc = mutations[name](doc, rng)
            done.append(name)
        data = dumps(doc, indent=2 if rng.random() < 0.2 else None)
    if rng.random() < 0.25:
        data = _bytes_mutation(data, rng)
        done.append("bytes")
    return "+".join(done), data


# -- what may be opened -----------------------------------------------------------------------


class OpenRecorder:
    """Records every file the Python side opens (``open`` audit events) while recording.

    Qt's C++ file reads are not seen here; those take their paths only from
    :func:`cjdesigner.assets.icon_path`, which resolves only shipped icons.
    """

    _installed: OpenRecorder | None = None

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.active = False

    @classmethod
    def get(cls) -> OpenRecorder:
        if cls._installed is None:
            recorder = cls()
            sys.addaudithook(recorder._hook)
            cls._installed = recorder
        return cls._installed

    def _hook(self, event: str, args: tuple[Any, ...]) -> None:
        if self.active and event == "open" and args and isinstance(args[0], (str, bytes, Path)):
            path = args[0]
            self.opened.append(
                path.decode(errors="replace") if isinstance(path, bytes) else str(path)
            )

    @contextlib.contextmanager
    def recording(self) -> Iterator[list[str]]:
        self.opened = []
        self.active = True
        try:
            yield self.opened
        finally:
            self.active = False


@functools.cache
def allowed_roots(workdir: Path) -> list[Path]:
    """Where opening a file is expected: our resources, Python and its libraries, the work dir."""
    from cjdesigner.assets import resources_dir

    roots = {
        resources_dir().resolve(),
        (REPO / "cjdesigner").resolve(),
        Path(sys.prefix).resolve(),
        Path(sys.base_prefix).resolve(),
        Path(sys.exec_prefix).resolve(),
        workdir.resolve(),
        Path("/dev/null"),
        Path("/dev/urandom"),
    }
    roots.update(Path(p).resolve() for p in sys.path if p and Path(p).is_dir())
    return sorted(roots)


REPORTLAB_SETTINGS = {".reportlab_mods", ".reportlab_settings"}
"""reportlab's own optional configuration files in the user's home, which it looks for when
it is first imported, whatever the map: not a read that map content can steer."""


def outside(opened: list[str], roots: list[Path]) -> list[str]:
    """The opened paths outside every root."""
    found = []
    for name in opened:
        if Path(name).name in REPORTLAB_SETTINGS and Path(name).parent == Path.home():
            continue
        path = Path(name).resolve() if not name.startswith("/proc/") else Path(name)
        if name.startswith("/proc/self/") or name == "/proc/meminfo":
            continue
        if not any(path == root or root in path.parents for root in roots):
            found.append(name)
    return found


# -- the pipeline -----------------------------------------------------------------------------

STAGES = ("load", "validate", "info", "analyze", "pdf", "png", "svg")
TRACEBACK_WORDS = ("Traceback", "[type=", "unexpected error", "pydantic", "Errno")


class Crash(AssertionError):
    """An input broke the rule: the stage and what happened."""


@dataclass
class Outcome:
    kind: str  # "refused" | "accepted"
    message: str = ""
    stages: list[str] = field(default_factory=list)
    outside_reads: list[str] = field(default_factory=list)


def _cli(*args: str) -> tuple[int, str, str]:
    from cjdesigner.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def run_pipeline(data: bytes, workdir: Path, *, exports: bool, commands: bool = True) -> Outcome:
    """Put ``data`` through every stage; raises :class:`Crash` when the rule is broken.

    ``commands``: run ``validate``, ``info`` and ``analyze`` as the command line does (else,
    to save the long run the command line's start-up, the analysis alone).
    """
    from cjdesigner.storage import MapFileError, load_map

    path = workdir / "fuzzed.cjm"
    path.write_bytes(data)
    recorder = OpenRecorder.get()
    roots = allowed_roots(workdir)
    with recorder.recording() as opened:
        try:
            loaded = load_map(path)
        except MapFileError as error:
            message = str(error)
            if not message.startswith(f"“{path}”: ") or any(w in message for w in TRACEBACK_WORDS):
                raise Crash(f"load: unclear refusal: {message[:300]}") from None
            return Outcome("refused", message, ["load"], outside(opened, roots))
        except Exception as error:
            raise Crash(f"load: {type(error).__name__}: {str(error)[:300]}") from error
        outcome = Outcome("accepted", stages=["load"])
        if commands:
            for command in ("validate", "info", "analyze"):
                code, _out, err = _cli(command, str(path))
                if code != 0 or any(w in err for w in TRACEBACK_WORDS[:3]):
                    raise Crash(f"{command}: exit {code}: {err[:300]}")
                outcome.stages.append(command)
        else:
            from cjdesigner.analysis import analyze

            try:
                analyze(loaded.map)
            except Exception as error:
                raise Crash(f"analysis: {type(error).__name__}: {str(error)[:300]}") from error
            outcome.stages.append("analysis")
        if exports:
            _exports(loaded.map, workdir, outcome)
        outcome.outside_reads = outside(opened, roots)
    return outcome


def _exports(m: Any, workdir: Path, outcome: Outcome) -> None:
    from cjdesigner.editor.offscreen import render_map_image
    from cjdesigner.export import ExportOptions, export_pdf

    stage = "pdf"
    try:
        export_pdf(m, workdir / "out.pdf", ExportOptions(allow_missing_glyphs=True))
        outcome.stages.append("pdf")
        for kind in ("png", "svg"):
            stage = kind
            image = render_map_image(m, kind, 0.25)
            (workdir / f"out.{kind}").write_bytes(image)
            if kind == "svg":
                check_svg(image)
            outcome.stages.append(kind)
    except Crash:
        raise
    except Exception as error:
        raise Crash(f"{stage}: {type(error).__name__}: {str(error)[:300]}") from error


def check_svg(svg: bytes) -> None:
    """An SVG we wrote refers to nothing outside itself."""
    import re

    text = svg.decode("utf-8", errors="replace")
    if "<!ENTITY" in text or "<!DOCTYPE" in text.upper().replace("<!DOCTYPE SVG", ""):
        raise Crash("svg: a DTD or entity in the output")
    for ref in re.findall(r'(?:xlink:)?href\s*=\s*"([^"]*)"', text):
        if not ref.startswith(("#", "data:")):
            raise Crash(f"svg: external reference {ref[:80]}")
