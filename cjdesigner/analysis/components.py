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

import sys
from collections.abc import Collection, Iterable, Iterator, Mapping

DONE = sys.maxsize
"""The visiting index given to a card once its group is complete (larger than any other)."""


def strong_components(nodes: Iterable[str], succ: Mapping[str, Collection[str]]) -> list[list[str]]:
    """Every strongly connected group of ``nodes`` following ``succ``, each group once.

    The groups come in reverse topological order: a group is listed after every group it has
    a flow into, so a single pass in this order (or in the opposite one) can add up paths.
    ``succ`` must name a successor list for every node it can reach.
    """
    # ``index`` is the visiting order; a card whose group is complete gets DONE instead, so
    # "on the stack" needs no set of its own: a complete card can never lower a ``low``.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        if not succ[root]:  # a card with no way on is a group of its own (most cards of a lane)
            index[root] = DONE
            groups.append([root])
            continue
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        work: list[tuple[str, Iterator[str]]] = [(root, iter(succ[root]))]
        while work:
            node, successors = work[-1]
            for nxt in successors:
                seen = index.get(nxt)
                if seen is None:
                    if not succ[nxt]:  # the same shortcut: done at once, nothing to lower
                        index[nxt] = DONE
                        groups.append([nxt])
                        continue
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    work.append((nxt, iter(succ[nxt])))
                    break
                if seen < low[node]:
                    low[node] = seen
            else:  # every successor seen: the node is done
                work.pop()
                node_low = low[node]
                if work:
                    parent = work[-1][0]
                    if node_low < low[parent]:
                        low[parent] = node_low
                if node_low == index[node]:
                    group: list[str] = []
                    while True:
                        member = stack.pop()
                        index[member] = DONE
                        group.append(member)
                        if member == node:
                            break
                    groups.append(group)
    return groups
