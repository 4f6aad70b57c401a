"""Whole-map invariants: unique ids, references that resolve, one order per place in a cell.

Kept apart from the field rules (pydantic checks those) so that loading reports every problem
of a file at once, each naming the item by its path in the file (``touchpoints[3]``).
"""

from __future__ import annotations

from operator import eq, itemgetter
from typing import TYPE_CHECKING

from cjdesigner.i18n import tr

if TYPE_CHECKING:
    from cjdesigner.model.journey_map import JourneyMap

MAX_REPORTED = 20


def integrity_problems(m: JourneyMap) -> list[str]:
    """Every broken invariant of ``m``, as messages naming the item's path in the file."""
    if _sound(m):
        return []
    return _problems(m)


_ID = itemgetter("id")
_STAGE_ID = itemgetter("stage_id")
_PERSONA_ID = itemgetter("persona_id")
_CHANNEL = itemgetter("channel")
_PLACE = itemgetter("stage_id", "persona_id", "order")
_ENDS = itemgetter("source", "target")


def _sound(m: JourneyMap) -> bool:
    """Whether every invariant :func:`_problems` checks holds, found with sets built in C.

    Every map that loads is checked (a 5,000-card map on each open and import), and almost
    every one is sound: the walk that names each broken item's path runs only when this says
    something is wrong. The fields are read from each item's ``__dict__`` (a pydantic model
    keeps them there): a key look-up, where an attribute look-up first searches the class.
    """
    stages, personas = list(map(vars, m.stages)), list(map(vars, m.personas))
    touchpoints, connections = list(map(vars, m.touchpoints)), list(map(vars, m.connections))
    ids = [*map(_ID, stages), *map(_ID, personas), *map(_ID, touchpoints)]
    ids += map(_ID, connections)
    if len(set(ids)) != len(ids):
        return False
    channel_ids = set(map(_ID, map(vars, m.channels)))
    if len(channel_ids) != len(m.channels):
        return False
    # each reference looked up in a set of the ids it may name (no set of the references)
    if not set(map(_ID, stages)).issuperset(map(_STAGE_ID, touchpoints)):
        return False
    if not set(map(_ID, personas)).issuperset(map(_PERSONA_ID, touchpoints)):
        return False
    if not channel_ids.issuperset(map(_CHANNEL, touchpoints)):
        return False
    if len(set(map(_PLACE, touchpoints))) != len(touchpoints):
        return False
    if not connections:
        return True
    ends = set(map(_ENDS, connections))
    if len(ends) != len(connections):
        return False
    touchpoint_ids = set(map(_ID, touchpoints))
    sources, targets = zip(*ends, strict=True)
    return (
        touchpoint_ids.issuperset(sources)
        and touchpoint_ids.issuperset(targets)
        and not any(map(eq, sources, targets))
    )


def _problems(m: JourneyMap) -> list[str]:
    """Every broken invariant of ``m``, named one by one (see :func:`integrity_problems`)."""
    problems: list[str] = []
    seen: dict[str, str] = {}
    for group_name in ("stages", "personas", "touchpoints", "connections"):
        for index, item in enumerate(getattr(m, group_name)):
            path = f"{group_name}[{index}]"
            if item.id in seen:
                problems.append(
                    tr("{path}: id {id!r} is already used by {other}").format(
                        path=path, id=item.id, other=seen[item.id]
                    )
                )
            else:
                seen[item.id] = path
    channel_ids: set[str] = set()
    for index, channel in enumerate(m.channels):
        if channel.id in channel_ids:
            problems.append(
                tr("channels[{index}]: channel id {id!r} appears twice").format(
                    index=index, id=channel.id
                )
            )
        channel_ids.add(channel.id)

    stage_ids = {s.id for s in m.stages}
    persona_ids = {p.id for p in m.personas}
    places: set[tuple[str, str, int]] = set()
    touchpoint_ids: set[str] = set()
    for index, t in enumerate(m.touchpoints):
        path = f"touchpoints[{index}]"
        touchpoint_ids.add(t.id)
        if t.stage_id not in stage_ids:
            problems.append(
                tr("{path}.stage_id: there is no stage with id {id!r}").format(
                    path=path, id=t.stage_id
                )
            )
        if t.persona_id not in persona_ids:
            problems.append(
                tr("{path}.persona_id: there is no persona with id {id!r}").format(
                    path=path, id=t.persona_id
                )
            )
        if t.channel not in channel_ids:
            problems.append(
                tr("{path}.channel: there is no channel with id {id!r}").format(
                    path=path, id=t.channel
                )
            )
        place = (t.stage_id, t.persona_id, t.order)
        if place in places:
            problems.append(
                tr("{path}.order: another touchpoint of the same cell has order {order}").format(
                    path=path, order=t.order
                )
            )
        places.add(place)

    flows: set[tuple[str, str]] = set()
    for index, c in enumerate(m.connections):
        path = f"connections[{index}]"
        for end in ("source", "target"):
            ref = getattr(c, end)
            if ref not in touchpoint_ids:
                problems.append(
                    tr("{path}.{end}: there is no touchpoint with id {id!r}").format(
                        path=path, end=end, id=ref
                    )
                )
        if c.source == c.target:
            problems.append(
                tr("{path}: a connection must join two different touchpoints").format(path=path)
            )
        if (c.source, c.target) in flows:
            problems.append(
                tr("{path}: the same two touchpoints are already connected").format(path=path)
            )
        flows.add((c.source, c.target))
        if len(problems) > MAX_REPORTED:
            break
    if len(problems) > MAX_REPORTED:
        more = len(problems) - MAX_REPORTED
        problems = [*problems[:MAX_REPORTED], tr("… and {n} more problems").format(n=more)]
    return problems
