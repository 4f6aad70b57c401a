"""What every part of the analysis looks up: names, positions, flows and each persona's cards.

Everything is derived once, in plain dictionaries, from :class:`~.graph.MapData`. networkx's
views (``g.nodes[n]``, ``g.succ[n]``, ``g.in_degree(n)``) go through several layers of Python
on every look-up, which was most of the analysis's time on a large map; and some of them keep a
reference to the graph, so asking a graph for them leaves garbage the collector has to find.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from cjdesigner.analysis.graph import MapData, NodeKey
from cjdesigner.map_language import inner_quotes, label, quote

_QUOTES = re.compile('[„“”"]').search
"""Whether a title has a double quote of its own (:func:`inner_quotes` changes nothing
else): one search in C per card, where most titles have none."""


@dataclass
class Context:
    """The graph plus the look-ups derived from it once, shared by the finding builders."""

    source: MapData
    """The cards and flows (read, never written: they may be a graph's own dictionaries)."""
    language: str = ""
    """The language messages are written in: the map's (``info.language``) unless given."""
    stage_ids: list[str] = field(init=False)
    stage_names: dict[str, str] = field(init=False)
    persona_ids: list[str] = field(init=False)
    persona_names: dict[str, str] = field(init=False)
    persona_index: dict[str, int] = field(init=False)
    data: dict[str, dict[str, Any]] = field(init=False)
    """Each card's attributes."""
    succ: dict[str, dict[str, dict[str, Any]]] = field(init=False)
    """Each card's flows out: target card to the flow's attributes."""
    own_succ: dict[str, list[str]] = field(init=False)
    """Each card's flows to cards of its own lane (the persona's own flows), by target."""
    own_in: dict[str, int] = field(init=False)
    """How many own flows lead into each card."""
    handed_over: set[str] = field(init=False)
    """Cards a flow from another persona's lane leads into."""
    has_flow: set[str] = field(init=False)
    """Cards with at least one flow in or out, own or across lanes."""
    edge_count: int = field(init=False)
    lanes: dict[str, list[str]] = field(init=False)
    """Each persona's cards in reading order (column, then cell order)."""
    keys: dict[str, NodeKey] = field(init=False)
    """Every card's reading-order key, computed once: sorting is most of the work on big maps."""
    titles: dict[str, str] = field(init=False)
    """Every card's title as messages show it, always between quotation marks: its own quotes
    are the language's inner pair (:func:`~cjdesigner.map_language.inner_quotes`). Each is
    made when first asked for: a digest names a few hundred of 5,000 cards."""
    card_stages: dict[str, str] = field(init=False)
    """Every card's stage name (most messages name it), looked up when first asked for."""

    def __post_init__(self) -> None:
        attrs = self.source.attrs
        self.language = self.language or attrs.get("language", "en")
        stages: tuple[tuple[str, str], ...] = attrs.get("stages", ())
        personas: tuple[tuple[str, str], ...] = attrs.get("personas", ())
        self.stage_ids = [sid for sid, _ in stages]
        unnamed = self.say("(unnamed)")
        self.stage_names = {sid: name.strip() or unnamed for sid, name in stages}
        self.persona_ids = [pid for pid, _ in personas]
        self.persona_names = {pid: name.strip() or unnamed for pid, name in personas}
        self.persona_index = {pid: i for i, pid in enumerate(self.persona_ids)}
        self.data = self.source.nodes
        self.succ = self.source.succ
        keys: dict[str, NodeKey] = {}
        lanes: dict[str, list[str]] = {pid: [] for pid in self.persona_ids}
        for node, d in self.data.items():
            keys[node] = (d["stage_index"], d["persona_index"], d["order"], node)
            lanes.setdefault(d["persona_id"], []).append(node)
        self.keys = keys
        self.titles = _Titles(self.data, self.say("(untitled)"), self.language)
        self.card_stages = _CardStages(self.data, self.stage_names)
        for nodes in lanes.values():
            nodes.sort(key=keys.__getitem__)
        self.lanes = lanes
        self._index_flows()

    def _index_flows(self) -> None:
        """One pass over every flow: own flows per card, ways in, hand-overs, the count."""
        own_succ: dict[str, list[str]] = {}
        own_in = dict.fromkeys(self.data, 0)
        handed_over: set[str] = set()
        has_flow: set[str] = set()
        edge_count = 0
        for source, targets in self.succ.items():
            own: list[str] = []
            own_succ[source] = own
            if not targets:  # most cards: no flow out
                continue
            for target, flow in targets.items():
                if flow["cross_lane"]:
                    handed_over.add(target)
                else:
                    own.append(target)
                    own_in[target] += 1
            edge_count += len(targets)
            has_flow.add(source)
            has_flow.update(targets)
        self.own_succ = own_succ
        self.own_in = own_in
        self.handed_over = handed_over
        self.has_flow = has_flow
        self.edge_count = edge_count

    def say(self, message: str) -> str:
        """``message`` (an English template) in the language of the report."""
        return label(message, self.language)

    def quoted(self, text: str) -> str:
        """``text`` in the quotation marks of the report's language (“…” or „…”)."""
        return quote(text, self.language)

    @property
    def last_stage_index(self) -> int:
        return len(self.stage_ids) - 1

    def key(self, node: str) -> NodeKey:
        """The card's reading-order key (see :func:`~cjdesigner.analysis.graph.node_key`)."""
        return self.keys[node]

    def title(self, node: str) -> str:
        return self.titles[node]

    def own_degree(self, node: str) -> int:
        """How many of the persona's own flows start or end at the card."""
        return self.own_in[node] + len(self.own_succ[node])

    def stage_of(self, node: str) -> str:
        """The name of the card's stage."""
        return self.card_stages[node]

    def persona_of(self, node: str) -> str:
        """The name of the card's persona."""
        return self.persona_names[self.data[node]["persona_id"]]


class _Titles(dict[str, str]):
    """Card titles as messages show them, each made on its first look-up (then a plain dict
    entry: the next look-up is a dictionary's, in C)."""

    def __init__(self, data: dict[str, dict[str, Any]], untitled: str, language: str) -> None:
        super().__init__()
        self._data, self._untitled, self._language = data, untitled, language

    def __missing__(self, node: str) -> str:
        # messages put titles in quotes: a title's own quotes nest inside („… «…» …”)
        title = self._data[node]["title"].strip() or self._untitled
        shown = inner_quotes(title, self._language) if _QUOTES(title) else title
        self[node] = shown
        return shown


class _CardStages(dict[str, str]):
    """Each card's stage name, looked up on the first look-up (then a plain dict entry)."""

    def __init__(self, data: dict[str, dict[str, Any]], stage_names: dict[str, str]) -> None:
        super().__init__()
        self._data, self._stage_names = data, stage_names

    def __missing__(self, node: str) -> str:
        name = self[node] = self._stage_names[self._data[node]["stage_id"]]
        return name
