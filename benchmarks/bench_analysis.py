"""Benchmark: analysing a 5,000-touchpoint map with 10,000 connections (target: under 2 s).

    python benchmarks/bench_analysis.py [--repeat 3]

Two maps of that size:
- ``random``: ``generate_map.synthetic_map(5000, 8, 10, 10000, seed=0)`` — flows between random
  cards, mostly across lanes; the whole map is one large tangle of loops.
- ``lanes``: the same cards with flows drawn like real journeys (made here): 90 % forward within
  a lane (one or two stages on), 10 % back to an earlier stage or skipping to the end. This one
  stresses the journey counting: lane graphs with astronomically many paths.

Both routes are timed: ``build_graph`` + ``analyze_graph`` (the editor's Insights panel, on a
snapshot) and ``analyze(map)`` (CLI, which skips the networkx graph), and the cyclic garbage one
``analyze`` leaves behind (objects the collector's slow passes must find); and the digest the
PDF's insights page asks for (``analyze_digest``: the counts and the findings of each kind the
page prints, taken in turn from each persona).

The floor is measured in the same run on the same edges: building a bare ``nx.DiGraph`` from
(source, target) pairs, plus the networkx work the analysis cannot avoid (strongly connected
components, condensation, topological order). For reference it also times one
``nx.betweenness_centrality`` with sampling ``k`` (the alternative measure for critical
moments), which the analysis does not use.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_map import synthetic_map

from cjdesigner.analysis import analyze, analyze_digest, analyze_graph, build_graph
from cjdesigner.export.pdf.insights import SHOWN
from cjdesigner.model import Connection, JourneyMap

TOUCHPOINTS = 5000
CONNECTIONS = 10_000
STAGES = 8
PERSONAS = 10
BETWEENNESS_K = 100
TARGET_SECONDS = 2.0


def lane_map(base: JourneyMap, connections: int, seed: int = 1) -> JourneyMap:
    """``base``'s cards with journey-like flows: mostly forward within a lane."""
    rng = random.Random(seed)
    by_cell: dict[tuple[int, str], list[str]] = {}
    stage_index = {s.id: i for i, s in enumerate(base.stages)}
    for t in base.touchpoints:
        by_cell.setdefault((stage_index[t.stage_id], t.persona_id), []).append(t.id)
    cards = [(stage_index[t.stage_id], t.persona_id, t.id) for t in base.touchpoints]
    last = len(base.stages) - 1
    seen: set[tuple[str, str]] = set()
    links: list[Connection] = []
    while len(links) < connections:
        stage, persona, source = rng.choice(cards)
        if rng.random() < 0.9:
            to_stage = min(stage + rng.choice((1, 1, 2)), last)
        else:
            to_stage = rng.choice((rng.randrange(0, stage + 1), last))
        targets = by_cell.get((to_stage, persona))
        if not targets:
            continue
        target = rng.choice(targets)
        if target == source or (source, target) in seen:
            continue
        seen.add((source, target))
        links.append(Connection(id=f"l{len(links)}", source=source, target=target))
    return base.model_copy(update={"connections": links})


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs, in seconds (the least disturbed by other processes)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def leftover_garbage(work: Callable[[], object]) -> int:
    """Objects one run leaves that only the cycle collector can free (each costs its passes)."""
    gc.collect()
    gc.disable()
    try:
        work()
        return gc.collect()
    finally:
        gc.enable()


def floor(pairs: list[tuple[str, str]], nodes: list[str]) -> None:
    g: nx.DiGraph = nx.DiGraph()
    g.add_nodes_from(nodes)
    g.add_edges_from(pairs)
    cond = nx.condensation(g)
    list(nx.topological_sort(cond))


def betweenness(pairs: list[tuple[str, str]], nodes: list[str]) -> None:
    g: nx.DiGraph = nx.DiGraph()
    g.add_nodes_from(nodes)
    g.add_edges_from(pairs)
    nx.betweenness_centrality(g, k=BETWEENNESS_K, seed=0)


def run(name: str, m: JourneyMap, repeat: int) -> float:
    pairs = [(c.source, c.target) for c in m.connections]
    nodes = [t.id for t in m.touchpoints]
    t_build = best_of(repeat, lambda: build_graph(m))
    g = build_graph(m)
    t_analyze = best_of(repeat, lambda: analyze_graph(g))
    t_total = best_of(repeat, lambda: analyze_graph(build_graph(m)))
    t_direct = best_of(repeat, lambda: analyze(m))
    garbage = leftover_garbage(lambda: analyze(m))
    t_digest = best_of(repeat, lambda: analyze_digest(m, SHOWN))
    t_floor = best_of(repeat, lambda: floor(pairs, nodes))
    t_between = best_of(1, lambda: betweenness(pairs, nodes))
    report = analyze_graph(g)
    counts = {k.value: n for k, n in report.counts().items() if n}
    largest_loop = max(
        (len(f.touchpoint_ids) for f in report.findings if f.kind == "loop"), default=0
    )
    print(f"\n[{name}] {len(nodes)} touchpoints, {len(pairs)} connections")
    print(f"  build_graph (snapshot)       {t_build * 1000:8.1f} ms")
    print(f"  analyze_graph                {t_analyze * 1000:8.1f} ms")
    print(
        f"  build_graph + analyze_graph  {t_total * 1000:8.1f} ms   target < {TARGET_SECONDS:.0f} s"
    )
    print(
        f"  analyze(map) (no nx graph)   {t_direct * 1000:8.1f} ms   "
        f"ratio to floor {t_direct / t_floor:.1f} x; cyclic garbage left: {garbage} objects"
    )
    print(
        f"  analyze_digest (PDF page)    {t_digest * 1000:8.1f} ms   "
        f"ratio to floor {t_digest / t_floor:.1f} x"
    )
    print(f"  floor: bare DiGraph + SCC condensation + topological sort {t_floor * 1000:8.1f} ms")
    print(f"  ratio total / floor          {t_total / t_floor:8.1f} x")
    print(
        f"  reference: bare DiGraph + betweenness_centrality(k={BETWEENNESS_K}) "
        f"{t_between * 1000:8.1f} ms (ratio total / that: {t_total / t_between:.2f} x)"
    )
    print(f"  findings: {len(report.findings)} {counts}; largest loop group {largest_loop} cards")
    return max(t_total, t_direct)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (best is kept)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    base = synthetic_map(TOUCHPOINTS, STAGES, PERSONAS, CONNECTIONS, seed=0)
    lanes = lane_map(base, CONNECTIONS)
    print(f"maps generated in {time.perf_counter() - start:.1f} s (not part of any figure)")
    worst = max(run("random", base, args.repeat), run("lanes", lanes, args.repeat))
    verdict = "OK" if worst < TARGET_SECONDS else "TOO SLOW"
    print(f"\nslowest total: {worst:.3f} s — {verdict} (target < {TARGET_SECONDS:.0f} s)")
    return 0 if worst < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
