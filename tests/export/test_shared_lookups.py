"""Work an export shares between the map page and the detail pages gives what each side
would make alone: the cards' references are the detail rows' numbers, and the details laid
out from the scene's references are the details laid out from their own."""

from __future__ import annotations

from collections.abc import Callable

from cjdesigner.export.pdf.details import detail_story
from cjdesigner.export.pdf.fonts import register_fonts
from cjdesigner.export.pdf.icons import IconSet
from cjdesigner.export.pdf.rows import RowTable
from cjdesigner.export.pdf.scene import MapScene
from cjdesigner.layout.references import touchpoint_references
from cjdesigner.model import JourneyMap


def _tables(story: list[object]) -> list[tuple[list[str] | None, list[str]]]:
    """Each detail table's keys and its rows' first line (the row number and the title)."""
    found = []
    for flowable in story:
        if isinstance(flowable, RowTable):
            found.append((flowable.keys, [row[0][0].text for row in flowable.rows]))
    return found


def test_the_scene_numbers_cards_as_the_detail_rows_are_numbered(
    map_factory: Callable[..., JourneyMap],
) -> None:
    m = map_factory(60, stages=4, personas=3)
    scene = MapScene.build(m)
    assert scene.references() == touchpoint_references(m)
    assert scene.references() is scene.references()  # numbered once per scene
    first = m.touchpoints[0]
    assert scene.reference(first.id).endswith(f" {touchpoint_references(m)[first.id]}")


def test_details_from_the_scenes_references_are_the_details_from_their_own(
    map_factory: Callable[..., JourneyMap],
) -> None:
    register_fonts()
    m = map_factory(40, stages=3, personas=2)
    icons = IconSet()
    own = detail_story(m, 1100.0, 760.0, icons, links=True)
    shared = detail_story(
        m, 1100.0, 760.0, icons, links=True, references=MapScene.build(m).references()
    )
    assert _tables(shared) == _tables(own)
    assert any(rows for _keys, rows in _tables(own))
