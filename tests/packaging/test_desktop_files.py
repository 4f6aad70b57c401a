"""The Linux desktop integration files agree with each other and with the program.

``packaging/check.sh`` validates the built ``.deb`` with the freedesktop tools; these tests
check the sources without building: the desktop entry, the ``.cjm`` MIME type, the AppStream
metainfo and the icons name the same things, and the MIME magic matches real map files.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cjdesigner.editor.app import DESKTOP_ID

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
MIME_TYPE = "application/x-cjdesigner-map"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(LINUX / f"{DESKTOP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_opens_maps_with_the_program() -> None:
    entry = _desktop_entry()
    assert entry["Exec"] == "cjdesigner %f"
    assert entry["Icon"] == DESKTOP_ID
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["StartupWMClass"] == "cjdesigner"


def test_the_mime_type_is_json_with_its_own_glob_and_icon() -> None:
    root = ET.parse(LINUX / f"{DESKTOP_ID}.mime.xml").getroot()
    (mime,) = root.findall(f"{MIME_NS}mime-type")
    assert mime.get("type") == MIME_TYPE
    assert mime.find(f"{MIME_NS}sub-class-of").get("type") == "application/json"  # type: ignore[union-attr]
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == ["*.cjm"]
    icon = REPO / "packaging" / "icons" / f"{MIME_TYPE.replace('/', '-')}.svg"
    assert icon.is_file()  # the default icon name of the type


def test_the_mime_magic_matches_every_sample_map() -> None:
    root = ET.parse(LINUX / f"{DESKTOP_ID}.mime.xml").getroot()
    match = root.find(f"{MIME_NS}mime-type/{MIME_NS}magic/{MIME_NS}match")
    assert match is not None
    start, end = (int(part) for part in match.get("offset", "").split(":"))
    value = match.get("value", "").encode()
    for sample in (REPO / "samples").glob("*.cjm"):
        head = sample.read_bytes()[: end + len(value)]
        assert value in head[start:], sample.name


def test_the_metainfo_launches_the_desktop_entry() -> None:
    root = ET.parse(LINUX / f"{DESKTOP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == f"{DESKTOP_ID}.desktop"
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert root.findtext("provides/binary") == "cjdesigner"


@pytest.mark.parametrize(
    ("tool", "arguments"),
    [
        ("desktop-file-validate", [str(LINUX / f"{DESKTOP_ID}.desktop")]),
        ("appstreamcli", ["validate", "--no-net", "{metainfo}"]),
    ],
)
def test_the_freedesktop_tools_accept_the_files(
    tool: str, arguments: list[str], tmp_path: Path
) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (packaging/check.sh runs it on the built .deb)")
    metainfo = tmp_path / f"{DESKTOP_ID}.metainfo.xml"
    text = (LINUX / f"{DESKTOP_ID}.metainfo.xml").read_text("utf-8")
    metainfo.write_text(text.replace("@VERSION@", "0.1.0").replace("@DATE@", "2026-01-01"))
    command = [tool, *(a.replace("{metainfo}", str(metainfo)) for a in arguments)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
