"""Time the consultants' formats on a 5,000-touchpoint map against bare-toolkit floors.

    python benchmarks/bench_formats.py [--touchpoints 5000] [--repeat 3]

Targets (issue 14), each a ratio measured in this same process:

- importing a 5,000-row CSV <= 3x the ``csv`` module reading the same file;
- importing the same sheet as XLSX <= 3x openpyxl reading it in read-only mode;
- exporting the 5,000-touchpoint map to PPTX <= 3x python-pptx writing 5,000 plain text boxes
  (spread over the same number of slides) to memory.

The sheets are the map's own export (every column filled the way ``export -o x.csv`` fills
it), so the import does all its work: header matching, value words, KPIs, lists, the map built
and validated. Every figure is the fastest of ``--repeat`` runs. Two reference rows put the CSV
ratio in context: validating the 5,000 touchpoints alone (pydantic, no reading at all) already
costs more than 3x the C csv reader, and the whole import is compared with ``load_map`` of the
same map saved as ``.cjm``.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate_map import synthetic_map

from cjdesigner.export.pptx import pptx_bytes
from cjdesigner.export.pptx.plan import geometry, plan_slides
from cjdesigner.interchange.sheet_export import csv_bytes, xlsx_bytes
from cjdesigner.interchange.sheet_import import import_sheet
from cjdesigner.model import Touchpoint
from cjdesigner.storage import load_map, save_map


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs, in seconds (the least disturbed by other processes)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def csv_floor(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file, delimiter=";"))


def xlsx_floor(path: Path) -> list[tuple[object, ...]]:
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    return rows


def pptx_floor(titles: list[str], slides: int) -> bytes:
    """python-pptx writing one plain text box per title over ``slides`` slides."""
    from pptx import Presentation
    from pptx.util import Mm

    presentation = Presentation()
    layout = presentation.slide_layouts[6]
    per_slide = max(1, -(-len(titles) // slides))
    slide = None
    for index, title in enumerate(titles):
        if index % per_slide == 0:
            slide = presentation.slides.add_slide(layout)
        assert slide is not None
        box = slide.shapes.add_textbox(
            Mm(10 + index % 8 * 40), Mm(10 + index % 12 * 15), Mm(38), Mm(14)
        )
        box.text_frame.text = title
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="formats benchmark")
    parser.add_argument("--touchpoints", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    r = args.repeat

    m = synthetic_map(touchpoints=args.touchpoints)
    m.info.language = "pl"  # type: ignore[assignment]
    print(
        f"map: {len(m.touchpoints)} touchpoints, {len(m.stages)} stages, "
        f"{len(m.personas)} personas, {len(m.connections)} connections"
    )
    rows: list[tuple[str, float, float, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        sheet_csv = Path(folder) / "map.csv"
        sheet_csv.write_bytes(csv_bytes(m))
        sheet_xlsx = Path(folder) / "map.xlsx"
        sheet_xlsx.write_bytes(xlsx_bytes(m))
        assert len(csv_floor(sheet_csv)) == len(m.touchpoints) + 1
        result = import_sheet(sheet_csv)
        assert result.map is not None and len(result.map.touchpoints) == len(m.touchpoints)
        rows.append(
            (
                "import CSV  vs csv.reader on the same file",
                best_of(r, lambda: import_sheet(sheet_csv)),
                best_of(r, lambda: csv_floor(sheet_csv)),
                3.0,
            )
        )
        dumped = [t.model_dump() for t in m.touchpoints]
        rows.append(
            (
                "for reference: only validating 5,000 Touchpoints vs csv.reader",
                best_of(r, lambda: [Touchpoint(**fields) for fields in dumped]),
                best_of(r, lambda: csv_floor(sheet_csv)),
                0.0,
            )
        )
        cjm = Path(folder) / "map.cjm"
        save_map(m, cjm)
        rows.append(
            (
                "for reference: import CSV vs load_map of the same map (.cjm)",
                best_of(r, lambda: import_sheet(sheet_csv)),
                best_of(r, lambda: load_map(cjm)),
                0.0,
            )
        )
        rows.append(
            (
                "import XLSX vs openpyxl read-only on the same file",
                best_of(r, lambda: import_sheet(sheet_xlsx)),
                best_of(r, lambda: xlsx_floor(sheet_xlsx)),
                3.0,
            )
        )
    slides = len(plan_slides(m, geometry("A3")))
    titles = [t.title for t in m.touchpoints]
    rows.append(
        (
            f"export PPTX (A3, {slides} map slides) vs 5,000 plain text boxes",
            best_of(r, lambda: pptx_bytes(m, "A3")),
            best_of(r, lambda: pptx_floor(titles, slides)),
            3.0,
        )
    )
    print(f"min of {r} runs:")
    for label, ours, floor, target in rows:
        ratio = ours / floor
        goal = f"(target <= {target:g}x) " + ("OK" if ratio <= target else "OVER TARGET")
        print(
            f"  {label:<62} {ours * 1000:8.0f} ms / floor {floor * 1000:7.0f} ms = "
            f"{ratio:5.2f}x {goal if target else ''}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
