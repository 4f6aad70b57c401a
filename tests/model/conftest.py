"""A small map with known ids, built with the model API only (no files, no Qt)."""

import pytest

from cjdesigner.model import Connection, JourneyMap, Persona, Stage, Touchpoint


@pytest.fixture
def small_map() -> JourneyMap:
    stages = [Stage(id=f"s{i}", name=f"Stage {i}") for i in range(3)]
    personas = [Persona(id="anna", name="Anna Kowalska"), Persona(id="marek", name="Marek Nowak")]
    cards = [
        Touchpoint(
            id="a0", stage_id="s0", persona_id="anna", order=0, title="Ad", channel="advertising"
        ),
        Touchpoint(
            id="a1", stage_id="s0", persona_id="anna", order=1, title="Site", channel="website"
        ),
        Touchpoint(
            id="a2", stage_id="s1", persona_id="anna", order=0, title="Chat", channel="chat"
        ),
        Touchpoint(
            id="m0", stage_id="s2", persona_id="marek", order=0, title="Store", channel="store"
        ),
    ]
    flows = [
        Connection(id="c0", source="a0", target="a1"),
        Connection(id="c1", source="a1", target="a2"),
        Connection(id="c2", source="a2", target="m0"),
    ]
    return JourneyMap(stages=stages, personas=personas, touchpoints=cards, connections=flows)
