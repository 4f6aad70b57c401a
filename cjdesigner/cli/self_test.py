"""``cjdesigner --self-test``: what a consultant runs when support asks "does it work there?".

Checks that the installation is whole and works on this machine, one printed line per check
(``ok`` or ``FAIL``, what was checked, what was found): the fonts, icons, translations, sample
maps and templates are found inside the installation (a wheel or the bundle), each template is
built, drawn and exported as PDF, PNG and SVG to memory, and every sample map reads. Nothing is
written to disk. Needs no screen: Qt draws offscreen when there is no display.
Exit code 0 when every check passed, else 1.
"""

from __future__ import annotations

import os
import platform
import sys
import traceback
from collections.abc import Callable, Iterator
from typing import NamedTuple, TextIO

from cjdesigner import __version__
from cjdesigner.i18n import ntr, tr


class CheckResult(NamedTuple):
    """One printed line: whether the check passed, its name and what it found."""

    ok: bool
    name: str
    detail: str

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'}  {self.name}: {self.detail}"


Check = Callable[[], Iterator[tuple[bool, str, str]]]
"""A check yields (passed, what was checked, what was found) for each line it prints."""


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, printing a line for each as it ends; 0 if all passed, else 1."""
    out = out or sys.stdout
    _no_screen_means_offscreen()
    print(f"cjdesigner {__version__} — {describe_platform()}", file=out, flush=True)
    failed = 0
    for check in _checks():
        for result in _guarded(check):
            failed += not result.ok
            print(result.line(), file=out, flush=True)
    summary = (
        tr("self-test passed")
        if failed == 0
        else ntr("self-test FAILED: %n check(s) failed", failed)
    )
    print(summary, file=out, flush=True)
    return 0 if failed == 0 else 1


def describe_platform() -> str:
    """Python, the operating system and whether this is the bundled (frozen) program."""
    kind = tr("bundle") if getattr(sys, "frozen", False) else tr("Python package")
    return f"Python {platform.python_version()}, {platform.system()} {platform.machine()}, {kind}"


def _no_screen_means_offscreen() -> None:
    """Without a display (a server, CI, ``env -i``) Qt draws offscreen instead of aborting."""
    from cjdesigner.cli.screen import missing_screen

    if missing_screen(os.environ, sys.platform) is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _checks() -> list[Check]:
    from cjdesigner.editor import self_test as qt_checks

    return [
        check_resources,
        check_translations,
        check_pdf_fonts,
        qt_checks.check_qt,
        qt_checks.check_fonts,
        qt_checks.check_icons,
        qt_checks.check_translations,
        qt_checks.check_collation,
        check_samples,
        qt_checks.check_templates,
    ]


def _guarded(check: Check) -> Iterator[CheckResult]:
    """A check that raises is a failed check (named after the function), never a traceback."""
    name = check.__name__.removeprefix("check_").replace("_", " ")
    try:
        for ok, what, found in check():
            yield CheckResult(ok, what, found)
    except Exception as err:
        if os.environ.get("CJDESIGNER_DEBUG"):
            traceback.print_exc()
        yield CheckResult(False, name, f"{type(err).__name__}: {err}")


def check_resources() -> Iterator[CheckResult]:
    """The icons, fonts (with their licence) and samples are inside the installation."""
    from cjdesigner import assets
    from cjdesigner.model.channel import ICON_KEYS

    root = assets.resources_dir()
    wanted = [*ICON_KEYS, "sentiment-positive", "sentiment-neutral", "sentiment-negative"]
    missing = [key for key in [*wanted, "cjdesigner"] if not assets.icon_path(key).is_file()]
    icons = len(list((root / "icons").glob("*.svg")))
    yield CheckResult(
        not missing,
        "icon files",
        tr("in {folder} (SVG icons: {n})").format(n=icons, folder=root / "icons")
        + (tr("; missing: {names}").format(names=", ".join(missing)) if missing else ""),
    )
    fonts = sorted(p.name for p in (root / "fonts").glob("*.[ot]tf"))
    needed = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "OFL.txt")
    absent = [name for name in needed if not (root / "fonts" / name).is_file()]
    yield CheckResult(
        not absent,
        "font files",
        tr("{names} and their licence").format(names=", ".join(fonts))
        + (tr("; missing: {names}").format(names=", ".join(absent)) if absent else ""),
    )


def check_translations() -> Iterator[CheckResult]:
    """Count the catalogues shipped (Qt ``.qm`` for the editor, gettext ``.mo`` for the rest)."""
    from cjdesigner import assets

    files = assets.translation_files()
    names = ", ".join(sorted({path.name for path in files})) or tr("none: English only")
    yield CheckResult(
        True,
        "translation files",
        tr("{names} (catalogues: {n})").format(names=names, n=len(files)),
    )


def check_pdf_fonts() -> Iterator[CheckResult]:
    """reportlab reads the embedded fonts, and they draw Polish and Romanian letters."""
    from reportlab.pdfbase import pdfmetrics

    from cjdesigner.export.pdf.fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    letters = "ąćęłńóśźż ĄŁŻ ășțî ȘȚÂ"
    for name in (REGULAR, BOLD):
        face = pdfmetrics.getFont(name).face
        missing = [ch for ch in letters if ch != " " and ord(ch) not in face.charWidths]
        yield CheckResult(
            not missing,
            f"PDF font {name}",
            tr("embedded; draws {letters}").format(letters=letters)
            if not missing
            else tr("cannot draw {chars}").format(chars=" ".join(missing)),
        )


def check_samples() -> Iterator[CheckResult]:
    """Every shipped sample map reads and validates."""
    from cjdesigner import assets, storage

    folder = assets.samples_dir()
    paths = sorted(folder.glob("*.cjm"))
    if not paths:
        yield CheckResult(False, "sample maps", tr("none in {folder}").format(folder=folder))
        return
    for path in paths:
        m = storage.load_map(path).map
        yield CheckResult(
            True,
            f"sample {path.name}",
            tr("read: {stages}, {cards}, {flows}").format(
                stages=ntr("%n stage(s)", len(m.stages)),
                cards=ntr("%n touchpoint(s)", len(m.touchpoints)),
                flows=ntr("%n flow(s)", len(m.connections)),
            ),
        )
