"""Fixtures for the window tests: a map → a document → a window with scripted dialogs.

No modal dialog ever opens: the window gets :class:`FakeDialogs`, which answers from a script
and records every question, so a test can say both what the user answered and what was asked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window import MainWindow
from cjdesigner.model import Connection, JourneyMap, Persona, Sentiment, Stage, Touchpoint
from cjdesigner.storage import save_map


class FakeDialogs:
    """Scripted answers per question; an unexpected question fails the test."""

    def __init__(self) -> None:
        self.answers: dict[str, list[Any]] = {}
        self.asked: list[tuple[str, tuple[Any, ...]]] = []

    def script(self, name: str, *answers: Any) -> None:
        self.answers.setdefault(name, []).extend(answers)

    def names(self) -> list[str]:
        return [name for name, _args in self.asked]

    def _answer(self, name: str, *args: Any) -> Any:
        self.asked.append((name, args))
        queue = self.answers.get(name)
        if not queue:
            raise AssertionError(f"unexpected dialog {name}{args}")
        return queue.pop(0)

    # messages only record
    def error(self, title: str, message: str) -> None:
        self.asked.append(("error", (title, message)))

    def warning(self, title: str, message: str) -> None:
        self.asked.append(("warning", (title, message)))

    def info(self, title: str, message: str) -> None:
        self.asked.append(("info", (title, message)))

    def messages(self, kind: str = "error") -> list[str]:
        return [args[1] for name, args in self.asked if name == kind]

    def confirm(self, title: str, message: str, action: str) -> bool:
        return bool(self._answer("confirm", title, message))

    def offer_save_as(self, title: str, message: str) -> bool:
        return bool(self._answer("offer_save_as", title, message))

    def ask_unsaved(self, name: str) -> str:
        return str(self._answer("ask_unsaved", name))

    def ask_changed_on_disk(self, name: str) -> str:
        return str(self._answer("ask_changed_on_disk", name))

    def ask_locked(self, name: str, holder: str) -> str:
        return str(self._answer("ask_locked", name, holder))

    def ask_external_change(self, name: str, can_reload: bool) -> str:
        return str(self._answer("ask_external_change", name, can_reload))

    def ask_restore(self, description: str) -> str:
        return str(self._answer("ask_restore", description))

    def ask_translate_template_words(self, count: int, language: str) -> bool:
        """Keep the words unless a test scripts an answer (changing a language is common)."""
        if not self.answers.get("ask_translate_template_words"):
            self.asked.append(("ask_translate_template_words", (count, language)))
            return False
        return bool(self._answer("ask_translate_template_words", count, language))

    def open_path(self, folder: str) -> str | None:
        return self._answer("open_path", folder)  # type: ignore[no-any-return]

    def save_path(self, suggested: str) -> str | None:
        return self._answer("save_path", suggested)  # type: ignore[no-any-return]

    def image_path(self, folder: str) -> str | None:
        return self._answer("image_path", folder)  # type: ignore[no-any-return]

    def colour(self, initial: str, title: str) -> str | None:
        return self._answer("colour", initial)  # type: ignore[no-any-return]

    def export_pdf(self, journey_map: Any, suggested: str) -> str | None:
        return self._answer("export_pdf", suggested)  # type: ignore[no-any-return]

    def export_image_path(self, suggested: str) -> str | None:
        return self._answer("export_image_path", suggested)  # type: ignore[no-any-return]

    def choose_template(self, language: str) -> tuple[str, str] | None:
        return self._answer("choose_template", language)  # type: ignore[no-any-return]


def sample_map() -> JourneyMap:
    """Two personas × three stages, five cards (one with a KPI), one flow."""
    stages = [Stage(id=f"s{i}", name=f"Stage {i}") for i in range(3)]
    personas = [
        Persona(id="p0", name="Anna Kowalska", role="34, PM"),
        Persona(id="p1", name="Ștefan Popescu"),
    ]
    cards = [
        Touchpoint(
            id="t0",
            stage_id="s0",
            persona_id="p0",
            order=0,
            title="Sees an ad",
            channel="advertising",
            sentiment=Sentiment.POSITIVE,
            emotion=1,
        ),
        Touchpoint(
            id="t1",
            stage_id="s0",
            persona_id="p0",
            order=1,
            title="Visits the site",
            channel="website",
        ),
        Touchpoint(
            id="t2",
            stage_id="s1",
            persona_id="p0",
            order=0,
            title="Zażółć gęślą",
            channel="email",
            sentiment=Sentiment.NEGATIVE,
            pain_points=["Slow"],
        ),
        Touchpoint(
            id="t3", stage_id="s2", persona_id="p1", order=0, title="Calls support", channel="phone"
        ),
        Touchpoint(
            id="t4",
            stage_id="s1",
            persona_id="p1",
            order=0,
            title="Reads reviews",
            channel="reviews",
        ),
    ]
    m = JourneyMap(
        stages=stages,
        personas=personas,
        touchpoints=cards,
        connections=[Connection(id="c0", source="t0", target="t1")],
    )
    m.info.title = "Test journey"
    return m


@pytest.fixture
def journey_map() -> JourneyMap:
    return sample_map()


@pytest.fixture
def document(qtbot: QtBot, journey_map: JourneyMap) -> MapDocument:
    return MapDocument(journey_map)


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def recovery_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "recovery"
    folder.mkdir()
    return folder


@pytest.fixture
def make_window(
    qtbot: QtBot, dialogs: FakeDialogs, recovery_dir: Path
) -> Iterator[Callable[..., MainWindow]]:
    """Builds windows that share the fake dialogs and the test's recovery folder."""
    made: list[MainWindow] = []

    def make(dialogs_: FakeDialogs | None = None) -> MainWindow:
        window = MainWindow(dialogs=dialogs_ or dialogs, recovery_directory=recovery_dir)  # type: ignore[arg-type]
        made.append(window)
        return window

    yield make
    for window in made:  # closed here, not by qtbot: a test may leave unsaved work behind
        if window.doc is not None:
            window.doc.undo_stack.setClean()
        window.close()
        window.deleteLater()
    qtbot.wait(1)


@pytest.fixture
def window(make_window: Callable[..., MainWindow], document: MapDocument) -> MainWindow:
    """A window showing the sample map (untitled, unmodified)."""
    w = make_window()
    w.set_document(document)
    return w


@pytest.fixture
def map_file(tmp_path: Path, journey_map: JourneyMap) -> Path:
    path = tmp_path / "maps" / "journey.cjm"
    path.parent.mkdir()
    save_map(journey_map, path)
    return path
