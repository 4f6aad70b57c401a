"""When an unexpected error still happens: one humane message and a crash report on disk.

The message names the map and the stage ("exporting", "reading the map"…) and says where the
report is. The report holds what a developer needs and nothing of the client's map: the
traceback (file, line and function of each frame, the error's type and a shortened message),
the versions, the command and the map's path — never its content. Reports go to the app's data
folder (``$XDG_DATA_HOME/cjdesigner/crash-reports`` on Linux, ``~/Library/Application
Support/cjdesigner/…`` on macOS, ``%LOCALAPPDATA%\\cjdesigner\\…`` on Windows). No Qt here: the
command line uses it, and the editor shows the same words in a dialog.
"""

from __future__ import annotations

import contextlib
import os
import platform
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from cjdesigner import __version__
from cjdesigner.i18n import tr

APP_FOLDER = "cjdesigner"
MESSAGE_MAX = 300
"""An error's own message is cut to this: it may quote a piece of the map."""

_STAGES: tuple[tuple[str, str], ...] = (
    ("cjdesigner.storage", "reading or saving the map"),
    ("cjdesigner.model", "checking the map"),
    ("cjdesigner.analysis", "analysing the journey"),
    ("cjdesigner.layout", "laying out the map"),
    ("cjdesigner.export", "exporting"),
    ("cjdesigner.editor", "drawing or editing the map"),
    ("cjdesigner.templates", "making a map from a template"),
    ("cjdesigner.cli", "running the command"),
)
_LIBRARIES = ("pydantic", "pydantic_core", "reportlab", "svglib", "networkx", "PIL", "PySide6")


_last_map: Path | None = None


def note_map(path: str | os.PathLike[str]) -> None:
    """Remember the map being read (the command line names it if something fails later)."""
    global _last_map
    _last_map = Path(path)


def forget_map() -> None:
    """A new command starts: no map read yet."""
    global _last_map
    _last_map = None


def last_map() -> Path | None:
    """The map most recently read in this process, if any."""
    return _last_map


def data_dir(environ: Mapping[str, str] | None = None, platform_name: str | None = None) -> Path:
    """The app's data folder on this platform (honours ``XDG_DATA_HOME`` on Linux)."""
    env = os.environ if environ is None else environ
    name = sys.platform if platform_name is None else platform_name
    home = Path(env.get("HOME") or Path.home())
    if name == "win32":
        base = env.get("LOCALAPPDATA") or env.get("APPDATA")
        return (Path(base) if base else home / "AppData" / "Local") / APP_FOLDER
    if name == "darwin":
        return home / "Library" / "Application Support" / APP_FOLDER
    xdg = env.get("XDG_DATA_HOME")
    base_dir = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base_dir / APP_FOLDER


def crash_dir() -> Path:
    """Where crash reports are written."""
    return data_dir() / "crash-reports"


def stage_of(tb: TracebackType | None, default: str) -> str:
    """The stage the error happened in, from the innermost frame of our own code."""
    import traceback  # only when something failed: not loaded by every start

    stage = default
    for frame, _line in traceback.walk_tb(tb):
        module = str(frame.f_globals.get("__name__", ""))
        for prefix, name in _STAGES:
            if module == prefix or module.startswith(prefix + "."):
                stage = name
                break
    return tr(stage)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MESSAGE_MAX else text[: MESSAGE_MAX - 1] + "…"


def _versions() -> list[str]:
    lines = [
        f"cjdesigner {__version__}",
        f"Python {platform.python_version()} ({sys.executable})",
        f"Platform {platform.platform()}",
    ]
    for name in _LIBRARIES:
        module = sys.modules.get(name)  # only what this run loaded: nothing is imported here
        version = getattr(module, "__version__", None) if module is not None else None
        if version is not None:
            lines.append(f"{name} {version}")
    return lines


def report_text(
    error: BaseException, *, stage: str, map_path: str | os.PathLike[str] | None, command: str
) -> str:
    """The crash report: traceback frames, the error's type and shortened message, versions."""
    import traceback

    frames = traceback.extract_tb(error.__traceback__)
    lines = [
        "cjdesigner crash report",
        f"time: {time.strftime('%Y-%m-%d %H:%M:%S %z')}",
        f"command: {command}",
        f"map: {os.fspath(map_path) if map_path is not None else '(none)'}",
        f"stage: {stage}",
        f"error: {type(error).__module__}.{type(error).__qualname__}: {_short(str(error))}",
        "",
        "traceback (innermost last):",
    ]
    lines += [f"  {f.filename}:{f.lineno} in {f.name}" for f in frames]
    lines += ["", "versions:"] + [f"  {line}" for line in _versions()]
    return "\n".join(lines) + "\n"


def write_crash_report(
    error: BaseException,
    *,
    stage: str,
    map_path: str | os.PathLike[str] | None,
    command: str,
    folder: Path | None = None,
) -> Path | None:
    """Write the report; returns its path, or None when even that fails (never raises)."""
    folder = crash_dir() if folder is None else folder
    name = f"crash-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.txt"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        path.write_text(
            report_text(error, stage=stage, map_path=map_path, command=command), encoding="utf-8"
        )
    except OSError:
        return None
    return path


@dataclass(frozen=True, slots=True)
class Crash:
    """What the user is told about one unexpected error."""

    stage: str
    report: Path | None
    message: str


def handle_crash(
    error: BaseException,
    *,
    map_path: str | os.PathLike[str] | None,
    command: str,
    default_stage: str = "running the command",
    unchanged: bool = True,
) -> Crash:
    """Write the report and make the message (the caller prints or shows it)."""
    stage = stage_of(error.__traceback__, default_stage)
    report = None
    with contextlib.suppress(Exception):  # a report must never cause a second failure
        report = write_crash_report(error, stage=stage, map_path=map_path, command=command)
    if map_path is not None:
        head = tr("an unexpected error happened while {stage} “{file}” ({kind}).").format(
            stage=stage, file=os.fspath(map_path), kind=type(error).__name__
        )
    else:
        head = tr("an unexpected error happened while {stage} ({kind}).").format(
            stage=stage, kind=type(error).__name__
        )
    parts = [head]
    if unchanged and map_path is not None:
        parts.append(tr("The map file was not changed."))
    if report is not None:
        parts.append(
            tr(
                "A crash report (no map content) was written to “{report}”; please send it to "
                "the cjdesigner developers."
            ).format(report=report)
        )
    return Crash(stage=stage, report=report, message=" ".join(parts))
