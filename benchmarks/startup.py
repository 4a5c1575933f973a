"""Start-up: whole-process time from launch to the main window painted, and to every pane drawn and idle,
side by side with a bare PySide6 QMainWindow started the same way in the same run (the floor).

    DISPLAY=:99 QT_QPA_PLATFORM=xcb python benchmarks/startup.py --scales 1 100 1000 --repeats 9
    QT_QPA_PLATFORM=offscreen python benchmarks/startup.py

Each run is a new process, launched exactly as `python -m desktop_app` (the bare window: a script that
only imports PySide6 and shows a QMainWindow of the same size). The times are measured from just before
the launch, with the system-wide monotonic clock the child process reads too:

- first paint: the paint of the window's first frame is complete (every widget in it painted once);
- all drawn, idle: every visible pane has painted its content (a pane built after the first frame
  counts once it has painted) and the event loop is about to wait for input;
- close to exit: from asking the window to close until the process has ended (saving the session,
  stopping threads, interpreter teardown).

Every run gets a fresh data folder holding a copy of the scale's notes file, closed cleanly by the app's
own code (so its full soundness check, due after a crash and once a week, is not part of the figure), and
today's backup (so the once-a-day notes backup is not either), and no saved layout. Runs alternate between the app
and the bare window, so both see the same machine state.
"""

from __future__ import annotations

import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from common import REPO, arguments, content_counts, header, notes_count, require, spread

from desktop_app.notes.recovery import open_notes

CHILD_FLAG = "--child"

# The probe, run inside the measured process. It is installed just before the window is shown.
PROBE = r'''
import json, os, sys, time
from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

class Probe(QObject):
    def __init__(self, window, times):
        super().__init__()
        self.window, self.times, self.painted = window, times, set()
        QApplication.instance().installEventFilter(self)
        QAbstractEventDispatcher.instance().aboutToBlock.connect(self.idle)
        # A timer that should fire every 5 ms: the longest gap between two of its ticks after the first
        # paint is the longest the event loop was held (input waiting that long is not answered).
        self.ticker, self.last_tick = QTimer(), None
        self.ticker.setInterval(5)
        self.ticker.timeout.connect(self.tick)

    def panes(self):
        """The widgets that must have painted: the central widget and each dock not hidden behind a tab."""
        docks = [d for d in self.window.findChildren(QDockWidget)
                 if d.isVisible() and not d.visibleRegion().isEmpty()]
        return [w for w in [self.window.centralWidget(), *(d.widget() for d in docks)] if w is not None]

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and hasattr(watched, "window") and watched.window() is self.window:
            if "paint_started" not in self.times:
                self.times["paint_started"] = time.monotonic()
                QTimer.singleShot(0, self.first_frame_done)  # runs once this frame's paints are all done
            for pane in self.panes():
                if pane is watched or pane.isAncestorOf(watched):
                    self.painted.add(pane)
        return False

    def first_frame_done(self):
        self.times.setdefault("first_paint", time.monotonic())
        self.last_tick = time.monotonic()
        self.times["stall"] = 0.0
        self.ticker.start()

    def tick(self):
        now = time.monotonic()
        self.times["stall"] = max(self.times["stall"], now - self.last_tick)
        self.last_tick = now

    def idle(self):
        panes = self.panes()
        # A dock's empty stand-in (a plain QWidget until its pane is built) is not a pane drawn.
        if ("first_paint" in self.times and "idle" not in self.times and all(p in self.painted for p in panes)
                and not any(type(p) is QWidget for p in panes)):
            self.tick()  # the gap up to now counts too
            self.ticker.stop()
            self.times["idle"] = time.monotonic()
            self.times["panes"] = [type(p).__name__ for p in self.panes()]
            print("PROBE " + json.dumps(self.times), flush=True)
            self.times["close"] = time.monotonic()
            print("CLOSE " + json.dumps(self.times["close"]), flush=True)
            QTimer.singleShot(0, self.window.close)
            QTimer.singleShot(0, QApplication.instance().quit)
'''

APP_CHILD = PROBE + r'''
from desktop_app.app import main
from desktop_app.ui.main_window import MainWindow

_show = MainWindow.show
def show(self):
    self._probe = Probe(self, TIMES)
    TIMES["shown"] = time.monotonic()
    _show(self)
MainWindow.show = show
sys.exit(main())
'''

BARE_CHILD = PROBE + r'''
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
screen = window.screen().availableGeometry()
window.resize(min(1400, screen.width()), min(900, screen.height()))
probe = Probe(window, TIMES)
TIMES["shown"] = time.monotonic()
window.show()
sys.exit(app.exec())
'''


def child_source(kind: str) -> str:
    # TIMES first: the moment the interpreter starts running our code
    return "import time\nTIMES = {'interpreter': time.monotonic()}\n" + (APP_CHILD if kind == "app" else BARE_CHILD)


def run_once(kind: str, database: Path, notes: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="44days-start-") as folder:
        data = Path(folder)
        env = {**os.environ, "FORTYFOURDAYS_DATA_DIR": str(data), "FORTYFOURDAYS_DATABASE": str(database)}
        if kind == "app":
            shutil.copyfile(notes, data / "notes.sqlite")
            open_notes(data / "notes.sqlite").store.close()  # closed cleanly last time, as on most starts
            (data / "backups").mkdir()
            (data / "backups" / f"notes-{date.today().isoformat()}.sqlite").write_bytes(b"")
        # -c keeps the code in the child; it starts like `python -m desktop_app` (site, then our imports)
        launched = time.monotonic()
        child = subprocess.Popen([sys.executable, "-c", child_source(kind)], cwd=REPO, env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        out, err = child.communicate(timeout=300)
        ended = time.monotonic()
    probe = next((json.loads(line[6:]) for line in out.splitlines() if line.startswith("PROBE ")), None)
    close = next((float(line[6:]) for line in out.splitlines() if line.startswith("CLOSE ")), None)
    if child.returncode != 0 or probe is None or close is None:
        raise RuntimeError(f"{kind} start failed ({child.returncode}):\n{out}\n{err}")
    return {
        "interpreter": probe["interpreter"] - launched,
        "shown": probe["shown"] - launched,
        "first paint": probe["first_paint"] - launched,
        "all drawn, idle": probe["idle"] - launched,
        "close to exit": ended - close,
        "longest stall": probe["stall"],
    }


def main() -> None:
    parser = arguments(__doc__.splitlines()[0], repeats=9)
    args = parser.parse_args()
    header("Start-up")
    # An installed app has its bytecode (pip and the bundle write it); a checkout may not, e.g. under
    # PYTHONDONTWRITEBYTECODE, and compiling our modules at every start would add about 50 ms.
    compileall.compile_dir(REPO / "desktop_app", quiet=1)
    print("python -m desktop_app from launch; the bare QMainWindow is the floor\n")
    for scale in args.scales:
        database, notes = require(scale)
        print(f"## {scale}x: {content_counts(database)}; {notes_count(notes):,} notes", flush=True)
        runs: dict[str, list[dict[str, float]]] = {"bare": [], "app": []}
        run_once("bare", database, notes)  # warm the disk cache for both
        run_once("app", database, notes)
        for _ in range(args.repeats):
            for kind in ("bare", "app"):
                runs[kind].append(run_once(kind, database, notes))
        for kind in ("bare", "app"):
            print(f"{kind}:")
            for key in ("interpreter", "shown", "first paint", "all drawn, idle", "longest stall", "close to exit"):
                print(f"  {key:16s} {spread([r[key] for r in runs[kind]], 'ms', 1000, 0)}")
        ratio = [a["first paint"] / b["first paint"] for a, b in zip(runs["app"], runs["bare"], strict=True)]
        print(f"first paint, app / bare: {statistics.median(ratio):.2f}x (range {min(ratio):.2f}-{max(ratio):.2f})")
        idle = [a["all drawn, idle"] / b["all drawn, idle"] for a, b in zip(runs["app"], runs["bare"], strict=True)]
        print(f"all drawn and idle, app / bare: {statistics.median(idle):.2f}x "
              f"(range {min(idle):.2f}-{max(idle):.2f})\n", flush=True)


if __name__ == "__main__":
    if CHILD_FLAG in sys.argv:
        raise SystemExit("the child code runs with python -c; see child_source()")
    main()
