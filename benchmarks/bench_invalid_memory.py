"""Memory and time to refuse a large invalid map file (issue 12: locating the error in a
200 MB file took ~120 bytes per character, gigabytes).

    python benchmarks/bench_invalid_memory.py            # 200 MB files (needs ~1 GB free)
    python benchmarks/bench_invalid_memory.py --mb 50

Each case is written to a temporary folder and loaded by ``cjdesigner validate`` in a fresh
subprocess; the peak resident memory comes from ``resource.getrusage(RUSAGE_CHILDREN)``. The
floor is a subprocess that only imports cjdesigner and reads the same bytes (what any reader
must pay); the figure that matters is (peak − import floor) / file size.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "online-shop-purchase.cjm"


def _with_goal(text: str) -> Callable[[int], bytes]:
    """A persona goal of ``size`` characters of ``text`` (invalid: goals hold 5,000)."""

    def make(size: int) -> bytes:
        doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
        doc["map"]["personas"][0]["goals"] = ["@@GOAL@@"]
        head, tail = json.dumps(doc, ensure_ascii=False).encode().split(b"@@GOAL@@")
        unit = text.encode()
        return head + unit * ((size - len(head) - len(tail)) // len(unit)) + tail

    return make


def _many_cards(size: int) -> bytes:
    """Far more touchpoints than a map may hold, ending in a syntax error: the worst shape."""
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    card = json.dumps(doc["map"]["touchpoints"][0], ensure_ascii=False).encode()
    head, tail = json.dumps(doc, ensure_ascii=False).encode().split(b'"touchpoints": [', 1)
    head += b'"touchpoints": ['
    count = (size - len(head) - len(tail)) // (len(card) + 2)
    return head + b", ".join([card] * count) + b", " + tail


CASES: dict[str, Callable[[int], bytes]] = {
    "one long ASCII goal": _with_goal("x"),
    "one long goal of escapes": _with_goal('\\"'),
    "one long Polish goal (ł)": _with_goal("ł"),
    "too many cards": _many_cards,
}

_FLOOR = (
    "import sys, cjdesigner.storage, cjdesigner.cli.main; "
    "data = open(sys.argv[1], 'rb').read(); print(len(data))"
)


def measure(path: Path) -> tuple[float, int, int, str]:
    """(seconds, peak KB of validate, peak KB of the floor, first line of the message)."""
    # ru_maxrss of RUSAGE_CHILDREN is the largest child so far: measure each in its own process.
    code = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "r = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "print(r.stderr.splitlines()[0][:160] if r.stderr else '(no message)')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, sys.executable, "-m", "cjdesigner", "validate", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    seconds, peak = out[0].split()
    floor = subprocess.run(
        [sys.executable, "-c", code, sys.executable, "-c", _FLOOR, str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()[1]
    return float(seconds), int(peak), int(floor), out[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=199.0, help="file size in MB (default 199)")
    parser.add_argument("--case", choices=sorted(CASES), action="append")
    args = parser.parse_args(argv)
    size = int(args.mb * 1024 * 1024)
    print(f"{'case':28} {'MB':>6} {'s':>6} {'peak MB':>8} {'floor MB':>8} {'extra/size':>10}")
    with tempfile.TemporaryDirectory() as folder:
        for name in args.case or CASES:
            path = Path(folder) / "big.cjm"
            path.write_bytes(CASES[name](size))
            mb = path.stat().st_size / 1e6
            seconds, peak, floor, message = measure(path)
            extra = (peak - floor) * 1024 / path.stat().st_size
            print(
                f"{name:28} {mb:6.0f} {seconds:6.1f} {peak / 1024:8.0f} {floor / 1024:8.0f} "
                f"{extra:10.2f}"
            )
            print(f"    {message}")
            path.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
