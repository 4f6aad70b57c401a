"""Time whole ``cjdesigner`` processes against bare-toolkit floors, side by side in one run.

    python benchmarks/bench_startup.py [--repeat 7] [--touchpoints 5000] [--no-pdf]
                                        [--bundle PROGRAM] [--cpu]

Each figure is the best wall-clock time of ``--repeat`` runs of a new process (the runs take
turns, so a burst of load from other work hits them alike); with ``--cpu``, the best CPU time
(user + system, all threads) of each process instead, steadier on a machine others load too:

- the editor with the blank template, from the process start to its first painted, idle frame
  (``CJDESIGNER_EXIT_AFTER_FIRST_FRAME``: the process exits right after that frame), against
  ``startup_floor.py``: a bare PySide6 window with a graphics view and two docks, exiting after
  its first paint. Target: <= 2x.
- ``cjdesigner validate`` and ``cjdesigner info`` of a sample, against
  ``python -c "import json, pydantic"``. Target: <= 2x. A second floor, a process that defines
  one pydantic model and validates one JSON document with it, shows what pydantic itself costs
  before any model of ours exists (with pydantic's plugin discovery, ~15 ms: importlib.metadata
  and a scan of the installed distributions, which cjdesigner switches off —
  ``cjdesigner/cli/pydantic_plugins.py``).
- the first PDF export in a process that has imported what the editor starts with: the
  synthetic map of ``bench_pdf.py`` (fit, A3, details), timed with everything the export loads
  on first use (reportlab, svglib, pyphen, fonts), against ``bench_pdf.py``'s floor run first in
  a fresh process (with reportlab's import and the font registration). Target (bench_pdf's):
  <= 2x. A second export in the same process is set against the floor run again, as bench_pdf
  does. Best of ``--repeat // 3`` pairs of processes.

The package is byte-compiled first, as an installed package is (``PYTHONDONTWRITEBYTECODE``
would otherwise make every run compile the sources again). Qt runs on the ``offscreen``
platform unless ``QT_QPA_PLATFORM`` says otherwise; settings go to a temporary folder.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SAMPLE = REPO / "samples" / "online-shop-purchase.cjm"

PYDANTIC_MODEL_FLOOR = (
    "import json\n"
    "from pydantic import BaseModel\n"
    "class Card(BaseModel):\n"
    "    id: str\n"
    "    title: str\n"
    "Card.model_validate_json(json.dumps({'id': 'a', 'title': 'b'}))\n"
)

FIRST_EXPORT = """
import sys, time
sys.path.insert(0, sys.argv[1])
import cjdesigner.cli.main, cjdesigner.editor.app, cjdesigner.editor.window  # the editor's start
from generate_map import synthetic_map
m = synthetic_map(int(sys.argv[2]))
assert "reportlab" not in sys.modules, "the start path imported reportlab"
start = time.perf_counter()
from cjdesigner.export import ExportOptions, export_pdf_bytes
options = ExportOptions(page="A3", mode="fit", details=True)
export_pdf_bytes(m, options)
first = time.perf_counter() - start
start = time.perf_counter()
export_pdf_bytes(m, options)
print(first, time.perf_counter() - start)
"""

FLOOR_COLD = """
import sys, time
sys.path.insert(0, sys.argv[1])
start = time.perf_counter()
from bench_pdf import floor  # reportlab
from cjdesigner.export.pdf.fonts import register_fonts
register_fonts()
floor(int(sys.argv[2]))
cold = time.perf_counter() - start
start = time.perf_counter()
floor(int(sys.argv[2]))
print(cold, time.perf_counter() - start)
"""


def child_environment(settings: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(settings / "config")
    env["XDG_DATA_HOME"] = str(settings / "data")
    env["XDG_CACHE_HOME"] = str(settings / "cache")
    env["CJDESIGNER_EXIT_AFTER_FIRST_FRAME"] = "1"
    return env


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], env: dict[str, str], cpu: bool = False) -> float:
    """Seconds the process took: wall-clock, or (``cpu``) its user + system CPU time."""
    start, cpu_start = time.perf_counter(), _children_cpu()
    result = subprocess.run(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False
    )
    elapsed = _children_cpu() - cpu_start if cpu else time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{command} failed ({result.returncode}):\n{result.stderr.decode()}")
    return elapsed


def _child_figures(
    python: str, code: str, touchpoints: int, env: dict[str, str]
) -> tuple[float, float]:
    """The two figures (seconds) that a child process times itself and prints."""
    out = subprocess.run(
        [python, "-c", code, str(HERE), str(touchpoints)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return float(out[0]), float(out[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--touchpoints", type=int, default=5000)
    parser.add_argument("--no-pdf", action="store_true", help="skip the first-export figure")
    parser.add_argument(
        "--cpu",
        action="store_true",
        help="compare the processes' CPU time (user + system) instead of wall-clock time",
    )
    parser.add_argument(
        "--bundle",
        type=Path,
        metavar="PROGRAM",
        help="also time this bundled cjdesigner (build/bundle/dist/cjdesigner/cjdesigner)",
    )
    args = parser.parse_args()

    compileall.compile_dir(REPO / "cjdesigner", quiet=1)
    python = sys.executable
    cli = [python, "-m", "cjdesigner"]
    runs = {
        "editor floor": [python, str(HERE / "startup_floor.py")],
        "editor": cli,
        "cli floor": [python, "-c", "import json, pydantic"],
        "pydantic model floor": [python, "-c", PYDANTIC_MODEL_FLOOR],
        "validate": [*cli, "validate", str(SAMPLE)],
        "info": [*cli, "info", str(SAMPLE)],
    }
    if args.bundle is not None:
        bundle = str(args.bundle.resolve())
        runs |= {
            "bundle editor": [bundle],
            "bundle validate": [bundle, "validate", str(SAMPLE)],
        }
    best = dict.fromkeys(runs, float("inf"))
    with tempfile.TemporaryDirectory(prefix="cjdesigner-bench-") as folder:
        env = child_environment(Path(folder))
        for _ in range(args.repeat):
            for name, command in runs.items():
                best[name] = min(best[name], timed(command, env, args.cpu))
        first = again = cold_floor = warm_floor = float("inf")
        if not args.no_pdf:
            for _ in range(max(1, args.repeat // 3)):
                a, b = _child_figures(python, FIRST_EXPORT, args.touchpoints, env)
                first, again = min(first, a), min(again, b)
                a, b = _child_figures(python, FLOOR_COLD, args.touchpoints, env)
                cold_floor, warm_floor = min(cold_floor, a), min(warm_floor, b)

    ms = {name: seconds * 1000 for name, seconds in best.items()}
    clock = "CPU time" if args.cpu else "wall-clock"
    print(
        f"best of {args.repeat} whole processes ({clock}), "
        f"QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}, load average {os.getloadavg()[0]:.2f}"
    )
    print(f"editor floor (bare window, view, two docks): {ms['editor floor']:6.0f} ms")
    print(
        f"editor, blank template, first idle frame:     {ms['editor']:6.0f} ms  "
        f"ratio {ms['editor'] / ms['editor floor']:.2f}x  (target <= 2x)"
    )
    print(f"cli floor (import json, pydantic):           {ms['cli floor']:6.0f} ms")
    for name in ("validate", "info"):
        print(
            f"cjdesigner {name:8} sample:                {ms[name]:6.0f} ms  "
            f"ratio {ms[name] / ms['cli floor']:.2f}x  (target <= 2x); "
            f"{ms[name] / ms['pydantic model floor']:.2f}x the pydantic model floor"
        )
    print(
        f"pydantic model floor (one model, one JSON):  {ms['pydantic model floor']:6.0f} ms  "
        f"= {ms['pydantic model floor'] / ms['cli floor']:.2f}x the cli floor"
    )
    if args.bundle is not None:
        print(
            f"bundle: editor {ms['bundle editor']:.0f} ms "
            f"({ms['bundle editor'] / ms['editor floor']:.2f}x the editor floor), validate "
            f"{ms['bundle validate']:.0f} ms ({ms['bundle validate'] / ms['cli floor']:.2f}x "
            "the cli floor)"
        )
    if not args.no_pdf:
        print(
            f"first PDF export after the editor's start ({args.touchpoints} cards, fit A3 with "
            f"details, reportlab and the PDF modules loaded by it): {first:.3f} s, ratio "
            f"{first / cold_floor:.2f}x bench_pdf's floor run first in a fresh process "
            f"({cold_floor:.3f} s with reportlab's import and the fonts; target <= 2x)"
        )
        print(
            f"a second export: {again:.3f} s, ratio {again / warm_floor:.2f}x the floor run "
            f"again ({warm_floor:.3f} s; bench_pdf's figure)"
        )


if __name__ == "__main__":
    main()
