"""A journey map as a networkx directed graph: touchpoints are nodes, connections are edges.

The graph is a snapshot of plain values (strings, ints, bools), not of model objects, so the
editor can build it on the UI thread in a few milliseconds and hand it to a worker thread for
:func:`cjdesigner.analysis.analyze_graph` while the user keeps editing the map.

Node attributes (node key = touchpoint id)
    ``title``, ``stage_id``, ``persona_id``, ``stage_index`` and ``persona_index`` (column and
    lane position), ``order`` (position in the cell), ``channel`` (channel id), ``sentiment``
    (the :class:`~cjdesigner.model.Sentiment` value), ``emotion`` (int or None),
    ``journey_end``, ``milestone``.
Edge attributes
    ``id`` (connection id), ``label``, ``persona_id`` (the persona the flow belongs to: the
    persona of its source card, see below), ``cross_lane`` (source and target in different
    persona lanes), ``stage_delta`` (target column minus source column).
Graph attributes (``G.graph``)
    ``title`` (the map's title), ``stages``, ``personas``, ``channels``: tuples of
    ``(id, name)`` in map order.

A flow belongs to the persona of its source card. Flows between lanes are allowed by the model
(a buyer hands over to a user, a customer to a support agent's view); the analysis counts such a
flow as the way on for its source card, and as the way in to the target's lane (see
:mod:`cjdesigner.analysis.flows`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cjdesigner.i18n import tr
from cjdesigner.model import JourneyMap, Sentiment

if TYPE_CHECKING:  # networkx loads with the first graph: `analyze` and the editor never need it
    import networkx as nx

_SENTIMENT_VALUES = {sentiment: sentiment.value for sentiment in Sentiment}
"""Each sentiment's value, looked up in C (an enum's ``.value`` runs Python code, per card)."""

NodeKey = tuple[int, int, int, str]
"""Where a card sits, as a sort key: (stage column, persona lane, order in the cell, id)."""


@dataclass(frozen=True)
class MapData:
    """The plain values the analysis reads: a graph's attributes, cards and flows.

    :func:`build_graph` wraps them in a networkx graph (the editor's snapshot); :func:`analyze`
    reads them straight from the map, because building the networkx graph only to read it
    back cost a quarter of the whole analysis of a large map. Both ways give the same values.
    """

    attrs: dict[str, Any]
    """``title``, ``stages``, ``personas``, ``channels`` (the graph attributes)."""
    nodes: dict[str, dict[str, Any]]
    """Each card's attributes, in map order."""
    succ: dict[str, dict[str, dict[str, Any]]]
    """Each card's flows out: target card to the flow's attributes, in map order."""


def map_data(m: JourneyMap) -> MapData:
    """The map's cards and flows as plain values (see the module docstring for attributes)."""
    stage_index = {s.id: i for i, s in enumerate(m.stages)}
    persona_index = {p.id: i for i, p in enumerate(m.personas)}
    attrs: dict[str, Any] = {
        "title": m.info.title,
        "language": m.info.language,
        "stages": tuple((s.id, s.name) for s in m.stages),
        "personas": tuple((p.id, p.name) for p in m.personas),
        "channels": tuple((c.id, c.name) for c in m.channels),
    }
    nodes: dict[str, dict[str, Any]] = {}
    succ: dict[str, dict[str, dict[str, Any]]] = {}
    sentiment_values = _SENTIMENT_VALUES
    for t in m.touchpoints:
        nodes[t.id] = {
            "title": t.title,
            "stage_id": t.stage_id,
            "persona_id": t.persona_id,
            "stage_index": stage_index[t.stage_id],
            "persona_index": persona_index[t.persona_id],
            "order": t.order,
            "channel": t.channel,
            "sentiment": sentiment_values[t.sentiment],
            "emotion": t.emotion,
            "journey_end": t.journey_end,
            "milestone": t.milestone,
        }
        succ[t.id] = {}
    for c in m.connections:
        source, target = nodes[c.source], nodes[c.target]
        flow = {
            "id": c.id,
            "label": c.label,
            "persona_id": source["persona_id"],
            "cross_lane": source["persona_id"] != target["persona_id"],
            "stage_delta": target["stage_index"] - source["stage_index"],
        }
        succ[c.source][c.target] = flow
    return MapData(attrs, nodes, succ)


def graph_data(g: nx.DiGraph) -> MapData:
    """A graph made by :func:`build_graph`, read back as plain values (the graph's own dicts).

    Only the graph's plain dictionaries are read, never its views: views look neighbours up
    through several layers of Python, and some keep a reference to the graph (a cycle that
    only the garbage collector can free).
    """
    return MapData(g.graph, dict(g.nodes(data=True)), dict(g.adjacency()))


def build_graph(m: JourneyMap) -> nx.DiGraph:
    """The map as a directed graph of plain values (see the module docstring for attributes)."""
    import networkx as nx

    data = map_data(m)
    g: nx.DiGraph = nx.DiGraph(**data.attrs)
    g.add_nodes_from(data.nodes.items())
    succ = data.succ
    g.add_edges_from((c.source, c.target, succ[c.source][c.target]) for c in m.connections)
    return g


def node_key(g: nx.DiGraph, node: str) -> NodeKey:
    """The sort key that puts cards in reading order: by column, then lane, then cell order."""
    data = g.nodes[node]
    return (data["stage_index"], data["persona_index"], data["order"], node)


def display_title(g: nx.DiGraph, node: str) -> str:
    """A card's title for messages; an untitled card still gets a readable name."""
    title: str = g.nodes[node]["title"].strip()
    return title or tr("(untitled)")
