"""A wheel built from the repository carries the icons and fonts, and the code finds them.

The canvas and the PDF export both read ``resources/`` through ``cjdesigner.assets``. In a source
checkout that folder sits at the top of the repository; an installed package has only what the
wheel carries, so ``setup.py`` copies it into ``cjdesigner/resources``. This builds a real wheel
(from a copy of the tree, so the shared checkout gets no ``build/`` folder) and looks inside.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# Everything a build reads; tests and caches stay out of the copy.
BUILD_INPUTS = (
    "pyproject.toml",
    "setup.py",
    "README.md",
    "LICENSE",
    "cjdesigner",
    "resources",
    "samples",
)
FONT_FILES = ("NotoSans-Regular.ttf", "OFL.txt")


def _copy_sources(target: Path) -> Path:
    source = target / "src"
    source.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "dist")
    for name in BUILD_INPUTS:
        path = REPO / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=ignore)
        elif path.is_file():
            shutil.copy2(path, source / name)
    return source


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel freshly built from the repository's current files."""
    work = tmp_path_factory.mktemp("wheel")
    source = _copy_sources(work)
    out = work / "dist"
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-q",
            "-w",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"wheel build failed:\n{result.stdout}\n{result.stderr}"
    wheels = list(out.glob("cjdesigner-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def _shipped_icons() -> list[Path]:
    return sorted((REPO / "resources" / "icons").glob("*.svg"))


@pytest.mark.slow
def test_wheel_carries_every_icon_unchanged(wheel: Path) -> None:
    from cjdesigner.model.channel import ICON_KEYS

    icons = _shipped_icons()
    names = {icon.stem for icon in icons}
    expected = {*ICON_KEYS, "sentiment-positive", "sentiment-neutral", "sentiment-negative"}
    assert expected <= names
    with zipfile.ZipFile(wheel) as archive:
        members = set(archive.namelist())
        for icon in icons:
            member = f"cjdesigner/resources/icons/{icon.name}"
            assert member in members, f"{member} missing from {wheel.name}"
            assert archive.read(member) == icon.read_bytes(), f"{member} differs from the source"


@pytest.mark.slow
def test_wheel_carries_the_fonts_and_their_licence(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        members = set(archive.namelist())
        for name in FONT_FILES:
            member = f"cjdesigner/resources/fonts/{name}"
            assert member in members, f"{member} missing from {wheel.name}"
            source = REPO / "resources" / "fonts" / name
            assert archive.read(member) == source.read_bytes()


@pytest.mark.slow
def test_installed_package_finds_its_resources(wheel: Path, tmp_path: Path) -> None:
    """Unpacked alone (no checkout beside it), ``cjdesigner.assets`` finds icons and fonts."""
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "import cjdesigner.assets as a\n"
        "print(a.__file__)\n"
        "print(a.resources_dir())\n"
        "print(a.icon_path('website').is_file(), a.font_path('NotoSans-Regular.ttf').is_file())\n"
        "print(a.samples_dir())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(site)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    module_file, resources, found, samples = result.stdout.splitlines()
    assert Path(module_file).is_relative_to(site), "imported the checkout, not the wheel"
    assert Path(resources) == site / "cjdesigner" / "resources"
    assert found == "True True"
    assert Path(samples) == site / "cjdesigner" / "resources" / "samples"


@pytest.mark.slow
def test_wheel_carries_the_sample_maps(wheel: Path) -> None:
    """``--self-test`` reads them, and a consultant without the repository learns from them."""
    samples = sorted((REPO / "samples").glob("*.cjm"))
    assert samples
    with zipfile.ZipFile(wheel) as archive:
        for sample in samples:
            member = f"cjdesigner/resources/samples/{sample.name}"
            assert archive.read(member) == sample.read_bytes()


@pytest.mark.slow
def test_wheel_carries_the_translations_and_the_editor_loads_them(
    wheel: Path, tmp_path: Path
) -> None:
    """The compiled catalogues ship inside the package and load from an installed wheel."""
    with zipfile.ZipFile(wheel) as archive:
        members = set(archive.namelist())
        for language in ("en", "pl", "ro"):
            member = f"cjdesigner/i18n/cjdesigner_{language}.qm"
            assert member in members, f"{member} missing from {wheel.name}"
            source = REPO / "cjdesigner" / "i18n" / f"cjdesigner_{language}.qm"
            assert archive.read(member) == source.read_bytes()
        archive.extractall(tmp_path / "site")
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1])\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from cjdesigner.editor import translations\n"
        "print(translations.__file__)\n"
        "for lang in ('pl', 'ro'):\n"
        "    translations.install(lang)\n"
        "    print(QCoreApplication.translate('StatusCounts', '%n stage(s)', '', 5))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path / "site")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    module_file, polish, romanian = result.stdout.splitlines()
    assert Path(module_file).is_relative_to(tmp_path / "site"), "imported the checkout"
    assert (polish, romanian) == ("5 etapów", "5 etape")
