"""Time loading and saving a 5,000-touchpoint map against plain ``json`` on the same file.

    python benchmarks/bench_storage.py [--touchpoints 5000] [--repeat 7]

Targets (issue 2): load <= 3x ``json.loads``; save <= 1.5x ``json.dumps(indent=2)``. Every
figure is the minimum of ``--repeat`` runs, measured in this same process, so the ratios hold on
any machine. "load" is the whole ``loads_map``: parse, field validation, integrity checks.
"save" is reported three ways: serialising only (``dumps_map``); serialising plus the read-back
that ``save_map`` does with the loader; and the whole ``save_map`` on disk (temp file, fsync,
read-back, backup, rename, folder fsync), next to a bare write+fsync+rename floor.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate_map import synthetic_map

from cjdesigner.storage import dumps_map, dumps_map_bytes, loads_map, save_map


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs, in seconds (the least disturbed by other processes)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def bare_write(path: Path, data: bytes) -> None:
    """The floor of a safe write: temp file, fsync, rename, without any checks."""
    temp = path.with_name(path.name + ".bare.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    temp.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="storage benchmark")
    parser.add_argument("--touchpoints", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)

    m = synthetic_map(touchpoints=args.touchpoints)
    data = dumps_map(m).encode("utf-8")
    obj = json.loads(data)
    print(
        f"map: {len(m.touchpoints)} touchpoints, {len(m.connections)} connections, "
        f"{len(m.stages)} stages, {len(m.personas)} personas; file {len(data) / 1e6:.2f} MB"
    )
    r = args.repeat
    floor_load = best_of(r, lambda: json.loads(data))
    floor_dump = best_of(r, lambda: json.dumps(obj, indent=2, ensure_ascii=False))
    ours_load = best_of(r, lambda: loads_map(data))
    ours_dump = best_of(r, lambda: dumps_map_bytes(m))
    ours_dump_str = best_of(r, lambda: dumps_map(m))
    ours_dump_check = best_of(r, lambda: loads_map(dumps_map_bytes(m)))
    alt_dump = best_of(
        r, lambda: json.dumps(m.model_dump(mode="json"), indent=2, ensure_ascii=False)
    )
    compact_dump = best_of(r, lambda: json.dumps(obj, ensure_ascii=False))

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.cjm"
        save_map(m, path)
        ours_save = best_of(r, lambda: save_map(m, path))
        bare = Path(folder) / "bare.json"
        floor_disk = best_of(
            r,
            lambda: bare_write(bare, json.dumps(obj, indent=2, ensure_ascii=False).encode("utf-8")),
        )

    def row(label: str, seconds: float, floor: float, target: float | None = None) -> None:
        ratio = seconds / floor
        verdict = "" if target is None else ("  OK" if ratio <= target else "  OVER TARGET")
        goal = "" if target is None else f" (target <= {target:g}x)"
        print(f"  {label:<58} {seconds * 1000:8.1f} ms  {ratio:5.2f}x{goal}{verdict}")

    print(f"floors (min of {r}):")
    for label, seconds in (
        ("json.loads(bytes)", floor_load),
        ("json.dumps(obj, indent=2, ensure_ascii=False)", floor_dump),
    ):
        print(f"  {label:<58} {seconds * 1000:8.1f} ms")
    print("load, against json.loads:")
    row("loads_map (parse + validate + integrity)", ours_load, floor_load, 3.0)
    print("save, against json.dumps(indent=2):")
    row("dumps_map to bytes (what save writes)", ours_dump, floor_dump, 1.5)
    row("dumps_map to str", ours_dump_str, floor_dump)
    row("dumps + read-back with loads_map", ours_dump_check, floor_dump, 1.5)
    row("alternative: model_dump(mode=json) + json.dumps(indent=2)", alt_dump, floor_dump)
    row("for reference: json.dumps without indent (C encoder)", compact_dump, floor_dump)
    row("save_map on disk (fsync, read-back, .bak, rename)", ours_save, floor_dump)
    row("floor: json.dumps + write + fsync + rename", floor_disk, floor_dump)
    print(f"  save_map on disk against that disk floor: {ours_save / floor_disk:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
