"""Model operations: checked, in place, and exactly reversible."""

from __future__ import annotations

import pytest

from cjdesigner.model import Channel, Connection, JourneyMap, Persona, Stage, Touchpoint
from cjdesigner.model import operations as op


def ids(m: JourneyMap, stage: str, persona: str) -> list[str]:
    return [t.id for t in m.cell(stage, persona)]


def test_insert_at_position_renumbers(small_map: JourneyMap) -> None:
    new = Touchpoint(id="new", stage_id="s0", persona_id="anna", title="Mail", channel="email")
    before = op.insert_touchpoint(small_map, new, 1)
    assert ids(small_map, "s0", "anna") == ["a0", "new", "a1"]
    assert [t.order for t in small_map.cell("s0", "anna")] == [0, 1, 2]
    assert before == {"a0": ("s0", "anna", 0), "a1": ("s0", "anna", 1)}
    small_map.check()


def test_insert_refuses_unknown_refs(small_map: JourneyMap) -> None:
    with pytest.raises(op.OperationError, match="stage"):
        op.insert_touchpoint(
            small_map, Touchpoint(stage_id="zz", persona_id="anna", title="x", channel="email")
        )
    with pytest.raises(op.OperationError, match="already in the map"):
        op.insert_touchpoint(
            small_map,
            Touchpoint(id="a0", stage_id="s0", persona_id="anna", title="x", channel="email"),
        )


def test_move_between_cells_and_undo(small_map: JourneyMap) -> None:
    snapshot = small_map.model_dump()
    before = op.move_touchpoints(small_map, ["a1", "a0"], "s2", "marek", 0)
    assert ids(small_map, "s2", "marek") == ["a0", "a1", "m0"]
    assert ids(small_map, "s0", "anna") == []
    small_map.check()
    op.apply_placements(small_map, before)
    assert small_map.model_dump() == snapshot


def test_reorder_within_cell(small_map: JourneyMap) -> None:
    op.move_touchpoints(small_map, ["a0"], "s0", "anna", 1)
    assert ids(small_map, "s0", "anna") == ["a1", "a0"]
    small_map.check()


def test_remove_touchpoints_takes_connections_and_restores(small_map: JourneyMap) -> None:
    snapshot = small_map.model_dump()
    removal = op.remove_touchpoints(small_map, ["a1"])
    assert [c.id for c in small_map.connections] == ["c2"]
    assert [t.order for t in small_map.cell("s0", "anna")] == [0]
    small_map.check()
    op.restore(small_map, removal)
    assert small_map.model_dump() == snapshot


def test_remove_stage_cascades_and_restores(small_map: JourneyMap) -> None:
    snapshot = small_map.model_dump()
    removal = op.remove_stage(small_map, "s0")
    assert [s.id for s in small_map.stages] == ["s1", "s2"]
    assert {t.id for t in small_map.touchpoints} == {"a2", "m0"}
    assert [c.id for c in small_map.connections] == ["c2"]
    small_map.check()
    op.restore(small_map, removal)
    assert small_map.model_dump() == snapshot


def test_remove_persona_cascades_and_restores(small_map: JourneyMap) -> None:
    snapshot = small_map.model_dump()
    removal = op.remove_persona(small_map, "marek")
    assert [p.id for p in small_map.personas] == ["anna"]
    assert "m0" not in {t.id for t in small_map.touchpoints}
    op.restore(small_map, removal)
    assert small_map.model_dump() == snapshot


def test_stage_and_persona_order(small_map: JourneyMap) -> None:
    assert op.move_stage(small_map, "s0", 2) == 0
    assert [s.id for s in small_map.stages] == ["s1", "s2", "s0"]
    op.insert_stage(small_map, Stage(id="s9", name="Advocate"), 1)
    assert [s.id for s in small_map.stages] == ["s1", "s9", "s2", "s0"]
    op.insert_persona(small_map, Persona(id="ola", name="Ola"), 0)
    assert op.move_persona(small_map, "ola", 5) == 0
    assert [p.id for p in small_map.personas] == ["anna", "marek", "ola"]
    small_map.check()


def test_update_is_validated_and_atomic(small_map: JourneyMap) -> None:
    old = op.update_touchpoint(small_map, "a0", title="Instagram ad", emotion=2)
    assert old == {"title": "Ad", "emotion": None}
    with pytest.raises(op.OperationError, match="emotion"):
        op.update_touchpoint(small_map, "a0", title="Changed", emotion=7)
    assert small_map.touchpoint("a0").title == "Instagram ad"  # nothing applied
    with pytest.raises(op.OperationError, match="moving"):
        op.update_touchpoint(small_map, "a0", stage_id="s1")
    with pytest.raises(op.OperationError, match="unknown field"):
        op.update_stage(small_map, "s0", colour_name="red")
    with pytest.raises(op.OperationError, match="channel"):
        op.update_touchpoint(small_map, "a0", channel="fax")


def test_update_normalises_text(small_map: JourneyMap) -> None:
    op.update_stage(small_map, "s0", name="S\u0301wiadomos\u0301c\u0301")
    assert small_map.stage("s0").name == "Świadomość"


def test_connections(small_map: JourneyMap) -> None:
    op.insert_connection(
        small_map, Connection(id="c9", source="m0", target="a0", label="comes back")
    )
    with pytest.raises(op.OperationError, match="already connected"):
        op.insert_connection(small_map, Connection(source="m0", target="a0"))
    with pytest.raises(op.OperationError, match="itself"):
        op.insert_connection(small_map, Connection(source="a0", target="a0"))
    with pytest.raises(op.OperationError, match="both ends"):
        op.insert_connection(small_map, Connection(source="a0", target="ghost"))
    removal = op.remove_connections(small_map, ["c9"])
    assert "c9" not in {c.id for c in small_map.connections}
    op.restore(small_map, removal)
    assert small_map.connections[-1].label == "comes back"
    small_map.check()


def test_channels(small_map: JourneyMap) -> None:
    op.insert_channel(small_map, Channel(id="kiosk", name="Kiosk", icon="store"))
    with pytest.raises(op.OperationError, match="already exists"):
        op.insert_channel(small_map, Channel(id="kiosk", name="Kiosk 2"))
    with pytest.raises(op.OperationError, match="use the channel"):
        op.remove_channel(small_map, "website")
    index, channel = op.remove_channel(small_map, "kiosk")
    assert channel.name == "Kiosk" and index == len(small_map.channels)
