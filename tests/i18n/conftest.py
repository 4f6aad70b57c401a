"""What the translation tests share: the editor in each interface language, and a sample map
written in that language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cjdesigner.editor import translations
from tests.conftest import SAMPLES_DIR

SAMPLES = {
    "en": "online-shop-purchase.cjm",
    "pl": "bank-account-opening-pl.cjm",
    "ro": "mobile-subscription-ro.cjm",
}


def sample_in(language: str) -> Path:
    """The sample map whose texts are in ``language``."""
    return SAMPLES_DIR / SAMPLES[language]


@pytest.fixture(params=["en", "pl", "ro"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The editor's interface in each language in turn (English again afterwards)."""
    translations.install(request.param)
    yield request.param
    translations.install("en")
