"""The window's controllers work from narrow inputs: a bare document, its undo stack, a few
callables — no MainWindow, no canvas scene. That is what keeps them out of an import circle
with the window, and it lets each be tested on its own."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from cjdesigner.editor.canvas import MapScene, MapView
from cjdesigner.editor.commands import UpdateFields
from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window.autosave import Autosaver
from cjdesigner.editor.window.clipboard import ClipboardController
from cjdesigner.editor.window.controller_inputs import MapSelection
from cjdesigner.editor.window.file_controller import FileController
from cjdesigner.editor.window.presentation import Presentation
from cjdesigner.editor.window.recovery import offer_recovery
from cjdesigner.editor.window.structure import StructureController
from cjdesigner.model import JourneyMap
from cjdesigner.storage import dumps_map, load_map


class FakeSelection:
    """A map selection by id, as the scene keeps it: cards, flows, one stage or persona."""

    def __init__(self, doc: MapDocument) -> None:
        self._doc = doc
        self.ids: list[str] = []

    def selected_touchpoint_ids(self) -> list[str]:
        cards = {t.id for t in self._doc.map.touchpoints}
        return [i for i in self.ids if i in cards]

    def selected_connection_ids(self) -> list[str]:
        flows = {c.id for c in self._doc.map.connections}
        return [i for i in self.ids if i in flows]

    def selected_stage_id(self) -> str | None:
        stages = {s.id for s in self._doc.map.stages}
        return next((i for i in self.ids if i in stages), None)

    def selected_persona_id(self) -> str | None:
        personas = {p.id for p in self._doc.map.personas}
        return next((i for i in self.ids if i in personas), None)

    def select_ids(self, ids: Iterable[str]) -> None:
        self.ids = list(ids)


def _selection(doc: MapDocument) -> FakeSelection:
    selection = FakeSelection(doc)
    _typed: MapSelection = selection  # the fake has what the protocol asks for
    return selection


# -- clipboard --------------------------------------------------------------------------------


def test_clipboard_copies_and_pastes_with_a_bare_document(document: MapDocument) -> None:
    selection = _selection(document)
    messages: list[tuple[str, int]] = []
    revealed: list[list[str]] = []
    clipboard = ClipboardController(
        lambda: document,
        selection,
        lambda text, ms: messages.append((text, ms)),
        revealed.append,
    )
    selection.select_ids(["t0", "t1"])
    assert clipboard.copy()
    assert messages == [("Copied 2 touchpoints", 3000)]
    assert clipboard.can_paste()

    selection.select_ids(["t3"])  # paste after this card, in its cell
    pasted = clipboard.paste()
    assert len(pasted) == 2
    assert [t.title for t in document.map.cell("s2", "p1")] == [
        "Calls support",
        "Sees an ad",
        "Visits the site",
    ]
    (new_flow,) = [c for c in document.map.connections if c.id != "c0"]
    assert (new_flow.source, new_flow.target) == (pasted[0], pasted[1])
    assert selection.ids == pasted and revealed == [pasted]  # the pasted cards are shown

    assert document.undo_stack.undoText() == "Paste"
    document.undo_stack.undo()
    assert [t.title for t in document.map.cell("s2", "p1")] == ["Calls support"]


def test_clipboard_cut_and_duplicate_are_one_undo_step_each(document: MapDocument) -> None:
    selection = _selection(document)
    clipboard = ClipboardController(lambda: document, selection, lambda _text, _ms: None)
    selection.select_ids(["t2"])
    duplicated = clipboard.duplicate()
    assert [t.title for t in document.map.cell("s1", "p0")] == ["Zażółć gęślą"] * 2
    assert selection.ids == duplicated  # no reveal given: selecting is enough

    assert clipboard.cut()
    assert [t.title for t in document.map.cell("s1", "p0")] == ["Zażółć gęślą"]
    document.undo_stack.undo()  # the cut
    document.undo_stack.undo()  # the duplicate
    assert [t.id for t in document.map.cell("s1", "p0")] == ["t2"]


def test_clipboard_without_a_document_or_selection_does_nothing(document: MapDocument) -> None:
    selection = _selection(document)
    messages: list[tuple[str, int]] = []
    none = ClipboardController(lambda: None, selection, lambda t, ms: messages.append((t, ms)))
    selection.select_ids(["t0"])
    assert not none.copy() and not none.cut()
    assert none.paste() == [] and none.duplicate() == []
    idle = ClipboardController(lambda: document, selection, lambda t, ms: messages.append((t, ms)))
    selection.select_ids([])
    assert not idle.copy() and idle.duplicate() == []
    assert messages == [] and document.undo_stack.count() == 0


# -- structure --------------------------------------------------------------------------------


class StructureCalls:
    """What the structure controller asked of the window, recorded."""

    def __init__(self) -> None:
        self.read_only = False
        self.edited = 0
        self.named: list[str] = []

    def edit_selected(self) -> None:
        self.edited += 1


def _structure(
    document: MapDocument, dialogs: Any
) -> tuple[StructureController, FakeSelection, StructureCalls]:
    selection = _selection(document)
    calls = StructureCalls()
    controller = StructureController(
        lambda: document,
        selection,
        dialogs,
        read_only=lambda: calls.read_only,
        edit_selected=calls.edit_selected,
        name_card=calls.named.append,
    )
    return controller, selection, calls


def test_structure_adds_and_moves_stages_with_a_bare_document(
    document: MapDocument, dialogs: Any
) -> None:
    structure, selection, calls = _structure(document, dialogs)
    selection.select_ids(["s0"])
    added = structure.add_stage()
    assert [s.id for s in document.map.stages] == ["s0", added, "s1", "s2"]
    assert selection.ids == [added] and calls.edited == 1  # ready to name in the inspector
    assert structure.move_stage(1)
    assert [s.id for s in document.map.stages] == ["s0", "s1", added, "s2"]
    selection.select_ids(["p1"])
    persona = structure.add_persona()
    assert [p.id for p in document.map.personas] == ["p0", "p1", persona]
    assert structure.move_persona(-1)
    assert [p.id for p in document.map.personas] == ["p0", persona, "p1"]
    for _step in range(4):
        document.undo_stack.undo()
    assert [s.id for s in document.map.stages] == ["s0", "s1", "s2"]
    assert [p.id for p in document.map.personas] == ["p0", "p1"]


def test_structure_asks_before_deleting_a_stage_with_cards(
    document: MapDocument, dialogs: Any
) -> None:
    structure, selection, _calls = _structure(document, dialogs)
    selection.select_ids(["s1"])
    dialogs.script("confirm", False, True)
    assert not structure.delete_selection()  # the user said no
    assert structure.delete_selection()
    assert [s.id for s in document.map.stages] == ["s0", "s2"]
    assert "t2" not in {t.id for t in document.map.touchpoints}
    assert dialogs.names() == ["confirm", "confirm"]
    document.undo_stack.undo()
    assert [s.id for s in document.map.stages] == ["s0", "s1", "s2"]


def test_structure_keeps_the_last_persona_and_says_why(document: MapDocument, dialogs: Any) -> None:
    structure, _selected, _calls = _structure(document, dialogs)
    dialogs.script("confirm", True)
    assert structure.delete_persona("p1")
    assert not structure.delete_persona("p0")
    assert [p.id for p in document.map.personas] == ["p0"]
    assert dialogs.messages("info") == ["A map needs at least one persona."]


def test_structure_adds_a_card_after_the_selected_one_unless_read_only(
    document: MapDocument, dialogs: Any
) -> None:
    structure, selection, calls = _structure(document, dialogs)
    selection.select_ids(["t0"])
    calls.read_only = True
    assert structure.add_card("email") is None
    calls.read_only = False
    card = structure.add_card("email")
    assert card is not None
    assert [t.id for t in document.map.cell("s0", "p0")] == ["t0", card, "t1"]
    assert selection.ids == [card] and calls.named == [card]


def test_structure_deletes_the_selected_cards_and_flows_in_one_step(
    document: MapDocument, dialogs: Any
) -> None:
    structure, selection, _calls = _structure(document, dialogs)
    selection.select_ids(["t3", "c0"])
    assert structure.delete_selection()
    assert "t3" not in {t.id for t in document.map.touchpoints}
    assert document.map.connections == []
    assert dialogs.asked == []  # cards go without asking: Undo brings them back
    document.undo_stack.undo()
    assert {"t3"} <= {t.id for t in document.map.touchpoints}
    assert [c.id for c in document.map.connections] == ["c0"]


# -- recovery ---------------------------------------------------------------------------------


def _leftover(folder: Path, session: str, title: str) -> None:
    """A recovery file of a crashed window: its lock names a process that no longer runs."""
    m = JourneyMap()
    m.info.title = title
    (folder / f"{session}.cjm").write_text(dumps_map(m), "utf-8")
    meta = {"source": None, "fingerprint": None, "saved_at": "2026-11-23T10:00:00+00:00"}
    (folder / f"{session}.json").write_text(json.dumps(meta), "utf-8")
    (folder / f"{session}.lock").write_text("999999\npython\nvm\n", "utf-8")


def test_recovery_restores_the_first_work_here_and_more_in_new_windows(
    recovery_dir: Path, dialogs: Any
) -> None:
    _leftover(recovery_dir, "a" * 32, "First")
    _leftover(recovery_dir, "b" * 32, "Second")
    (recovery_dir / f"{'c' * 32}.cjm").write_text("not a map", "utf-8")
    (recovery_dir / f"{'c' * 32}.json").write_text("{}", "utf-8")
    (recovery_dir / f"{'c' * 32}.lock").write_text("999999\npython\nvm\n", "utf-8")
    here: list[str] = []
    elsewhere: list[str] = []
    dialogs.script("ask_restore", "restore", "restore")
    restored = offer_recovery(
        recovery_dir,
        dialogs,
        restore_here=lambda m, source, fp: here.append(m.info.title),
        restore_in_new_window=lambda m, source, fp: elsewhere.append(m.info.title),
    )
    assert restored
    assert len(here) == 1 and len(elsewhere) == 1
    assert sorted(here + elsewhere) == ["First", "Second"]
    assert [name for name in dialogs.names() if name != "warning"] == ["ask_restore"] * 2
    (warning,) = dialogs.messages("warning")
    assert "could not be read" in warning  # the broken one is kept aside, with a message
    assert (recovery_dir / f"{'c' * 32}.damaged").exists()
    assert not list(recovery_dir.glob("*.cjm"))  # the restored ones are gone from the folder


def test_recovery_later_keeps_the_work_and_restores_nothing(
    recovery_dir: Path, dialogs: Any
) -> None:
    _leftover(recovery_dir, "a" * 32, "First")
    dialogs.script("ask_restore", "later")
    restored: list[str] = []
    assert not offer_recovery(
        recovery_dir,
        dialogs,
        restore_here=lambda m, source, fp: restored.append(m.info.title),
        restore_in_new_window=lambda m, source, fp: restored.append(m.info.title),
    )
    assert restored == [] and (recovery_dir / f"{'a' * 32}.cjm").exists()


# -- files ------------------------------------------------------------------------------------


class FileWindow:
    """The few window services the file controller uses, recorded."""

    def __init__(self, recovery_dir: Path) -> None:
        self.doc: MapDocument | None = None
        self.autosave = Autosaver(directory=recovery_dir)
        self.read_only: list[bool] = []
        self.opened = 0
        self.messages: list[str] = []

    def show_document(self, doc: MapDocument) -> None:
        self.doc = doc
        self.autosave.set_document(doc)

    def note_opened(self) -> None:
        self.opened += 1


def _files(recovery_dir: Path, dialogs: Any) -> tuple[FileController, FileWindow]:
    window = FileWindow(recovery_dir)
    files = FileController(
        lambda: window.doc,
        dialogs,
        window.autosave,
        lambda text, _ms: window.messages.append(text),
        show_document=window.show_document,
        set_read_only=window.read_only.append,
        opened=window.note_opened,
    )
    return files, window


def test_files_save_as_and_open_with_a_bare_controller(
    qtbot: QtBot, recovery_dir: Path, dialogs: Any, tmp_path: Path
) -> None:
    files, window = _files(recovery_dir, dialogs)
    first = files.new_blank("pl")
    assert window.doc is first and window.read_only == [False]
    first.push(UpdateFields(first, "info", None, {"title": "Ścieżka — ăâîșț"}))
    assert first.modified
    dialogs.script("save_path", str(tmp_path / "journey"))
    assert files.save()  # untitled: Save is Save As
    saved = tmp_path / "journey.cjm"
    assert load_map(saved).map.info.title == "Ścieżka — ăâîșț"
    assert not first.modified and first.path == saved
    assert window.messages == [f"Saved {saved}"]
    assert files.display_name() == "journey.cjm"
    files.close_file()  # lets go of the lock, as the window does on closing

    other, other_window = _files(recovery_dir, dialogs)
    other.new_blank()
    assert other.open_path(saved)
    assert other_window.doc is not None and other_window.doc.path == saved
    assert other_window.doc.map.info.title == "Ścieżka — ăâîșț"
    assert other_window.opened == 1  # the window may point out what to fix
    other.close_file()


def test_files_keep_the_map_when_a_file_cannot_be_opened(
    qtbot: QtBot, recovery_dir: Path, dialogs: Any, tmp_path: Path
) -> None:
    files, window = _files(recovery_dir, dialogs)
    doc = files.new_blank()
    broken = tmp_path / "broken.cjm"
    broken.write_text("{not json", "utf-8")
    assert not files.open_path(broken)
    assert window.doc is doc and window.opened == 0
    (message,) = dialogs.messages("error")
    assert "broken.cjm" in message
    files.close_file()


def test_files_ask_before_dropping_unsaved_work(
    qtbot: QtBot, recovery_dir: Path, dialogs: Any
) -> None:
    files, window = _files(recovery_dir, dialogs)
    doc = files.new_blank()
    doc.push(UpdateFields(doc, "info", None, {"title": "Changed"}))
    dialogs.script("ask_unsaved", "cancel", "discard")
    assert not files.maybe_save()
    assert files.maybe_save()
    assert dialogs.names() == ["ask_unsaved", "ask_unsaved"]
    assert window.doc is doc
    files.close_file()


# -- presentation -----------------------------------------------------------------------------


def test_presentation_runs_on_a_plain_main_window(qtbot: QtBot, document: MapDocument) -> None:
    scene = MapScene()
    scene.set_document(document)
    window = QMainWindow()
    qtbot.addWidget(window)
    view = MapView(scene, window)
    window.setCentralWidget(view)
    dock = QDockWidget("Panel", window)
    dock.setObjectName("panel")  # the window's state is saved and restored by these names
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    toolbar = window.addToolBar("Tools")
    toolbar.setObjectName("tools")
    bar = QLabel("A message above the map", window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    read_only = False
    presentation = Presentation(
        window,
        view,
        scene,
        document=lambda: document,
        read_only=lambda: read_only,
        message_bars=[bar],
    )
    scene.select_ids(["t1"])
    presentation.enter()
    assert presentation.active and window.isFullScreen()
    assert not dock.isVisible() and not toolbar.isVisible() and not bar.isVisible()
    assert scene.read_only and scene.selected_touchpoint_ids() == []
    presentation.leave()
    qtbot.wait(10)
    assert not presentation.active and not window.isFullScreen()
    assert dock.isVisible() and toolbar.isVisible() and bar.isVisible()
    assert not scene.read_only  # as the window says it is
    assert scene.selected_touchpoint_ids() == ["t1"]
    scene.set_document(None)


def test_presentation_needs_a_document(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    scene = MapScene()
    view = MapView(scene, window)
    presentation = Presentation(
        window, view, scene, document=lambda: None, read_only=lambda: False, message_bars=[]
    )
    presentation.enter()
    assert not presentation.active
