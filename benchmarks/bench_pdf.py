"""Time the PDF export of a 5,000-touchpoint map against a bare reportlab floor.

    python benchmarks/bench_pdf.py [--touchpoints 5000] [--repeat 3]

The export: the synthetic map (benchmarks/generate_map.py), fit mode, A3 landscape, with the
detail pages (persona profiles and a table of every touchpoint), rendered to memory.
The floor (issue 4): plain reportlab on one canvas drawing the same number of rounded boxes,
each with two lines of text in the same embedded TrueType font, saved to memory.
Target: export <= 2x floor. Both are the best of ``--repeat`` runs in this same process.

The export also does what the floor does not: channel icons and sentiment markers (vector
forms), wrapping and hyphenating every text, lanes, headers, curves and arrows, the journey
analysis for the insights page, and some 320 detail pages; the figures show what each part
costs.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate_map import synthetic_map
from reportlab.lib.pagesizes import A3, landscape
from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export import ExportOptions, export_pdf_bytes
from cjdesigner.export.pdf.fonts import BOLD, REGULAR, register_fonts


def best_of(repeat: int, run: Callable[[], object]) -> tuple[float, float]:
    """The fastest of ``repeat`` runs, in wall-clock and in CPU seconds of this process.

    The CPU figure is steadier on a machine shared with other work (wall time then also counts
    the time this process waited for a core); both are printed.
    """
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return best_wall, best_cpu


def floor(count: int) -> bytes:
    """``count`` rounded boxes with two lines of embedded-TTF text each, on one A3 page."""
    buffer = io.BytesIO()
    page = landscape(A3)
    canvas = Canvas(buffer, pagesize=page, initialFontName=REGULAR)
    columns = 100
    scale = min(page[0] / (columns * 190), page[1] / ((count // columns + 1) * 86))
    canvas.scale(scale, scale)
    for i in range(count):
        x = (i % columns) * 190
        y = page[1] / scale - (i // columns + 1) * 86
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setStrokeColorRGB(0.5, 0.5, 0.5)
        canvas.roundRect(x, y, 176, 76, 5, stroke=1, fill=1)
        canvas.setFillColorRGB(0.1, 0.1, 0.1)
        canvas.setFont(BOLD, 9.5)
        canvas.drawString(x + 9, y + 50, f"Touchpoint {i}: Płaci za zamówienie")
        canvas.setFont(REGULAR, 8)
        canvas.drawString(x + 9, y + 38, "Klient szuka informacji o opłatach i porównuje")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--touchpoints", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    register_fonts()
    m = synthetic_map(args.touchpoints)
    full = ExportOptions(page="A3", mode="fit", details=True)
    map_only = ExportOptions(page="A3", mode="fit", details=False)
    pages = export_pdf_bytes(m, full)[1].page_count

    floor_s, floor_cpu = best_of(args.repeat, lambda: floor(args.touchpoints))
    map_s, map_cpu = best_of(args.repeat, lambda: export_pdf_bytes(m, map_only))
    full_s, full_cpu = best_of(args.repeat, lambda: export_pdf_bytes(m, full))

    print(f"touchpoints: {args.touchpoints}, connections: {len(m.connections)}")
    print(f"floor (bare reportlab, {args.touchpoints} boxes + 2 text lines): {floor_s:.3f} s")
    print(f"export, map page only (--no-details):  {map_s:.3f} s  ratio {map_s / floor_s:.2f}x")
    print(
        f"export, fit A3 with details ({pages} pages): {full_s:.3f} s  "
        f"ratio {full_s / floor_s:.2f}x  (target <= 2x)"
    )
    print(
        f"CPU seconds: floor {floor_cpu:.3f}, map page only {map_cpu:.3f} "
        f"({map_cpu / floor_cpu:.2f}x), with details {full_cpu:.3f} ({full_cpu / floor_cpu:.2f}x)"
    )


if __name__ == "__main__":
    main()
