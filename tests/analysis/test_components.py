"""The analysis's own strongly-connected-groups search agrees with networkx's."""

from __future__ import annotations

import random
from itertools import pairwise

import networkx as nx
import pytest

from cjdesigner.analysis.components import strong_components


@pytest.mark.parametrize("seed", range(30))
def test_groups_match_networkx_and_come_in_reverse_topological_order(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(1, 60)
    nodes = [f"n{i}" for i in range(n)]
    succ: dict[str, list[str]] = {node: [] for node in nodes}
    for _ in range(rng.randint(0, 3 * n)):
        u, v = rng.choice(nodes), rng.choice(nodes)
        if v not in succ[u]:
            succ[u].append(v)
    g: nx.DiGraph = nx.DiGraph()
    g.add_nodes_from(nodes)
    g.add_edges_from((u, v) for u, targets in succ.items() for v in targets)

    groups = strong_components(nodes, succ)

    assert sorted(map(frozenset, groups), key=sorted) == sorted(
        map(frozenset, nx.strongly_connected_components(g)), key=sorted
    )
    position = {node: i for i, group in enumerate(groups) for node in group}
    for u, targets in succ.items():
        for v in targets:  # a flow never leads to a group listed later
            assert position[v] <= position[u]


def test_a_long_chain_needs_no_recursion() -> None:
    nodes = [f"n{i}" for i in range(20_000)]
    succ = {a: [b] for a, b in pairwise(nodes)}
    succ[nodes[-1]] = [nodes[0]]
    (group,) = strong_components(nodes, succ)
    assert len(group) == len(nodes)
