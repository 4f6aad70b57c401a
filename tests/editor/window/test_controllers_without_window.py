"""The window's controllers work from narrow inputs: a bare document, its undo stack, a few
callables — no MainWindow, no canvas scene. That is what keeps them out of an import circle
with the window, and it lets each be tested on its own."""

from __future__ import annotations

from collections.abc import Iterable

from cjdesigner.editor.document import MapDocument
from cjdesigner.editor.window.clipboard import ClipboardController
from cjdesigner.editor.window.controller_inputs import MapSelection


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
