"""Nothing outside the map is read while opening, drawing or exporting it (issue 12).

A hostile map: text full of reportlab markup (``<font>``, ``<img>``, ``<a href>``), entities,
control characters, a channel icon name we do not ship, and a secret file next to it whose
name the map spells in every way it could. Loading, validate/info/analyze and the PDF, PNG
and SVG exports run under an audit hook recording every file Python opens.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from harness import REPO, OpenRecorder, allowed_roots, outside, run_pipeline  # type: ignore[import-not-found]
from pypdf import PdfReader

from cjdesigner.storage import InvalidFormatError, load_map

SAMPLE = REPO / "samples" / "online-shop-purchase.cjm"
MARKUP = (
    '<font name="{secret}" size="40">big</font> <img src="{secret}.png" width="9"/> '
    '<a href="file://{secret}">link</a> <a href="https://example.com">web</a> &amp; &lt;'
)


def _hostile_doc(secret: Path) -> dict:
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    text = MARKUP.format(secret=secret)
    info = doc["map"]["info"]
    info["title"] = "Mapa <b>" + text[:120]
    info["description"] = text
    doc["map"]["stages"][0]["goal"] = text
    doc["map"]["stages"][0]["description"] = text
    persona = doc["map"]["personas"][0]
    persona["quote"] = text
    persona["goals"] = [text]
    persona["demographics"] = "\x1b[2J" + text
    card = doc["map"]["touchpoints"][0]
    card["title"] = "Karta <i>" + str(secret)
    card["description"] = text
    card["pain_points"] = [text]
    doc["map"]["channels"].append({"id": "custom", "name": "Custom", "icon": "rocket"})
    card["channel"] = "custom"
    return doc


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    folder = tmp_path / "private"
    folder.mkdir()
    secret = folder / "secret"
    for suffix in ("", ".svg", ".png", ".ttf"):
        Path(f"{secret}{suffix}").write_text("<svg/>" if suffix == ".svg" else "secret")
    return secret


@pytest.mark.slow
def test_hostile_map_reads_nothing_outside(tmp_path: Path, secret: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    data = json.dumps(_hostile_doc(secret), ensure_ascii=False).encode()
    outcome = run_pipeline(data, work, exports=True)
    assert outcome.kind == "accepted"
    assert outcome.stages == ["load", "validate", "info", "analyze", "pdf", "png", "svg"]
    assert outcome.outside_reads == []

    pdf = (work / "out.pdf").read_bytes()
    # No link other than our own internal ones: no URI, file, launch or script actions.
    for action in (b"/URI", b"/Launch", b"/GoToR", b"/JavaScript", b"/JS ", b"/SubmitForm"):
        assert action not in pdf, action
    text = " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    text = " ".join(text.split())
    # The markup is printed literally, as typed, not obeyed.
    assert '<font name="' in text and "<img src=" in text and '<a href="https://' in text
    assert "&amp; &lt;" in text


def test_icon_paths_are_refused_before_anything_is_drawn(tmp_path: Path, secret: Path) -> None:
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    path = tmp_path / "map.cjm"
    recorder = OpenRecorder.get()
    for icon in (str(secret), "../../private/secret", str(secret) + "\x00"):
        doc["map"]["channels"][0]["icon"] = icon
        path.write_text(json.dumps(doc), encoding="utf-8")
        with recorder.recording() as opened, pytest.raises(InvalidFormatError, match="icon"):
            load_map(path)
        assert outside(opened, allowed_roots(tmp_path)) == []
        assert not any("secret" in name for name in opened)


def test_the_recorder_sees_a_read_outside(tmp_path: Path, secret: Path) -> None:
    recorder = OpenRecorder.get()
    with recorder.recording() as opened:
        secret.read_text()
    assert outside(opened, allowed_roots(tmp_path / "work")) == [str(secret)]
