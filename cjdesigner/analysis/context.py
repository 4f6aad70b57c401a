"""What every part of the analysis looks up: names, positions and each persona's cards."""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from cjdesigner.analysis.graph import NodeKey, display_title
from cjdesigner.i18n import tr


@dataclass
class Context:
    """The graph plus the look-ups derived from it once, shared by the finding builders."""

    g: nx.DiGraph
    stage_ids: list[str] = field(init=False)
    stage_names: dict[str, str] = field(init=False)
    persona_ids: list[str] = field(init=False)
    persona_names: dict[str, str] = field(init=False)
    persona_index: dict[str, int] = field(init=False)
    lanes: dict[str, list[str]] = field(init=False)
    """Each persona's cards in reading order (column, then cell order)."""
    keys: dict[str, NodeKey] = field(init=False)
    """Every card's reading-order key, computed once: sorting is most of the work on big maps."""

    def __post_init__(self) -> None:
        stages: tuple[tuple[str, str], ...] = self.g.graph.get("stages", ())
        personas: tuple[tuple[str, str], ...] = self.g.graph.get("personas", ())
        self.stage_ids = [sid for sid, _ in stages]
        self.stage_names = {sid: _name(name) for sid, name in stages}
        self.persona_ids = [pid for pid, _ in personas]
        self.persona_names = {pid: _name(name) for pid, name in personas}
        self.persona_index = {pid: i for i, pid in enumerate(self.persona_ids)}
        self.keys = {
            node: (d["stage_index"], d["persona_index"], d["order"], node)
            for node, d in self.g.nodes(data=True)
        }
        lanes: dict[str, list[str]] = {pid: [] for pid in self.persona_ids}
        for node, persona_id in self.g.nodes(data="persona_id"):
            lanes.setdefault(persona_id, []).append(node)
        for nodes in lanes.values():
            nodes.sort(key=self.keys.__getitem__)
        self.lanes = lanes

    @property
    def last_stage_index(self) -> int:
        return len(self.stage_ids) - 1

    def key(self, node: str) -> NodeKey:
        """The card's reading-order key (see :func:`~cjdesigner.analysis.graph.node_key`)."""
        return self.keys[node]

    def title(self, node: str) -> str:
        return display_title(self.g, node)

    def stage_of(self, node: str) -> str:
        """The name of the card's stage."""
        return self.stage_names[self.g.nodes[node]["stage_id"]]

    def persona_of(self, node: str) -> str:
        """The name of the card's persona."""
        return self.persona_names[self.g.nodes[node]["persona_id"]]


def _name(name: str) -> str:
    return name.strip() or tr("(unnamed)")
