"""Property: any valid map built through the model survives dumps → loads unchanged."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjdesigner.model import (
    Connection,
    Evidence,
    JourneyMap,
    JourneyState,
    Kpi,
    Language,
    MapInfo,
    Persona,
    Sentiment,
    Stage,
    Touchpoint,
)
from cjdesigner.storage import dumps_map, loads_map

# Any text, including Polish/Romanian letters, combining marks, emoji and control characters;
# only lone surrogates are left out (they cannot be written as UTF-8 at all).
text = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
names = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=20)
ids = st.from_regex(r"[A-Za-z0-9_.:\-]{1,12}", fullmatch=True)
colours = st.from_regex(r"#[0-9A-Fa-f]{6}", fullmatch=True)
numbers = st.none() | st.floats(min_value=-1e15, max_value=1e15, width=64)
times = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)


@st.composite
def journey_maps(draw: st.DrawFn) -> JourneyMap:
    unique_ids = draw(st.lists(ids, min_size=30, max_size=30, unique=True))
    pool = iter(unique_ids)
    stages = [
        Stage(
            id=next(pool),
            name=draw(names),
            description=draw(text),
            goal=draw(text),
            colour=draw(st.none() | colours),
        )
        for _ in range(draw(st.integers(1, 4)))
    ]
    personas = [
        Persona(
            id=next(pool),
            name=draw(names),
            role=draw(text),
            quote=draw(text),
            goals=draw(st.lists(text, max_size=3)),
            frustrations=draw(st.lists(text, max_size=3)),
            colour=draw(colours),
        )
        for _ in range(draw(st.integers(1, 3)))
    ]
    touchpoints: list[Touchpoint] = []
    used: dict[tuple[str, str], int] = {}
    for _ in range(draw(st.integers(0, 10))):
        stage = draw(st.sampled_from(stages)).id
        persona = draw(st.sampled_from(personas)).id
        order = used.get((stage, persona), 0)
        used[(stage, persona)] = order + 1
        touchpoints.append(
            Touchpoint(
                id=next(pool),
                stage_id=stage,
                persona_id=persona,
                order=order,
                title=draw(names),
                channel=draw(st.sampled_from(["website", "email", "store", "phone"])),
                sentiment=draw(st.sampled_from(list(Sentiment))),
                emotion=draw(st.none() | st.integers(-2, 2)),
                description=draw(text),
                pain_points=draw(st.lists(text, max_size=2)),
                kpis=draw(
                    st.lists(
                        st.builds(Kpi, name=names, value=numbers, target=numbers, unit=text),
                        max_size=2,
                    )
                ),
                milestone=draw(st.booleans()),
                evidence=draw(st.sampled_from([None, *Evidence])),  # None: not stated yet
            )
        )
    connections: list[Connection] = []
    if len(touchpoints) >= 2:
        pairs = draw(
            st.lists(
                st.tuples(st.sampled_from(touchpoints), st.sampled_from(touchpoints)).filter(
                    lambda pair: pair[0].id != pair[1].id
                ),
                max_size=4,
                unique_by=lambda pair: (pair[0].id, pair[1].id),
            )
        )
        connections = [
            Connection(id=next(pool), source=a.id, target=b.id, label=draw(text)) for a, b in pairs
        ]
    info = MapInfo(
        title=draw(names),
        client=draw(text),
        language=draw(st.sampled_from(list(Language))),
        created=draw(times),
        modified=draw(times),
        description=draw(text),
        version_label=draw(text),
        state=draw(st.sampled_from(list(JourneyState))),
    )
    return JourneyMap(
        info=info,
        stages=stages,
        personas=personas,
        touchpoints=touchpoints,
        connections=connections,
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journey_maps())
def test_dumps_then_loads_gives_the_same_map(m: JourneyMap) -> None:
    text_out = dumps_map(m)
    again = loads_map(text_out)
    # Touchpoints come back in file order (stage, persona, order); everything else as is.
    assert sorted(again.touchpoints, key=lambda t: t.id) == sorted(
        m.touchpoints, key=lambda t: t.id
    )
    assert again.model_dump(exclude={"touchpoints"}) == m.model_dump(exclude={"touchpoints"})
    assert dumps_map(again) == text_out
