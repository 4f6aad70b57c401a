"""Which icon files the product ships, handed to the tests as fixtures (one list for all)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjdesigner.assets import icon_path, resources_dir
from cjdesigner.model.channel import ICON_KEYS

SENTIMENT_COLOURS: dict[str, str] = {
    "sentiment-positive": "#009E73",
    "sentiment-neutral": "#5F5F5F",
    "sentiment-negative": "#D55E00",
}
# The toolbar's own icons (editor/window/actions.py), in the same line style.
ACTION_ICONS: tuple[str, ...] = tuple(
    f"action-{name}" for name in ("new", "open", "save", "undo", "redo")
)
# Line icons drawn in the channel style (ink only, no colour): channels, card marks, toolbar.
LINE_ICONS: tuple[str, ...] = (*ICON_KEYS, "milestone", "evidence-assumption", *ACTION_ICONS)
APP_ICON = "cjdesigner"
ALL_ICONS: tuple[str, ...] = (*LINE_ICONS, *SENTIMENT_COLOURS, APP_ICON)


@pytest.fixture(scope="session")
def icons_folder() -> Path:
    """The folder the running code reads icons from (checkout or installed package)."""
    return resources_dir() / "icons"


@pytest.fixture(scope="session")
def shipped_icon_names() -> frozenset[str]:
    """Every icon name the product ships: channel keys, markers, card marks, app icon."""
    return frozenset(ALL_ICONS)


@pytest.fixture(scope="session")
def sentiment_colours() -> dict[str, str]:
    """Marker file name -> its Okabe-Ito fill colour."""
    return dict(SENTIMENT_COLOURS)


@pytest.fixture(params=ALL_ICONS)
def any_icon(request: pytest.FixtureRequest) -> Path:
    """Each shipped icon file in turn."""
    return icon_path(request.param)


@pytest.fixture(params=(*LINE_ICONS, *SENTIMENT_COLOURS))
def mark_icon(request: pytest.FixtureRequest) -> Path:
    """Each icon drawn small on cards and palettes (all but the full-bleed application tile)."""
    return icon_path(request.param)


@pytest.fixture(params=LINE_ICONS)
def line_icon(request: pytest.FixtureRequest) -> Path:
    """Each line-style icon (channels, milestone, assumption) in turn."""
    return icon_path(request.param)


@pytest.fixture(params=sorted(SENTIMENT_COLOURS))
def sentiment_marker(request: pytest.FixtureRequest) -> tuple[Path, str]:
    """Each sentiment marker file with the colour it must be filled with."""
    return icon_path(request.param), SENTIMENT_COLOURS[request.param]
