"""Strongly connected groups of cards, on plain dictionaries.

The analysis needs them twice: for loops (over the whole map) and for counting journeys (over
each persona's own flows). networkx's ``strongly_connected_components`` and ``condensation``
want a graph object, and making one per lane cost more than the rest of the analysis (a copy
of every card and flow, views that look up neighbours through several layers, and graphs that
refer to themselves and so stay around until the garbage collector's next full pass). This is
Tarjan's algorithm, written without recursion so a long chain of cards cannot overflow the
stack, over the adjacency the analysis already holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping


def strong_components(nodes: Iterable[str], succ: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Every strongly connected group of ``nodes`` following ``succ``, each group once.

    The groups come in reverse topological order: a group is listed after every group it has
    a flow into, so a single pass in this order (or in the opposite one) can add up paths.
    ``succ`` must name a successor list for every node it can reach.
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for root in nodes:
        if root in index:
            continue
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        work: list[tuple[str, Iterator[str]]] = [(root, iter(succ[root]))]
        while work:
            node, successors = work[-1]
            for nxt in successors:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(succ[nxt])))
                    break
                if nxt in on_stack and index[nxt] < low[node]:
                    low[node] = index[nxt]
            else:  # every successor seen: the node is done
                work.pop()
                if work:
                    parent = work[-1][0]
                    if low[node] < low[parent]:
                        low[parent] = low[node]
                if low[node] == index[node]:
                    group: list[str] = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    groups.append(group)
    return groups
