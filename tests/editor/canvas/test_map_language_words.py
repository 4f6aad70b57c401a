"""The words the canvas prints around the user's text follow the map's language, as the PDF's
do: the canvas is also what the image export for slides renders."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from cjdesigner.editor import commands as cmd
from cjdesigner.editor.canvas import MapScene
from cjdesigner.editor.document import MapDocument
from cjdesigner.templates import build_map


def _subtitle(scene: MapScene) -> str:
    title = next(i for i in scene.items() if getattr(i, "kind", "") == "info")
    return title.subtitle  # type: ignore[attr-defined]


def _scene(language: str) -> tuple[MapDocument, MapScene]:
    doc = MapDocument(build_map("blank-5a", language))
    scene = MapScene()
    scene.set_document(doc)
    return doc, scene


def test_curve_axis_and_journey_state_in_the_map_language(qtbot: QtBot) -> None:
    for language, top, bottom, state in (
        ("en", "delighted", "frustrated", "As-is journey"),
        ("pl", "zachwycony", "sfrustrowany", "Ścieżka obecna (as-is)"),
        ("ro", "încântat", "frustrat", "Parcurs actual (as-is)"),
    ):
        _doc, scene = _scene(language)
        [curve] = scene.curves.values()
        assert curve.axis_labels == (top, bottom), language
        assert _subtitle(scene).endswith(state), language
        scene.set_document(None)


def test_changing_the_map_language_changes_the_words(qtbot: QtBot) -> None:
    doc, scene = _scene("en")
    doc.push(cmd.UpdateFields(doc, "info", None, {"language": "ro"}))
    [curve] = scene.curves.values()
    assert curve.axis_labels == ("încântat", "frustrat")
    assert _subtitle(scene).endswith("Parcurs actual (as-is)")
    doc.undo_stack.undo()
    assert curve.axis_labels == ("delighted", "frustrated")
    scene.set_document(None)
