"""Frame times of the panes: timeline pan and zoom, map pan and zoom, dragging the date (the map recolours,
the timeline moves its line), the casualty chart redrawn for each of its views; and the peak memory.

    DISPLAY=:99 QT_QPA_PLATFORM=xcb python benchmarks/panes.py --scales 1 100 1000

The whole window is built on the scale's content and notes, shown and left to settle. A frame is one
user step (the pane's own pan, zoom or date method, as its keys and mouse call it), the events it posts,
and a synchronous repaint of the pane: what a user waits for between two mouse moves. Each scale runs in
a process of its own, which then reports its peak resident memory (all panes open: the casualty tab is
raised once, the search run once).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from common import REPO, arguments, content_counts, header, notes_count, percentile, require

STEPS = 40


def frames(app, pane, step: Callable[[int], None], count: int = STEPS) -> list[float]:
    times = []
    for i in range(count):
        t0 = time.perf_counter()
        step(i)
        app.processEvents()
        pane.repaint()
        times.append(time.perf_counter() - t0)
    return times


def measure(database: Path, notes: Path, repeats: int) -> dict:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from desktop_app.content import ContentDatabase
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.notes import NotesModel

    window = MainWindow(ContentDatabase(database), notes=NotesModel.open(notes))
    window.show()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not window.isVisible():
        app.processEvents()
    for _ in range(20):
        app.processEvents()
    timeline, map_pane, chart = window.timeline, window.map, window.casualties
    results: dict[str, list[float]] = {}

    def add(name: str, values: list[float]) -> None:
        results.setdefault(name, []).extend(values)

    def back_and_forth(forward, back) -> Callable[[int], None]:
        return lambda i: forward() if i % 20 < 10 else back()

    start = date(2020, 9, 27)
    views = ["civilians", "oryx", "claims", "other", "military"]

    def drag(i: int) -> None:
        window.state.set_date(start + timedelta(days=i if i < 30 else 60 - i))
        timeline.repaint()

    for _ in range(repeats):
        timeline.show_war_span()
        pan = back_and_forth(lambda: timeline.pan(0.05), lambda: timeline.pan(-0.05))
        add("timeline pan (44 days in view)", frames(app, timeline, pan))
        timeline.show_whole_span()
        for _ in range(6):  # about three years in view
            timeline.zoom(1 / 1.5)
        add("timeline pan (3 years in view)", frames(app, timeline, pan))
        timeline.show_whole_span()
        add("timeline zoom", frames(app, timeline, back_and_forth(lambda: timeline.zoom(1 / 1.5),
                                                                  lambda: timeline.zoom(1.5))))
        map_pane.fit()
        add("map pan", frames(app, map_pane, back_and_forth(lambda: map_pane.pan_pixels(25, 10),
                                                            lambda: map_pane.pan_pixels(-25, 10))))
        add("map zoom", frames(app, map_pane, back_and_forth(lambda: map_pane.zoom_by(1.4),
                                                             lambda: map_pane.zoom_by(1 / 1.4))))
        map_pane.fit()
        add("date drag (map recolour)", frames(app, map_pane, drag))
        window.casualties_dock.raise_()
        add("chart redraw (each view)", frames(app, chart, lambda i: chart.set_view(views[i % len(views)]), 10))
        window.map_dock.raise_()
    window.search.field.setText("shusha")
    deadline = time.monotonic() + 10
    while not window.search.last_results and time.monotonic() < deadline:
        app.processEvents()
    counts = timeline.drawn_counts()
    window.close()
    return {"frames": results, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "timeline_drawn": sum(p + b for p, b in counts.values())}


def main() -> None:
    if "--child" in sys.argv:
        database, notes, repeats = Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
        print("RESULT " + json.dumps(measure(database, notes, repeats)), flush=True)
        return
    args = arguments(__doc__.splitlines()[0], repeats=3).parse_args()
    header("Panes: frame times and memory")
    for scale in args.scales:
        database, notes = require(scale)
        print(f"## {scale}x: {content_counts(database)}; {notes_count(notes):,} notes", flush=True)
        rss = []
        runs = []
        for _ in range(max(1, min(args.repeats, 3))):  # separate processes: memory and warm-up per run
            with tempfile.TemporaryDirectory(prefix="44days-panes-") as folder:
                copy = Path(folder) / "notes.sqlite"
                shutil.copyfile(notes, copy)
                env = {**os.environ, "FORTYFOURDAYS_DATA_DIR": folder}
                done = subprocess.run([sys.executable, __file__, "--child", str(database), str(copy), "1"],
                                      cwd=REPO, env=env, capture_output=True, text=True, timeout=3600)
            line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
            if line is None:
                raise RuntimeError(done.stdout + done.stderr)
            result = json.loads(line[7:])
            runs.append(result["frames"])
            rss.append(result["peak_rss_mb"])
        for name in runs[0]:
            values = [v for run in runs for v in run[name]]
            print(f"{name:34s} median {percentile(values, 50) * 1000:7.1f} ms   "
                  f"p95 {percentile(values, 95) * 1000:7.1f} ms   max {max(values) * 1000:7.1f} ms   "
                  f"({len(values)} frames)")
        print(f"timeline items drawn at the end: {result['timeline_drawn']}")
        print(f"peak RSS, all panes open: median {sorted(rss)[len(rss) // 2]:.0f} MB "
              f"(range {min(rss):.0f}-{max(rss):.0f}, n={len(rss)})\n", flush=True)


if __name__ == "__main__":
    main()
