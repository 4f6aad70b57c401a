"""The long fuzz run: many mutated maps through every stage, with counts (issue 12).

    python benchmarks/fuzz_long.py --count 100000                  # ~hours on one core
    python benchmarks/fuzz_long.py --count 2000 --export-share 0.2
    python benchmarks/fuzz_long.py --replay 1234                   # one input again, verbosely

Every input goes through the loader; an accepted one through the analysis, a random
``--command-share`` of them through the ``validate``, ``info`` and ``analyze`` commands, and a
random ``--export-share`` also through the PDF, PNG and SVG exports (those take ~0.5–1 s each,
so all 100,000 would take days). The harness is the
one the CI slice uses (tests/fuzz/harness.py). Input ``i`` is made from ``--seed`` and ``i``
alone, so any failure can be replayed.

Workers are child processes handling a chunk of inputs each: a segmentation fault or an
abort kills only that worker, is counted as a crash of the input it was on, and the run goes
on. Each input has a time limit (``--timeout``); one over it counts as a hang.

Printed at the end: inputs, refused, accepted, exported, crashes, hangs, outside reads, and
the first few of each kind of failure with the command that replays it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "fuzz"))

CHUNK = 500


class _Hang(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise _Hang


def _rng(seed: int, index: int) -> random.Random:
    return random.Random(seed * 1_000_003 + index)


def run_one(
    seed: int,
    index: int,
    export_share: float,
    workdir: Path,
    timeout: int,
    command_share: float = 1.0,
    long_texts: bool = False,
) -> dict:
    """One input through the harness; the result as a JSON-able dict."""
    import harness  # type: ignore[import-not-found]

    rng = _rng(seed, index)
    what, data = harness.mutate(rng, long_texts=long_texts)
    exports = rng.random() < export_share
    commands = exports or rng.random() < command_share
    result: dict[str, Any] = {"i": index, "what": what, "bytes": len(data)}
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(timeout)
    started = time.perf_counter()
    try:
        outcome = harness.run_pipeline(data, workdir, exports=exports, commands=commands)
    except harness.Crash as crash:
        result.update(kind="crash", detail=str(crash)[:500])
    except _Hang:
        result.update(kind="hang", detail=f"over {timeout} s")
    except Exception as error:  # the harness itself: still a finding, never hidden
        result.update(kind="crash", detail=f"harness: {type(error).__name__}: {error}"[:500])
    else:
        result.update(kind=outcome.kind, stages=outcome.stages)
        if outcome.outside_reads:
            result.update(outside=outcome.outside_reads[:5])
    finally:
        signal.alarm(0)
    result["s"] = round(time.perf_counter() - started, 3)
    return result


def worker(
    seed: int,
    start: int,
    end: int,
    export_share: float,
    timeout: int,
    command_share: float,
    long_texts: bool,
) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="cjfuzz-") as folder:
        os.environ["XDG_DATA_HOME"] = str(Path(folder) / "data")  # crash reports stay here
        work = Path(folder) / "work"
        work.mkdir()
        for index in range(start, end):
            print(f"start {index}", flush=True)
            result = run_one(seed, index, export_share, work, timeout, command_share, long_texts)
            print("result " + json.dumps(result, ensure_ascii=False), flush=True)
    return 0


def _summarise(results: list[dict], seconds: float, args: argparse.Namespace) -> None:
    kinds = Counter(r["kind"] for r in results)
    exported = sum(1 for r in results if "pdf" in r.get("stages", []))
    outside = [r for r in results if r.get("outside")]
    print()
    print(f"inputs        {len(results):>8}   ({seconds / 60:.1f} min, seed {args.seed})")
    if results:
        first, last = min(r["i"] for r in results), max(r["i"] for r in results)
        print(f"              (inputs #{first}–#{last})")
    print(f"refused       {kinds['refused']:>8}   (one clear message from the loader)")
    commanded = sum(1 for r in results if "validate" in r.get("stages", []))
    print(f"accepted      {kinds['accepted']:>8}   (analysis clean)")
    print(f"  commands    {commanded:>8}   (validate, info, analyze clean)")
    print(f"  exported    {exported:>8}   (PDF, PNG and SVG clean)")
    print(f"crashes       {kinds['crash']:>8}")
    print(f"hangs         {kinds['hang']:>8}   (over {args.timeout} s)")
    print(f"outside reads {len(outside):>8}")
    by_cause = Counter(
        ":".join(r["detail"].split(":")[:2]) for r in results if r["kind"] == "crash"
    )
    for cause, count in by_cause.most_common():
        print(f"    {count:>6} × {cause}")
    shown = [r for r in results if r["kind"] in ("crash", "hang") or r.get("outside")][:12]
    for r in shown:
        print(f"  #{r['i']} {r['what']}: {r.get('detail') or r.get('outside')}")
        print(f"      replay: python benchmarks/fuzz_long.py --seed {args.seed} --replay {r['i']}")
    slowest = sorted(results, key=lambda r: r.get("s", 0), reverse=True)[:3]
    print("slowest: " + ", ".join(f"#{r['i']} {r['s']} s ({r['what']})" for r in slowest))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--start", type=int, default=0, help="first input index")
    parser.add_argument("--export-share", type=float, default=0.01)
    parser.add_argument(
        "--command-share",
        type=float,
        default=0.2,
        help="share of accepted inputs run through the validate/info/analyze commands "
        "(the others through the analysis alone)",
    )
    parser.add_argument("--timeout", type=int, default=60, help="seconds per input")
    parser.add_argument(
        "--long-texts",
        action="store_true",
        help="also make texts of up to 5,000 characters and long words (PDF layout, hyphenation)",
    )
    parser.add_argument("--replay", type=int, help="run input REPLAY alone and print it")
    parser.add_argument("--log", type=Path, help="write every result as a JSON line here")
    parser.add_argument(
        "--summarise",
        type=Path,
        metavar="LOG",
        help="print the counts of a --log (a run cut short)",
    )
    parser.add_argument(
        "--worker", nargs=2, type=int, metavar=("START", "END"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)

    if args.worker:
        return worker(
            args.seed,
            *args.worker,
            args.export_share,
            args.timeout,
            args.command_share,
            args.long_texts,
        )
    if args.summarise is not None:
        lines = args.summarise.read_text(encoding="utf-8").splitlines()
        logged = [json.loads(line) for line in lines if line.strip()]
        _summarise(logged, sum(r.get("s", 0) for r in logged), args)  # time: inputs only
        return 0
    if args.replay is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        with tempfile.TemporaryDirectory() as folder:
            result = run_one(
                args.seed, args.replay, 1.0, Path(folder), args.timeout, 1.0, args.long_texts
            )
            print(json.dumps(result, ensure_ascii=False))
        return 0

    results: list[dict] = []
    log = args.log.open("w", encoding="utf-8") if args.log else None
    started = time.perf_counter()
    index, end = args.start, args.start + args.count
    while index < end:
        chunk_end = min(index + CHUNK, end)
        command = [
            sys.executable,
            __file__,
            "--seed",
            str(args.seed),
            "--export-share",
            str(args.export_share),
            "--timeout",
            str(args.timeout),
            "--command-share",
            str(args.command_share),
            *(["--long-texts"] if args.long_texts else []),
            "--worker",
            str(index),
            str(chunk_end),
        ]
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        current = index
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("start "):
                current = int(line.split()[1])
            elif line.startswith("result "):
                result = json.loads(line[7:])
                results.append(result)
                if log:
                    log.write(json.dumps(result, ensure_ascii=False) + "\n")
                current = result["i"] + 1
        code = process.wait()
        if code != 0 and current < chunk_end:  # the worker died on input `current`
            died = {
                "i": current,
                "what": "?",
                "kind": "crash",
                "s": 0,
                "detail": f"process died (exit {code}, signal {-code if code < 0 else 0})",
            }
            results.append(died)
            if log:
                log.write(json.dumps(died) + "\n")
            current += 1
        index = max(current, index + 1) if code != 0 else chunk_end
        kinds = Counter(r["kind"] for r in results)
        minutes = (time.perf_counter() - started) / 60
        print(f"{len(results):>7} inputs  {dict(kinds)}  {minutes:.1f} min", flush=True)
    if log:
        log.close()
    _summarise(results, time.perf_counter() - started, args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
